import { describe, expect, it } from 'vitest';
import { givenNameGender } from '../../src/core/quotes/given-names.ts';
import { nameKey } from '../../src/core/quotes/name-key.ts';

describe('the gender a given name shows', () => {
  it.each([
    ['Jessica', 'female'],
    ['Walter', 'male'],
    ['Allison', 'female'],
    ['Alison', 'female'],
    ['Hillary', 'female'],
    ['Bernie', 'male'],
    ['Volodymyr', 'male'],
    ['Oksana', 'female'],
    // War-news probe: "said Olha, 62, … Her neighbours, she said, had left for Kyiv" was lost.
    ['Olha', 'female'],
    ['Liudmyla', 'female'],
  ])('reads %s, keyed as the resolver keys a first name, as %s', (name, gender) => {
    expect(givenNameGender(nameKey(name))).toBe(gender);
  });

  it.each(['Chris', 'Kelly', 'Jordan', 'Andrea', 'Jean', 'Robin', 'Virginia', 'Zbigniew'])('shows nothing for %s', (name) => {
    expect(givenNameGender(nameKey(name))).toBeNull();
  });
});
