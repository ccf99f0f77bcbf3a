import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitMessage, truncateText } from '../../src/discord/limits.ts';
import { limitViolations } from './discord-limits.ts';

describe('truncateText', () => {
  it('leaves text that fits alone', () => {
    expect(truncateText('short', 10)).toBe('short');
  });

  it('cuts at a sentence end when one is near the limit', () => {
    const text = 'Forces have liberated the region. The General Staff said more.';
    expect(truncateText(text, 45)).toBe('Forces have liberated the region. …');
  });

  it('cuts at a word boundary, never mid-word, and adds an ellipsis', () => {
    const cut = truncateText('the quick brown fox jumps over the lazy dog', 22);
    expect(cut).toBe('the quick brown fox…');
    expect(cut.length).toBeLessThanOrEqual(22);
  });

  it('cuts a value without an ellipsis when asked', () => {
    expect(truncateText('alpha beta gamma delta', 12, '')).toBe('alpha beta');
  });

  it('never splits a surrogate pair in one huge word', () => {
    const cut = truncateText('😀'.repeat(50), 11);
    expect(cut.length).toBeLessThanOrEqual(11);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('always fits and keeps every kept word whole', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 80 }), fc.integer({ min: 5, max: 300 }), (words, max) => {
        const text = words.join(' ');
        const cut = truncateText(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (cut !== text && cut.includes(' ')) {
          const kept = cut.replace(/ ?…$/, '').split(' ');
          // Every kept word is a whole word of the original at the same position.
          kept.forEach((w, i) => expect(words[i]).toBe(w));
        }
      }),
    );
  });
});

describe('fitMessage', () => {
  it('brings an oversized message inside every Discord limit', () => {
    const long = 'word '.repeat(3000);
    const embeds = Array.from({ length: 12 }, () => ({
      title: long,
      description: long,
      footer: { text: long },
      fields: Array.from({ length: 30 }, () => ({ name: long, value: long })),
    }));
    const fitted = fitMessage({ content: long, embeds });
    expect(limitViolations(fitted)).toEqual([]);
  });
});
