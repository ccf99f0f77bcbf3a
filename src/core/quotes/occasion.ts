/**
 * Phrases that name where or how something was said, and are no part of
 * what was said: "in an interview", "in his evening video address", "in a
 * statement", "on Telegram". A statement ends before one (statement-end.ts),
 * and a clause reported with no "that" may start after one ("said on
 * Telegram a woman had been injured"; bare-clause.ts).
 */
import { ARTICLES, DOCUMENT_NOUNS } from './cues.ts';
import { chunkRight, POSSESSIVE_DETERMINERS } from './noun-phrase.ts';
import { isCapitalised, type TokenView } from './token-view.ts';

/**
 * The last token of an occasion of speech starting at `from` ("an
 * interview", "his evening video address", "a news conference"): a
 * determiner, words that describe, then a noun of an occasion or a
 * document; -1 when none starts there.
 */
export function occasionEnd(view: TokenView, from: number, last: number): number {
  const first = view.tokens[from]?.lower ?? '';
  if (!ARTICLES.has(first) && !POSSESSIVE_DETERMINERS.has(first)) return -1;
  for (let j = from + 1; j <= Math.min(last, from + OCCASION_REACH); j++) {
    const t = view.tokens[j]!;
    if (OCCASION_NOUNS.has(t.lower) || DOCUMENT_NOUNS.has(t.lower)) return j;
    if (!DESCRIBING_TAGS.has(t.pos)) return -1;
  }
  return -1;
}

/**
 * The token after a medium phrase at `from`: "in a statement", "in an
 * interview with the BBC", "on Telegram", "on X", "on state television".
 * `from` itself when none starts there.
 */
export function pastMedium(view: TokenView, from: number, last: number): number {
  const word = view.tokens[from]?.lower;
  if (word === 'in') {
    const end = occasionEnd(view, from + 1, last);
    if (end < 0) return from;
    const partner = view.tokens[end + 1]?.lower === 'with' ? chunkRight(view, end + 2, last) : null;
    return partner ? partner[1] + 1 : end + 1;
  }
  if (word !== 'on') return from;
  let j = from + 1;
  if (view.tokens[j]?.lower === 'state' || view.tokens[j]?.lower === 'social') j++;
  if (BROADCAST_NOUNS.has(view.tokens[j]?.lower ?? '')) return j + 1;
  // "on Telegram", "on Truth Social": a platform's name, one or two capitalised words.
  if (j > from + 1 || !view.tokens[j] || !isCapitalised(view.tokens[j]!) || view.tokens[j]!.pos !== 'PROPN') return from;
  return view.tokens[j + 1]?.pos === 'PROPN' && isCapitalised(view.tokens[j + 1]!) ? j + 2 : j + 1;
}

// Words between the determiner and the noun: "his evening video address".
const OCCASION_REACH = 4;
const OCCASION_NOUNS = new Set(['interview', 'address', 'speech', 'remarks', 'conference', 'appearance', 'podcast', 'broadcast', 'testimony', 'op-ed', 'column']);
const DESCRIBING_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'VERB']);
const BROADCAST_NOUNS = new Set(['television', 'tv', 'radio', 'media']);
