/**
 * `compare(library, topic)`: per source that deals with the topic its best
 * passages, the sources that are silent, where their figures agree and
 * differ, and the sentences in which a source reports a claim denied. A
 * source covers a topic only when one of its passages holds the topic's words
 * (for topics of three or more words, nearly all of their weight).
 *
 * @example
 * compare(library, 'North Korean troops').agreements;
 * // ['3 sources agree on North Korean troops, in different words: 10,000-12,000 troops (000_…txt, 004_…txt); over 10,000 North Korean troops (003_…txt)', …]
 */
import type { CompareAnswer, Figure, Highlights, SourceSentence } from './answers.ts';
import { findDatesAt } from './dates.ts';
import { reportsDenial } from './disputes.ts';
import { factLinks } from './same-fact.ts';
import { eventDate } from './event-date.ts';
import { findFigures } from './figures.ts';
import type { Library } from './library.ts';
import type { Passage } from './types.ts';
import { closedForms, queryTerms, searchPassages, termWeight, type Hit } from './search-index.ts';
import { articleRef } from './source-ref.ts';
import { mentionsTopic, sentencesOf, topicHighlighter } from './topic-text.ts';
import { summarise } from './compare-summary.ts';
import { speakersOnTopic } from './topic-speakers.ts';
import { narrowerTopics, unusedWords } from './topic-misses.ts';

/** Share of a long topic's weight a passage must hold to count as dealing with it. */
const COVER_LONG_TOPIC = 0.75;
/** In a source that covers the topic, passages holding this share also lend their figures. */
const FIGURES_SHARE = 0.5;
const PASSAGES_PER_SOURCE = 3;
const CANDIDATES = 400;

export function compare(library: Library, topic: string): CompareAnswer {
  const terms = queryTerms(topic);
  const closed = closedForms(topic);
  const { weighed, saturated } = weighPassages(library, terms, closed);
  const relevant = weighed.filter((w) => w.share >= (terms.length < 3 ? 1 : COVER_LONG_TOPIC));
  const byFile = new Map<string, Hit[]>();
  for (const hit of relevant) {
    const file = library.passages[hit.id]!.file;
    byFile.set(file, [...(byFile.get(file) ?? []), hit]);
  }
  if (saturated) addOtherSources(library, terms, closed, byFile);
  const highlight = topicHighlighter(topic);
  const covered = [...byFile].map(([file, hits]) => ({
    source: articleRef(library, file),
    passages: hits.slice(0, PASSAGES_PER_SOURCE).map((h) => shownPassage(library.passages[h.id]!, highlight)),
  }));
  const missing = library.articles.filter((a) => !byFile.has(a.file)).map((a) => articleRef(library, a.file));
  const { figures, sentenceOf, disputes } = topicFindings(library, weighed.filter((w) => w.share >= FIGURES_SHARE && byFile.has(library.passages[w.id]!.file)), topic);
  const quoted = speakersOnTopic(library, new Set(relevant.map((h) => h.id)));
  const publishedOf = (file: string) => library.articleByFile.get(file)?.date ?? null;
  const facts = factLinks(library, topic);
  const sameFact = (a: Figure, b: Figure) => facts.link({ figure: a.text, sentence: sentenceOf.get(a)! }, { figure: b.text, sentence: sentenceOf.get(b)! });
  const { agreements, differences, summary } = summarise({ topic, coveredCount: covered.length, total: library.articles.length, figures, quoted, disputes, publishedOf, sameFact });
  const found = covered.length > 0;
  return {
    topic, covered, missing, figures, quoted, disputes, agreements, differences, summary,
    unusedWords: found ? [] : unusedWords(library, topic, terms, closed),
    suggestions: found ? [] : narrowerTopics(library, topic, weighed),
  };
}

/**
 * Passages holding the topic's terms, best first, each with the share of the
 * topic's weight it holds (rare terms weigh more than common ones);
 * `saturated` when more passages hold all the terms than were read.
 */
function weighPassages(library: Library, terms: string[], closed: ReadonlyMap<string, string>): { weighed: Array<Hit & { share: number }>; saturated: boolean } {
  if (terms.length === 0) return { weighed: [], saturated: false };
  const strict = searchPassages(library.index, terms, { combineWith: 'AND', limit: CANDIDATES, closed });
  const loose = searchPassages(library.index, terms, { combineWith: 'OR', limit: CANDIDATES, closed });
  const seen = new Set(strict.map((h) => h.id));
  const total = terms.reduce((sum, t) => sum + termWeight(library.index, t), 0);
  // Written out, not spread ({ ...hit, share }): V8 gives every spread copy a
  // hidden class of its own, and the reads of up to 800 hits per topic below
  // then miss their inline caches.
  const weighed = [...strict, ...loose.filter((h) => !seen.has(h.id))].map(({ id, score, matchedTerms }) => ({
    id,
    score,
    matchedTerms,
    share: matchedTerms.reduce((sum, t) => sum + termWeight(library.index, t), 0) / total,
  }));
  return { weighed, saturated: strict.length === CANDIDATES };
}

/**
 * A common topic is held by more passages than compare reads: each other
 * source that holds all of its terms is added with its best passage, or it
 * would be called silent. Only to be counted and shown: the figures and the
 * speakers come from the passages read, which keeps a common topic as quick
 * as a rare one.
 */
function addOtherSources(library: Library, terms: string[], closed: ReadonlyMap<string, string>, byFile: Map<string, Hit[]>): void {
  const fileOf = (id: number) => library.passages[id]!.file;
  for (const hit of searchPassages(library.index, terms, { combineWith: 'AND', limit: 1, closed, perKey: fileOf })) {
    if (!byFile.has(fileOf(hit.id))) byFile.set(fileOf(hit.id), [hit]);
  }
}

/**
 * A passage as shown, its highlights found when first read: a common topic
 * has hundreds of sources, a reply shows a page of them, and finding the
 * words of them all cost more than the rest of the comparison. Read once, the
 * ranges are kept, and the getter is enumerable, so JSON carries them.
 */
function shownPassage(passage: Passage, highlight: (text: string) => Highlights): CompareAnswer['covered'][number]['passages'][number] {
  let highlights: Highlights | undefined;
  return {
    text: passage.text,
    paragraph: passage.paragraph,
    get highlights() {
      return (highlights ??= highlight(passage.text));
    },
  };
}

interface TopicFindings {
  figures: Figure[];
  /** The sentence each figure stands in, verbatim. */
  sentenceOf: Map<Figure, string>;
  disputes: SourceSentence[];
}

/**
 * Figures and dates stated in the sentences of relevant passages that mention
 * the topic, and the sentences of those passages that report a claim denied.
 */
function topicFindings(library: Library, hits: Hit[], topic: string): TopicFindings {
  const figures: Figure[] = [];
  const sentenceOf = new Map<Figure, string>();
  const disputes: SourceSentence[] = [];
  const onTopic = mentionsTopic(topic);
  for (const hit of hits) {
    const passage = library.passages[hit.id]!;
    for (const sentence of sentencesOf(passage.text)) {
      // A denial often names no topic word ("Ukrainian officials quickly
      // disputed this assertion."): one in a passage on the topic is taken as on it.
      if (reportsDenial(sentence)) disputes.push({ text: sentence, file: passage.file, paragraph: passage.paragraph });
      if (!onTopic(sentence)) continue;
      const found = findFigures(sentence);
      const dates = findDatesAt(sentence);
      const when = eventDate(sentence, found, dates);
      for (const { text, about } of found) {
        const figure: Figure = { text, about, file: passage.file, paragraph: passage.paragraph };
        if (when && about) figure.when = when;
        figures.push(figure);
        sentenceOf.set(figure, sentence);
      }
      for (const date of dates) {
        const figure: Figure = { text: date.text, about: 'date', file: passage.file, paragraph: passage.paragraph };
        figures.push(figure);
        sentenceOf.set(figure, sentence);
      }
    }
  }
  return { figures, sentenceOf, disputes };
}
