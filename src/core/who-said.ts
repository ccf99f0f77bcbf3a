/**
 * `whoSaid(library, text)`: the statements that hold the given words, best
 * first, each with its speaker as the text gives it and the other sources
 * carrying the same statement. Words that are not in any statement get no
 * match, never the nearest passage.
 *
 * @example
 * whoSaid(library, 'has completely failed').matches[0]; // { speaker: 'Vladimir Putin', kind: 'direct', ... }
 */
import type { QuoteSighting, WhoSaidAnswer, WhoSaidMatch } from './answers.ts';
import type { Library } from './library.ts';
import { queryTerms, searchQuotes, termWeight } from './search-index.ts';
import { sameStatement } from './same-statement.ts';
import { sourceRef } from './source-ref.ts';
import { alignWords, bagCoverage, highlightRanges, wordsOf, type Alignment } from './text-match.ts';
import type { Quote } from './types.ts';

/** Share of the query's words that must appear, in order, in a statement for it to count as a match. */
export const MATCH_COVERAGE = 0.6;
const SUGGEST_COVERAGE = 0.3;
const CANDIDATES = 60;
/** Candidates that get the exact, order-aware alignment; a bag-of-words estimate ranks the rest out. */
const VERIFIED = 15;
const MAX_MATCHES = 10;
/** Matches whose other sightings are looked for beyond the query's own hits. */
const MATCHES_WITH_SIGHTINGS = 3;
/** The rarest terms of a quote are enough to find its other sightings. */
const SIGHTING_TERMS = 8;
const MAX_SUGGESTIONS = 3;

interface Candidate {
  quote: Quote;
  alignment: Alignment;
  /** Share of query words found exactly as written (not as a variant or typo). */
  exact: number;
}

export function whoSaid(library: Library, text: string): WhoSaidAnswer {
  const candidates = findCandidates(library, text);
  const ranked = candidates.filter((c) => c.alignment.coverage >= MATCH_COVERAGE).sort(byStrength);
  const matches = groupSightings(library, ranked).slice(0, MAX_MATCHES);
  const suggestions = matches.length
    ? []
    : candidates
        .filter((c) => c.alignment.coverage >= SUGGEST_COVERAGE)
        .sort(byStrength)
        .slice(0, MAX_SUGGESTIONS)
        .map((c) => c.quote.text);
  return { query: text, matches, suggestions };
}

/** Quotes the index finds for the query's terms, each aligned word by word with the query. */
function findCandidates(library: Library, text: string): Candidate[] {
  const terms = queryTerms(text);
  const strict = searchQuotes(library.index, terms, { combineWith: 'AND', limit: CANDIDATES });
  // Relax to OR when too few statements hold every term: a typo or a paraphrased word must not hide the quote.
  const hits = strict.length >= 5 || terms.length < 2 ? strict : mergeHits(strict, searchQuotes(library.index, terms, { combineWith: 'OR', limit: CANDIDATES }));
  const queryWords = wordsOf(text);
  // Sorting is stable: equal estimates keep the index's relevance order.
  const promising = hits
    .map(({ id }) => {
      const quote = library.quotes[id]!;
      const target = wordsOf(quote.text);
      return { quote, target, estimate: bagCoverage(queryWords, target) };
    })
    .sort((a, b) => b.estimate - a.estimate)
    .slice(0, VERIFIED);
  return promising.map(({ quote, target }) => {
    const alignment = alignWords(queryWords, target);
    const exactWords = alignment.matched.filter((j) => queryWords.some((w) => w.norm === target[j]!.norm)).length;
    return { quote, alignment, exact: exactWords / Math.max(1, queryWords.length) };
  });
}

function mergeHits<T extends { id: number }>(first: T[], second: T[]): T[] {
  const seen = new Set(first.map((h) => h.id));
  return [...first, ...second.filter((h) => !seen.has(h.id))];
}

function byStrength(a: Candidate, b: Candidate): number {
  return (
    b.alignment.coverage - a.alignment.coverage ||
    b.exact - a.exact ||
    b.alignment.precision - a.alignment.precision ||
    Number(a.quote.kind !== 'direct') - Number(b.quote.kind !== 'direct') ||
    Number(a.quote.speakerId === null) - Number(b.quote.speakerId === null) ||
    a.quote.id - b.quote.id
  );
}

/**
 * Turns ranked candidates into matches: a statement another match already
 * stands for (same words, same speaker, another source) joins that match's
 * `alsoIn` instead of being listed again.
 */
function groupSightings(library: Library, ranked: Candidate[]): WhoSaidMatch[] {
  const matches: Array<{ match: WhoSaidMatch; quote: Quote }> = [];
  const used = new Set<number>();
  for (const candidate of ranked) {
    if (used.has(candidate.quote.id)) continue;
    const owner = matches.find((m) => sameStatement(library, m.quote, candidate.quote));
    used.add(candidate.quote.id);
    if (owner) {
      if (owner.quote.file !== candidate.quote.file) owner.match.alsoIn.push(sighting(library, candidate.quote));
      continue;
    }
    matches.push({ match: toMatch(library, candidate), quote: candidate.quote });
  }
  for (const { match, quote } of matches.slice(0, MATCHES_WITH_SIGHTINGS)) {
    for (const other of otherSightings(library, quote, used)) match.alsoIn.push(sighting(library, other));
  }
  return matches.map((m) => m.match);
}

/** Statements elsewhere that the query did not reach but that say the same thing (another translation). */
function otherSightings(library: Library, quote: Quote, used: Set<number>): Quote[] {
  const rarest = queryTerms(quote.text)
    .sort((a, b) => termWeight(library.index, b) - termWeight(library.index, a))
    .slice(0, SIGHTING_TERMS);
  const hits = searchQuotes(library.index, rarest, { combineWith: 'OR', limit: 30 });
  const found: Quote[] = [];
  for (const { id } of hits) {
    const other = library.quotes[id]!;
    if (used.has(id) || other.file === quote.file || !sameStatement(library, quote, other)) continue;
    if (found.some((f) => f.file === other.file)) continue;
    used.add(id);
    found.push(other);
  }
  return found;
}

function sighting(library: Library, quote: Quote): QuoteSighting {
  return {
    speaker: speakerName(library, quote),
    mention: quote.mention,
    quote: quote.text,
    kind: quote.kind,
    source: sourceRef(library, quote.file, quote.paragraph),
  };
}

function toMatch(library: Library, { quote, alignment }: Candidate): WhoSaidMatch {
  return {
    ...sighting(library, quote),
    passage: library.passages[quote.passageId]!.text,
    highlights: highlightRanges(wordsOf(quote.text), alignment.matched, quote.text),
    score: Math.round(alignment.coverage * 100) / 100,
    alsoIn: [],
  };
}

export function speakerName(library: Library, quote: Quote): string | null {
  return quote.speakerId ? (library.speakers.get(quote.speakerId)?.name ?? null) : null;
}
