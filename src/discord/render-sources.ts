/** `/sources` as embeds: totals, one field per article, and the files that were refused. */
import type { APIEmbed } from 'discord.js';
import type { SourcesAnswer } from '../core/answers.ts';
import { DiscordLimits } from './limits.ts';
import { escapeText, fitEscaped, titleLink } from './markdown.ts';
import { Colors, listWithin, type Page, type Rendered } from './render-shared.ts';

/** Articles per page: each is one field; 10 keeps the page short. */
const SOURCES_PER_PAGE = 10;

export function renderSources(answer: SourcesAnswer): Rendered {
  const { totals } = answer;
  const summary = `${totals.articles} articles · ${totals.passages} passages · ${totals.quotes} quotes · ${totals.speakers} speakers`;
  const chunks: Array<SourcesAnswer['sources']> = [];
  for (let i = 0; i < answer.sources.length; i += SOURCES_PER_PAGE) chunks.push(answer.sources.slice(i, i + SOURCES_PER_PAGE));
  if (chunks.length === 0) chunks.push([]);
  const pages: Page[] = chunks.map((chunk, i) => {
    const embed: APIEmbed = {
      color: Colors.answer,
      title: 'Sources the bot quotes from',
      description: summary,
      fields: chunk.map((s) => ({ name: fitEscaped(s.title, DiscordLimits.fieldName), value: sourceValue(s) })),
    };
    if (i === 0 && answer.rejected.length > 0) {
      embed.fields!.push({
        name: `Refused files (${answer.rejected.length})`,
        value: listWithin(answer.rejected.map((r) => `• \`${r.file.replace(/`/g, "'")}\`: ${escapeText(r.reason)}`), DiscordLimits.fieldValue),
      });
    }
    if (chunks.length > 1) embed.footer = { text: `Page ${i + 1} of ${chunks.length}` };
    return { embeds: [embed] };
  });
  return { pages, ephemeral: true };
}

function sourceValue(s: SourcesAnswer['sources'][number]): string {
  const details = [s.source, s.date, s.author ? `by ${s.author}` : null].filter((x): x is string => Boolean(x)).map((x) => fitEscaped(x, 100));
  const link = s.url ? `${titleLink('link', s.url)} · ` : '';
  return `${link}${details.join(' · ')}${details.length ? '\n' : ''}${s.passages} passages · ${s.quotes} quotes · \`${s.file.replace(/`/g, "'")}\``;
}
