import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/ask.ts';
import { compare } from '../../src/core/compare.ts';
import { buildLibrary } from '../../src/core/library.ts';
import { irregularVerbForms, stemWord } from '../../src/core/nlp.ts';
import { factLinks } from '../../src/core/same-fact.ts';
import { searchPassages, searchQuotes } from '../../src/core/search-index.ts';
import { topicHighlighter } from '../../src/core/topic-text.ts';
import { familyStems } from '../../src/core/word-family.ts';
import type { Article } from '../../src/core/types.ts';

const familyOf = (word: string) => familyStems(stemWord(word));
const article = (file: string, body: string): Article => ({ file, title: file, source: null, url: null, date: null, author: null, body, bodyOffset: 0 });

describe('familyStems', () => {
  it('reads WordNet’s irregular verb forms from the model', () => {
    expect(irregularVerbForms()['fought']).toBe('fight');
  });

  it.each([
    ['losses', 'lost'],
    ['lost', 'loss'],
    ['fought', 'fighting'],
    ['deaths', 'died'],
    ['invasion', 'invaded'],
    ['sold', 'sale'],
  ])('puts "%s" and "%s" in one family', (word, kin) => {
    expect(familyOf(word)).toContain(stemWord(kin));
    expect(familyOf(word)[0]).toBe(stemWord(word));
  });

  it.each([
    ['wounded', 'wind'],
    ['ground', 'grind'],
    ['left', 'leave'],
    ['founded', 'find'],
    ['saw', 'sawn'],
  ])('keeps "%s" apart from "%s": the form is a word of its own', (word, other) => {
    expect(familyOf(word)).not.toContain(stemWord(other));
    expect(familyOf(other)).not.toContain(stemWord(word));
  });

  it('gives a word without a family just its own stem', () => {
    expect(familyOf('village')).toEqual([stemWord('village')]);
  });
});

describe('word families in search', () => {
  const library = buildLibrary([
    article('a.txt', 'The army lost 500 soldiers in the battle for the town.\n\n“We lost good men,” the commander said.'),
    article('b.txt', 'Officials put the army’s losses at 500 soldiers in the battle for the town.'),
    article('c.txt', 'Three soldiers of the ground forces were wounded near the farm.'),
    article('e.txt', 'The wind farm stood idle.'),
    article('d.txt', 'The weather was fine all week.'),
  ]);

  it('lets /compare count a source that tells the event with the verb', () => {
    const answer = compare(library, 'losses');
    expect(answer.covered.map((c) => c.source.file).sort()).toEqual(['a.txt', 'b.txt']);
    expect(answer.agreements.join(' ')).toContain('500 soldiers');
  });

  it('highlights the family word where the topic’s own word is missing', () => {
    const text = 'The army lost 500 soldiers.';
    expect(topicHighlighter('losses')(text).map(([s, e]) => text.slice(s, e))).toEqual(['lost']);
  });

  it('lets /ask find a passage that uses the noun for a question with the verb', () => {
    const files = ask(library, 'How many soldiers did the army lose?').answers.map((a) => a.source.file);
    expect(files).toContain('b.txt');
  });

  // (Not "grind": a word the corpus lacks is read as a typo, and "ground" is two letters off.)
  it('does not join a form to a verb it only looks like', () => {
    expect(compare(library, 'wind').covered.map((c) => c.source.file)).toEqual(['e.txt']);
    const wind = searchPassages(library.index, [stemWord('wind')], { combineWith: 'OR', limit: 10 });
    expect(wind.map((h) => library.passages[h.id]!.file)).toEqual(['e.txt']);
  });

  it('finds the word and its family in passages', () => {
    const hits = searchPassages(library.index, [stemWord('lost')], { combineWith: 'AND', limit: 10 });
    expect(hits.map((h) => library.passages[h.id]!.file).sort()).toEqual(['a.txt', 'a.txt', 'b.txt']);
    expect(hits.every((h) => h.matchedTerms.length === 1)).toBe(true);
  });

  it('leaves quotes to their own words', () => {
    const hits = searchQuotes(library.index, [stemWord('losses')], { combineWith: 'OR', limit: 10 });
    expect(hits).toEqual([]);
    expect(searchQuotes(library.index, [stemWord('lost')], { combineWith: 'OR', limit: 10 })).toHaveLength(1);
  });
});

describe('word families in facts', () => {
  // "lost" is the topic here, not a word one sentence has and the other lacks;
  // counted as such, the two sentences share too little to be set side by side.
  it('reads the topic’s family as the topic when it weighs two sentences', () => {
    const a = 'Ukraine lost 500 soldiers at Lenk, Lee told Hale.';
    const b = 'Ukraine’s losses at Lenk came to 600 soldiers in battle with tanks and drones.';
    const links = factLinks(buildLibrary([article('a.txt', a), article('b.txt', b)]), 'losses');
    expect(links.link({ figure: '500 soldiers', sentence: a }, { figure: '600 soldiers', sentence: b })).toBe('close');
  });
});
