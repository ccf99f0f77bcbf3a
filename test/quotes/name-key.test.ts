import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/core/quotes/name-key.ts';

describe('nameKey', () => {
  it.each([
    ['Zelensky', 'Zelenskyy'],
    ['Zelensky', 'Zelenskiy'],
    ['Zelensky', 'Zelenskij'],
    ['Gerasimov', 'Gérasimov'],
    ['Volodymyr', 'Wolodymyr'],
    ['Holtz-Eakin', 'Holtz-Eakin’s'],
  ])('gives %s and %s the same key', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['Bill', 'Hillary'],
    ['Putin', 'Pruitt'],
    ['Brad', 'Brady'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
});
