import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/compare.ts';
import { buildLibrary } from '../../src/core/library.ts';
import { analyse } from '../../src/core/nlp.ts';
import { passageTerms, queryTerms, searchPassages } from '../../src/core/search-index.ts';
import type { Article } from '../../src/core/types.ts';

const terms = (text: string) => passageTerms(analyse(text));
const article = (file: string, body: string): Article => ({ file, title: file, source: null, url: null, date: null, author: null, body, bodyOffset: 0 });

describe('index terms', () => {
  it('are the stems of the content words', () => {
    expect(terms('The soldiers were advancing on the village.')).toEqual(['soldier', 'advanc', 'villag']);
  });

  it.each([["Russia's army advanced."], ['Russia’s army advanced.'], ["Russia's, not Ukraine's, army advanced."]])(
    'leave out the possessive mark of "%s" and keep the name',
    (text) => {
      const found = terms(text);
      expect(found).toEqual(expect.arrayContaining(['russia', 'armi', 'advanc']));
      expect(found.filter((t) => t.length < 2)).toEqual([]);
    },
  );
});

describe('typos in a query', () => {
  const library = buildLibrary([
    article('a.md', 'Mayor Trump opened the harbour.'),
    article('b.md', 'The ferries reached every berth at Solberg.'),
    article('c.md', 'Commissioner Oyelaran-Whitfield inspected the channel.'),
  ]);
  const found = (query: string) => searchPassages(library.index, queryTerms(query), { combineWith: 'OR', limit: 10 }).map((h) => library.passages[h.id]!.file);

  it.each([
    ['one letter off', 'harbpur', 'a.md'],
    ['two neighbouring letters swapped, in a short word', 'berht', 'b.md'],
    ['one letter missing', 'Solbrg', 'b.md'],
    ['two letters off in a long word', 'Comisioner', 'c.md'],
  ])('finds the word with %s', (_, query, file) => {
    expect(found(query)).toEqual([file]);
  });

  it.each([
    ['killed', 'Mayor Trump was willing to talk.'],
    ['navy', 'Ferries navigate the channel.'],
  ])('does not read "%s", an English word no source uses, as a typo of a word one letter off', (query, text) => {
    const near = buildLibrary([article('a.md', text)]);
    expect(searchPassages(near.index, queryTerms(query), { combineWith: 'OR', limit: 10 })).toEqual([]);
  });

  it('does not take a short word two letters off for another word: "truce" is not "Trump"', () => {
    expect(found('truce')).toEqual([]);
    expect(compare(library, 'truce').covered).toEqual([]);
  });
});
