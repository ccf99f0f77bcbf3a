/**
 * What every Discord renderer returns, and the pieces they share: the source
 * line under a quote, bullet lists that stop before a limit, and packing
 * embeds into pages that fit one message each.
 */
import type { APIEmbed } from 'discord.js';
import type { ArticleRef, SourceRef } from '../core/answers.ts';
import { DiscordLimits, embedLength, truncateText } from './limits.ts';
import { escapeText, fitEscaped, titleLink } from './markdown.ts';

/** One message's worth of an answer. */
export interface Page {
  content?: string;
  embeds: APIEmbed[];
}

/** A rendered answer: one or more pages, and whether only the asker should see it. */
export interface Rendered {
  pages: Page[];
  /** True for "nothing found" and refusals, whatever the command's own visibility. */
  ephemeral: boolean;
}

export const Colors = { answer: 0x3b82f6, compare: 0x8b5cf6, notFound: 0x9ca3af, ok: 0x22c55e, failed: 0xef4444 } as const;

/** `[Title](<url>)` then "Outlet · 2025-04-26 · paragraph 4 · `file.txt`". */
export function describeSource(source: SourceRef | ArticleRef): string {
  const paragraph = 'paragraph' in source ? `paragraph ${source.paragraph}` : null;
  const details = [source.source, source.date, paragraph].filter((x): x is string => Boolean(x)).map(escapeText);
  details.push(`\`${source.file.replace(/`/g, "'")}\``);
  return `${titleLink(source.title, source.url)}\n${details.join(' · ')}`;
}

/** Short one-line form for lists: title link, outlet and date. */
export function shortSource(source: ArticleRef | SourceRef): string {
  const details = [source.source, source.date].filter((x): x is string => Boolean(x)).map((x) => fitEscaped(x, 60));
  const where = 'paragraph' in source ? ` ¶${source.paragraph}` : '';
  return `${titleLink(source.title, source.url, 120)}${details.length ? ` — ${details.join(', ')}` : ''}${where}`;
}

/**
 * Joins lines until the next one would pass `max`, then says how many were left
 * out, so a long list never ends mid-line.
 */
export function listWithin(lines: string[], max: number): string {
  const kept: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const rest = lines.length - i;
    const more = rest > 1 ? `\n…and ${rest - 1} more` : '';
    const next = (kept.length ? 1 : 0) + line.length;
    if (used + next + more.length > max) {
      if (kept.length === 0) kept.push(truncateText(line, max - 30));
      kept.push(`…and ${lines.length - kept.length} more`);
      return kept.join('\n');
    }
    kept.push(line);
    used += next;
  }
  return kept.join('\n');
}

/**
 * Packs embeds into pages: at most `perPage` embeds per page, never more than
 * 10 or 6000 characters, and a "Page i of n" footer on each page's last embed.
 * `lead` embeds go on the first page before the items.
 */
export function paginate(items: APIEmbed[], perPage: number, content?: string, lead: APIEmbed[] = []): Page[] {
  const budget = DiscordLimits.embedTotal - 40; // room for the page footer
  const groups: APIEmbed[][] = [];
  let current: APIEmbed[] = [...lead];
  let size = lead.reduce((s, e) => s + embedLength(e), 0);
  let itemsOnPage = 0;
  for (const item of items) {
    const length = embedLength(item);
    const full = itemsOnPage >= perPage || current.length >= DiscordLimits.embeds || size + length > budget;
    if (full && current.length > 0) {
      groups.push(current);
      current = [];
      size = 0;
      itemsOnPage = 0;
    }
    current.push(item);
    size += length;
    itemsOnPage += 1;
  }
  if (current.length > 0 || groups.length === 0) groups.push(current);
  return groups.map((embeds, i) => ({ content, embeds: withPageFooter(embeds, i, groups.length) }));
}

function withPageFooter(embeds: APIEmbed[], index: number, count: number): APIEmbed[] {
  if (count < 2 || embeds.length === 0) return embeds;
  const last = embeds.at(-1)!;
  const page = `Page ${index + 1} of ${count}`;
  const text = last.footer ? `${truncateText(last.footer.text, 120)} · ${page}` : page;
  return [...embeds.slice(0, -1), { ...last, footer: { text } }];
}
