/**
 * The subject phrase of a closing attribution ("…,” a spokesman for Lee
 * said", "…,” said Lee's spokesman, Ben Cole"): how far it runs, and who in
 * it is the speaker.
 */
import { DOCUMENT_NOUNS } from './cues.ts';
import { afterAffiliation, chunkRight, endsInName, nameBeforeAffiliation, skipFillers, type Range } from './noun-phrase.ts';
import { isReportingVerb } from './reporting-clause.ts';
import { endsInOthersTitle, isPersonWord, namesPeople, PERSON_NOUNS, pluralNamesPeople } from './people-words.ts';
import { SPEECH_NOUNS } from './speech-noun.ts';
import { isTerminal, type TokenView } from './token-view.ts';

// "called it a “success,” a claim Kyiv denied": a noun of speech right
// after the quote says what the quote is, and the name after it (which the
// chunker joins to the noun) is the subject of a clause on that noun, not
// the speaker. "the statement said" is a document speaking: no name follows.
export function namesClaimOf(view: TokenView, [first, last]: Range): boolean {
  for (let j = first; j < last; j++) {
    const t = view.tokens[j]!;
    if (t.pos === 'NOUN' && (SPEECH_NOUNS.has(t.lower) || DOCUMENT_NOUNS.has(t.lower)) && view.tokens[j + 1]!.pos === 'PROPN') return true;
  }
  return false;
}

// "…,” a spokesman for Ann Lee said": past the phrase that tells which
// spokesman, as before a quote ("A spokesman for Lee said “…”"). Only
// after a person's role, or a document's "from" ("…,” a statement from the
// Kremlin said"): "a letter to Lee said" is no one's (isAddressee()). Where
// people are goes with them too ("…,” a battalion commander in the Sumy
// region told the BBC", "…,” officials in Kyiv said").
export function pastModifier(view: TokenView, subject: Range, b: number): number {
  const after = afterAffiliation(view, subject, b);
  const head = view.tokens[subject[1]]!;
  // "a source close to Lee", "an official familiar with the talks".
  const preposition = POSTPOSITIVES.has(view.tokens[after]?.lower ?? '') ? after + 1 : after;
  const word = view.tokens[preposition]?.lower ?? '';
  // "soldiers from the 47th Brigade": a plural for people too.
  const role = isPersonWord(head.lower) || PERSON_NOUNS.has(head.lower) || pluralNamesPeople(head.lower) || (word === 'from' && DOCUMENT_NOUNS.has(head.lower));
  const placed = PLACE_PREPOSITIONS.has(word) && namesPeople(head.lower);
  if (!((MODIFIER_PREPOSITIONS.has(word) && role) || placed)) return after;
  const modifier = chunkRight(view, preposition + 1, b);
  return modifier ? modifier[1] + 1 : after;
}

const MODIFIER_PREPOSITIONS = new Set(['for', 'to', 'of', 'with', 'at', 'from']);
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'inside']);

/**
 * "…,” the chief of the General Staff said", "…,” said the chief of the
 * General Staff.": a role's "of" phrase, up to `next` (the verb, or one past
 * the attribution's end) or a comma, says whose role it is, and stays with
 * it, so that "the chief" is not any chief the article named ("Police Chief
 * Tom Hale"). Null for any other subject.
 */
export function roleWithBody(view: TokenView, subject: Range, next: number): Range | null {
  const of = subject[1] + 1;
  if (view.tokens[of]?.lower !== 'of' || !isPersonWord(view.tokens[subject[1]]!.lower)) return null;
  const end = pastModifier(view, subject, next - 1) - 1;
  const ends = skipFillers(view, end + 1, next, 1) === next || view.tokens[end + 1]?.text === ',';
  return end > of && ends ? [subject[0], end] : null;
}

// "…,” a statement from the Kremlin said": the body speaks through its
// statement, as before a quote (subject-before.ts).
export function documentSource(view: TokenView, [, last]: Range, v: number): Range | null {
  if (!DOCUMENT_NOUNS.has(view.tokens[last]!.lower) || view.tokens[last + 1]?.lower !== 'from') return null;
  const source = chunkRight(view, last + 2, v - 1);
  return source && source[1] === v - 1 ? source : null;
}

const POSTPOSITIVES = new Set(['close', 'familiar', 'near', 'loyal']);

// "…,” the group's director, Ana Ruiz, said": a description followed by the
// name between commas is that person speaking; the name is the better mention.
// After an inverted verb the name may close the sentence ("…,” said Lee's
// spokesman, Ben Cole.").
export function appositiveName(view: TokenView, subject: Range, v: number, closes = false): Range | null {
  if (endsInName(view, subject) || view.tokens[subject[1] + 1]?.text !== ',' || endsInOthersTitle(view, subject)) return null;
  const phrase = chunkRight(view, subject[1] + 2, v - 1);
  const next = phrase ? view.tokens[phrase[1] + 1] : undefined;
  if (!phrase || !(next?.text === ',' || (closes && (!next || isTerminal(view, phrase[1] + 1))))) return null;
  // "…,” a pollster, David Woodard of Clemson University, said": the name before where he works.
  return endsInName(view, phrase) ? phrase : nameBeforeAffiliation(view, phrase);
}

/**
 * "“A heroic page in our history” — that is how Putin described the
 * operation.", "…” — that's what Lee called it": the words after the
 * quote name who said it. The subject and its verb, or null when the shape
 * is not this.
 */
export function howSaid(view: TokenView, k: number, b: number): { subject: Range; cue: string } | null {
  const [that, be, how] = [view.tokens[k], view.tokens[k + 1], view.tokens[k + 2]];
  if (!that || !be || !how || !POINTERS.has(that.lower) || !POINTED_BE.has(be.lower) || !MANNER.has(how.lower)) return null;
  const subject = chunkRight(view, k + 3, b);
  if (!subject) return null;
  const verb = skipFillers(view, subject[1] + 1, b, 1);
  return verb <= b && (isReportingVerb(view, verb) || view.tokens[verb]!.lower === 'put') ? { subject, cue: view.tokens[verb]!.text } : null;
}

const POINTERS = new Set(['that', 'this', 'thus']);
const POINTED_BE = new Set(['is', 'was', "'s", '’s']);
const MANNER = new Set(['how', 'what']);
