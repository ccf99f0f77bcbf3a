/**
 * Quoted phrases whose owner the words around them tell: the content of
 * someone's noun of speech ("Ruiz's question, “…”"), a phrase a noun of
 * speech describes ("a “success,” a claim Kyiv denied"), and a quote that
 * runs on into its sentence with no mark handing it on.
 */
import { describe, expect, it } from 'vitest';
import { extract, quoteWith } from './extract.ts';

// "Lee answered Ruiz's question, “Is it ready?”": a quote set off right
// after a noun of speech a name owns is that noun's content, whatever verb
// governs the noun. PolNeAR train: "From Bush's Facebook post: “…”" and
// "in Forbes' words, “…”" had no speaker.
describe('a quote that is the content of a noun someone else owns', () => {
  it.each([
    ['"answered X\'s question, “…?”"', 'Tom Hale spoke first. Ann Lee answered Mia Ruiz\'s question, "Is the army ready to move?"'],
    ['"a question from X: “…?”"', 'Tom Hale spoke first. Ann Lee was responding to a question from Mia Ruiz: "Is the army ready to move?"'],
    ['"called X\'s remark — “…” — reckless"', 'Tom Hale spoke first. Ann Lee called Mia Ruiz\'s remark — "the army is ready to move" — reckless.'],
    ['"read from X\'s letter: “…”"', 'Tom Hale spoke first. Ann Lee read from Mia Ruiz\'s letter: "The army is ready to move."'],
    ['"in X\'s words, “…”"', 'Tom Hale spoke first. The talks failed because, in Mia Ruiz\'s words, "the army is ready to move."'],
    ['"said in response to X\'s claim that it was “…”"', 'Tom Hale spoke first. "We wait," Ann Lee said in response to Mia Ruiz\'s claim that it was "ready to move."'],
    ['"repeated X\'s claim that … was “…”"', 'Tom Hale spoke first. Ann Lee repeated Mia Ruiz\'s claim that the army was "ready to move."'],
    // War-news probe: "Peskov repeated Putin's words to reporters: “…”" had no speaker.
    ['"repeated X\'s words to reporters: “…”"', 'Tom Hale spoke first. Ann Lee repeated Mia Ruiz\'s words to reporters: "The army is ready to move."'],
    ['"read X\'s message to the troops: “…”"', 'Tom Hale spoke first. Ann Lee read Mia Ruiz\'s message to the troops: "The army is ready to move."'],
  ])('goes to the owner: %s', (_case, body) => {
    expect(quoteWith(extract(body), 'ready to move')?.speakerName).toBe('Mia Ruiz');
  });

  it('gives no one an answer that may be to the question (“Yes, …”)', () => {
    expect(quoteWith(extract('Tom Hale spoke first. Ann Lee answered Mia Ruiz\'s question, "Yes, the army is ready to move."'), 'ready to move')?.speakerName ?? null).toBeNull();
  });

  // PolNeAR train: "Frazier said that Rubio's claim that Cruz is in favor of … is “simply not true.”"
  it('keeps the speaker when the quote is what the claim is said to be (guard)', () => {
    expect(quoteWith(extract('Tom Hale spoke first. Ann Lee said Mia Ruiz\'s claim that the army was weak is "simply not true."'), 'simply not true')?.speakerName).toBe('Ann Lee');
  });

  it('keeps the speaker when the noun is the subject of the quoted words (guard)', () => {
    expect(quoteWith(extract('Tom Hale spoke first. Ann Lee said Mia Ruiz\'s remarks "were unfair to the army."'), 'unfair to the army')?.speakerName).toBe('Ann Lee');
  });
});

// "Ann Lee called the operation a “success,” a claim Kyiv denied." had
// made Kyiv the speaker: the chunker reads "a claim Kyiv" as one phrase.
describe('a noun of speech after the quote, with a clause on it', () => {
  it('does not make the clause\'s subject the speaker', () => {
    expect(quoteWith(extract('Tom Hale spoke first. Ann Lee called the operation a "success," a claim Kyiv denied.'), 'success')?.speakerName).toBe('Ann Lee');
  });

  it('gives no one a quote that only such a clause follows', () => {
    expect(quoteWith(extract('Tom Hale spoke first. "The army is ready to move," a statement Reuters obtained said.'), 'ready to move')?.speakerName ?? null).toBeNull();
  });

  it('keeps a document that speaks (guard)', () => {
    expect(quoteWith(extract('Tom Hale spoke first. "The army is ready to move," the statement said Monday.'), 'ready to move')?.speakerName).toBe('statement');
  });
});

// A quote with no comma handing it on is part of a phrase: a clause after
// it is its attribution only when its reporting verb takes no object of
// its own. PolNeAR dev: "Hillary Clinton is describing as “unhinged” a
// Donald Trump tweet attacking …" had made Trump the speaker.
describe('a quote that runs on into its sentence', () => {
  it.each([
    ['"denied the “…” that X claimed"', 'Tom Hale spoke first. Kyiv denied the "success" that Ann Lee claimed.', 'success', 'Ann Lee'],
    ['"the “…” X says is …"', 'Tom Hale spoke first. Ann Lee attacked the "rigged economy" that she says is kept alive by donors.', 'rigged economy', 'Ann Lee'],
    ['"What X calls a “…” Y calls a retreat"', 'Tom Hale spoke first. What Moscow calls a "liberation" Kyiv calls a retreat.', 'liberation', 'Moscow'],
    ['"describing as “…” a tweet attacking Y"', 'Tom Hale spoke first. Ann Lee is describing as "unhinged" a Mia Ruiz tweet attacking the army.', 'unhinged', 'Ann Lee'],
    ['a missing comma before "X said after …"', 'Tom Hale spoke first. "The army is ready to move" Ann Lee said after the meeting.', 'ready to move', 'Ann Lee'],
  ])('%s', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)?.speakerName).toBe(speaker);
  });

  it('sees the comma inside an inner quote that ends the quote (guard)', () => {
    expect(quoteWith(extract('Tom Hale spoke first. “The army is ready to move, ‘we are sure,’” Ann Lee added a day later.'), 'ready to move')?.speakerName).toBe('Ann Lee');
  });

  it('gives no speaker to a phrase a passive participle follows ("“…” measures added by X")', () => {
    expect(quoteWith(extract('Tom Hale spoke first. Senators blocked the bill because of "poison pill" measures added by the army.'), 'poison pill')?.speakerName ?? null).toBeNull();
  });
});

// "Kyiv dismissed the “liberation” claim" had given Kyiv the word it was
// dismissing: a quoted phrase that names a claim is the claim's wording.
describe('a quoted phrase that names a claim', () => {
  it.each([
    ['"X\'s “…” claim"', 'Tom Hale spoke first. Kyiv dismissed Moscow\'s "liberation" claim.', 'Moscow'],
    ['"X\'s talk of “…”"', 'Tom Hale spoke first. Kyiv mocked the Kremlin\'s talk of "liberation."', 'Kremlin'],
    // Had gone to whoever reported the sentence.
    ['"X\'s claim that “…”" with a closing "Y said"', 'Tom Hale spoke first. Moscow\'s claim that "the region is in liberation" is false, Kyiv said.', 'Moscow'],
    ['"X\'s claim that “…”" inside what Y said', 'Tom Hale spoke first. Ann Lee said Moscow\'s claim that "the region is in liberation" is false.', 'Moscow'],
    // War-news probe: "Syrskyi said that Russian claims of a “complete defeat” were false" was Syrskyi's.
    ['"X\'s claims of a “…”" inside what Y said', 'Tom Hale spoke first. Ann Lee said that Moscow\'s claims of a "liberation" were false.', 'Moscow'],
    ['"the X\'s claim of “…”", an owner that is no name', 'Tom Hale spoke first. Kyiv mocked the ministry\'s claim of "liberation."', 'ministry'],
  ])('goes to the claim\'s owner: %s', (_case, body, speaker) => {
    expect(quoteWith(extract(body), 'liberation')?.speakerName).toBe(speaker);
  });

  it.each([
    ['"the “…” claim"', 'Tom Hale spoke first. Kyiv dismissed the "liberation" claim.'],
    ['"talk of “…”"', 'Tom Hale spoke first. Kyiv rejected talk of "liberation."'],
    ['"the claim of “…”"', 'Tom Hale spoke first. Kyiv called the claim of "liberation" false.'],
    ['a claim opening the sentence, with a closing "X said"', 'Tom Hale spoke first. The "liberation" claim was false, Ann Lee said.'],
    ['"the claim that “…”" inside what X said', 'Tom Hale spoke first. Ann Lee said the claim that "the region is in liberation" is false.'],
    ['"claims of a “…”" inside what X said', 'Tom Hale spoke first. Ann Lee said claims of a "liberation" were false.'],
  ])('goes to no one without an owner: %s', (_case, body) => {
    expect(quoteWith(extract(body), 'liberation')?.speakerName ?? null).toBeNull();
  });

  it.each([
    ['a denial in the denier\'s words', 'Tom Hale spoke first. Kyiv denied "any involvement" in the raid.', 'any involvement'],
    ['the word a claim is dismissed as', 'Tom Hale spoke first. Kyiv dismissed the claim as "propaganda."', 'propaganda'],
    ['a phrase after "of a" that names no claim', 'Tom Hale spoke first. Kyiv said the end of a "long occupation" was near.', 'long occupation'],
  ])('keeps the speaker of %s (guard)', (_case, body, words) => {
    expect(quoteWith(extract(body), words)?.speakerName).toBe('Kyiv');
  });
});

// A war-news probe left Lavrov's second quoted phrase with no speaker.
describe('a quote opening a second "that" clause of a reported statement', () => {
  it('is the statement\'s speaker\'s', () => {
    const body = 'Tom Hale spoke first. Ann Lee told reporters that Salem was “ready to reach a deal” but that “some elements” needed to be fine-tuned.';
    expect(quoteWith(extract(body), 'some elements')).toMatchObject({ kind: 'direct', speakerName: 'Ann Lee' });
  });

  it('leaves a quote that is someone else\'s words inside a statement alone ("will say “no”") (guard)', () => {
    const body = 'Tom Hale spoke first. Ann Lee said she expected that voters will say “no” to the plan.';
    expect(quoteWith(extract(body), 'no')?.speakerName ?? null).toBeNull();
  });
});
