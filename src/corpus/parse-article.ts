/**
 * Turns one file's text into an Article: front matter validated with zod, a
 * title derived when the front matter has none.
 *
 * @example
 * parseArticle('a.md', '---\ntitle: Hello\n---\nBody.');
 * // { ok: true, article: { title: 'Hello', body: 'Body.', bodyOffset: 20, ... } }
 */
import { z } from 'zod';
import { shortenText } from '../core/shorten.ts';
import type { Article } from '../core/types.ts';
import { readFrontMatter, splitFrontMatter } from './front-matter.ts';

const optionalText = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .transform((v) => (v === '' ? null : v))
  .nullish()
  .transform((v) => v ?? null);

// YAML turns `date: 2025-04-26` into a Date; a quoted date stays a string.
const dateField = z
  .union([z.date(), z.string().trim()])
  .nullish()
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v ? v : null));

const frontMatterSchema = z.object({
  title: optionalText,
  source: optionalText,
  url: z.url().nullish().transform((v) => v ?? null),
  date: dateField,
  author: optionalText,
});

export type ParseResult =
  | { ok: true; article: Article }
  | { ok: false; code: 'empty' | 'bad-front-matter'; reason: string };

const FRONT_MATTER_START = /^\uFEFF?---\r?\n/;

export function parseArticle(file: string, raw: string): ParseResult {
  if (raw.trim() === '') return { ok: false, code: 'empty', reason: 'is empty' };
  let data: unknown = {};
  let body = raw;
  const split = FRONT_MATTER_START.test(raw) ? splitFrontMatter(raw) : null;
  if (split) {
    try {
      data = readFrontMatter(split.yaml);
      body = split.body;
    } catch (error) {
      return { ok: false, code: 'bad-front-matter', reason: `has front matter that is not valid YAML (${firstLine(error)})` };
    }
  }
  const checked = frontMatterSchema.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, code: 'bad-front-matter', reason: `has a bad front matter field "${issue?.path.join('.')}": ${issue?.message}` };
  }
  // The body is the end of the file; keep offsets into the file exact.
  const bodyOffset = raw.endsWith(body) ? raw.length - body.length : 0;
  if (body.trim() === '') return { ok: false, code: 'empty', reason: 'has no article text' };
  const meta = checked.data;
  return {
    ok: true,
    article: {
      file,
      title: meta.title ?? deriveTitle(body),
      source: meta.source,
      url: meta.url,
      date: meta.date,
      author: meta.author,
      body,
      bodyOffset,
    },
  };
}

const MAX_HEADLINE_CHARS = 120;
const MAX_DERIVED_TITLE_CHARS = 90;

/**
 * A title for an article without one: its first line when that reads like a
 * headline (short, no full stop at the end), else its first sentence, shortened.
 */
export function deriveTitle(body: string): string {
  const firstLine = body.trim().split('\n')[0]!.trim();
  if (firstLine.length <= MAX_HEADLINE_CHARS && !/[.!?:;,]["”’]?$/.test(firstLine) && /\p{L}/u.test(firstLine)) {
    return firstLine;
  }
  const sentence = firstLine.match(/^.+?[.!?]["”’]?(?=\s|$)/)?.[0] ?? firstLine;
  return shortenText(sentence, MAX_DERIVED_TITLE_CHARS);
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!;
}
