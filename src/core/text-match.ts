/**
 * Word-level matching of a query against a quote, tolerant of case, quote
 * marks, apostrophes, dashes, typos and word endings, and sensitive to word
 * order. Used to verify search hits: the index finds candidates, this decides
 * whether the words are really there.
 *
 * @example
 * alignWords(wordsOf('the battlefield remains difficult'),
 *            wordsOf('while the battlefield remains “difficult,”')).coverage; // 1
 */

export interface Word {
  /** Lower-cased, with typographic apostrophes and dashes made plain. */
  norm: string;
  start: number;
  end: number;
  /** A function word: matters for order, weighs little for coverage. */
  minor: boolean;
}

// Words that carry little meaning on their own; a query made of these alone must not match.
const MINOR = new Set(
  'a an the and or but of to in on at by for with from as is are was were be been being it its this that these those he she they we you i his her their our your my me him them us not no so if then than there here'.split(
    ' ',
  ),
);

/** Words of a text with offsets; punctuation and quote marks are skipped. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  // An exec loop over one pattern, and the apostrophe replaced only where
  // there is one: /compare tokenises hundreds of passages per topic.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const lower = m[0].toLowerCase();
    const norm = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    words.push({ norm, start: m.index, end: m.index + m[0].length, minor: MINOR.has(norm) });
  }
  return words;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * The hyphenated words of a text, each as one word written closed and
 * spanning the whole of it ("cease-fire" → "ceasefire"): the form another
 * source may use, as search also indexes it.
 */
export function compoundWordsOf(text: string): Word[] {
  const words: Word[] = [];
  // The pattern is tried only where a hyphen follows a letter: run over the
  // whole text it would re-read every word from each of its letters.
  HYPHEN.lastIndex = 0;
  for (let hyphen = HYPHEN.exec(text); hyphen; hyphen = HYPHEN.exec(text)) {
    let start = hyphen.index;
    while (start > 0 && LETTER.test(text[start - 1]!)) start--;
    if (start === hyphen.index) continue;
    COMPOUND_AT.lastIndex = start;
    const m = COMPOUND_AT.exec(text);
    if (!m) continue;
    words.push({ norm: m[0].toLowerCase().replace(/[-\u2010\u2011]/g, ''), start, end: start + m[0].length, minor: false });
    HYPHEN.lastIndex = start + m[0].length;
  }
  return words;
}

const HYPHEN = /[-\u2010\u2011]/g;
const LETTER = /\p{L}/u;
/** A hyphenated word starting exactly at `lastIndex` (sticky). */
const COMPOUND_AT = /\p{L}+(?:[-\u2010\u2011]\p{L}+)+/uy;

export interface Alignment {
  /** Weighted share of the query's words found in order in the target, 0..1. */
  coverage: number;
  /** Share of the target's words the query accounts for, 0..1 (an exact quote scores 1). */
  precision: number;
  /** Indexes of target words matched. */
  matched: number[];
}

const MINOR_WEIGHT = 0.25;

/**
 * Longest common subsequence of query and target words under `sameWord`,
 * weighted so that function words count a quarter of content words.
 */
export function alignWords(query: Word[], target: Word[]): Alignment {
  const n = query.length;
  const m = target.length;
  if (n === 0 || m === 0) return { coverage: 0, precision: 0, matched: [] };
  // Which word pairs count as the same, asked once per pair: the table fill and the trace back both need it.
  const same = new Uint8Array(n * m);
  for (let i = 0; i < n; i++) {
    const norm = query[i]!.norm;
    for (let j = 0; j < m; j++) same[i * m + j] = sameWord(norm, target[j]!.norm) ? 1 : 0;
  }
  // The whole table is kept (queries are short) so the matched words can be traced back.
  const score: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = 1; i <= n; i++) {
    const q = query[i - 1]!;
    const weight = q.minor ? MINOR_WEIGHT : 1;
    const above = score[i - 1]!;
    const here = score[i]!;
    for (let j = 1; j <= m; j++) {
      const diagonal = same[(i - 1) * m + j - 1] ? above[j - 1]! + weight : 0;
      here[j] = Math.max(diagonal, above[j]!, here[j - 1]!);
    }
  }
  const matched: number[] = [];
  for (let i = n, j = m; i > 0 && j > 0; ) {
    const q = query[i - 1]!;
    const weight = q.minor ? MINOR_WEIGHT : 1;
    if (same[(i - 1) * m + j - 1] && score[i]![j] === score[i - 1]![j - 1]! + weight) {
      matched.push(j - 1);
      i--;
      j--;
    } else if (score[i - 1]![j]! >= score[i]![j - 1]!) i--;
    else j--;
  }
  matched.reverse();
  const total = query.reduce((sum, w) => sum + (w.minor ? MINOR_WEIGHT : 1), 0);
  const targetTotal = target.reduce((sum, w) => sum + (w.minor ? MINOR_WEIGHT : 1), 0);
  const found = score[n]![m]!;
  return { coverage: found / total, precision: Math.min(1, found / targetTotal), matched };
}

/**
 * A quick upper estimate of `alignWords(query, target).coverage`: the weighted
 * share of query words present anywhere in the target, as written or with the
 * same first five letters. It ignores order and typos, so it costs one pass
 * over each side; use it to choose which candidates deserve the exact alignment.
 */
export function bagCoverage(query: Word[], target: Word[]): number {
  const present = new Set<string>();
  for (const w of target) present.add(w.norm).add(stemKey(w.norm));
  let found = 0;
  let total = 0;
  for (const w of query) {
    const weight = w.minor ? MINOR_WEIGHT : 1;
    total += weight;
    if (present.has(w.norm) || present.has(stemKey(w.norm))) found += weight;
  }
  return total ? found / total : 0;
}

function stemKey(word: string): string {
  return word.length > 5 ? `${word.slice(0, 5)}…` : word;
}

/** Same word, another ending ("defeat"/"defeated") or a typo ("regmie"/"regime"). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  if (commonPrefix(a, b) >= Math.max(4, shorter - 1) && Math.abs(a.length - b.length) <= 3) return true;
  const limit = typoLimit(shorter);
  if (Math.abs(a.length - b.length) > limit) return false;
  // Aligning a query with every candidate quote asks about the same pairs of
  // words again and again; the edit distance is the costly part, so remember
  // it (two levels of maps: no key string to build for every lookup).
  let row = typoMemo.get(a);
  if (!row) typoMemo.set(a, (row = new Map()));
  let same = row.get(b);
  if (same === undefined) {
    if (++typoMemoPairs > TYPO_MEMO_PAIRS) {
      typoMemo.clear();
      typoMemoPairs = 0;
    }
    same = editDistanceAtMost(a, b, limit);
    row.set(b, same);
  }
  return same;
}

/**
 * True when one word is the other with a typo or two: one edit below eight
 * letters, two from eight, a swap of neighbouring letters ("berht") counting
 * as one. Two edits in a short word make another word ("truce", "trump").
 */
export function isTypoOf(a: string, b: string): boolean {
  return editDistanceAtMost(a, b, typoLimit(Math.min(a.length, b.length)));
}

function typoLimit(shorter: number): number {
  return shorter >= 8 ? 2 : 1;
}

const TYPO_MEMO_PAIRS = 200_000;
const typoMemo = new Map<string, Map<string, boolean>>();
let typoMemoPairs = 0;

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Damerau-Levenshtein distance (with adjacent swaps) is at most `limit`. */
function editDistanceAtMost(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  const width = b.length + 1;
  let previous2 = new Int32Array(width);
  let previous = new Int32Array(width);
  let row = new Int32Array(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return false;
    [previous2, previous, row] = [previous, row, previous2];
  }
  return previous[b.length]! <= limit;
}

/** Merges matched words into character ranges, joining neighbours separated only by spaces or punctuation. */
export function highlightRanges(target: Word[], matched: number[], text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const index of matched) {
    const word = target[index]!;
    const last = ranges[ranges.length - 1];
    if (last && /^[\s\p{P}]*$/u.test(text.slice(last[1], word.start)) && matched.includes(index - 1)) last[1] = word.end;
    else ranges.push([word.start, word.end]);
  }
  return ranges;
}
