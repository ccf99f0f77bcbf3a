/**
 * Renders answers as plain text for a terminal: the same answers the Discord
 * renderer turns into embeds.
 */
import { renderWith, type Answer, type AnswerRenderers } from '../../commands/command.ts';
import type { AskAnswer, CompareAnswer, QuoteSighting, SourceRef, SourcesAnswer, WhoSaidAnswer } from '../core/answers.ts';
import type { ReloadReport } from '../corpus/library-store.ts';
import { noSourceUses } from '../core/topic-misses.ts';
import { hedgeNote, QUOTED_WITHIN_NOTE } from '../core/who-said.ts';

const textRenderers: AnswerRenderers<string> = {
  'who-said': renderWhoSaid,
  compare: renderCompare,
  ask: renderAsk,
  sources: renderSources,
  reload: renderReload,
};

export function renderText(answer: Answer): string {
  return renderWith(textRenderers, answer);
}

function where(source: SourceRef): string {
  const outlet = [source.source, source.date].filter(Boolean).join(', ');
  return `${source.title}${outlet ? ` (${outlet})` : ''}, paragraph ${source.paragraph} [${source.file}]`;
}

/** What to try instead, after a miss: the words no source uses, then "did you mean". */
function missHint(suggestions: string[], unused: string[] = []): string {
  const words = unused.length ? ` ${noSourceUses(unused)}` : '';
  return `${words}${suggestions.length ? `\nDid you mean:\n${suggestions.map((s) => `  “${s}”`).join('\n')}` : ''}`;
}

// "“…,” another said": the text's own words for someone it does not name.
function unnamedSpeaker(mention: string | null): string {
  return mention ? `Speaker not named: the text says only “${mention}”` : 'Speaker unknown: the text does not say who said this';
}

function renderWhoSaid(answer: WhoSaidAnswer): string {
  if (answer.matches.length === 0) return `No statement in the corpus holds “${answer.query}”.${missHint(answer.suggestions)}`;
  return answer.matches
    .map((m, i) => {
      const who = m.speaker ? `${m.speaker}${m.mention && m.mention !== m.speaker ? ` (as “${m.mention}”)` : ''}` : unnamedSpeaker(m.mention);
      const kind = m.kind === 'reported' ? ' [reported speech, not a direct quote]' : m.quotedWithin ? ` [${QUOTED_WITHIN_NOTE}]` : '';
      const hedge = m.hedge ? ` [${hedgeNote(m.hedge)}]` : '';
      const also = m.alsoIn.map((s) => `     also in ${where(s.source)}: ${statement(s)}${s.speaker ? ` (${s.speaker}${s.hedge ? `, ${s.hedge}` : ''})` : ''}`);
      return [`${i + 1}. ${who}${kind}${hedge}`, `   ${m.kind === 'reported' ? m.quote : `“${m.quote}”`}`, `   ${where(m.source)}`, ...also].join('\n');
    })
    .join('\n\n');
}

// Quotation marks say "these are the speaker's own words", so reported speech,
// which is the writer's wording, goes without them and is marked instead.
function statement(sighting: QuoteSighting): string {
  return sighting.kind === 'reported' ? `[reported] ${sighting.quote}` : `“${sighting.quote}”`;
}

function renderCompare(answer: CompareAnswer): string {
  if (answer.covered.length === 0) return `No source covers “${answer.topic}”.${missHint(answer.suggestions, answer.unusedWords)}`;
  const sections = answer.covered.map((c) => {
    const passages = c.passages.map((p) => `   ¶${p.paragraph}: ${p.text}`);
    return [`== ${c.source.title} [${c.source.file}]`, ...passages].join('\n');
  });
  const silent = answer.missing.length ? `\nSilent on this: ${answer.missing.map((m) => `${m.title} [${m.file}]`).join('; ')}` : '';
  return `${sections.join('\n\n')}\n${silent}\n\nSummary: ${answer.summary}`;
}

function renderAsk(answer: AskAnswer): string {
  if (answer.answers.length === 0) return `No passage answers “${answer.question}”.${missHint(answer.suggestions, answer.unusedWords)}`;
  return answer.answers.map((a, i) => `${i + 1}. ${a.passage}\n   ${where(a.source)}`).join('\n\n');
}

function renderSources(answer: SourcesAnswer): string {
  const rows = answer.sources.map((s) => {
    const outlet = [s.source, s.date].filter(Boolean).join(', ');
    return `- ${s.title}${outlet ? ` (${outlet})` : ''} [${s.file}]: ${s.passages} passages, ${s.quotes} quotes`;
  });
  const t = answer.totals;
  const rejected = answer.rejected.map((r) => `  not loaded: ${r.file} ${r.reason}`);
  return [`${t.articles} articles, ${t.passages} passages, ${t.quotes} quotes, ${t.speakers} speakers`, ...rows, ...rejected].join('\n');
}

function renderReload(report: ReloadReport): string {
  const stats = (s: ReloadReport['before']) => `${s.articles} articles, ${s.passages} passages, ${s.quotes} quotes`;
  const head = report.ok ? `Reloaded in ${Math.round(report.durationMs)} ms.` : `Reload failed, the previous corpus keeps serving: ${report.error}`;
  const lines = [head, `before: ${stats(report.before)}`, `after:  ${stats(report.after)}`];
  if (report.added.length) lines.push(`added: ${report.added.join(', ')}`);
  if (report.changed.length) lines.push(`changed: ${report.changed.join(', ')}`);
  if (report.removed.length) lines.push(`removed: ${report.removed.join(', ')}`);
  for (const r of report.rejected) lines.push(`rejected: ${r.file} ${r.reason}`);
  return lines.join('\n');
}
