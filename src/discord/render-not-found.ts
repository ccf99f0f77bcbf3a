/** The one "nothing found" message every query command gives, with "did you mean" when there are suggestions. */
import { DiscordLimits, truncateText } from './limits.ts';
import { fitEscaped } from './markdown.ts';
import type { Rendered } from './render-shared.ts';
import { noSourceUses } from '../core/topic-misses.ts';

const MAX_SUGGESTIONS = 5;

/** Ephemeral: a miss is only interesting to the person who asked. */
export function renderNotFound(command: string, query: string, suggestions: string[], unusedWords: string[] = []): Rendered {
  const lines = [`Nothing found for “${fitEscaped(query, 300)}” (/${command}).`];
  if (unusedWords.length > 0) lines.push(noSourceUses(unusedWords.map((w) => fitEscaped(w, 60))));
  const shown = suggestions.slice(0, MAX_SUGGESTIONS).map((s) => `• ${fitEscaped(s, 250)}`);
  if (shown.length > 0) lines.push('Did you mean:', ...shown);
  else lines.push('Try fewer or different words, or /sources to see what the bot can quote from.');
  const content = lines.join('\n');
  return { pages: [{ content: truncateText(content, DiscordLimits.content), embeds: [] }], ephemeral: true };
}

