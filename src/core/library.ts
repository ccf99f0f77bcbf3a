/**
 * The Library: everything the answers need, built once from the articles and
 * never changed afterwards. A reload builds a new Library beside the old one
 * and swaps the reference, so a query always sees one consistent corpus.
 *
 * @example
 * const library = buildLibrary(articles);
 * whoSaid(library, 'has completely failed').matches[0].speaker;
 */
import { analyse } from './nlp.ts';
import { splitPassages } from './passages.ts';
import { extractQuotes } from './quotes/extract-quotes.ts';
import { buildSpeakers } from './quotes/speakers.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';
import type { Analysis, Article, Passage, Quote, RejectedFile, Speaker } from './types.ts';

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

/** Analyses every passage once, finds quotes and speakers, and indexes passages and quotes. */
export function buildLibrary(articles: readonly Article[], rejected: readonly RejectedFile[] = []): Library {
  const passages: Passage[] = [];
  const analyses: Analysis[] = [];
  const extracted = [];
  for (const article of articles) {
    const own: Passage[] = splitPassages(article.file, article.body).map((p, i) => ({ ...p, id: passages.length + i }));
    passages.push(...own);
    const ownAnalyses = own.map((p) => analyse(p.text));
    analyses.push(...ownAnalyses);
    extracted.push({ file: article.file, quotes: extractQuotes(article, own, ownAnalyses) });
  }
  const { speakers, idFor } = buildSpeakers(extracted);
  const quotes: Quote[] = extracted.flatMap(({ quotes: found }) =>
    found.map(({ speakerName, ...q }) => ({ ...q, speakerId: speakerName ? idFor(speakerName) : null })),
  ).map((q, id) => ({ ...q, id }));
  const speakerMap = new Map(speakers.map((s) => [s.id, s]));
  const index = buildSearchIndex(passages, analyses, quotes);
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
