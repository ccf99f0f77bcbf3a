/**
 * The Library: everything the answers need, built once from the articles and
 * never changed afterwards. A reload builds a new Library beside the old one
 * and swaps the reference, so a query always sees one consistent corpus.
 *
 * Building has two phases so the costly one can run in worker threads:
 * `analyseArticle` (passages, NLP, quotes and index terms of one article; pure
 * and independent per article) and `assembleLibrary` (numbering, speakers and
 * the search index, in article order).
 *
 * @example
 * const library = buildLibrary(articles);
 * whoSaid(library, 'has completely failed').matches[0].speaker;
 */
import { analysePassages } from './nlp.ts';
import { splitPassages } from './passages.ts';
import { copyQuote, extractQuotes, type ExtractedQuote } from './quotes/extract-quotes.ts';
import { speakerSteps } from './quotes/speakers.ts';
import { createIndexBuilder, passageTerms, quoteTerms, type SearchIndex } from './search-index.ts';
import { runSteps } from './steps.ts';
import type { Article, Passage, Quote, RejectedFile, Speaker } from './types.ts';

export interface LibraryStats {
  articles: number;
  passages: number;
  quotes: number;
  speakers: number;
}

export interface Library {
  readonly articles: readonly Article[];
  /** Articles by `Article.file`. */
  readonly articleByFile: ReadonlyMap<string, Article>;
  readonly passages: readonly Passage[];
  readonly quotes: readonly Quote[];
  /** By `Speaker.id`. */
  readonly speakers: ReadonlyMap<string, Speaker>;
  /** Files the corpus loader refused, kept so every front end can report them. */
  readonly rejected: readonly RejectedFile[];
  readonly index: SearchIndex;
  readonly stats: LibraryStats;
}

/**
 * One article after the costly phase, as plain data (it crosses thread
 * boundaries): passage and quote ids are local to the article, starting at 0.
 */
export interface AnalysedArticle {
  file: string;
  passages: Array<Omit<Passage, 'id'>>;
  /** Index terms of each passage, space-joined. */
  passageTerms: string[];
  quotes: ExtractedQuote[];
  /** Index terms of each quote, space-joined. */
  quoteTerms: string[];
}

/** Analyses every passage once, finds quotes and speakers, and indexes passages and quotes. */
export function buildLibrary(articles: readonly Article[], rejected: readonly RejectedFile[] = []): Library {
  const assembler = createLibraryAssembler();
  for (const article of articles) assembler.add(analyseArticle(article));
  return assembler.finish(articles, rejected);
}

/** The costly phase for one article: passages, NLP (once per passage), quotes and index terms. */
export function analyseArticle(article: Article): AnalysedArticle {
  const passages = splitPassages(article.file, article.body);
  const own: Passage[] = passages.map((p, id) => withId(p, id));
  const analyses = analysePassages(own.map((p) => p.text));
  const quotes = extractQuotes(article, own, analyses);
  return {
    file: article.file,
    passages,
    passageTerms: analyses.map((a) => passageTerms(a).join(' ')),
    quotes,
    quoteTerms: quotes.map((q) => quoteTerms(analyses[q.passageId]!, own[q.passageId]!, q).join(' ')),
  };
}

export interface LibraryAssembler {
  /** Adds the next article, in corpus order; returns the passages indexed so far. */
  add(analysed: AnalysedArticle): number;
  finish(articles: readonly Article[], rejected: readonly RejectedFile[]): Library;
  /**
   * `finish` in steps: a generator that pauses every few hundred quotes or
   * speakers and returns the Library, so a caller on the main thread can
   * yield to the event loop between steps.
   */
  finishSteps(articles: readonly Article[], rejected: readonly RejectedFile[]): Generator<void, Library>;
}

/** The cheap phase: numbers passages and quotes, merges speakers and indexes, article by article. */
export function createLibraryAssembler(): LibraryAssembler {
  const passages: Passage[] = [];
  const extracted: Array<{ file: string; quotes: ExtractedQuote[] }> = [];
  let quoteCount = 0;
  const index = createIndexBuilder();
  function* finishSteps(articles: readonly Article[], rejected: readonly RejectedFile[]): Generator<void, Library> {
    const { speakers, speakerOf } = yield* speakerSteps(extracted);
    const quotes: Quote[] = [];
    for (const { quotes: found } of extracted) {
      // speakerName and speakerKind only served the merge; a Quote carries the
      // merged speaker id instead. Spelled out because copying by rest and
      // spread cost 2.5 µs a quote, 160 ms at 100k passages.
      for (const q of found) {
        const { file, passageId, paragraph, paragraphs, start, end, text, kind, mention, cue, hedge } = q;
        const speakerId = speakerOf(q);
        // In the snapshot reader's order, so that built and restored quotes share one hidden class.
        quotes.push({ id: quotes.length, file, passageId, paragraph, paragraphs, start, end, text, kind, speakerId, mention, cue, hedge });
        if (quotes.length % 1000 === 0) yield;
      }
    }
    const searchIndex = yield* index.finishSteps();
    return libraryOf(articles, passages, quotes, speakers, rejected, searchIndex);
  }
  return {
    add(analysed) {
      const base = passages.length;
      analysed.passages.forEach((p, i) => {
        passages.push(withId(p, base + i));
        index.addPassage(base + i, analysed.passageTerms[i]!);
      });
      // Quote ids follow corpus order, so they are known now and the quote index can grow with the passages.
      analysed.quoteTerms.forEach((terms, i) => index.addQuote(quoteCount + i, terms));
      quoteCount += analysed.quotes.length;
      extracted.push({ file: analysed.file, quotes: analysed.quotes.map((q) => withPassageBase(q, base)) });
      return passages.length;
    },
    finish: (articles, rejected) => runSteps(finishSteps(articles, rejected)),
    finishSteps,
  };
}

// Spelled out rather than spread ({ ...p, id }): V8 gave each spread copy a
// hidden class of its own (1,805 classes for PolNeAR dev's 1,814 passages), so
// every read of a passage field, in the build and in every answer, missed its
// inline cache. test/perf/object-shapes.test.ts holds this.
function withId(p: Omit<Passage, 'id'>, id: number): Passage {
  return { id, file: p.file, paragraph: p.paragraph, start: p.start, end: p.end, text: p.text };
}

function withPassageBase(q: ExtractedQuote, base: number): ExtractedQuote {
  const copy = copyQuote(q);
  copy.passageId += base;
  return copy;
}

/** A Library from its parts; also used to restore one from a snapshot. */
export function libraryOf(
  articles: readonly Article[],
  passages: Passage[],
  quotes: Quote[],
  speakers: Speaker[],
  rejected: readonly RejectedFile[],
  index: SearchIndex,
): Library {
  const speakerMap = new Map(speakers.map((s) => [s.id, s]));
  return {
    articles,
    articleByFile: new Map(articles.map((a) => [a.file, a])),
    passages,
    quotes,
    speakers: speakerMap,
    rejected,
    index,
    stats: { articles: articles.length, passages: passages.length, quotes: quotes.length, speakers: speakerMap.size },
  };
}
