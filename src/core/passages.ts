/**
 * Splits an article body into passages: paragraphs, with very long paragraphs
 * cut at sentence boundaries, and page furniture ("Read also:" link lists,
 * "Read the rest here.") left out.
 *
 * @example
 * splitPassages('a.txt', 'First paragraph.\n\nSecond one.');
 * // [{ paragraph: 1, start: 0, end: 16, ... }, { paragraph: 2, start: 18, ... }]
 */
import type { Passage } from './types.ts';

export interface SplitOptions {
  /** Paragraphs longer than this are cut at sentence boundaries. */
  maxPassageChars: number;
}

const defaultSplitOptions: SplitOptions = { maxPassageChars: 1500 };

/** A paragraph of the body before it becomes one or more passages. */
export interface Paragraph {
  /** 1-based, counted over every paragraph of the body, furniture included, so numbers match the file. */
  number: number;
  start: number;
  end: number;
  text: string;
}

/** Passages of one article, without ids (the Library numbers them). */
export function splitPassages(
  file: string,
  body: string,
  options: Partial<SplitOptions> = {},
): Array<Omit<Passage, 'id'>> {
  const { maxPassageChars } = { ...defaultSplitOptions, ...options };
  const passages: Array<Omit<Passage, 'id'>> = [];
  for (const paragraph of withoutFurniture(splitParagraphs(body))) {
    for (const [start, end] of cutLongParagraph(paragraph, maxPassageChars)) {
      passages.push({ file, paragraph: paragraph.number, start, end, text: body.slice(start, end) });
    }
  }
  return passages;
}

/**
 * Paragraphs of a body. A blank line always ends a paragraph. News exports
 * either separate paragraphs with blank lines, and then a single line break is
 * a hard wrap (unless a list item starts), or put one paragraph per line, and
 * then a single line break ends a paragraph unless it plainly cuts a sentence
 * (the line before does not end one and the next starts in lower case).
 */
export function splitParagraphs(body: string): Paragraph[] {
  const usesBlankLines = /\n[ \t]*\r?\n\s*\S/.test(body.trim());
  const paragraphs: Paragraph[] = [];
  const lines = [...body.matchAll(/[^\n]*(?:\n|$)/g)];
  let open: { start: number; end: number } | null = null;
  const close = () => {
    if (!open) return;
    const text = body.slice(open.start, open.end);
    paragraphs.push({ number: paragraphs.length + 1, start: open.start, end: open.end, text });
    open = null;
  };
  for (const match of lines) {
    const raw = match[0].replace(/\r?\n$/, '');
    if (match.index === body.length && raw === '') break;
    const lead = raw.length - raw.trimStart().length;
    const content = raw.trim();
    if (!content) {
      close();
      continue;
    }
    const start = match.index + lead;
    const end = start + content.length;
    const previous: { start: number; end: number } | null = open;
    if (previous && isHardWrap(body.slice(previous.start, previous.end), content, usesBlankLines)) {
      previous.end = end;
      continue;
    }
    close();
    open = { start, end };
  }
  close();
  return paragraphs;
}

function isHardWrap(before: string, next: string, usesBlankLines: boolean): boolean {
  if (LIST_ITEM.test(next) || LINK_LIST_HEADER.test(before)) return false;
  if (usesBlankLines) return !(isHeadlineLine(before.slice(before.lastIndexOf('\n') + 1)) && /^\p{Lu}/u.test(next));
  return !/[.!?:;"”’»›)\]]$/.test(before) && /^[a-z]/.test(next);
}

// Live blogs put an entry's headline on the line above its text with no
// blank line between: "…Over Zika Virus" then "Chris Christie said …".
// Joined, the two read as one name ("Zika Virus Chris Christie"). A line in
// title case that ends without punctuation is a headline, not a wrapped line
// of prose, whose words are mostly lower case.
function isHeadlineLine(line: string): boolean {
  if (/[.!?:;,"”’»›)\]]\s*$/.test(line)) return false;
  const words = line.match(/\p{L}[\p{L}'’-]*/gu)?.filter((w) => !HEADLINE_SMALL_WORDS.has(w.toLowerCase())) ?? [];
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised >= 0.8 * words.length;
}

const HEADLINE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as']);

// Link lists and calls to action that news sites paste into article text.
// These are generic web boilerplate, not phrases of any one article.
const FURNITURE_LINE = [
  /^(read|see) (also|more)\b.{0,40}$/i,
  /^(related|more)( stories| coverage| articles)?:?$/i,
  /^related stories/i,
  /^read (the rest|it all|the full|more)\b.{0,80}$/i,
  /^(click|tap) here\b/i,
  /^(sign up|subscribe)\b.{0,120}$/i,
  /^follow [\p{Lu}][^.]{0,60} on (twitter|facebook|instagram)\b/iu,
  /^advertisement\b.{0,40}$/i,
  /^(share|continue reading)\b.{0,40}$/i,
  /^watch (the|a|it)\b.{0,80}(above|below|here)[.:]?$/i,
  /^[\p{P}\p{S}\s]*$/u,
];
const LINK_LIST_HEADER = /^(read (also|more)|see also|related( stories| coverage| articles)?|more on this)\b.{0,20}:\s*$/i;
const LIST_ITEM = /^([-*•–—]|\d+[.)])\s+/;

/** Drops furniture: boilerplate lines, and the list items under a "Read also:" header. */
function withoutFurniture(paragraphs: Paragraph[]): Paragraph[] {
  const kept: Paragraph[] = [];
  let inLinkList = false;
  for (const p of paragraphs) {
    const text = p.text.trim();
    if (LINK_LIST_HEADER.test(text)) {
      inLinkList = true;
      continue;
    }
    if (inLinkList && LIST_ITEM.test(text)) continue;
    inLinkList = false;
    if (FURNITURE_LINE.some((re) => re.test(text))) continue;
    kept.push(p);
  }
  return kept;
}

/**
 * Where a sentence may end: terminal punctuation, an optional closing quote,
 * then space and a capital or an opening quote (guillemets included: see
 * quote-marks.ts). The space is part of the match.
 */
export const SENTENCE_BOUNDARY = /[.!?]["”’»›)]?\s+(?=["“‘«‹„(]?[\p{Lu}\d])/gu;

/** [start, end] pieces of a paragraph, each at most `max` chars unless one sentence is longer. */
function cutLongParagraph(p: Paragraph, max: number): Array<[number, number]> {
  if (p.end - p.start <= max) return [[p.start, p.end]];
  const pieces: Array<[number, number]> = [];
  let pieceStart = 0;
  let lastCut = 0;
  for (const m of p.text.matchAll(SENTENCE_BOUNDARY)) {
    const cut = m.index + m[0].trimEnd().length;
    if (cut - pieceStart > max && lastCut > pieceStart) {
      pieces.push([p.start + pieceStart, p.start + lastCut]);
      pieceStart = lastCut + (p.text.slice(lastCut).length - p.text.slice(lastCut).trimStart().length);
    }
    lastCut = cut;
  }
  if (p.text.length - pieceStart > max && lastCut > pieceStart) {
    pieces.push([p.start + pieceStart, p.start + lastCut]);
    pieceStart = lastCut + (p.text.slice(lastCut).length - p.text.slice(lastCut).trimStart().length);
  }
  pieces.push([p.start + pieceStart, p.end]);
  return pieces;
}
