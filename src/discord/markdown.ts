/**
 * Discord markdown for text that comes from the corpus or from users: escaped
 * so it cannot open a code fence, a heading, a list, a link or a block quote
 * of its own, with matched words in bold and cut to fit without breaking the
 * markup around it.
 *
 * @example
 * quoteBlock('He said *no*', [[8, 12]], 100); // '> He said **\\*no\\***'
 */
import { escapeMarkdown } from 'discord.js';
import type { Highlights } from '../core/answers.ts';
import { ELLIPSIS, truncateText } from './limits.ts';

/** Escapes corpus or user text for any embed text or message content. */
export function escapeText(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/^(\s*)>/gm, '$1\\>')
    .replace(/^(\s*)-#/gm, '$1\\-#')
    .replace(/[[\]]/g, '\\$&');
}

/**
 * Escapes `text` and puts the highlighted ranges in bold. Ranges are clamped,
 * merged and trimmed to whole non-space runs, since `** word**` is not bold.
 */
export function markHighlights(text: string, highlights: Highlights): string {
  let out = '';
  let at = 0;
  for (const [start, end] of normaliseRanges(text, highlights)) {
    out += escapeText(text.slice(at, start)) + `**${escapeText(text.slice(start, end))}**`;
    at = end;
  }
  return out + escapeText(text.slice(at));
}

/**
 * A block quote of `text` with highlights, at most `max` characters of markdown.
 * Cuts the raw text (at a sentence or word) until the escaped result fits, so
 * escapes and bold markers are never cut in half.
 */
export function quoteBlock(text: string, highlights: Highlights, max: number): string {
  const render = (raw: string) =>
    markHighlights(raw, highlights)
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
  return fitRendered(text, max, render);
}

/** Escaped plain text of at most `max` characters (a query, a title). */
export function fitEscaped(text: string, max: number): string {
  return fitRendered(text, max, escapeText);
}

/** `[title](<url>)` when the URL is a plain http(s) link, else the escaped title. */
export function titleLink(title: string, url: string | null, maxTitle = 200): string {
  const shown = fitEscaped(title, maxTitle);
  return isLink(url) ? `[${shown}](<${url}>)` : shown;
}

/** Whether `url` is a plain http(s) link Discord will accept in a masked link or an embed URL. */
export function isLink(url: string | null): url is string {
  return url !== null && url.length <= 500 && /^https?:\/\/[^\s<>()]+$/i.test(url);
}

/** Shrinks raw text until its rendering fits in `max`; the ellipsis added by the cut is escaped harmlessly. */
function fitRendered(text: string, max: number, render: (raw: string) => string): string {
  let rendered = render(text);
  let rawMax = text.length;
  while (rendered.length > max && rawMax > 1) {
    // Shrink in proportion to the overshoot, and by at least one character so the loop ends.
    rawMax = Math.min(rawMax - 1, Math.floor((rawMax * max) / rendered.length));
    rendered = render(truncateText(text, rawMax));
  }
  return rendered.length <= max ? rendered : ELLIPSIS.slice(0, max);
}

function normaliseRanges(text: string, highlights: Highlights): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const sorted = [...highlights]
    .map(([s, e]) => [Math.max(0, s), Math.min(text.length, e)] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  for (const range of sorted) {
    const last = ranges.at(-1);
    // Words separated only by spaces join one bold run: "**North Korea**", not "**North** **Korea**".
    if (last && (range[0] <= last[1] || /^[^\S\n]+$/.test(text.slice(last[1], range[0])))) last[1] = Math.max(last[1], range[1]);
    else ranges.push([...range]);
  }
  // Bold must start and end on a non-space and cannot span a line break.
  return ranges.flatMap(([s, e]) =>
    [...text.slice(s, e).matchAll(/\S+(?:[^\S\n]+\S+)*/g)].map((m) => [s + m.index, s + m.index + m[0].length] as [number, number]),
  );
}
