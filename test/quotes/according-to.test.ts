import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

const reported = (body: string) => extract(body).filter((q) => q.kind === 'reported').map((q) => [q.text, q.speakerName, q.cue]);

// "According to the ministry, 76,000 troops were killed": the claim is the
// source's, as war news passes on most figures.
describe('a claim passed on "according to" a source', () => {
  it.each([
    ['opening the sentence', 'According to the Salem ministry, 700 troops were killed in the raid.', '700 troops were killed in the raid', 'Salem ministry'],
    ['closing the sentence', 'The bridge fell on Monday, according to the Salem ministry.', 'The bridge fell on Monday', 'Salem ministry'],
    ['with an appositive on the source', 'According to Ann Lee, the mayor, the bridge fell on Monday.', 'the bridge fell on Monday', 'Ann Lee'],
    // War-news probe: "According to Andriy Kovalenko, head of Ukraine's Centre for Countering Disinformation, …" read nothing.
    ['with an appositive and its "of" phrase on the source', 'According to Ann Lee, head of the regional council, the bridge fell on Monday.', 'the bridge fell on Monday', 'Ann Lee'],
    ['with an appositive holding an -ing word', 'According to Ann Lee, head of the Centre for Countering Fakes, the bridge fell on Monday.', 'the bridge fell on Monday', 'Ann Lee'],
    ['closing the sentence with an appositive on the source', 'The bridge fell on Monday, according to Ann Lee, head of the regional council.', 'The bridge fell on Monday', 'Ann Lee'],
    // War-news probe: "Syrskyi briefed the president. According to him, …" read nothing.
    ['a pronoun opening the sentence', 'Tom Hale briefed the council. According to him, the bridge fell on Monday.', 'the bridge fell on Monday', 'Tom Hale'],
    ['a pronoun closing the sentence', 'Tom Hale briefed the council. The bridge fell on Monday, according to him.', 'The bridge fell on Monday', 'Tom Hale'],
    ['whose first clause ends in a comma, which is no appositive (guard)', 'According to Ann Lee, the mayor resigned on Monday, and the town fell.', 'the mayor resigned on Monday, and the town fell', 'Ann Lee'],
    ['with a hyphen inside a word', 'Twenty-three soldiers were wounded, according to Ann Lee.', 'Twenty-three soldiers were wounded', 'Ann Lee'],
    ['with an aside between dashes', 'Lee led by 1,500 votes — about 0.2 points — in the count, according to the Salem agency.', 'Lee led by 1,500 votes — about 0.2 points — in the count', 'Salem agency'],
    ['with names joined by ", as well as"', 'Tom Hale, as well as Ben Cole, has met the council, according to the Salem Times.', 'Tom Hale, as well as Ben Cole, has met the council', 'Salem Times'],
    ['with a relative clause set between commas', 'The committee, which backed Lee, spent $3 million, according to the Salem Times.', 'The committee, which backed Lee, spent $3 million', 'Salem Times'],
    ['with a name in quotation marks', 'According to Ann Lee, troops held the “Salem” bridge on Monday.', 'troops held the “Salem” bridge on Monday', 'Ann Lee'],
    ['before another clause', 'The bridge fell, according to the Salem ministry, and the town held out.', 'The bridge fell', 'Salem ministry'],
    ['before the writer\'s tail (", a figure that could not be confirmed")', 'According to the Salem ministry, enemy losses exceeded 7,000 troops, a figure that could not be independently confirmed.', 'enemy losses exceeded 7,000 troops', 'Salem ministry'],
    ['before a claim noun and the one who denies it (", a claim Kyiv denies")', 'According to the Salem ministry, the town fell on Sunday, a claim Kyiv denies.', 'the town fell on Sunday', 'Salem ministry'],
    ['a document\'s issuer opening the sentence ("According to a statement from …")', 'According to a statement from the Salem command, 400 troops were lost in a day.', '400 troops were lost in a day', 'Salem command'],
    ['a document\'s issuer closing the sentence (", according to a post by …")', 'The news will come with a strong bias, according to a post by Ann Lee.', 'The news will come with a strong bias', 'Ann Lee'],
    ['with a relative clause on the source', 'According to the Salem radio service, which counts obituaries, at least 100 soldiers have been killed.', 'at least 100 soldiers have been killed', 'Salem radio service'],
    ['when findings are the source', 'According to the latest figures, 700 troops were killed.', '700 troops were killed', 'latest figures'],
    // War-news probe: "According to two Ukrainian soldiers who spoke to the Kyiv Independent …, the withdrawal began" was lost.
    ['with a relative clause on the source and no comma before it', 'According to two soldiers who spoke on condition of anonymity, the withdrawal began in early March.', 'the withdrawal began in early March', 'two soldiers'],
    // War-news probe: "According to two sources briefed on the matter, who spoke on condition of anonymity, the withdrawal began …" was lost.
    ['with a qualifier on the source ("briefed on the matter")', 'According to two sources briefed on the matter, the withdrawal began in early March.', 'the withdrawal began in early March', 'two sources briefed on the matter'],
    ['with a qualifier and a relative clause on the source', 'According to two sources familiar with the matter, who spoke on condition of anonymity, the withdrawal began in early March.', 'the withdrawal began in early March', 'two sources familiar with the matter'],
    ['with "people", which the tagger reads as a verb after "to"', 'According to people familiar with the matter, the withdrawal began in early March.', 'the withdrawal began in early March', 'people familiar with the matter'],
  ])('is read as the source\'s %s', (_case, body, text, speaker) => {
    expect(reported(`Tom Hale spoke first. ${body}`)).toEqual([[text, speaker, 'according to']]);
  });

  it.each([
    ['a thing ("according to plan")', 'Everything went according to plan on Monday.'],
    ['a thing that opens the sentence ("According to the rules")', 'According to the rules, the vote was void.'],
    ['an aside in the middle', 'The attack, according to officials, killed 12 people.'],
    ['an aside after a subject with a verb of its own', 'One of the bridges they built, according to Ann Lee, is gone.'],
    ['a claim with no verb', 'According to Ann Lee, 12 dead and 30 hurt.'],
    ['a verb of speech with no clause ("Lee announced the result, according to …")', 'Ann Lee announced the result, according to the Salem Times.'],
    ['words in quotation marks, which are a quote of their own', 'According to Ann Lee, the bridge was “a total loss” by Monday.'],
    ['a second clause the source may vouch for alone (", although")', 'The bridge held, although the town fell, according to Ann Lee.'],
    ['a second clause with a list in it (", although … the roads, the rail and the port")', 'The price was not disclosed, although the firm spent $20 million on the roads, the rail and the port, according to Ann Lee.'],
    ['a clause after a dash that the source may vouch for alone', 'The mayor says the town always falls - which it often does, according to Ann Lee.'],
  ])('reads no claim from %s', (_case, body) => {
    expect(reported(`Tom Hale spoke first. ${body}`).filter(([, , cue]) => cue === 'according to')).toEqual([]);
  });

  it('leaves a statement with its own verb of speech to its speaker ("Lee said …, according to TASS")', () => {
    expect(reported('Tom Hale spoke first. Ann Lee said the bridge fell, according to Salem radio.')).toEqual([['the bridge fell', 'Ann Lee', 'said']]);
  });

  // PolNeAR: "Trump has posted more than 5,000 times since June, mostly on
  // Twitter, according to CrowdTangle" read nothing: "posted" is a verb of
  // speech, if a weak one, and a verb of speech made the claim someone else's.
  it.each([
    ['"posted"', 'Ann Lee has posted more than 5,000 times since June, according to Salem Data.', 'Ann Lee has posted more than 5,000 times since June'],
    ['"disagreed with"', 'According to Salem Data, the mayor resigned because many disagreed with his plans.', 'the mayor resigned because many disagreed with his plans'],
  ])('reads the claim when a weak verb in it reports nothing: %s', (_case, body, text) => {
    expect(reported(`Tom Hale spoke first. ${body}`)).toContainEqual([text, 'Salem Data', 'according to']);
  });

  // PolNeAR train: "According to her “clawback” plan, firms …" made Clinton say "clawback".
  it('takes no "her" that owns a noun for the source ("According to her “clawback” plan") (guard)', () => {
    const quotes = extract('Ann Lee spoke first. According to her “clawback” plan, firms must repay the aid.');
    expect(quotes.find((q) => q.text === 'clawback')?.speakerName ?? null).toBeNull();
  });

  it('reads a direct quote after "According to" as a quote, not a claim', () => {
    const quotes = extract('Tom Hale spoke first. According to Ann Lee, “the bridge fell on Monday.”');
    expect(quotes.map((q) => [q.kind, q.speakerName])).toEqual([['direct', 'Ann Lee']]);
  });

  it('reads a direct quote after "According to him"', () => {
    const quotes = extract('Tom Hale briefed the council. According to him, “the bridge fell on Monday.”');
    expect(quotes.map((q) => [q.kind, q.speakerName])).toEqual([['direct', 'Tom Hale']]);
  });
});
