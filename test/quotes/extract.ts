/** Test helper: runs the real pipeline (passages, analysis, extraction) on a made-up article body. */
import { analyse } from '../../src/core/nlp.ts';
import { splitPassages } from '../../src/core/passages.ts';
import { extractQuotes, type ExtractedQuote } from '../../src/core/quotes/extract-quotes.ts';
import type { Article } from '../../src/core/types.ts';

export function article(body: string, file = 'test.txt'): Article {
  return { file, title: 'Test', source: null, url: null, date: null, author: null, body, bodyOffset: 0 };
}

export function extract(body: string, file = 'test.txt'): ExtractedQuote[] {
  const passages = splitPassages(file, body).map((p, id) => ({ ...p, id }));
  return extractQuotes(article(body, file), passages, passages.map((p) => analyse(p.text)));
}

/**
 * The statement whose text contains `words`; of several, the shortest, so
 * that a direct quote inside a reported statement ("Lee insisted her plan
 * was dead, adding: “…”") is found rather than the statement around it.
 */
export function quoteWith(quotes: ExtractedQuote[], words: string): ExtractedQuote | undefined {
  return quotes.filter((q) => q.text.includes(words)).sort((a, b) => a.text.length - b.text.length)[0];
}

/** The direct quotes of a made-up body: a reported statement around them is left out. */
export function directQuotes(body: string): ExtractedQuote[] {
  return extract(body).filter((q) => q.kind === 'direct');
}
