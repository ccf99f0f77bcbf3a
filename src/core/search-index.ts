/**
 * Two minisearch indexes, one over passages and one over quotes, fed with
 * wink-nlp stems so the corpus and the queries are processed the same way.
 * Quotes get their own index because `/who-said` only ever looks for quotes:
 * searching a few thousand statements is much cheaper than every passage.
 *
 * @example
 * const index = buildSearchIndex(passages, analyses, quotes);
 * searchPassages(index, queryTerms('Gornal village'), { limit: 10 });
 */
import MiniSearch, { type AsPlainObject, type Query, type SearchResult } from 'minisearch';
import { tokenize } from './nlp.ts';
import type { Analysis, Passage, Quote, Token } from './types.ts';

export interface SearchIndex {
  readonly passages: MiniSearch;
  readonly quotes: MiniSearch;
  /** Every indexed term, so fuzzy matching is spent only on terms the corpus does not know. */
  readonly vocabulary: ReadonlySet<string>;
  /** Passages each term occurs in, for weighting rare terms above common ones. */
  readonly passageFrequency: ReadonlyMap<string, number>;
}

interface IndexedDoc {
  id: number;
  terms: string;
}

// Documents arrive as space-joined stems, already filtered; minisearch only splits them.
const miniSearchOptions = {
  fields: ['terms'],
  storeFields: [] as string[],
  tokenize: (text: string) => text.split(' '),
  processTerm: (term: string) => term || null,
};

/** Indexes passages (with their analyses, `analyses[i]` for `passages[i]`) and quotes. */
export function buildSearchIndex(passages: Passage[], analyses: Analysis[], quotes: Quote[]): SearchIndex {
  const builder = createIndexBuilder();
  passages.forEach((passage, i) => builder.addPassage(passage.id, passageTerms(analyses[i]!).join(' ')));
  for (const quote of quotes) {
    builder.addQuote(quote.id, quoteTerms(analyses[quote.passageId]!, passages[quote.passageId]!, quote).join(' '));
  }
  return builder.finish();
}

/** Index terms of a passage, from its analysis. */
export function passageTerms(analysis: Analysis): string[] {
  const terms: string[] = [];
  for (const sentence of analysis.sentences) for (const term of termsOf(sentence.tokens)) terms.push(term);
  return terms;
}

/** Index terms of a quote, from the analysis of the passage that holds its opening. */
export function quoteTerms(analysis: Analysis, passage: Pick<Passage, 'start'>, quote: Pick<Quote, 'start' | 'end' | 'text'>): string[] {
  return termsOf(tokensWithin(analysis, quote.start - passage.start, quote.end - passage.start, quote.text));
}

/** Builds a SearchIndex from precomputed, space-joined terms, one document at a time. */
export interface IndexBuilder {
  addPassage(id: number, terms: string): void;
  addQuote(id: number, terms: string): void;
  finish(): SearchIndex;
}

export function createIndexBuilder(): IndexBuilder {
  const vocabulary = new Set<string>();
  const passageFrequency = new Map<string, number>();
  const passages = new MiniSearch<IndexedDoc>(miniSearchOptions);
  const quotes = new MiniSearch<IndexedDoc>(miniSearchOptions);
  return {
    addPassage(id, terms) {
      for (const term of new Set(terms.split(' '))) {
        if (!term) continue;
        passageFrequency.set(term, (passageFrequency.get(term) ?? 0) + 1);
        vocabulary.add(term);
      }
      passages.add({ id, terms });
    },
    addQuote(id, terms) {
      for (const term of terms.split(' ')) if (term) vocabulary.add(term);
      quotes.add({ id, terms });
    },
    finish: () => ({ passages, quotes, vocabulary, passageFrequency }),
  };
}

/** A SearchIndex from its serialised minisearch indexes (see `MiniSearch.toJSON`). */
export function restoreSearchIndex(
  passages: AsPlainObject,
  quotes: AsPlainObject,
  passageFrequency: Array<[string, number]>,
  quoteOnlyTerms: string[],
): SearchIndex {
  const frequency = new Map(passageFrequency);
  const vocabulary = new Set(frequency.keys());
  for (const term of quoteOnlyTerms) vocabulary.add(term);
  return {
    passages: MiniSearch.loadJS(passages, miniSearchOptions),
    quotes: MiniSearch.loadJS(quotes, miniSearchOptions),
    vocabulary,
    passageFrequency: frequency,
  };
}

/** Options every index of ours is built with; a restored index must use the same. */
export const indexOptions = miniSearchOptions;

/** The search terms of a query: the same stems, minus function words and punctuation. */
export function queryTerms(text: string): string[] {
  return [...new Set(termsOf(tokenize(text)))];
}

export interface SearchOptions {
  limit: number;
  /** 'AND' needs every term; 'OR' any. */
  combineWith: 'AND' | 'OR';
  /** Let the last term match as a prefix: the user is still typing it. */
  prefixLast?: boolean;
}

export interface Hit {
  id: number;
  score: number;
  /** The query terms this document matched (after variant and typo expansion). */
  matchedTerms: string[];
}

export function searchPassages(index: SearchIndex, terms: string[], options: SearchOptions): Hit[] {
  return runSearch(index.passages, index.vocabulary, terms, options);
}

export function searchQuotes(index: SearchIndex, terms: string[], options: SearchOptions): Hit[] {
  return runSearch(index.quotes, index.vocabulary, terms, options);
}

/** How rare a term is among passages: log-scaled inverse document frequency, at least 0.1. */
export function termWeight(index: SearchIndex, term: string): number {
  const total = Math.max(1, index.passages.documentCount);
  const df = index.passageFrequency.get(term) ?? 0;
  return Math.max(0.1, Math.log(1 + total / (1 + df)));
}

function runSearch(mini: MiniSearch, vocabulary: ReadonlySet<string>, terms: string[], options: SearchOptions): Hit[] {
  if (terms.length === 0) return [];
  const queries: Query[] = terms.map((t, i) =>
    options.prefixLast && i === terms.length - 1 ? ({ combineWith: 'OR', queries: [t], prefix: true } as const) : termQuery(t, vocabulary),
  );
  const query: Query = { combineWith: options.combineWith, queries };
  const results: SearchResult[] = mini.search(query);
  // Each query term with the forms that count as it, worked out once rather than per result.
  const forms = terms.map((t) => [t, variantsOf(t, vocabulary)] as const);
  return results.slice(0, options.limit).map((r) => ({
    id: r.id as number,
    score: r.score,
    matchedTerms: forms.filter(([t, variants]) => r.queryTerms.includes(t) || variants.some((v) => r.queryTerms.includes(v))).map(([t]) => t),
  }));
}

/**
 * One query term as a minisearch query: a known term also matches its
 * demonym forms present in the corpus ("korean" finds "korea"); an unknown
 * term is treated as a typo and matched fuzzily. Fuzzy matching only where
 * needed keeps queries fast on a large index.
 */
function termQuery(term: string, vocabulary: ReadonlySet<string>): Query {
  if (!vocabulary.has(term)) {
    // Two edits from five letters: minisearch counts a swap of two letters ("berht") as two.
    return { combineWith: 'OR', queries: [term], fuzzy: term.length >= 5 ? 2 : term.length >= 3 ? 1 : 0 };
  }
  const variants = variantsOf(term, vocabulary);
  return variants.length > 1 ? { combineWith: 'OR', queries: variants } : term;
}

// Stems of a place and its people differ by an ending ("ukrain"/"ukrainian",
// "korea"/"korean", "russia"/"russian"); Porter stemming leaves them apart.
const DEMONYM_ENDINGS = ['n', 'an', 'ian'];

function variantsOf(term: string, vocabulary: ReadonlySet<string>): string[] {
  const variants = [term];
  for (const ending of DEMONYM_ENDINGS) {
    const longer = term + ending;
    const shorter = term.endsWith(ending) ? term.slice(0, -ending.length) : null;
    if (vocabulary.has(longer)) variants.push(longer);
    if (shorter && shorter.length >= 4 && vocabulary.has(shorter)) variants.push(shorter);
  }
  return variants;
}

/** Index terms of tokens: stems of content words, apostrophes and possessives dropped. */
function termsOf(tokens: Token[]): string[] {
  const terms: string[] = [];
  for (const token of tokens) {
    if (token.stop || token.pos === 'PUNCT' || token.pos === 'SYM') continue;
    const term = termOfStem(token.stem);
    if (term) terms.push(term);
  }
  return terms;
}

// Stems repeat as much as words do; memoising their clean-up saves two regular expressions per token.
const termOfStemMemo = new Map<string, string>();

/** The index term of a stem, or '' when nothing of it can be searched. */
function termOfStem(stem: string): string {
  let term = termOfStemMemo.get(stem);
  if (term === undefined) {
    if (termOfStemMemo.size >= 200_000) termOfStemMemo.clear();
    const cleaned = stem.replace(/[’'`]/g, '').replace(/[^\p{L}\p{N}.,-]/gu, '');
    term = cleaned && /[\p{L}\p{N}]/u.test(cleaned) ? cleaned : '';
    termOfStemMemo.set(stem, term);
  }
  return term;
}

function tokensWithin(analysis: Analysis, start: number, end: number, text: string): Token[] {
  const tokens = analysis.sentences.flatMap((s) => s.tokens).filter((t) => t.start >= start && t.end <= end);
  // A quote that spans paragraphs is longer than its first passage: analyse its own text.
  return end - start === text.length ? tokens : tokenize(text);
}
