/**
 * Who is quoted on a topic, and by which sources: the competing claims a
 * comparison should put side by side ("Valery Gerasimov, in 4 sources" against
 * "the General Staff, in 2").
 */
import type { QuotedOnTopic } from './answers.ts';
import type { Library } from './library.ts';
import { SUBJECT_PRONOUNS } from './quotes/cues.ts';
import type { Quote } from './types.ts';

/** Speakers quoted in the given passages, most sources first; each with one of their statements. */
export function speakersOnTopic(library: Library, passageIds: ReadonlySet<number>): QuotedOnTopic[] {
  const bySpeaker = new Map<string, { files: Set<string>; vouchedIn: Set<string>; quote: Quote }>();
  for (const id of passageIds) {
    for (const quote of quotesOfPassage(library, id)) {
      if (!quote.speakerId) continue;
      const entry = bySpeaker.get(quote.speakerId) ?? { files: new Set(), vouchedIn: new Set(), quote };
      entry.files.add(quote.file);
      if (!quote.hedge) entry.vouchedIn.add(quote.file);
      if (betterShown(quote, entry.quote)) entry.quote = quote;
      bySpeaker.set(quote.speakerId, entry);
    }
  }
  return [...bySpeaker.values()]
    .map(({ files, vouchedIn, quote }) => ({
      speaker: shownName(library, quote),
      files: [...files].sort(),
      quote: quote.text,
      kind: quote.kind,
      hedge: quote.hedge,
      hedgedIn: [...files].filter((file) => !vouchedIn.has(file)).sort(),
    }))
    .sort((a, b) => b.files.length - a.files.length || a.speaker.localeCompare(b.speaker));
}

// Show a direct quote when the speaker has one (their own words, not a
// paraphrase), and among those one the article vouches for over one it
// only hedges ("reportedly said").
function betterShown(quote: Quote, shown: Quote): boolean {
  if (quote.kind !== shown.kind) return quote.kind === 'direct';
  return shown.hedge !== null && quote.hedge === null;
}

// A description is shown as its article writes it ("A representative from
// Kyiv"), which says more than the bare role the speaker is filed under.
function shownName(library: Library, quote: Quote): string {
  const speaker = library.speakers.get(quote.speakerId!)!;
  const written = quote.mention;
  return speaker.kind === 'description' && written && !SUBJECT_PRONOUNS.has(written.toLowerCase()) ? written : speaker.name;
}

/**
 * Quotes that open in a passage. Library quotes are in passage order, so a
 * binary search finds them without scanning every quote of the corpus.
 */
function quotesOfPassage(library: Library, passageId: number): Quote[] {
  const quotes = library.quotes;
  let low = 0;
  let high = quotes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (quotes[mid]!.passageId < passageId) low = mid + 1;
    else high = mid;
  }
  const found: Quote[] = [];
  for (let i = low; i < quotes.length && quotes[i]!.passageId === passageId; i++) found.push(quotes[i]!);
  return found;
}
