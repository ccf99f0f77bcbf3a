/**
 * Whose modifier a phrase before a reporting verb is: in "Voters in Ohio
 * said" or "an aide to Ann Lee said" the one speaking is the phrase before
 * the preposition, never the place or person after it.
 */
import type { Token } from '../types.ts';
import { followsPreposition } from './clause-subject.ts';
import { DOCUMENT_NOUNS, PERSON_TITLES, QUANTIFIERS } from './cues.ts';
import { ISSUED_BY } from './document-issuer.ts';
import { chunkLeft, endsInName, headIndex, isPostpositive, type Range } from './noun-phrase.ts';
import { isPersonWord, namesPeople, PERSON_NOUNS, PLURAL_NOUN, UNMARKED_PLURALS } from './people-words.ts';
import { isPlaceName } from './places.ts';
import { isCapitalised, type TokenView } from './token-view.ts';

// "Voters in Ohio said", "an aide to Ann Lee said", "protesters outside the
// Capitol in Washington told": a phrase after a preposition tells which of
// the phrase before it is meant, and that phrase is the verb's subject, not
// the place or person in its modifier. Only someone can be that subject: a
// name, a pronoun, a person's role or a plural; "a paper from the Brookings
// Institution had this to say" is the body's, "Six in 10 Republicans" are
// no "Six". The phrase stands as found when no such phrase comes before the
// preposition ("In Ohio Ann Lee said"), or when it titles a person of a body
// ("The Council on Arab Relations Director Nihad Awad says").
export function ownerOfModifier(view: TokenView, found: Range, lower: number): Range {
  if (titlesMember(view, found)) return found;
  let owner = found;
  let issuedBy = false;
  for (;;) {
    owner = townOf(view, owner, lower) ?? placesJoined(view, owner, lower) ?? owner;
    // "between Zelensky and Macron": the names joined to the one found, when a preposition takes them both.
    const joined = namesJoined(view, owner, lower);
    if (joined && followsPreposition(view, joined[0])) owner = joined;
    const [a] = owner;
    // "for" too, which the tagger reads as often as a subordinator, after
    // a role: "A spokeswoman for the Coordination Headquarters for the
    // Treatment of Prisoners of War said" is the spokeswoman's; "Programs
    // for autistic adults" are no one.
    const forRole = view.tokens[a - 1]?.lower === 'for' && isRoleWord(view.tokens[a - 2]?.lower ?? '');
    const linked = followsPreposition(view, a) || forRole;
    const before = linked && a - 2 >= lower ? chunkLeft(view, pastParticiple(view, a - 2, lower), lower) : null;
    if (!before) break;
    issuedBy ||= ISSUED_BY.has(view.tokens[a - 1]!.lower);
    owner = before;
  }
  if (owner === found) return found;
  // "a source familiar with the inquiry said": the source.
  const [a, b] = owner;
  const trimmed: Range = b > a && isPostpositive(view, b) ? [a, b - 1] : owner;
  // "A readout of the call between Zelensky and Macron said": the document
  // speaks, and the names are what it is about; "a paper from the Brookings
  // Institution" is the body's.
  const document = !issuedBy && DOCUMENT_NOUNS.has(view.tokens[headIndex(view, trimmed)]!.lower);
  return isSomeone(view, trimmed) || document ? trimmed : found;
}


// "between Zelensky and Macron": the names joined to the one found, which
// the phrase reader reads alone.
function namesJoined(view: TokenView, [a, b]: Range, lower: number): Range | null {
  if (view.tokens[a - 1]?.lower !== 'and' || a - 2 < lower || !endsInName(view, [a, b])) return null;
  const first = chunkLeft(view, a - 2, lower);
  return first && endsInName(view, first) ? [first[0], b] : null;
}

/**
 * True for a name that a thing is addressed to or aimed at: "A letter to
 * Ann Lee said", "The lawsuit against Lee says". Lee is no subject there,
 * and the letter's writer is not named. ("a paper from the Brookings
 * Institution" is the body's, and "an aide to Lee" is the aide.)
 */
export function isAddressee(view: TokenView, [a]: Range, lower: number): boolean {
  if (!TARGET_PREPOSITIONS.has(view.tokens[a - 1]?.lower ?? '') || a - 2 < lower) return false;
  const before = chunkLeft(view, a - 2, lower);
  return !!before && view.tokens[before[1]]!.pos === 'NOUN' && !isSomeone(view, before);
}

/** Prepositions that aim a thing at someone: "a letter to", "a lawsuit against". */
export const TARGET_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'against', 'toward', 'towards', 'at', 'about', 'for', 'on', 'over']);

// "The audience gathered in the East Room followed": past a participle
// that the modifier hangs on, to the phrase before it. Returns where that
// phrase ends, or `k` when no such participle stands there.
function pastParticiple(view: TokenView, k: number, lower: number): number {
  const t = view.tokens[k]!;
  const noun = view.tokens[k - 1];
  if (t.pos !== 'VERB' || k - 1 < lower) return k;
  // "Residents living near the plant": a name-like plural before an -ing
  // form too; before "-ed" a name is the verb's subject ("the lawsuit Lynch announced").
  if (t.lower.endsWith('ing')) return noun!.pos === 'NOUN' || noun!.pos === 'PROPN' ? k - 1 : k;
  return t.lower.endsWith('ed') && noun!.pos === 'NOUN' ? k - 1 : k;
}

function isSomeone(view: TokenView, range: Range): boolean {
  if (endsInName(view, range)) return !isQuantity(view.tokens[range[1]]!);
  // "Two members of Congress": the head before "of" says who, not the body after it.
  const head = headIndex(view, range);
  return isSomeoneWord(view.tokens[range[1]]!) || (head !== range[1] && isSomeoneWord(view.tokens[head]!));
}

function isQuantity(t: Token): boolean {
  return t.pos === 'NUM' || QUANTIFIERS.has(t.lower);
}

function isSomeoneWord(head: Token): boolean {
  if (isQuantity(head)) return false;
  if (head.pos === 'PRON') return true;
  // The tagger reads some of these as adjectives ("One operative inside …").
  const word = head.lower;
  // "Senator from Texas says" (a headline's missing article): a title alone is someone.
  if (PERSON_NOUNS.has(word) || PERSON_TITLES.has(word.replace(/\.$/, ''))) return true;
  // "The ministry in Moscow said", "the embassy in Washington called …": a body speaks too.
  if (SPEAKING_BODIES.has(word)) return true;
  return head.pos === 'NOUN' && (PLURAL_NOUN.test(word) || UNMARKED_PLURALS.has(word) || isPersonWord(word));
}

// A word for someone by what they do ("spokeswoman", "attorneys"), not any plural ("Programs for autistic adults").
function isRoleWord(word: string): boolean {
  return namesPeople(word) || SPEAKING_BODIES.has(word);
}

// Bodies that speak, as common nouns: not "house" or "school", places as often.
const SPEAKING_BODIES = new Set([
  'ministry', 'embassy', 'consulate', 'agency', 'department', 'government', 'command', 'military', 'army',
  'council', 'committee', 'commission', 'office', 'police', 'campaign', 'party', 'parliament', 'administration',
  // "A Ukrainian brigade operating in the area said": military units speak through their press services.
  'brigade', 'battalion', 'regiment', 'corps', 'unit', 'navy',
]);

// "The Council on Arab Relations Executive Director Nihad Awad": a title after
// other capitalised words, then a name; the phrase is the person, introduced
// with the body they lead.
function titlesMember(view: TokenView, [a, b]: Range): boolean {
  for (let k = a + 1; k < b; k++) {
    const t = view.tokens[k]!;
    if (isCapitalised(t) && PERSON_TITLES.has(t.lower.replace(/\.$/, '')) && isCapitalised(view.tokens[k - 1]!)) return true;
  }
  return false;
}

// "Stacy Baker of Columbia, South Carolina", "a woman in Worcester,
// Massachusetts": a name after a comma that follows a person's "of <town>",
// or a country or state after a town that follows a preposition, belongs to
// the town's phrase. Returns the phrase of the town, or null when `chunk` is
// no such state. (A name that is no known place is left be: "In Brooklyn,
// Clinton said" has the same shape.)
function townOf(view: TokenView, [a, b]: Range, lower: number): Range | null {
  if (view.tokens[a - 1]?.text !== ',' || a - 2 < lower || !endsInName(view, [a, b])) return null;
  const town = chunkLeft(view, a - 2, lower);
  if (!town) return null;
  return namesHometown(view, town) || (followsPreposition(view, town[0]) && endsInName(view, town) && isPlace(view, [a, b])) ? town : null;
}

// "exit polls in New Hampshire and Iowa": a known place after "and" is
// one more of the places the preposition governs. Returns the first of
// them, or null when no preposition governs it. (Not a person: "Voters in Ohio and Ann Lee said" is both.)
function placesJoined(view: TokenView, [a, b]: Range, lower: number): Range | null {
  const joiner = view.tokens[a - 1]?.lower;
  if ((joiner !== 'and' && joiner !== 'or') || a - 2 < lower || !isPlace(view, [a, b])) return null;
  let first = chunkLeft(view, a - 2, lower);
  // "in Alabama, Georgia and Virginia": back through a list of places.
  while (first && view.tokens[first[0] - 1]?.text === ',' && isPlace(view, first)) {
    const earlier = first[0] - 2 >= lower ? chunkLeft(view, first[0] - 2, lower) : null;
    if (!earlier || !isPlace(view, earlier)) break;
    first = earlier;
  }
  return first && followsPreposition(view, first[0]) ? first : null;
}

/** True for the state of "in Aurora, Colorado": never the subject of what follows it. */
export function isStateOfTown(view: TokenView, range: Range, lower: number): boolean {
  return townOf(view, range, lower) !== null && isPlace(view, range);
}

/** True when the phrase is a country, territory or US state by name. */
export function isPlace(view: TokenView, range: Range): boolean {
  return isPlaceName(textOf(view, range));
}

function textOf(view: TokenView, [a, b]: Range): string {
  return view.tokens.slice(a, b + 1).map((t) => t.text).join(' ');
}

// "Stacy Baker of Columbia", "J. Bradford DeLong of the University of
// California": a person's name (two capitalised words or more) joined by
// "of" to a capitalised name; not "the Star of David" or "Bank of America".
function namesHometown(view: TokenView, [a, b]: Range): boolean {
  if (!endsInName(view, [a, b])) return false;
  let k = a;
  while (k <= b && view.tokens[k]!.lower !== 'of') k++;
  let names = 0;
  for (let j = a; j < k; j++) if (isCapitalised(view.tokens[j]!) && view.tokens[j]!.pos !== 'DET') names++;
  return k < b && names >= 2;
}
