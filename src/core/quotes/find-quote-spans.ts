/**
 * Finds the spans between quotation marks in one passage: curly “…”, straight
 * "…" and the doubled apostrophes ''…'' some archives use. Single quotes are
 * left alone on purpose: inside a quote they mark a nested quote, which stays
 * part of the outer quote's words, and elsewhere they are mostly apostrophes.
 *
 * @example
 * scanQuoteSpans('He said, “It failed.”', null).spans[0];
 * // { markStart: 9, start: 10, end: 20, markEnd: 21, style: 'curly', closed: true, continued: false }
 */

export type QuoteStyle = 'curly' | 'straight' | 'double-apostrophe';

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
 * Scans `text` for quoted spans.
 * @param carry the style of a quote left open by the previous piece of the same paragraph
 */
export function scanQuoteSpans(text: string, carry: QuoteStyle | null): ScanResult {
  const spans: QuoteSpan[] = [];
  let open: { style: QuoteStyle; markStart: number; start: number; continued: boolean } | null = carry
    ? { style: carry, markStart: 0, start: 0, continued: true }
    : null;
  for (let i = nextMark(text, 0, !!open); i < text.length; i = nextMark(text, i + 1, !!open)) {
    if (!open) {
      const mark = openingMark(text, i);
      if (mark) {
        open = { style: mark.style, markStart: i, start: i + mark.length, continued: false };
        i += mark.length - 1;
      }
      continue;
    }
    const length = closingMark(text, i, open.style);
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

// Where the next character that might open (or, inside a quote, close) a quote is; the text's length when there is none.
function nextMark(text: string, from: number, inside: boolean): number {
  const marks = inside ? CLOSING_MARKS : OPENING_MARKS;
  marks.lastIndex = from;
  return marks.test(text) ? marks.lastIndex - 1 : text.length;
}

/** True when the text (after leading space) begins with an opening quotation mark. */
export function startsWithOpeningMark(text: string): boolean {
  const lead = text.length - text.trimStart().length;
  return openingMark(text, lead) !== null;
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

function openingMark(text: string, i: number): { style: QuoteStyle; length: number } | null {
  // Rule out all but the four marks by code first (startsWithOpeningMark asks about any character).
  const code = text.charCodeAt(i);
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
