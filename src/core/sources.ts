/**
 * `sources()`: what is in the corpus, one row per article, with totals and
 * the files that were refused.
 */
import type { SourcesAnswer } from './answers.ts';
import type { Library } from './library.ts';

export function listSources(library: Library): SourcesAnswer {
  const passages = countBy(library.passages.map((p) => p.file));
  const quotes = countBy(library.quotes.map((q) => q.file));
  return {
    sources: library.articles.map((a) => ({
      file: a.file,
      title: a.title,
      source: a.source,
      date: a.date,
      url: a.url,
      author: a.author,
      passages: passages.get(a.file) ?? 0,
      quotes: quotes.get(a.file) ?? 0,
    })),
    totals: { ...library.stats },
    rejected: library.rejected.map(({ file, reason }) => ({ file, reason })),
  };
}

function countBy(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}
