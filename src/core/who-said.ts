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
import { innerQuoteRanges, withinOneInnerQuote } from './inner-quotes.ts';
import type { Library } from './library.ts';
import { knowsTerm, queryTerms, searchQuotes, termWeight, type Hit } from './search-index.ts';
import { sameStatement } from './same-statement.ts';
import { sourceRef } from './source-ref.ts';
import { alignWords, bagCoverage, highlightRanges, wordsOf, type Alignment, type Word } from './text-match.ts';
import type { Quote } from './types.ts';

/** What the front ends say of a match that lies inside a quotation within the statement (`quotedWithin`). */
export const QUOTED_WITHIN_NOTE = 'quoting someone else: these words are a quote inside the statement';

/** What the front ends say of a sighting whose article hedges who said it (`hedge`). */
export function hedgeNote(hedge: string): string {
  return `only “${hedge}”: the article does not vouch that these words were said`;
}

/** Share of the query's words that must appear, in order, in a statement for it to count as a match. */
export const MATCH_COVERAGE = 0.6;
const SUGGEST_COVERAGE = 0.3;
const CANDIDATES = 60;
/** The rarest known terms of a query are enough to find the statements that hold it. */
const RETRIEVAL_TERMS = 4;
/** Candidates that get the exact, order-aware alignment; the rest are ranked out on the terms they hold. */
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
  const words = memoWords();
  const candidates = findCandidates(library, text, words);
  const ranked = candidates.filter((c) => c.alignment.coverage >= MATCH_COVERAGE).sort(byStrength);
  const matches = groupSightings(library, ranked, words).slice(0, MAX_MATCHES);
  const suggestions = matches.length
    ? []
    : candidates
        .filter((c) => c.alignment.coverage >= SUGGEST_COVERAGE)
        .sort(byStrength)
        .slice(0, MAX_SUGGESTIONS)
        .map((c) => c.quote.text);
  return { query: text, matches, suggestions };
}

/**
 * Statements that may hold the query, each aligned word by word with it.
 * Retrieval starts cheap and widens only while nothing passes the word check:
 * the index scores every posting of every term it is given, so a common word
 * or a typo expanded fuzzily costs far more than it tells. First the rarest
 * terms the corpus knows, then every term (typos matched fuzzily), then any.
 */
function findCandidates(library: Library, text: string, words: QuoteWords): Candidate[] {
  const terms = queryTerms(text);
  const weights = new Map(terms.map((t) => [t, termWeight(library.index, t)]));
  const queryWords = wordsOf(text);
  const checked = new Map<number, Candidate>();
  for (const [query, combineWith] of retrievalAttempts(library, terms, weights)) {
    const hits = searchQuotes(library.index, query, { combineWith, limit: CANDIDATES });
    for (const candidate of verify(library, hits, weights, queryWords, words)) checked.set(candidate.quote.id, candidate);
    if ([...checked.values()].some((c) => c.alignment.coverage >= MATCH_COVERAGE)) break;
  }
  return [...checked.values()];
}

function retrievalAttempts(library: Library, terms: string[], weights: Map<string, number>): Array<[string[], 'AND' | 'OR']> {
  const known = terms.filter((t) => knowsTerm(library.index, t)).sort((a, b) => weights.get(b)! - weights.get(a)!);
  const attempts: Array<[string[], 'AND' | 'OR']> = [];
  if (known.length > 0) attempts.push([known.slice(0, RETRIEVAL_TERMS), 'AND']);
  if (terms.length > Math.min(known.length, RETRIEVAL_TERMS)) attempts.push([terms, 'AND']);
  if (terms.length >= 2) attempts.push([terms, 'OR']);
  return attempts;
}

/**
 * Aligns the most promising hits with the query. The index says which terms
 * each hit holds, so hits are ranked on that first; only when more hits tie
 * than can be checked does a one-pass bag-of-words estimate break the tie.
 */
function verify(library: Library, hits: Hit[], weights: Map<string, number>, queryWords: Word[], words: QuoteWords): Candidate[] {
  const ranked = hits.map((hit) => ({ hit, held: hit.matchedTerms.reduce((sum, t) => sum + (weights.get(t) ?? 0), 0), estimate: 0 }));
  if (ranked.length > VERIFIED) for (const r of ranked) r.estimate = bagCoverage(queryWords, words(library.quotes[r.hit.id]!));
  // Stable sort: full ties keep the index's relevance order.
  ranked.sort((a, b) => b.held - a.held || b.estimate - a.estimate);
  return ranked.slice(0, VERIFIED).map(({ hit }) => {
    const quote = library.quotes[hit.id]!;
    const target = words(quote);
    const alignment = alignWords(queryWords, target);
    const exactWords = alignment.matched.filter((j) => queryWords.some((w) => w.norm === target[j]!.norm)).length;
    return { quote, alignment, exact: exactWords / Math.max(1, queryWords.length) };
  });
}

/** The words of a quote, worked out once per question however often they are compared. */
export type QuoteWords = (quote: Quote) => Word[];

function memoWords(): QuoteWords {
  const cache = new Map<number, Word[]>();
  return (quote) => {
    let words = cache.get(quote.id);
    if (!words) cache.set(quote.id, (words = wordsOf(quote.text)));
    return words;
  };
}

function byStrength(a: Candidate, b: Candidate): number {
  return (
    b.alignment.coverage - a.alignment.coverage ||
    b.exact - a.exact ||
    b.alignment.precision - a.alignment.precision ||
    Number(a.quote.kind !== 'direct') - Number(b.quote.kind !== 'direct') ||
    Number(a.quote.speakerId === null) - Number(b.quote.speakerId === null) ||
    // Of sources that carry the same words equally well, one that vouches for who said them leads.
    Number(a.quote.hedge !== null) - Number(b.quote.hedge !== null) ||
    a.quote.id - b.quote.id
  );
}

/**
 * Turns ranked candidates into matches: a statement another match already
 * stands for (same words, same speaker, another source) joins that match's
 * `alsoIn` instead of being listed again.
 */
function groupSightings(library: Library, ranked: Candidate[], words: QuoteWords): WhoSaidMatch[] {
  const matches: Array<{ match: WhoSaidMatch; quote: Quote }> = [];
  const used = new Set<number>();
  for (const candidate of ranked) {
    if (used.has(candidate.quote.id)) continue;
    const owner = matches.find((m) => sameStatement(library, m.quote, candidate.quote, words));
    used.add(candidate.quote.id);
    if (owner) {
      if (owner.quote.file !== candidate.quote.file) owner.match.alsoIn.push(sighting(library, candidate.quote));
      continue;
    }
    matches.push({ match: toMatch(library, candidate, words), quote: candidate.quote });
  }
  for (const { match, quote } of matches.slice(0, MATCHES_WITH_SIGHTINGS)) {
    for (const other of otherSightings(library, quote, used, words)) match.alsoIn.push(sighting(library, other));
  }
  return matches.map((m) => m.match);
}

/** Statements elsewhere that the query did not reach but that say the same thing (another translation). */
function otherSightings(library: Library, quote: Quote, used: Set<number>, words: QuoteWords): Quote[] {
  const rarest = queryTerms(quote.text)
    .sort((a, b) => termWeight(library.index, b) - termWeight(library.index, a))
    .slice(0, SIGHTING_TERMS);
  const hits = searchQuotes(library.index, rarest, { combineWith: 'OR', limit: 30 });
  const found: Quote[] = [];
  for (const { id } of hits) {
    const other = library.quotes[id]!;
    if (used.has(id) || other.file === quote.file || !sameStatement(library, quote, other, words)) continue;
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
    hedge: quote.hedge,
    source: sourceRef(library, quote.file, quote.paragraph),
  };
}

// The sighting's fields written out in its order rather than spread: a spread
// copy gets a hidden class of its own in V8 (see copyQuote()).
function toMatch(library: Library, { quote, alignment }: Candidate, words: QuoteWords): WhoSaidMatch {
  const { speaker, mention, quote: text, kind, hedge, source } = sighting(library, quote);
  const highlights = highlightRanges(words(quote), alignment.matched, quote.text);
  return {
    speaker,
    mention,
    quote: text,
    kind,
    hedge,
    source,
    passage: library.passages[quote.passageId]!.text,
    highlights,
    score: Math.round(alignment.coverage * 100) / 100,
    quotedWithin: withinOneInnerQuote(highlights, innerQuoteRanges(quote.text)),
    alsoIn: [],
  };
}

export function speakerName(library: Library, quote: Quote): string | null {
  return quote.speakerId ? (library.speakers.get(quote.speakerId)?.name ?? null) : null;
}
