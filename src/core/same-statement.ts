/**
 * Whether two quotes are the same statement reported by different sources,
 * allowing for translations that differ ("professionalism and coordination"
 * vs "professionalism and coherence").
 */
import type { Library } from './library.ts';
import { alignWords, bagCoverage, wordsOf, type Word } from './text-match.ts';
import type { Quote } from './types.ts';

/** Share of the shorter quote's words found, in order, in the longer one. */
const SAME_WORDS = 0.75;
/** Share of content words two quotes' sentences must share when their own words differ more. */
const SAME_CONTEXT = 0.5;
const MIN_SHARED_CONTEXT_WORDS = 4;
const CONTEXT_CHARS = 220;

export function sameStatement(library: Library, a: Quote, b: Quote, words: (quote: Quote) => Word[] = (q) => wordsOf(q.text)): boolean {
  // Two named speakers must be the same person; an unattributed copy may
  // still carry the words, and so may two articles' "a spokesman" (a
  // description is each article's own speaker: see speakers.ts).
  if (a.speakerId && b.speakerId && a.speakerId !== b.speakerId && !(isDescribed(library, a) && isDescribed(library, b))) return false;
  // The same words copied (syndicated wire copy): nothing to align.
  if (a.text === b.text) return true;
  const [shorter, longer] = a.text.length <= b.text.length ? [a, b] : [b, a];
  const shortWords = words(shorter);
  const longWords = words(longer);
  // The exact alignment is quadratic in quote length; most pairs fail the cheap estimate first.
  if (bagCoverage(shortWords, longWords) >= SAME_WORDS) {
    const words = alignWords(shortWords, longWords);
    if (words.coverage >= SAME_WORDS && words.precision >= 0.3) return true;
  }
  // Other words in a like sentence make one statement only of one speaker's.
  if (!a.speakerId || a.speakerId !== b.speakerId) return false;
  const left = contextWords(library, a);
  const right = contextWords(library, b);
  const shared = [...left].filter((w) => right.has(w)).length;
  return shared >= MIN_SHARED_CONTEXT_WORDS && shared / Math.min(left.size, right.size) >= SAME_CONTEXT;
}

function isDescribed(library: Library, quote: Quote): boolean {
  return library.speakers.get(quote.speakerId!)?.kind === 'description';
}

/**
 * Content words of the sentence that carries a quote, from its start to the
 * quote's end, cut to a five-letter prefix so that word endings do not matter.
 */
function contextWords(library: Library, quote: Quote): Set<string> {
  const passage = library.passages[quote.passageId]!;
  const end = Math.min(passage.text.length, quote.end - passage.start);
  const from = Math.max(0, quote.start - passage.start - CONTEXT_CHARS);
  let text = passage.text.slice(from, end);
  const quoteAt = quote.start - passage.start - from;
  const sentenceEnd = [...text.slice(0, quoteAt).matchAll(/[.!?]["”’]?\s/g)].pop();
  if (sentenceEnd) text = text.slice(sentenceEnd.index + sentenceEnd[0].length);
  return new Set(
    wordsOf(text)
      .filter((w) => !w.minor && w.norm.length >= 4)
      .map((w) => w.norm.slice(0, 5)),
  );
}
