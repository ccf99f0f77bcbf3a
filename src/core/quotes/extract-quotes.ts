/**
 * Finds the statements in one article: direct quotes and reported speech,
 * each with the speaker the text names, resolved within the article ("he" →
 * "Valery Gerasimov"). When the text does not say who spoke, the speaker is
 * null: a wrong attribution is worse than none.
 *
 * @example
 * const quotes = extractQuotes(article, passages, passages.map((p) => analyse(p.text)));
 * quotes[0]; // { text: 'The Kiev regime’s adventure has completely failed', speakerName: 'Vladimir Putin', cue: 'responded', ... }
 */
import type { Analysis, Article, Passage, Quote } from '../types.ts';
import { asCurlyMarks } from '../quote-marks.ts';
import { type Draft, finishDraft } from './draft.ts';
import { usesSingleQuotes, usesStraightSingleQuotes } from './find-quote-spans.ts';
import { newInterviewState } from './interview.ts';
import { readPassage, type ReaderState } from './read-passage.ts';
import { ArticleEntities } from './resolve-mention.ts';

/**
 * A statement found in one article, before speakers are merged across the
 * corpus: a Quote without its Library-wide id and speaker id, carrying instead
 * the speaker as resolved within the article.
 */
export type ExtractedQuote = Omit<Quote, 'id' | 'speakerId'> & {
  /**
   * Who the mention refers to, resolved within the article: the fullest name the
   * article gives that person or body ("Valery Gerasimov" for "he"), or the
   * description itself when nothing resolves it ("the Ukrainian Chief of Staff").
   * Null when the text does not say who spoke.
   */
  speakerName: string | null;
  /**
   * What the speaker is: a named person, an organisation, or a description the
   * article never names. Always present, undefined without a speaker, so that
   * every extracted quote is one object shape (see copyQuote()).
   */
  speakerKind: 'person' | 'organisation' | 'description' | undefined;
  /**
   * The speaker's gender as its article shows it by an honorific or a
   * gendered word ("Mrs.", "the congresswoman"), never by a pronoun; null
   * when the article does not show it.
   */
  speakerGender: 'male' | 'female' | null;
};

/**
 * A copy of `q`, written out field by field. V8 gives every object copied by
 * spread (`{ ...q }`) a hidden class of its own, and reads of its fields then
 * miss their inline caches wherever the copies go; a literal copy keeps one.
 */
export function copyQuote(q: ExtractedQuote): ExtractedQuote {
  const { file, passageId, paragraph, paragraphs, start, end, text, kind, mention, speakerName, cue, hedge, speakerKind, speakerGender } = q;
  return { file, passageId, paragraph, paragraphs, start, end, text, kind, mention, speakerName, cue, hedge, speakerKind, speakerGender };
}

/**
 * @param passages the article's passages, in order, with Library-wide ids
 * @param analyses `analyses[i]` is `analyse(passages[i].text)`: offsets relative to the passage text
 */
export function extractQuotes(article: Article, passages: Passage[], analyses: Analysis[]): ExtractedQuote[] {
  const body = asCurlyMarks(article.body);
  const straightSingles = usesStraightSingleQuotes(body);
  const singles = straightSingles || usesSingleQuotes(body);
  const state: ReaderState = { entities: new ArticleEntities(), drafts: [], open: null, carry: null, singles, straightSingles, previous: null, lastParagraph: -1, documents: [], lines: [], lastQuestion: -1, interview: newInterviewState() };
  passages.forEach((passage, i) => readPassage(state, passage, analyses[i]!));
  if (state.open) state.drafts.push(state.open);
  return state.drafts
    .sort((a: Draft, b: Draft) => a.pieces[0]!.start - b.pieces[0]!.start)
    .map((draft) => finishDraft(draft, article.file, article.body));
}
