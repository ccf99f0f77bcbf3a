/**
 * One speaker, one identity: merges the names the articles use for the same
 * person or body ("Gerasimov", "Gen. Valery Gerasimov"; "Zelensky", "Zelenskyy").
 * PLACEHOLDER: the contract below is fixed; the implementation is being written.
 */
import type { Speaker } from '../types.ts';
import type { ExtractedQuote } from './extract-quotes.ts';

export interface SpeakerDirectory {
  speakers: Speaker[];
  /** The `Speaker.id` for a `speakerName` that appeared in the input. */
  idFor(speakerName: string): string;
}

export function buildSpeakers(perArticle: Array<{ file: string; quotes: ExtractedQuote[] }>): SpeakerDirectory {
  const names = [...new Set(perArticle.flatMap((a) => a.quotes.map((q) => q.speakerName).filter((n): n is string => !!n)))];
  const speakers = names.map((name) => ({ id: name.toLowerCase(), name, aliases: [name] }));
  return { speakers, idFor: (name) => name.toLowerCase() };
}
