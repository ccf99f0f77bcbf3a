/**
 * `/reload` as one embed: sizes before and after, files added, changed and
 * removed, each refused file with its reason, and how many shards reloaded.
 * A failed reload says plainly that the previous corpus is still serving.
 */
import type { APIEmbed } from 'discord.js';
import type { LibraryStats } from '../core/library.ts';
import type { ReloadReport } from '../corpus/library-store.ts';
import { DiscordLimits } from './limits.ts';
import { escapeText, fitEscaped } from './markdown.ts';
import { Colors, listWithin, type Rendered } from './render-shared.ts';

/** How the reload went across shards; `total` is 1 when the bot is not sharded. */
export interface ShardReloadSummary {
  total: number;
  succeeded: number;
  /** Shard ids whose reload failed or did not answer, with the reason. */
  failures: Array<{ shard: number; error: string }>;
}

export function renderReload(report: ReloadReport, shards: ShardReloadSummary = { total: 1, succeeded: report.ok ? 1 : 0, failures: [] }): Rendered {
  const fields: NonNullable<APIEmbed['fields']> = [
    { name: 'Before', value: stats(report.before), inline: true },
    { name: 'After', value: stats(report.after), inline: true },
  ];
  const files = (name: string, list: string[]) => {
    if (list.length > 0) fields.push({ name: `${name} (${list.length})`, value: listWithin(list.map(codeName), DiscordLimits.fieldValue) });
  };
  files('Added', report.added);
  files('Changed', report.changed);
  files('Removed', report.removed);
  if (report.rejected.length > 0) {
    fields.push({
      name: `Refused files (${report.rejected.length})`,
      value: listWithin(report.rejected.map((r) => `• ${codeName(r.file)}: ${escapeText(r.reason)}`), DiscordLimits.fieldValue),
    });
  }
  if (shards.failures.length > 0) {
    fields.push({
      name: 'Shards that did not reload',
      value: listWithin(shards.failures.map((f) => `• shard ${f.shard}: ${escapeText(f.error)}`), DiscordLimits.fieldValue),
    });
  }
  const noChange = report.ok && report.added.length + report.changed.length + report.removed.length === 0;
  const embed: APIEmbed = {
    color: report.ok ? Colors.ok : Colors.failed,
    title: report.ok ? 'Corpus reloaded' : 'Reload failed: the previous corpus is still serving',
    description: report.ok
      ? `${noChange ? 'No file changed. ' : ''}${shardLine(shards)}`
      : `${fitEscaped(report.error ?? 'unknown error', 1500)}\n${shardLine(shards)}`,
    fields,
    footer: { text: `Took ${Math.round(report.durationMs)} ms` },
  };
  return { pages: [{ embeds: [embed] }], ephemeral: true };
}

function shardLine(shards: ShardReloadSummary): string {
  if (shards.total <= 1) return shards.succeeded === 1 ? 'Reloaded.' : 'Nothing was reloaded.';
  return `Reloaded on ${shards.succeeded} of ${shards.total} shards.`;
}

function stats(s: LibraryStats): string {
  return `${s.articles} articles\n${s.passages} passages\n${s.quotes} quotes\n${s.speakers} speakers`;
}

function codeName(file: string): string {
  return `\`${fitEscaped(file, 200).replace(/`/g, "'")}\``;
}
