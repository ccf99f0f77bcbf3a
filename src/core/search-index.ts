/** PLACEHOLDER: search indexes over passages and quotes (being written). */
import type { Analysis, Passage, Quote } from './types.ts';
export interface SearchIndex { passages: number; quotes: number }
export function buildSearchIndex(passages: Passage[], analyses: Analysis[], quotes: Quote[]): SearchIndex {
  void analyses;
  return { passages: passages.length, quotes: quotes.length };
}
