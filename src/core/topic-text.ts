/** Where a topic's words sit in a passage: its sentences that mention them, and highlight ranges. */
import { sameWord, wordsOf } from './text-match.ts';

/** Sentences of `text` that hold at least one of the topic's content words. */
export function topicSentences(text: string, topic: string): string[] {
  const topicWords = wordsOf(topic).filter((w) => !w.minor);
  const sentences = text.match(/[^.!?]+(?:[.!?]+["”’)]*|$)/g) ?? [text];
  return sentences.filter((s) => wordsOf(s).some((w) => topicWords.some((t) => sameWord(t.norm, w.norm))));
}

/** Character ranges of `text` whose words are the topic's content words. */
export function topicHighlights(text: string, topic: string): Array<[number, number]> {
  const topicWords = wordsOf(topic).filter((w) => !w.minor);
  return wordsOf(text)
    .filter((w) => topicWords.some((t) => sameWord(t.norm, w.norm)))
    .map((w) => [w.start, w.end] as [number, number]);
}
