/**
 * Answer → Discord messages: the table of renderers, one per command, each
 * in its own file. The command line renders the same answers as text
 * elsewhere, so nothing here knows about terminals and nothing there about embeds.
 *
 * @example
 * const { pages, ephemeral } = renderAnswer({ command: 'sources', answer });
 */
import { renderWith, type Answer } from '../../commands/command.ts';
import type { QueryError } from '../core/limits.ts';
import { renderAsk } from './render-ask.ts';
import { renderCompare } from './render-compare.ts';
import { renderReload, type ShardReloadSummary } from './render-reload.ts';
import type { Rendered } from './render-shared.ts';
import { renderSources } from './render-sources.ts';
import { renderWhoSaid } from './render-who-said.ts';
import { fitEscaped } from './markdown.ts';

export type { Page, Rendered } from './render-shared.ts';
export type { ShardReloadSummary } from './render-reload.ts';

export function renderAnswer(answer: Answer, shards?: ShardReloadSummary): Rendered {
  return renderWith<Rendered>(
    {
      'who-said': renderWhoSaid,
      compare: renderCompare,
      ask: renderAsk,
      sources: renderSources,
      reload: (report) => renderReload(report, shards),
    },
    answer,
  );
}

/** A refused input ("The quote is empty…") as the ephemeral reply. */
export function renderQueryError(error: QueryError): Rendered {
  return { pages: [{ content: `${fitEscaped(error.message, 1800)} (${error.code})`, embeds: [] }], ephemeral: true };
}

/** A plain ephemeral notice: refusals, expired buttons, errors. */
export function renderNotice(text: string): Rendered {
  return { pages: [{ content: text, embeds: [] }], ephemeral: true };
}
