/**
 * Quotations inside a statement's own words: in “She said on the trail,
 * ‘I refuse to use the phrase radical Islam,’ and that is a problem” the
 * words in single marks are hers, repeated by the speaker. /who-said says
 * so instead of giving them to the one repeating them.
 *
 * @example
 * innerQuoteRanges('She said, ‘I refuse,’ and left'); // [[10, 18]]
 */

import { asCurlyMarks } from './quote-marks.ts';

// Each opening mark and the marks that may close it. A straight apostrophe
// may be closed by a curly one: archives mix them.
const CLOSERS: ReadonlyMap<string, string> = new Map([
  ['‘', '’'],
  ['“', '”'],
  ["'", "'’"],
  ['"', '"'],
]);

/** The `[start, end)` ranges of the words inside quotation marks within `text`. */
export function innerQuoteRanges(original: string): Array<[number, number]> {
  // «…» and „…“ are read as “…”; same length, so the ranges hold for `original`.
  const text = asCurlyMarks(original);
  const ranges: Array<[number, number]> = [];
  let open: { closers: string; start: number } | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (open) {
      if (open.closers.includes(c) && closesAt(text, i)) {
        ranges.push([open.start, i]);
        open = null;
      }
      continue;
    }
    const closers = CLOSERS.get(c);
    if (closers && opensAt(text, i)) open = { closers, start: i + 1 };
  }
  return ranges;
}

/** True when every highlighted range lies inside one and the same quotation of `ranges`. */
export function withinOneInnerQuote(highlights: ReadonlyArray<readonly [number, number]>, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  if (highlights.length === 0) return false;
  return ranges.some(([start, end]) => highlights.every(([a, b]) => a >= start && b <= end));
}

// An opening mark starts a word: nothing or a space, bracket or dash before
// it, a word after it. "Let's" and "voters'" open nothing.
function opensAt(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return (before === undefined || /[\s([{—–-]/u.test(before)) && after !== undefined && /[\p{L}\p{N}.…$#@]/u.test(after);
}

// A closing mark ends a word: not a space before it, and no letter or digit
// right after it ("don’t" goes on).
function closesAt(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return before !== undefined && !/\s/u.test(before) && (after === undefined || !/[\p{L}\p{N}]/u.test(after));
}
