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

describe('hyphenated words', () => {
  // wink keeps some hyphenated words whole ("cross-border", "pro-Russian")
  // and splits others ("cease", "-", "fire"); either way both parts and the
  // word written closed must be searchable.
  const library = buildLibrary([
    article('whole.md', 'The cross-border raid was led by pro-Russian fighters.'),
    article('split.md', 'A cease-fire was agreed before the counter-offensive.'),
    article('closed.md', 'The ceasefire held until the counteroffensive began.'),
    article('apart.md', 'The fire did not cease until the border guards came.'),
    article('range.md', 'Between 10,000-12,000 troops and an e-mail about re-election.'),
    article('vote.md', 'The election was held in May.'),
  ]);
  const found = (query: string, combineWith: 'AND' | 'OR' = 'AND') =>
    searchPassages(library.index, queryTerms(query), { combineWith, limit: 10 }).map((h) => library.passages[h.id]!.file).sort();
  const compared = (topic: string) => compare(library, topic).covered.map((c) => c.source.file).sort();

  it.each([
    ['border', ['apart.md', 'whole.md']],
    ['Russian', ['whole.md']],
    ['election', ['range.md', 'vote.md']],
    ['mail', ['range.md']],
  ])('finds "%s" inside a hyphenated word wink keeps whole', (query, files) => {
    expect(found(query)).toEqual(files);
  });

  it.each([
    ['ceasefire', ['closed.md', 'split.md']],
    ['counteroffensive', ['closed.md', 'split.md']],
    ['crossborder', ['whole.md']],
  ])('finds "%s" written closed in a source that hyphenates it', (query, files) => {
    expect(found(query)).toEqual(files);
  });

  it.each(['cease-fire', 'counter-offensive'])('compare finds hyphenated "%s" in a source that writes it closed', (topic) => {
    expect(compared(topic)).toEqual(expect.arrayContaining(['closed.md', 'split.md']));
  });

  it('does not make a word of two numbers joined by a hyphen', () => {
    const index = terms('Between 10,000-12,000 troops sent an e-mail.');
    expect(index).not.toContain('10,00012,000');
    expect(index).toEqual(expect.arrayContaining(['10,000-12,000', 'e', 'mail', 'email']));
  });

  it('keeps a prefix in the query: "re-election" is not any election', () => {
    expect(compared('re-election')).toEqual(['range.md']);
    expect(compared('election')).toEqual(['range.md', 'vote.md']);
  });

  it('highlights the hyphenated word whole where it matches the topic written closed', () => {
    const passage = compare(library, 'ceasefire').covered.find((c) => c.source.file === 'split.md')!.passages[0]!;
    expect(passage.highlights.map(([s, e]) => passage.text.slice(s, e))).toEqual(['cease-fire']);
  });
});
