import { describe, expect, it } from 'vitest';
import { extract, quoteWith } from './extract.ts';

// Made-up sentences where a quote sits inside what a noun of speech says:
// [case, body, words of the quote, expected speaker].
describe('a quote inside a claim, pledge or remark someone owns', () => {
  it.each([
    ['"her claim that she “…”"', 'Ann Lee spoke in Ohio. The answer raised doubts about her claim that she “never sent a secret file” from home.', 'never sent', 'Ann Lee'],
    ['"X\'s pledge to be “…”"', 'Critics of Tom Hale have gone beyond his past remarks. They now point to Tom Hale\'s controversial pledge to be “neutral” in the talks.', 'neutral', 'Tom Hale'],
    ['"X\'s accusation that … “…”"', 'Ann Lee\'s accusation that the mayor is playing “the race card” dominated the week.', 'race card', 'Ann Lee'],
    ['"his promise of “…”"', 'Tom Hale has consistently pushed his promise of “free college” in every state.', 'free college', 'Tom Hale'],
    ['the owner of the claim, not who called it something', 'Tom Hale called the firm\'s claim of a “right to the water” over the farms “absurd.”', 'right to the water', 'firm'],
    ['an owner with an appositive naming someone else', 'Tom Ruiz spoke first. Former governor Ann Lee, a Ruiz supporter, fanned controversy over her remark that “there is a special place in hell for them.”', 'special place', 'Ann Lee'],
    // War-news probe: "Peskov's message was blunt: “…”" had no speaker.
    ['"X\'s message was blunt: “…”"', 'Tom Ruiz spoke first. Okafor\'s message was blunt: “There will be no talks.”', 'no talks', 'Okafor'],
    ['"X\'s response was: “…”"', 'Tom Ruiz spoke first. The Kremlin\'s response was swift: “There will be no talks.”', 'no talks', 'Kremlin'],
  ])('gives %s to its owner', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)).toMatchObject({ kind: 'direct', speakerName: speaker });
  });

  it.each([
    ['an owner who may be the person just named ("attacked Ruiz over his claim")', 'Ann Lee spoke first. Critics attacked Tom Ruiz over his claim that the plan was “a success.”', 'a success'],
    ['an owner who may be the person just described', 'Ann Lee spoke first. Critics attacked the senator over his claim that the plan was “a success.”', 'a success'],
    ['a noun whose content is not what follows ("his statement drew “…”")', 'Tom Hale spoke first. His statement drew “wide scorn” in the town.', 'wide scorn'],
    ['a noun with no owner ("the claim")', 'Tom Hale spoke first. The claim that the plan was “a success” fell flat.', 'a success'],
    ['a verb after the quote that may report it', 'Ann Lee won the South. It helps her argument that she is more than a “regional” candidate, as Tom Hale suggested after the vote.', 'regional'],
    ['a verb inside the claim that names no namer ("described as")', 'Tom Hale spoke first. Ann Lee repeated her claim that the man, described as “the Fox,” stole the money.', 'the Fox'],
    ['a word before the noun that is no modifier ("her, the claim")', 'Ann Lee spoke first. Critics doubted her, the claim that the plan was “a success” aside.', 'a success'],
    ['a reply noun followed by more than how it was said ("X\'s message was that of a man who …:")', 'Tom Ruiz spoke first. Okafor\'s message was that of a man under siege: “There will be no talks.”', 'no talks'],
  ])('names no one for %s', (_case, body, words) => {
    expect(quoteWith(extract(body), words)?.speakerName ?? null).toBeNull();
  });

  it('gives a quote another verb reports in the claim to that verb\'s subject', () => {
    const quotes = extract('Tom Hale spoke first. Ann Lee repeated her claim that Mark Ruiz had called the plan “a fraud.”');
    expect(quoteWith(quotes, 'a fraud')?.speakerName).toBe('Mark Ruiz');
  });
});

// [case, body, words of the quote, expected speaker or null].
describe('a quote inside a claim that the verb attacks', () => {
  it.each([
    ['"rejected X\'s claim that … “…”" to X, not to who rejected it', 'Tom Hale spoke first. Voters rejected Ann Lee\'s claim that the plan was “a success” in May.', 'a success', 'Ann Lee'],
    ['"mocked his claim …" to no one: "his" may be anyone but the mocker', 'Tom Hale spoke first. Ann Lee mocked his claim that the plan was “a success.”', 'a success', null],
    ['"rejected his claim …" to no one, not to the voters', 'Tom Hale spoke first. Voters rejected his claim that the plan was “a success.”', 'a success', null],
    ['"rejected the claim …" to no one', 'Tom Hale spoke first. Ann Lee rejected the claim that she was “soft on crime.”', 'soft on crime', null],
    ['"dismissed X\'s claim … as “…”" to the one who dismissed it (guard)', 'Tom Hale spoke first. Ann Lee dismissed Hale\'s claim that the plan worked as “nonsense.”', 'nonsense', 'Ann Lee'],
    ['"reiterated her claim …" to the one who made it (guard)', 'Tom Hale spoke first. Ann Lee reiterated her claim that the plan was “a success.”', 'a success', 'Ann Lee'],
  ])('gives %s', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)?.speakerName ?? null).toBe(speaker);
  });

  // War-news probe: "Responding to the claim that the region was “fully
  // liberated,” Podolyak said …" gave the claim's words to Podolyak; PolNeAR
  // train gave "FBI Director James Comey's conclusion that her actions were
  // “extremely careless”" to the candidates who spoke around it.
  it.each([
    ['"the claim that … was “…”" to no one, not to who speaks after it', 'Tom Hale spoke first. Responding to the claim that the town was “fully rebuilt,” Ann Lee said the council had lied.', 'fully rebuilt', null],
    ['"X\'s conclusion that … were “…”" to X, not to the sentence\'s subject', 'Tom Hale spoke first. The voters say they fear the fallout from Ann Lee\'s conclusion that his actions were “extremely careless.”', 'extremely careless', 'Ann Lee'],
    ['"said in a statement that … “…”" to the one who said it (guard)', 'Tom Hale spoke first. Ann Lee said in a statement that the plan was “a success.”', 'a success', 'Ann Lee'],
    ['"the claim that X lied was “…”" to who says so of the claim (guard)', 'Tom Hale spoke first. Ann Lee said the claim that Mia Ruiz lied was “absurd.”', 'absurd', 'Ann Lee'],
  ])('gives a quote in a claim\'s clause with no verb before it: %s', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)?.speakerName ?? null).toBe(speaker);
  });

  it('reports no statement of the attacker\'s in "mocked his claim that …"', () => {
    const reported = extract('Tom Hale spoke first. Ann Lee mocked his claim that the plan failed.').filter((q) => q.kind === 'reported');
    expect(reported).toEqual([]);
  });

  it('still reports "reiterated her claim that …" as her statement (guard)', () => {
    const reported = extract('Tom Hale spoke first. Ann Lee reiterated her claim that the plan failed.').filter((q) => q.kind === 'reported');
    expect(reported).toMatchObject([{ speakerName: 'Ann Lee', text: 'the plan failed' }]);
  });
});
