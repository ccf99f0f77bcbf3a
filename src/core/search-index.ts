/**
 * The search index: passages and quotes, each as postings (`postings.ts`)
 * over one shared dictionary of wink-nlp stems, so the corpus and the queries
 * are processed the same way. Quotes get their own postings because
 * `/who-said` only ever looks for quotes: searching a few thousand statements
 * is much cheaper than every passage. minisearch's radix tree
 * (`SearchableMap`) finds the dictionary's terms near a typo or under a
 * prefix; scoring is ours, with a top-k cut (see `postings.ts` for why).
 *
 * @example
 * const index = buildSearchIndex(passages, analyses, quotes);
 * searchPassages(index, queryTerms('Gornal village'), { combineWith: 'AND', limit: 10 });
 */
import SearchableMap from 'minisearch/SearchableMap';
import { isDictionaryWord, stemWord, tokenize } from './nlp.ts';
import { createPostingsBuilder, documentFrequency, searchPostings, type Postings, type TermGroup } from './postings.ts';
import { runSteps } from './steps.ts';
import { isTypoOf } from './text-match.ts';
import { familyStems } from './word-family.ts';
import type { Analysis, Passage, Quote, Token } from './types.ts';

export interface SearchIndex {
  /** Every indexed term, by id; `termIds` is its inverse. */
  readonly terms: readonly string[];
  readonly termIds: ReadonlyMap<string, number>;
  /** The same terms in a radix tree, for typo and prefix lookups. */
  readonly termTree: SearchableMap<number>;
  readonly passages: Postings;
  readonly quotes: Postings;
}

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

/** Builds a SearchIndex from precomputed, space-joined terms, one document at a time, ids ascending. */
export interface IndexBuilder {
  addPassage(id: number, terms: string): void;
  addQuote(id: number, terms: string): void;
  finish(): SearchIndex;
  /** `finish` in steps, for a caller that must keep its event loop free. */
  finishSteps(): Generator<void, SearchIndex>;
}

export function createIndexBuilder(): IndexBuilder {
  const terms: string[] = [];
  const termIds = new Map<string, number>();
  const passages = createPostingsBuilder();
  const quotes = createPostingsBuilder();
  const idsOf = (text: string): number[] => {
    const ids: number[] = [];
    for (const term of text.split(' ')) {
      if (!term) continue;
      let id = termIds.get(term);
      if (id === undefined) {
        id = terms.length;
        termIds.set(term, id);
        terms.push(term);
      }
      ids.push(id);
    }
    return ids;
  };
  function* finishSteps(): Generator<void, SearchIndex> {
    const passagePostings = yield* passages.finishSteps(terms.length);
    const quotePostings = yield* quotes.finishSteps(terms.length);
    const termTree = yield* treeSteps(terms);
    return { terms, termIds, termTree, passages: passagePostings, quotes: quotePostings };
  }
  return {
    addPassage: (id, text) => passages.add(id, idsOf(text)),
    addQuote: (id, text) => quotes.add(id, idsOf(text)),
    finish: () => runSteps(finishSteps()),
    finishSteps,
  };
}

/** A SearchIndex from its parts as a snapshot holds them. */
export function restoreSearchIndex(terms: string[], passages: Postings, quotes: Postings): SearchIndex {
  const expected = terms.length + 1;
  if (passages.offsets.length !== expected || quotes.offsets.length !== expected) throw new Error('index postings do not match its terms');
  const termIds = new Map(terms.map((t, i) => [t, i]));
  return { terms, termIds, termTree: runSteps(treeSteps(terms)), passages, quotes };
}

function* treeSteps(terms: readonly string[]): Generator<void, SearchableMap<number>> {
  const tree = new SearchableMap<number>();
  for (let i = 0; i < terms.length; i++) {
    tree.set(terms[i]!, i);
    if (i % 5_000 === 4_999) yield;
  }
  return tree;
}

/** Whether the corpus has the term at all (passages or quotes). */
export function knowsTerm(index: SearchIndex, term: string): boolean {
  return index.termIds.has(term);
}

/** The search terms of a query: the same stems, minus function words and punctuation. */
export function queryTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const token of tokenize(text)) {
    for (const { term, word } of partsOf(token)) {
      terms.add(term);
      if (queryWords.size >= MAX_QUERY_WORDS) queryWords.clear();
      queryWords.set(term, word);
    }
  }
  return [...terms];
}

// The word each query stem was last written as. A query word in wink's
// lexicon that the corpus lacks is a word the sources do not use, not a
// typo: "killed" must not find "willing", nor "navy" "navigate". Names and
// misspellings are not in the lexicon and are still matched fuzzily. Looking
// a word up in the lexicon costs a wink document, so it is done only for
// the rare term the corpus lacks (termGroup). Words sharing a stem are alike
// in this, so one map serves every query; queryTerms() fills it first.
const queryWords = new Map<string, string>();
const MAX_QUERY_WORDS = 100_000;

function writtenAsEnglishWord(term: string): boolean {
  const word = queryWords.get(term);
  return word !== undefined && isDictionaryWord(word);
}

/**
 * Whether a passage search for the term can find anything: the term itself,
 * a variant, a word of its family, or (for a word not in the lexicon) a typo
 * of it. Call after queryTerms() has read the query.
 */
export function findsTerm(index: SearchIndex, term: string, closed?: ReadonlyMap<string, string>): boolean {
  return withClosedForm(index, termGroup(index, term, true), closed?.get(term)).terms.length > 0;
}

/**
 * For each part of a hyphenated word of the query, the word written closed
 * ("cease-fire": "ceas" and "fire" → "ceasefir"), for `SearchOptions.closed`.
 */
export function closedForms(text: string): Map<string, string> {
  const forms = new Map<string, string>();
  if (!HYPHEN_IN.test(text)) return forms;
  for (const compound of compoundsOf(tokenize(text))) {
    const closed = termOfStem(stemWord(compound.closed));
    if (closed) for (const token of compound.tokens) for (const term of termsOfToken(token)) forms.set(term, closed);
  }
  return forms;
}

export interface SearchOptions {
  limit: number;
  /** 'AND' needs every term; 'OR' any. */
  combineWith: 'AND' | 'OR';
  /** Let the last term match as a prefix: the user is still typing it. */
  prefixLast?: boolean;
  /**
   * `closedForms()` of the query: a part of its "cease-fire" also matches
   * "ceasefire", so a source that writes the word closed is found too.
   */
  closed?: ReadonlyMap<string, string>;
  /** Make `limit` a limit per key (per source): every key with a hit gets its best ones. */
  perKey?: (id: number) => string;
}

export interface Hit {
  id: number;
  score: number;
  /** The query terms this document matched (after variant and typo expansion). */
  matchedTerms: string[];
}

/**
 * Passages holding the terms. A term also finds its word family ("loss"
 * finds "lost", `word-family.ts`): a topic or a question names an event, and
 * a source may tell it with the verb.
 */
export function searchPassages(index: SearchIndex, terms: string[], options: SearchOptions): Hit[] {
  return runSearch(index, index.passages, terms, options, true);
}

/** Quotes holding the terms, as written: a quote is looked up by its own words, so no word family. */
export function searchQuotes(index: SearchIndex, terms: string[], options: SearchOptions): Hit[] {
  return runSearch(index, index.quotes, terms, options, false);
}

/** How rare a term is among passages: log-scaled inverse document frequency, at least 0.1. */
export function termWeight(index: SearchIndex, term: string): number {
  const total = Math.max(1, index.passages.documentCount);
  const id = index.termIds.get(term);
  const df = id === undefined ? 0 : documentFrequency(index.passages, id);
  return Math.max(0.1, Math.log(1 + total / (1 + df)));
}

function runSearch(index: SearchIndex, postings: Postings, terms: string[], options: SearchOptions, families: boolean): Hit[] {
  if (terms.length === 0) return [];
  const groups = terms.map((t, i) => (options.prefixLast && i === terms.length - 1 ? prefixGroup(index, t) : withClosedForm(index, termGroup(index, t, families), options.closed?.get(t))));
  return searchPostings(postings, groups, options.combineWith, options.limit, options.perKey).map((hit) => ({
    id: hit.id,
    score: hit.score,
    matchedTerms: hit.groups.map((g) => terms[g]!),
  }));
}

// minisearch's default weights for a term reached by a typo or as a prefix, so ranking stays as it was.
const FUZZY_WEIGHT = 0.45;
const PREFIX_WEIGHT = 0.375;
// A word of the same family ("lost" for "losses") counts, a little below the word itself.
const FAMILY_WEIGHT = 0.8;

/**
 * One query term as the index terms that count as it: a known term also
 * matches its demonym forms present in the corpus ("korean" finds "korea"),
 * and with `families` its word family ("loss" finds "lost"); an unknown term
 * is treated as a typo and matched fuzzily. Fuzzy matching only where needed
 * keeps queries fast on a large index.
 */
function termGroup(index: SearchIndex, term: string, families: boolean): TermGroup {
  const id = index.termIds.get(term);
  const kin = families ? familyStems(term).slice(1).filter((t) => index.termIds.has(t)) : [];
  if (id === undefined && kin.length > 0) return { terms: kin.map((t) => ({ id: index.termIds.get(t)!, weight: FAMILY_WEIGHT })) };
  if (id === undefined && writtenAsEnglishWord(term)) return { terms: [] };
  if (id === undefined) {
    // The radix tree counts a swap of two letters ("berht") as two edits, so
    // from five letters it is asked for two; isTypoOf() then keeps only
    // typos, as the highlighter reads them: "truce" is not "trump".
    const distance = term.length >= 5 ? 2 : term.length >= 3 ? 1 : 0;
    if (distance === 0) return { terms: [] };
    const near = [...index.termTree.fuzzyGet(term, distance)].filter(([found]) => isTypoOf(term, found));
    return { terms: near.map(([found, [foundId, edits]]) => ({ id: foundId, weight: (FUZZY_WEIGHT * found.length) / (found.length + edits) })) };
  }
  const variants = variantsOf(term, index.termIds).map((v) => ({ id: index.termIds.get(v)!, weight: 1 }));
  return { terms: [...variants, ...kin.map((t) => ({ id: index.termIds.get(t)!, weight: FAMILY_WEIGHT }))] };
}

/** The group with the closed form of its hyphenated word added, when the corpus has it. */
function withClosedForm(index: SearchIndex, group: TermGroup, closed: string | undefined): TermGroup {
  const id = closed === undefined ? undefined : index.termIds.get(closed);
  if (id === undefined || group.terms.some((t) => t.id === id)) return group;
  return { terms: [...group.terms, { id, weight: 1 }] };
}

function prefixGroup(index: SearchIndex, prefix: string): TermGroup {
  const terms: Array<{ id: number; weight: number }> = [];
  for (const [term, id] of index.termTree.atPrefix(prefix)) {
    const extra = term.length - prefix.length;
    terms.push({ id, weight: extra === 0 ? 1 : (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * extra) });
  }
  return { terms };
}

// Stems of a place and its people differ by an ending ("ukrain"/"ukrainian",
// "korea"/"korean", "russia"/"russian"); Porter stemming leaves them apart.
export const DEMONYM_ENDINGS = ['n', 'an', 'ian'];

function variantsOf(term: string, vocabulary: ReadonlyMap<string, number>): string[] {
  const variants = [term];
  for (const ending of DEMONYM_ENDINGS) {
    const longer = term + ending;
    const shorter = term.endsWith(ending) ? term.slice(0, -ending.length) : null;
    if (vocabulary.has(longer)) variants.push(longer);
    if (shorter && shorter.length >= 4 && vocabulary.has(shorter)) variants.push(shorter);
  }
  return variants;
}

/**
 * Index terms of tokens: stems of content words, apostrophes and possessives
 * dropped, and for each hyphenated word also the stem of it written closed:
 * a source's "cease-fire" or "counter-offensive" is found by "ceasefire" and
 * "counteroffensive", as another source writes them.
 */
function termsOf(tokens: Token[]): string[] {
  const terms: string[] = [];
  let hyphens = false;
  for (const token of tokens) {
    const term = termOfToken(token);
    // Most tokens have no hyphen: their term is pushed without the parts' array.
    if (term.includes('-')) for (const part of termsOfToken(token)) terms.push(part);
    else if (term) terms.push(term);
    hyphens ||= isHyphen(token) || term.includes('-');
  }
  if (!hyphens) return terms;
  for (const { closed } of compoundsOf(tokens)) {
    const term = termOfStem(stemWord(closed));
    if (term) terms.push(term);
  }
  return terms;
}

/**
 * The hyphenated words of the tokens, each written closed ("cease-fire" →
 * "ceasefire") with the tokens it is made of. wink keeps some hyphenated
 * words whole ("cross-border") and splits others ("cease", "-", "fire");
 * words joined by hyphens with no space between are one word either way.
 */
function compoundsOf(tokens: Token[]): Array<{ closed: string; tokens: Token[] }> {
  const compounds: Array<{ closed: string; tokens: Token[] }> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isLetterWord(tokens[i])) continue;
    const words = [tokens[i]!];
    while (isHyphen(tokens[i + 1]) && touches(tokens[i]!, tokens[i + 1]!) && isLetterWord(tokens[i + 2]) && touches(tokens[i + 1]!, tokens[i + 2]!)) {
      words.push(tokens[i + 2]!);
      i += 2;
    }
    const word = words.map((t) => t.lower).join('-');
    if (word.includes('-')) compounds.push({ closed: word.replace(/-/g, ''), tokens: words });
  }
  return compounds;
}

const isLetterWord = (token: Token | undefined): boolean => token !== undefined && /^\p{L}+(?:-\p{L}+)*$/u.test(token.lower);
const HYPHEN_IN = /[-\u2010\u2011]/;
const isHyphen = (token: Token | undefined): boolean => token !== undefined && token.text.length === 1 && HYPHEN_IN.test(token.text);
const touches = (a: Token, b: Token): boolean => a.end === b.start;

/**
 * The index terms of one token: none for a function word, punctuation or a
 * possessive mark; for a hyphenated word wink keeps whole ("cross-border",
 * "pro-Russian") the terms of its parts, so that "border" and "Russian" find
 * it, as they find "cease-fire", which wink splits. A prefix is a part too:
 * "re-election" searched for as "election" alone would be any election.
 */
export function termsOfToken(token: Token): string[] {
  return partsOf(token).map((p) => p.term);
}

/** The terms of a token (`termsOfToken`), each with the word it stands for. */
function partsOf(token: Token): Array<{ term: string; word: string }> {
  const term = termOfToken(token);
  if (!term) return [];
  if (!/\p{L}-\p{L}/u.test(token.lower)) return [{ term, word: token.lower }];
  const parts: Array<{ term: string; word: string }> = [];
  for (const word of token.lower.split('-')) {
    const partTerm = termOfStem(stemWord(word));
    if (partTerm) parts.push({ term: partTerm, word });
  }
  return parts;
}

/** The index term of one token as wink reads it, or '' for a function word, punctuation or a possessive mark. */
function termOfToken(token: Token): string {
  if (token.stop || token.pos === 'PUNCT' || token.pos === 'SYM' || isPossessiveMark(token)) return '';
  return termOfStem(token.stem);
}

// The "'s" of "Russia's army" would otherwise be indexed as the term "s": in
// nearly every passage, it would only make "Russia's army" miss "the army of Russia".
function isPossessiveMark(token: Token): boolean {
  return token.pos === 'PART' && (token.lower === "'s" || token.lower === '’s');
}

// Stems repeat as much as words do; memoising their clean-up saves two regular expressions per token.
const termOfStemMemo = new Map<string, string>();

/** The index term of a stem, or '' when nothing of it can be searched. */
function termOfStem(stem: string): string {
  if (isPlainWord(stem)) return stem;
  let term = termOfStemMemo.get(stem);
  if (term === undefined) {
    if (termOfStemMemo.size >= 200_000) termOfStemMemo.clear();
    const cleaned = stem.replace(/[’'`]/g, '').replace(/[^\p{L}\p{N}.,-]/gu, '');
    term = cleaned && /[\p{L}\p{N}]/u.test(cleaned) ? cleaned : '';
    termOfStemMemo.set(stem, term);
  }
  return term;
}

// Lower-case ASCII letters and digits only, as most stems are: the clean-up
// below would return such a stem unchanged, and testing its characters is
// cheaper than the memo's lookup.
function isPlainWord(stem: string): boolean {
  if (stem.length === 0) return false;
  for (let i = 0; i < stem.length; i++) {
    const c = stem.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}

function tokensWithin(analysis: Analysis, start: number, end: number, text: string): Token[] {
  // A quote that spans paragraphs is longer than its first passage: analyse its own text.
  if (end - start !== text.length) return tokenize(text);
  const tokens: Token[] = [];
  for (const sentence of analysis.sentences) {
    const first = sentence.tokens[0];
    const last = sentence.tokens[sentence.tokens.length - 1];
    // Whole sentences outside the quote are skipped without looking at their tokens.
    if (!first || !last || last.end <= start || first.start >= end) continue;
    for (const t of sentence.tokens) if (t.start >= start && t.end <= end) tokens.push(t);
  }
  return tokens;
}
