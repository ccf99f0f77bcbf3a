/**
 * Suggestions while a user types a quote: statements whose words start with
 * what was typed, or whose speaker's name does. Discord shows at most 25
 * choices of at most 100 characters.
 */
import type { Library } from './library.ts';
import { shortenText } from './shorten.ts';
import { queryTerms, searchQuotes } from './search-index.ts';
import { speakerName } from './who-said.ts';
import type { Quote } from './types.ts';

export interface Choice {
  name: string;
  value: string;
}

const MAX_CHOICES = 25;
const MAX_CHOICE_CHARS = 100;

export function suggestQuotes(library: Library, partial: string): Choice[] {
  const typed = partial.trim().toLowerCase();
  const bySpeaker = typed.length >= 3 ? quotesBySpeaker(library, typed) : [];
  const terms = queryTerms(partial);
  const byWords = terms.length
    ? searchQuotes(library.index, terms, { combineWith: 'AND', limit: MAX_CHOICES, prefixLast: true }).map((h) => library.quotes[h.id]!)
    : library.quotes.filter((q) => q.speakerId && q.kind === 'direct').slice(0, MAX_CHOICES);
  const seen = new Set<number>();
  const choices: Choice[] = [];
  for (const quote of [...bySpeaker, ...byWords]) {
    if (seen.has(quote.id) || choices.length >= MAX_CHOICES) continue;
    seen.add(quote.id);
    const speaker = speakerName(library, quote) ?? 'unknown speaker';
    choices.push({
      name: shortenText(`${speaker}: “${quote.text.replace(/\s+/g, ' ')}”`, MAX_CHOICE_CHARS),
      value: shortenText(quote.text.replace(/\s+/g, ' '), MAX_CHOICE_CHARS),
    });
  }
  return choices;
}

function quotesBySpeaker(library: Library, typed: string): Quote[] {
  const ids = new Set(
    [...library.speakers.values()]
      .filter((s) => s.aliases.some((a) => a.toLowerCase().includes(typed)) || s.name.toLowerCase().includes(typed))
      .map((s) => s.id),
  );
  return ids.size ? library.quotes.filter((q) => q.speakerId && ids.has(q.speakerId)).slice(0, MAX_CHOICES) : [];
}
