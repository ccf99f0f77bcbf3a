/**
 * Whether two sources' figures are about the same fact, so that a comparison
 * may say they agree or differ.
 *
 * Five reports of one event give "10,000–12,000 troops" and "over 10,000
 * North Korean troops" in sentences that share more than the topic: "North
 * Korea", "deployed", "Kursk". An archive is not like that: two articles that
 * only mention the topic give "7 points" for two polls months apart,
 * "Wednesday" for two different days, "168 committee members" and "three
 * members" of a college club. Their sentences share nothing beyond the topic
 * and the figure, and a line saying they agree or differ would be false.
 *
 * So two figures are linked only when their sentences share at least two
 * other words (as index terms, so "deployed" meets "deploy" and "Korea"
 * meets "Korean"), or one that is a third of a short sentence's words. Not
 * counted: the topic's words (every sentence on the topic has one), the
 * figure's own lower-case words (its number and what it counts; its names
 * count), dates and numbers, "said" and "told", and words in more than a
 * tenth of all passages (in an archive of one campaign, "Trump"). To call
 * two figures different takes more: half the words of the shorter sentence.
 *
 * @example
 * const facts = factLinks(library, 'North Korean troops');
 * facts.link(
 *   { figure: '10,000-12,000 troops', sentence: 'North Korea reportedly deployed 10,000-12,000 troops to support Russian forces in Kursk.' },
 *   { figure: 'Over 10,000 North Korean troops', sentence: 'Over 10,000 North Korean troops were deployed to Kursk last year.' },
 * ); // 'linked': both say "deployed" and "Kursk" beside the topic's words
 */
import type { Library } from './library.ts';
import { documentFrequency } from './postings.ts';
import { tokenize } from './nlp.ts';
import { DEMONYM_ENDINGS, queryTerms, termsOfToken } from './search-index.ts';
import { familyStems } from './word-family.ts';
import type { Token } from './types.ts';

/** What a linked pair must share beyond the topic and the figure: this many words, */
const SHARED_WORDS = 2;
/** or one that is this share of the words of the shorter sentence. */
const SHORT_SHARE = 1 / 3;
/**
 * Sentences that share this much of the shorter one's words tell one fact
 * closely enough to set their figures against each other ("The storm
 * damaged 35 boats in the harbour" and "… about 40 boats in the harbour").
 * Two words in common are not enough for that in an archive: "in front of a
 * crowd of about 230 people" and "… about 1,000 people" were two rallies.
 */
const CLOSE_SHARE = 1 / 2;
/**
 * A word in more than this share of passages tells no fact from another. In
 * a small corpus every word is in a large share of a few passages, so only a
 * word in more than MIN_COMMON passages can be common.
 */
const COMMON_SHARE = 0.1;
const MIN_COMMON = 50;

export interface FigureInSentence {
  /** The figure as written ("over 10,000 North Korean troops") or a date ("November 2024"). */
  figure: string;
  /** The sentence it stands in, verbatim. */
  sentence: string;
}

/**
 * How two figures' sentences stand: `apart` (nothing shared but the topic),
 * `linked` (about the same fact, enough to say they agree) or `close` (at
 * least half of the shorter sentence's words shared: close enough to say
 * that they differ).
 */
export type FactLink = 'apart' | 'linked' | 'close';

export interface FactLinks {
  link(a: FigureInSentence, b: FigureInSentence): FactLink;
}

export function factLinks(library: Library, topic: string): FactLinks {
  const index = library.index;
  // The topic's word families are the topic too: "lost" in one sentence is no fact the other lacks when the topic is "losses".
  const topicTerms = new Set(queryTerms(topic).flatMap((t) => familyStems(t)).map((t) => placeOf(t, index.termIds)));
  const commonAbove = Math.max(MIN_COMMON, index.passages.documentCount * COMMON_SHARE);
  const telling = (term: string): boolean => {
    if (/\d/.test(term) || DATE_WORD.test(term) || NUMBER_WORD_ALONE.test(term) || ATTRIBUTION_WORD.test(term)) return false;
    const id = index.termIds.get(term);
    return id === undefined || documentFrequency(index.passages, id) <= commonAbove;
  };
  // A comparison asks about the same figure many times, and a sentence with
  // several figures is read for each: both are read once.
  const tokensOfSentence = new Map<string, Token[]>();
  const contexts = new Map<string, Set<string>>();
  const contextOf = ({ figure, sentence }: FigureInSentence): Set<string> => {
    const key = `${figure}\u0000${sentence}`;
    let context = contexts.get(key);
    if (!context) {
      let tokens = tokensOfSentence.get(sentence);
      if (!tokens) tokensOfSentence.set(sentence, (tokens = tokenize(sentence)));
      const at = sentence.indexOf(figure);
      // The figure's lower-case words are the figure; its names stay, since
      // "North Korean" in one sentence is evidence for "North Korea" in another.
      const own = (t: Token) => at >= 0 && t.start >= at && t.end <= at + figure.length && !/^\p{Lu}/u.test(t.text);
      context = new Set();
      for (const token of tokens) {
        if (own(token)) continue;
        for (const term of termsOfToken(token)) {
          if (!telling(term)) continue;
          const place = placeOf(term, index.termIds);
          if (!topicTerms.has(place)) context.add(place);
        }
      }
      contexts.set(key, context);
    }
    return context;
  };
  return {
    link(a, b) {
      const mine = contextOf(a);
      const other = contextOf(b);
      let shared = 0;
      for (const term of mine) if (other.has(term)) shared++;
      const shorter = Math.min(mine.size, other.size);
      if (shared === 0) return 'apart';
      if (shared >= shorter * CLOSE_SHARE) return 'close';
      // A short sentence ("Fishermen said the storm destroyed about 40 boats.") has few words to share.
      return shared >= SHARED_WORDS || shared >= shorter * SHORT_SHARE ? 'linked' : 'apart';
    },
  };
}

// "said", "told", "according to", "Mr.": how news attributes, in any sentence of any story.
const ATTRIBUTION_WORD = /^(?:said|told|accord|mr\.|mrs\.|ms\.|dr\.)$/;

// Index terms of a count's words ("three", "thousands", "percent"): any sentence with a figure has them.
const NUMBER_WORD_ALONE = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelv|twelve|dozen|hundr|hundred|thousand|million|billion|percent|percentag)$/;

// Index terms of dates: months, weekdays, "last year", "early March".
const DATE_WORD = /^(?:januari|februari|march|april|june|juli|august|septemb|octob|novemb|decemb|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|year|month|week|weekend|day|earli|late|mid)\.?$/;

// "korea" and "korean", "ukrain" and "ukrainian": one place and its people
// count as one word, the place's, when the corpus has it.
function placeOf(term: string, vocabulary: ReadonlyMap<string, number>): string {
  for (const ending of DEMONYM_ENDINGS) {
    const place = term.endsWith(ending) ? term.slice(0, -ending.length) : '';
    if (place.length >= 4 && vocabulary.has(place)) return place;
  }
  return term;
}
