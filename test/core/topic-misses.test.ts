import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/ask.ts';
import { compare } from '../../src/core/compare.ts';
import { buildLibrary } from '../../src/core/library.ts';
import { article } from '../quotes/extract.ts';
import { seedLibrary } from '../support/libraries.ts';

const harbour = () =>
  buildLibrary([
    article('The storm sank about 40 boats in the harbour. Fishermen began repairs on Monday.', 'a.md'),
    article('Talks on the harbour wall stalled. The mayor wants a new wall by spring.', 'b.md'),
    article('A ferry strike closed the port for two days.', 'c.md'),
  ]);

describe('compare, when no source covers the whole topic', () => {
  it('names the words no source uses, as written, and offers the part that sources cover', () => {
    const answer = compare(harbour(), 'harbour casualties');
    expect(answer.covered).toEqual([]);
    expect(answer.missing).toHaveLength(3);
    expect(answer.unusedWords).toEqual(['casualties']);
    expect(answer.suggestions).toEqual(['harbour']);
  });

  it('offers parts whose words no single passage holds together, only apart: never', () => {
    // "ferry" and "storm" are both used, but by different passages: no part
    // of the topic is offered that holds both.
    const answer = compare(harbour(), 'ferry storm');
    expect(answer.covered).toEqual([]);
    expect(answer.unusedWords).toEqual([]);
    expect(answer.suggestions.sort()).toEqual(['ferry', 'storm']);
  });

  it('leaves out a part of a weightier part it already offers', () => {
    const answer = compare(harbour(), 'harbour wall flood insurance');
    expect(answer.unusedWords).toEqual(['flood', 'insurance']);
    expect(answer.suggestions[0]).toBe('harbour wall');
    expect(answer.suggestions).not.toContain('harbour');
    expect(answer.suggestions).not.toContain('wall');
  });

  it('offers nothing and names nothing when sources cover the topic', () => {
    const answer = compare(harbour(), 'harbour');
    expect(answer.covered.length).toBeGreaterThan(0);
    expect(answer.unusedWords).toEqual([]);
    expect(answer.suggestions).toEqual([]);
  });

  it('does not name a misspelt word the sources use as unused', () => {
    const answer = compare(harbour(), 'harbuor volcano');
    expect(answer.unusedWords).toEqual(['volcano']);
    expect(answer.suggestions).toEqual(['harbuor']);
  });

  // Every part offered must, asked for itself, find sources: the property
  // that makes the offer honest, checked on real articles.
  it.each(['ceasefire talks', 'North Korean casualties in Kursk', 'Gornal village drone strike', 'Sumy offensive losses'])(
    'offers for "%s" only parts that compare then finds covered',
    async (topic) => {
      const library = await seedLibrary();
      const answer = compare(library, topic);
      expect(answer.covered).toEqual([]);
      expect(answer.suggestions.length).toBeGreaterThan(0);
      for (const part of answer.suggestions) expect(compare(library, part).covered.length, part).toBeGreaterThan(0);
    },
  );
});

describe('ask, when no passage answers', () => {
  it('names the words of the question no source uses', () => {
    const answer = ask(harbour(), 'How many casualties did the hurricane cause?');
    expect(answer.answers).toEqual([]);
    expect(answer.unusedWords).toEqual(['casualties', 'hurricane', 'cause']);
  });

  it('names nothing when it answers', () => {
    const answer = ask(harbour(), 'How many boats sank in the harbour?');
    expect(answer.answers.length).toBeGreaterThan(0);
    expect(answer.unusedWords).toEqual([]);
  });
});
