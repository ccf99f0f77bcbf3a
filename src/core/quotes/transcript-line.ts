/**
 * A line of a transcript: "Vladimir Putin: Thank you. I congratulate all
 * the personnel." The Kremlin publishes its meetings so, and news quotes
 * the lines whole. A paragraph with no quotation marks that opens with a
 * name and a colon may hold that speaker's words as published; read-passage.ts
 * takes it as such only next to another such line, and only for someone the
 * article shows to be a person: "Photo: Kremlin press service", "Update: …",
 * "Correction Appended: …", "NEW YORK: …" and "Q: …" are labels of another
 * kind.
 */
import { isDictionaryWord } from '../nlp.ts';
import { givenNameGender } from './given-names.ts';
import { nameKey } from './name-key.ts';
import { chunkLeft, endsInName, type Range } from './noun-phrase.ts';
import type { TokenView } from './token-view.ts';

export interface TranscriptLine {
  /** The speaker's name. */
  label: Range;
  /** The first token of the words after its colon. */
  first: number;
  /** How many words follow the colon. */
  words: number;
}

/** The line's label and words, or null when the passage is no such line. */
export function transcriptLine(view: TokenView): TranscriptLine | null {
  if (view.spans.length > 0) return null;
  let colon = -1;
  for (let k = 1; k < Math.min(LONGEST_LABEL, view.tokens.length); k++) {
    if (view.tokens[k]!.text === ':') {
      colon = k;
      break;
    }
  }
  if (colon < 0) return null;
  // Words after it: "Vladimir Putin: Thank you." is the shortest line worth
  // one; "Clinton: 547." is a tally.
  let words = 0;
  for (let k = colon + 1; k < view.tokens.length; k++) if (/\p{L}/u.test(view.tokens[k]!.text)) words++;
  if (words < MIN_WORDS) return null;
  const label = chunkLeft(view, colon - 1, 0);
  return label && label[0] === 0 && endsInName(view, label) && !isPlainWords(view, label) ? { label, first: colon + 1, words } : null;
}

/**
 * True for a reporter's line of a transcript: "Question: …". ("Q: …" is
 * read as a line, whose label names no person; see takeTranscriptLine().)
 */
export function isQuestionLine(view: TokenView): boolean {
  return view.spans.length === 0 && view.tokens[0]?.lower === 'question' && view.tokens[1]?.text === ':' && view.tokens.length > 3;
}

// "Correction Appended:", "Paid Notice:": words any dictionary has, the
// first no given name ("Mark Cuban:" is a name).
function isPlainWords(view: TokenView, [a, b]: Range): boolean {
  if (givenNameGender(nameKey(view.tokens[a]!.text)) !== null) return false;
  for (let k = a; k <= b; k++) if (!isDictionaryWord(view.tokens[k]!.lower)) return false;
  return true;
}

// "Chief of the General Staff Valery Gerasimov:" is the longest label news prints.
const LONGEST_LABEL = 9;
const MIN_WORDS = 2;
