/** The word scanners every matcher stands on: words with offsets, and hyphenated words written closed. */
import { describe, expect, it } from 'vitest';
import { compoundWordsOf, wordsOf } from '../../src/core/text-match.ts';

const spans = (text: string, words: Array<{ start: number; end: number }>) => words.map((w) => text.slice(w.start, w.end));

describe('wordsOf', () => {
  it('gives each word lower-cased with its offsets, skipping punctuation and quote marks', () => {
    const text = '“Kyiv’s forces,” he said: 1,200 troops.';
    const words = wordsOf(text);
    expect(words.map((w) => w.norm)).toEqual(["kyiv's", 'forces', 'he', 'said', '1', '200', 'troops']);
    expect(spans(text, words)).toEqual(['Kyiv’s', 'forces', 'he', 'said', '1', '200', 'troops']);
  });

  it('marks function words as minor', () => {
    expect(wordsOf('The front of it').map((w) => w.minor)).toEqual([true, false, true, true]);
  });

  it('gives the same words when called again on another text (no state left between calls)', () => {
    wordsOf('a long first text with many words in it');
    expect(wordsOf('two words').map((w) => w.norm)).toEqual(['two', 'words']);
  });
});

describe('compoundWordsOf', () => {
  it('gives each hyphenated word whole, written closed, with the offsets of the written form', () => {
    const text = 'A cease-fire, a re‐election and a co‑op-run shop.';
    const words = compoundWordsOf(text);
    expect(words.map((w) => w.norm)).toEqual(['ceasefire', 'reelection', 'cooprun']);
    expect(spans(text, words)).toEqual(['cease-fire', 're‐election', 'co‑op-run']);
  });

  it('takes letters only: a digit, a doubled or a loose hyphen does not join words', () => {
    expect(compoundWordsOf('F-16 jets, 2-for-1, well--known, -ish, ends-').map((w) => w.norm)).toEqual([]);
    expect(compoundWordsOf('B2-bomber').map((w) => w.norm)).toEqual([]);
    expect(compoundWordsOf('x1b-c').map((w) => w.norm)).toEqual(['bc']);
  });

  it('finds a hyphenated word at either end of the text and none in text without a hyphen', () => {
    expect(compoundWordsOf('well-known').map((w) => w.norm)).toEqual(['wellknown']);
    expect(compoundWordsOf('so it is long-range').map((w) => w.norm)).toEqual(['longrange']);
    expect(compoundWordsOf('no hyphen here — only a dash')).toEqual([]);
  });
});
