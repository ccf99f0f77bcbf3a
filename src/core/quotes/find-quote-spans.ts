/**
 * Finds the spans between quotation marks in one passage: curly “…”, straight
 * "…" and the doubled apostrophes ''…'' some archives use. Single quotes are
 * left alone in an article that uses double ones: inside a quote they mark a
 * nested quote, which stays part of the outer quote's words, and elsewhere
 * they are mostly apostrophes. An article in British style, with curly
 * single quotes and no double ones (‘It failed,’ he said), has its quotes in
 * ‘…’ (see usesSingleQuotes()).
 *
 * @example
 * scanQuoteSpans('He said, “It failed.”', null).spans[0];
 * // { markStart: 9, start: 10, end: 20, markEnd: 21, style: 'curly', closed: true, continued: false }
 */

export type QuoteStyle = 'curly' | 'straight' | 'double-apostrophe' | 'single';

/** One quoted span; offsets are into the scanned text. */
export interface QuoteSpan {
  /** Where the opening mark starts (equal to `start` for a span continued from an earlier passage). */
  markStart: number;
  /** First character of the quoted words. */
  start: number;
  /** End (exclusive) of the quoted words. */
  end: number;
  /** End (exclusive) of the closing mark, or `end` when the span is not closed. */
  markEnd: number;
  style: QuoteStyle;
  /** False when the passage ended before a closing mark. */
  closed: boolean;
  /** True when the span carries on a quote left open by the previous passage. */
  continued: boolean;
}

export interface ScanResult {
  spans: QuoteSpan[];
  /** The style of a quote still open at the end of the text, if any. */
  openAtEnd: QuoteStyle | null;
}

/**
 * True for an article that writes its quotes in curly single marks, British
 * style (‘He told me “no”,’ she said): it has a closed ‘…’ quote outside
 * any double-quoted span, and every double-quoted span lies inside a ‘…’
 * one. In American style a ‘ quote is nested inside a double one, and the
 * double ones stand on their own; a headline's ‘…’ does not outweigh them.
 * A ‘ before a digit is a year (‘16), not a quote.
 */
export function usesSingleQuotes(body: string): boolean {
  if (!body.includes('\u2018')) return false;
  let singles = 0;
  // Double-quoted names standing alone (a call sign "Kit"): a few are no sign of American style.
  let names = 0;
  for (const paragraph of body.split('\n')) {
    const doubles = scanQuoteSpans(paragraph, null).spans;
    const quoted = paragraph.includes('\u2018') ? scanQuoteSpans(paragraph, null, true).spans.filter((s) => s.closed && !/\d/.test(paragraph[s.start]!)) : [];
    for (const d of doubles) {
      if (quoted.some((s) => within(d, s))) continue;
      if (!isShortClosed(paragraph, d)) return false;
      names++;
    }
    singles += quoted.filter((s) => !doubles.some((d) => within(s, d))).length;
  }
  return singles > names;
}

// A closed quote of three words at most ("Kit", "the Wagner group").
function isShortClosed(text: string, span: QuoteSpan): boolean {
  return span.closed && text.slice(span.start, span.end).trim().split(/\s+/).length <= 3;
}

/**
 * True for an article that writes its quotes in straight single marks, as
 * British copy typed or scraped without curly marks does ('It failed,' he
 * said): it has no double marks at all, and read with the opening ones
 * made ‘ and the rest ’ (curlySingles()) it holds a quote whose closing
 * mark punctuation stands beside (",' he said", "'."). Apostrophes alone
 * ("told 'em the soldiers' pay") make no such quote.
 */
export function usesStraightSingleQuotes(body: string): boolean {
  if (!body.includes("'") || LONG_DOUBLE_QUOTE.test(body)) return false;
  const curly = curlySingles(body);
  if (!usesSingleQuotes(curly)) return false;
  return curly.split('\n').some((paragraph) => scanQuoteSpans(paragraph, null, true).spans.some((q) => q.closed && closesSurely(paragraph, q.end)));
}

// A double-quoted span of four words or more, or a doubled apostrophe:
// quotes in double marks. The quick test; isShortClosed() is the exact one.
const LONG_DOUBLE_QUOTE = /["\u201C](?:[^\s"\u201C\u201D]+\s+){3}[^"\u201C\u201D\n]*["\u201D]|''/;

// A closing mark with punctuation before or after it, or ending the text.
function closesSurely(text: string, i: number): boolean {
  return SURE_BEFORE_CLOSE.test(text[i - 1] ?? '') || SURE_AFTER_CLOSE.test(text[i + 1] ?? '') || i + 1 === text.trimEnd().length;
}

/**
 * `text` with each straight single mark made curly: ‘ where it opens a
 * quote (after a space or opening punctuation, before a word), ’ elsewhere,
 * where it closes one or is an apostrophe. Same length, so offsets hold;
 * only for finding spans, never for the words kept.
 */
export function curlySingles(text: string): string {
  return text.replace(/'/g, (_mark, i: number) => (BEFORE_OPENING.test(text[i - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '') && !ELISION.test(text.slice(i)) ? '\u2018' : '\u2019'));
}

// Words whose first letters an apostrophe stands for: "'em", "'til", "rock 'n' roll".
const ELISION = /^'(?:em|til|cause|bout|round|tis|twas|n')(?![\p{L}])/iu;

function within(inner: QuoteSpan, outer: QuoteSpan): boolean {
  return outer.markStart < inner.markStart && inner.markStart < outer.markEnd;
}

/**
 * Scans `text` for quoted spans.
 * @param carry the style of a quote left open by the previous piece of the same paragraph
 * @param singles whether ‘…’ are quotes (usesSingleQuotes() of the article)
 */
export function scanQuoteSpans(text: string, carry: QuoteStyle | null, singles = false): ScanResult {
  const spans: QuoteSpan[] = [];
  // `close`: where a ‘…’ quote closes, worked out once it opens (singleClose()).
  // `straights`: how many straight double marks a “…” quote has held so far.
  let open: { style: QuoteStyle; markStart: number; start: number; continued: boolean; close?: number; straights: number } | null = carry
    ? { style: carry, markStart: 0, start: 0, continued: true, straights: 0 }
    : null;
  for (let i = nextMark(text, 0, !!open, singles); i < text.length; i = nextMark(text, i + 1, !!open, singles)) {
    if (!open) {
      const mark = openingMark(text, i, singles);
      if (mark) {
        open = { style: mark.style, markStart: i, start: i + mark.length, continued: false, straights: 0 };
        i += mark.length - 1;
      }
      continue;
    }
    const length = open.style === 'single' ? (i === (open.close ??= singleClose(text, open.start)) ? 1 : 0) : closingMark(text, i, open.style);
    // “… a "complete liberation" …”: every second straight mark inside the
    // quote closes a quote within it, not the quote itself.
    if (open.style === 'curly' && text[i] === '"' && ++open.straights % 2 === 0) continue;
    if (length === 0) continue;
    spans.push({ markStart: open.markStart, start: open.start, end: i, markEnd: i + length, style: open.style, closed: true, continued: open.continued });
    i += length - 1;
    open = null;
  }
  if (!open) return { spans, openAtEnd: null };
  const end = text.trimEnd().length;
  spans.push({ markStart: open.markStart, start: open.start, end, markEnd: end, style: open.style, closed: false, continued: open.continued });
  return { spans, openAtEnd: open.style };
}

// Only a few characters can open or close a quote; a regular expression
// finds the next one far faster than looking at every character in turn.
const OPENING_MARKS = /[\u201C"'`]/g;
const CLOSING_MARKS = /[\u201D"']/g;
const SINGLE_OPENING_MARKS = /\u2018/g;
const SINGLE_CLOSING_MARKS = /\u2019/g;

// Where the next character that might open (or, inside a quote, close) a quote is; the text's length when there is none.
function nextMark(text: string, from: number, inside: boolean, singles: boolean): number {
  const marks = singles ? (inside ? SINGLE_CLOSING_MARKS : SINGLE_OPENING_MARKS) : inside ? CLOSING_MARKS : OPENING_MARKS;
  marks.lastIndex = from;
  return marks.test(text) ? marks.lastIndex - 1 : text.length;
}

/** True when the text (after leading space) begins with an opening quotation mark. */
export function startsWithOpeningMark(text: string, singles = false): boolean {
  const lead = text.length - text.trimStart().length;
  return openingMark(text, lead, singles) !== null;
}

// A straight or doubled-apostrophe mark opens a quote when it follows a space,
// the start of the text or opening punctuation (`saying,"They` has no space),
// and is followed by a word rather than by a space.
const BEFORE_OPENING = /[\s([{\u2014\u2013\-―,:;/]/;

// Character codes of the opening marks: “ " ' `.
const LEFT_DOUBLE = 0x201c;
const STRAIGHT = 0x22;
const APOSTROPHE = 0x27;
const BACKTICK = 0x60;
const LEFT_SINGLE = 0x2018;

function openingMark(text: string, i: number, singles: boolean): { style: QuoteStyle; length: number } | null {
  const code = text.charCodeAt(i);
  // In British style only ‘ opens a quote: the double marks are not there, and ' is an apostrophe.
  if (singles) return code === LEFT_SINGLE && BEFORE_OPENING.test(i === 0 ? ' ' : text[i - 1]!) && /\S/.test(text[i + 1] ?? ' ') ? { style: 'single', length: 1 } : null;
  // Rule out all but the four marks by code first (startsWithOpeningMark asks about any character).
  if (code !== LEFT_DOUBLE && code !== STRAIGHT && code !== APOSTROPHE && code !== BACKTICK) return null;
  const c = text[i];
  if (c === '\u201C') return { style: 'curly', length: 1 };
  const prev = i === 0 ? ' ' : text[i - 1]!;
  if (c === '"') {
    const next = text[i + 1] ?? ' ';
    return BEFORE_OPENING.test(prev) && /\S/.test(next) ? { style: 'straight', length: 1 } : null;
  }
  const pair = text.slice(i, i + 2);
  if ((pair === "''" || pair === '``') && BEFORE_OPENING.test(prev) && /[^\s']/.test(text[i + 2] ?? ' ')) {
    return { style: 'double-apostrophe', length: 2 };
  }
  return null;
}

/**
 * Where the ‘…’ quote whose words start at `start` closes: the offset of its
 * ’, or -1 when the text ends first. A ’ inside a word is an apostrophe
 * (Russia’s). One after punctuation, or before it, surely closes (‘It
 * failed,’ he said; the ‘liberation’, which …). One between a word and a
 * space may be a plural possessive (‘The soldiers’ families are angry,’):
 * it closes only when no sure close comes before the next ‘.
 */
function singleClose(text: string, start: number): number {
  let weak = -1;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '\u2018') break;
    if (c !== '\u2019') continue;
    const prev = text[i - 1] ?? ' ';
    const next = text[i + 1] ?? ' ';
    if (/[\p{L}\p{N}]/u.test(next) || /\s/.test(prev)) continue;
    if (SURE_BEFORE_CLOSE.test(prev) || SURE_AFTER_CLOSE.test(next) || i + 1 === text.length) return i;
    if (weak < 0) weak = i;
  }
  return weak;
}

const SURE_BEFORE_CLOSE = /[,.!?…;:\u2014\u2013-]/;
const SURE_AFTER_CLOSE = /[,.;:!?)\u2014\u2013]/;

function closingMark(text: string, i: number, style: QuoteStyle): number {
  const c = text[i];
  // Writers mix marks: “… closed by a straight mark that ends a word ("… the FBI," Chaffetz said).
  if (style === 'curly') return c === '\u201D' || (c === '"' && /\S/.test(text[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ' ')) ? 1 : 0;
  // Writers mix marks; a curly closing mark also ends a straight quote.
  if (style === 'straight') return c === '"' || c === '\u201D' ? 1 : 0;
  // "''I said, 'No.''' he recalled": a nested quote ends with the outer one,
  // and its apostrophe comes first, so the closing pair is the last two.
  if (text.startsWith("'''", i)) return 0;
  return text.slice(i, i + 2) === "''" ? 2 : 0;
}
