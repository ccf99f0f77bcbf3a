/** Where a topic's words sit in a passage: its sentences, which of them mention the topic, and highlight ranges. */
import { stemWord } from './nlp.ts';
import { SENTENCE_BOUNDARY } from './passages.ts';
import { asCurlyMarks } from './quote-marks.ts';
import { compoundWordsOf, sameWord, wordsOf, type Word } from './text-match.ts';
import { familyStems } from './word-family.ts';

/** A test of whether a text holds at least one of the topic's content words (the topic read once, for many texts). */
export function mentionsTopic(topic: string): (text: string) => boolean {
  const isTopicWord = topicWordTest(topic);
  return (text) => wordsOf(text).some(isTopicWord) || compoundWordsOf(text).some(isTopicWord);
}

/**
 * A test of whether a word is one of the topic's content words, as search
 * finds them: the same word, give or take a typo or an ending, a word with
 * the same stem ("capturing" for "captured", "encirclement" for
 * "encircle"), or a word of its family ("lost" for "losses"). A hyphenated
 * word of the topic is also the word written closed ("cease-fire" is
 * "ceasefire"), and the caller tests a text's hyphenated words closed too.
 */
function topicWordTest(topic: string): (word: Word) => boolean {
  const topicWords = [...wordsOf(topic).filter((w) => !w.minor), ...compoundWordsOf(topic)];
  const stems = new Set<string>();
  for (const t of topicWords) for (const stem of familyStems(stemWord(t.norm))) stems.add(stem);
  // A stem starts with its word's first letter: most words of a passage
  // are ruled out by it, before the cost of a stem lookup.
  const firstLetters = new Set([...stems].map((stem) => stem.charCodeAt(0)));
  return (w) => topicWords.some((t) => sameWord(t.norm, w.norm)) || (firstLetters.has(w.norm.charCodeAt(0)) && stems.has(stemWord(w.norm)));
}

/**
 * The sentences of `text`, cut after ".", "!" or "?" where a capital, a digit
 * or an opening mark follows, but not after an initial or a title ("N.Y.",
 * "Sen."), and not inside a quotation that closes later in the text: a
 * sentence shown as a source's words must start where it starts, and a
 * quoted statement of two sentences is shown whole, with its speaker, not
 * from its second sentence on with a stray closing mark.
 */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  const quoted = quotedSpans(text);
  let start = 0;
  for (const end of text.matchAll(SENTENCE_BOUNDARY)) {
    const at = end.index + end[0].trimEnd().length;
    const word = /(\S+)$/.exec(text.slice(start, end.index))?.[1] ?? '';
    if (end[0].startsWith('.') && ABBREVIATION.test(word)) continue;
    if (quoted.some(([open, close]) => open < at && at <= close)) continue;
    sentences.push(text.slice(start, at).trim());
    start = at;
  }
  if (start < text.length && text.slice(start).trim()) sentences.push(text.slice(start).trim());
  return sentences;
}

/**
 * Where double-quoted text runs, [opening mark, closing mark], for quotes
 * that close: curly marks pair “ with the next ”, straight ones pair in turn.
 * A mark left open (a quote that runs on into the next paragraph) makes no span.
 */
function quotedSpans(original: string): Array<[number, number]> {
  // «…» and „…“ are read as “…” (same length, so offsets hold).
  const text = asCurlyMarks(original);
  const spans: Array<[number, number]> = [];
  let curly = -1;
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“' && curly < 0) curly = i;
    else if (c === '”' && curly >= 0) {
      spans.push([curly, i]);
      curly = -1;
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        spans.push([straight, i]);
        straight = -1;
      }
    }
  }
  return spans;
}

// A single letter with its stops ("N.Y", "U.S", "J"), or a title written short.
const ABBREVIATION = /^(?:(?:\p{L}\.)*\p{L}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|St|Jr|Sr|Inc|Corp|Co|No|vs)$/u;

/**
 * For one topic (read once, for many texts): the character ranges of a text
 * whose words are the topic's content words, in order and apart. A
 * hyphenated word that matches whole ("cease-fire" for "ceasefire") is one
 * range with any of its parts that match alone.
 */
export function topicHighlighter(topic: string): (text: string) => Array<[number, number]> {
  const isTopicWord = topicWordTest(topic);
  return (text) => highlightsOf(text, isTopicWord);
}

function highlightsOf(text: string, isTopicWord: (word: Word) => boolean): Array<[number, number]> {
  const words = wordsOf(text).filter(isTopicWord);
  const compounds = compoundWordsOf(text).filter(isTopicWord);
  if (compounds.length === 0) return words.map((w) => [w.start, w.end]);
  const ranges: Array<[number, number]> = [];
  for (const w of [...words, ...compounds].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = ranges[ranges.length - 1];
    if (last && w.start < last[1]) last[1] = Math.max(last[1], w.end);
    else ranges.push([w.start, w.end]);
  }
  return ranges;
}
