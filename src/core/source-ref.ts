/** Builds the source references answers carry, from a Library's articles. */
import type { ArticleRef, SourceRef } from './answers.ts';
import type { Library } from './library.ts';

export function articleRef(library: Library, file: string): ArticleRef {
  const a = library.articleByFile.get(file);
  return { file, title: a?.title ?? file, source: a?.source ?? null, date: a?.date ?? null, url: a?.url ?? null };
}

// Spelled out rather than spread from articleRef(), which would give every
// reference a hidden class of its own in V8 (see copyQuote()); same field order.
export function sourceRef(library: Library, file: string, paragraph: number): SourceRef {
  const { title, source, date, url } = articleRef(library, file);
  return { file, title, source, date, url, paragraph };
}
