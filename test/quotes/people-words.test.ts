import { describe, expect, it } from 'vitest';
import { namesPeople, pluralNamesPeople } from '../../src/core/quotes/people-words.ts';

describe('namesPeople', () => {
  it.each(['officials', 'voters', 'prosecutors', 'democrats', 'republicans', 'analysts', 'candidates', 'allies', 'witnesses', 'employees', 'committees', 'people', 'police', 'hacker', 'witness', 'committee'])(
    'reads "%s" as people or a body of them',
    (word) => {
      expect(namesPeople(word)).toBe(true);
    },
  );

  it.each(['decisions', 'arguments', 'relationships', 'documents', 'statistics', 'results', 'tactics', 'days', 'incident', 'tone', 'meeting'])('reads "%s" as things', (word) => {
    expect(namesPeople(word)).toBe(false);
  });
});

describe('pluralNamesPeople', () => {
  it.each(['democrats', 'republicans', 'senators', 'fathers', 'supporters', 'voters'])('reads "%s" as people', (word) => {
    expect(pluralNamesPeople(word)).toBe(true);
  });

  it.each(['sanders', 'waters', 'summers', 'rogers', 'decisions', 'democrat'])('does not read "%s" as people: a surname, a thing or no plural', (word) => {
    expect(pluralNamesPeople(word)).toBe(false);
  });
});
