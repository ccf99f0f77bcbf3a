import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/nlp.ts';
import { passageTerms } from '../../src/core/search-index.ts';

const terms = (text: string) => passageTerms(analyse(text));

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
