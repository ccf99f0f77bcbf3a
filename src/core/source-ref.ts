/** Builds the source references answers carry, from a Library's articles. */
import type { ArticleRef, SourceRef } from './answers.ts';
import type { Library } from './library.ts';

export function articleRef(library: Library, file: string): ArticleRef {
  const a = library.articleByFile.get(file);
  return { file, title: a?.title ?? file, source: a?.source ?? null, date: a?.date ?? null, url: a?.url ?? null };
}

export function sourceRef(library: Library, file: string, paragraph: number): SourceRef {
  return { ...articleRef(library, file), paragraph };
}
