/**
 * The writer's hedge on who said it ("Lee reportedly said"): the quote keeps
 * the speaker the text gives, and carries the hedge so that no answer vouches
 * for more than its source does.
 */
import { describe, expect, it } from 'vitest';
import { extract, quoteWith } from './extract.ts';

describe('a hedged attribution', () => {
  it.each([
    ['before the verb', 'Tom Hale spoke first. Ann Lee reportedly said, "The army is ready to move."', 'reportedly'],
    ['after the quote', 'Tom Hale spoke first. "The army is ready to move," Ann Lee allegedly told aides.', 'allegedly'],
    ['inside the verb group', 'Tom Hale spoke first. Ann Lee has reportedly been telling aides that "the army is ready to move."', 'reportedly'],
    ['between commas', 'Tom Hale spoke first. Ann Lee, apparently, said: "The army is ready to move."', 'apparently'],
    ['opening the sentence', 'Tom Hale spoke first. Reportedly, Ann Lee told aides, "The army is ready to move."', 'reportedly'],
    ['on reported speech', 'Tom Hale spoke first. Ann Lee supposedly said that the army was ready to move.', 'supposedly'],
  ])('keeps the speaker and the hedge: %s', (_case, body, hedge) => {
    expect(quoteWith(extract(body), 'ready to move')).toMatchObject({ speakerName: 'Ann Lee', hedge });
  });

  // These had no speaker: the verb after "to have" seemed to hang on a clause with none.
  it.each([
    ['"is said to have told"', 'Tom Hale spoke first. Ann Lee is said to have told aides, "The army is ready to move."', 'is said to have'],
    ['"was reported to have called"', 'Tom Hale spoke first. Ann Lee was reported to have called the plan "ready to move."', 'was reported to have'],
    ['"is alleged to have said"', 'Tom Hale spoke first. Ann Lee is alleged to have said, "The army is ready to move."', 'is alleged to have'],
    ['"is understood to have remarked"', 'Tom Hale spoke first. Ann Lee is understood to have remarked: "The army is ready to move."', 'is understood to have'],
  ])('gives hearsay in the passive to its subject, hedged: %s', (_case, body, hedge) => {
    expect(quoteWith(extract(body), 'ready to move')).toMatchObject({ speakerName: 'Ann Lee', hedge });
  });

  // These had no speaker: the hedge stood between the quote and its verb, or the hearsay followed the quote.
  it.each([
    ['"…," reportedly said', 'Tom Hale spoke first. "The army is ready to move," reportedly said Ann Lee.', 'reportedly'],
    ['"…," supposedly told', 'Tom Hale spoke first. "The army is ready to move," supposedly told Ann Lee, the defence minister.', 'supposedly'],
    ['"…," X is said to have told', 'Tom Hale spoke first. "The army is ready to move," Ann Lee is said to have told aides.', 'is said to have'],
    ['"…," X was reported to have said', 'Tom Hale spoke first. "The army is ready to move," Ann Lee was reported to have said.', 'was reported to have'],
  ])('gives a hedged attribution after the quote to its subject: %s', (_case, body, hedge) => {
    expect(quoteWith(extract(body), 'ready to move')).toMatchObject({ speakerName: 'Ann Lee', hedge });
  });

  it('keeps an unhedged adverb before an inverted verb unhedged: "…," later added', () => {
    expect(quoteWith(extract('Tom Hale spoke first. "The army is ready to move," later added Ann Lee.'), 'ready to move')).toMatchObject({ speakerName: 'Ann Lee', hedge: null });
  });

  it('does not read "is said to be" after a quote as its attribution (guard)', () => {
    expect(quoteWith(extract('Tom Hale spoke first. "The army is ready to move," Ann Lee is said to be furious.'), 'ready to move')?.speakerName ?? null).toBeNull();
  });

  it('does not read "is known to have" as hearsay (guard)', () => {
    expect(quoteWith(extract('Tom Hale spoke first. Ann Lee is known to have said, "The army is ready to move."'), 'ready to move')?.speakerName ?? null).toBeNull();
  });

  // "“…,” the president will say, according to excerpts of his speech": prepared words not yet said.
  it.each([
    ['"will say"', 'Tom Hale spoke first. "The army is ready to move," Ann Lee will say, according to excerpts of the speech.', 'will say'],
    ['"will also tell"', 'Tom Hale spoke first. Ann Lee will also tell voters that "the army is ready to move."', 'will also tell'],
    ['"will be telling"', 'Tom Hale spoke first. Ann Lee will be telling voters that "the army is ready to move."', 'will be telling'],
  ])('marks words to be said in the future: %s', (_case, body, hedge) => {
    expect(quoteWith(extract(body), 'ready to move')).toMatchObject({ speakerName: 'Ann Lee', hedge });
  });

  it('keeps a habitual "would say" unhedged (guard)', () => {
    expect(quoteWith(extract('Tom Hale spoke first. Ann Lee would often say, "The army is ready to move."'), 'ready to move')).toMatchObject({ speakerName: 'Ann Lee', hedge: null });
  });

  it('carries the hedge to the words that continue the statement', () => {
    const quotes = extract('Tom Hale spoke first. Ann Lee reportedly said: "The army is ready to move." "It will cross the river at dawn."');
    expect(quoteWith(quotes, 'cross the river')).toMatchObject({ speakerName: 'Ann Lee', hedge: 'reportedly' });
  });

  it.each([
    ['in a relative clause', 'Tom Hale spoke first. Ann Lee, who reportedly left the party, said, "The army is ready to move."'],
    ['after the verb', 'Tom Hale spoke first. Ann Lee said the strike had reportedly failed and that "the army is ready to move."'],
    ['in another sentence', 'Reportedly, the talks failed. Ann Lee said, "The army is ready to move."'],
    ['none at all', 'Tom Hale spoke first. Ann Lee said, "The army is ready to move."'],
  ])('is not read into a plain attribution: %s', (_case, body) => {
    expect(quoteWith(extract(body), 'ready to move')).toMatchObject({ speakerName: 'Ann Lee', hedge: null });
  });
});
