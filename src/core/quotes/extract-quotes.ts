/**
 * Finds the statements in one article: direct quotes and reported speech,
 * each with the speaker the text names (resolved within the article).
 * PLACEHOLDER: the contract below is fixed; the implementation is being written.
 */
import type { Analysis, Article, Passage, QuoteKind } from '../types.ts';

/** A statement found in one article, before speakers are merged across the corpus. */
export interface ExtractedQuote {
  file: string;
  passageId: number;
  paragraph: number;
  paragraphs: number[];
  /** Offsets into `Article.body` of the quoted words, without the marks. */
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  /** The speaker as written where the quote is attributed ("he", "Gen. Valery Gerasimov"), or null. */
  mention: string | null;
  /**
   * Who the mention refers to, resolved within the article: the fullest name the
   * article gives that person or body ("Valery Gerasimov" for "he"), or the
   * description itself when nothing resolves it ("the Ukrainian Chief of Staff").
   * Null when the text does not say who spoke.
   */
  speakerName: string | null;
  cue: string | null;
}

/**
 * @param passages the article's passages, in order, with Library-wide ids
 * @param analyses `analyses[i]` is `analyse(passages[i].text)`: offsets relative to the passage text
 */
export function extractQuotes(article: Article, passages: Passage[], analyses: Analysis[]): ExtractedQuote[] {
  void article;
  void passages;
  void analyses;
  return [];
}
