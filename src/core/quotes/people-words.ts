/**
 * Which common nouns name people. A speaker is someone: "the official", "the
 * voters", "critics"; never "the decisions" or "their best arguments", which
 * a "they" in the same sentence may follow but can never mean.
 */
import { GENDERED_NOUNS, ORGANISATION_WORDS, PERSON_TITLES } from './cues.ts';

/** A lower-case plural ending ("voters"), not "-ss", "-is" or "-us". */
export const PLURAL_NOUN = /[^siu]s$/;

/** A title or a word for a person: "the chairman", "the woman" and "Tom Lee Jr." (read without the full stop) are someone. */
export function isPersonWord(word: string): boolean {
  return PERSON_TITLES.has(word) || GENDERED_NOUNS.has(word);
}

/** Singular nouns that news uses for a speaker it does not name. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'source', 'person', 'operative', 'insider', 'resident', 'member', 'voter', 'supporter', 'critic', 'expert', 'worker',
]);

/**
 * True when a lower-case noun, singular or plural, names a person, people or
 * a body of them: "officials", "Democrats", "candidates", "hacker", "the
 * committee", "police". Errs towards no: a "they" that finds no such group
 * has no speaker, which is better than one given to "the decisions" before it.
 */
export function namesPeople(noun: string): boolean {
  const one = PLURAL_NOUN.test(noun) ? singular(noun) : noun;
  if (PEOPLE.has(noun) || PEOPLE.has(one)) return true;
  return isPersonWord(one) || PERSON_NOUNS.has(one) || ORGANISATION_WORDS.has(one) || AGENT_ENDING.test(one);
}

// "-ies" is "-y" (allies, authorities), "-es" after a hissing sound is
// dropped whole (witnesses), else the "-s" is.
function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

// Endings of words for who does something: voter, prosecutor, activist,
// analyst, Democrat, engineer, Republican, historian. Some things end so
// too ("papers", "factors"); a list of every such word would not stay complete.
const AGENT_ENDING = /(?:er|or|ist|yst|crat|eer|ian|can)$/;

// People and groups of people whose words end otherwise, singular and plural.
const PEOPLE = new Set([
  'people', 'police', 'staff', 'men', 'women', 'children', 'kids', 'folks', 'feds', 'others', 'crowd',
  'candidate', 'delegate', 'advocate', 'graduate', 'associate', 'affiliate', 'surrogate', 'moderate',
  'representative', 'conservative', 'executive', 'relative', 'detective', 'progressive',
  'opponent', 'proponent', 'student', 'parent', 'agent', 'participant', 'constituent',
  'respondent', 'immigrant', 'applicant', 'incumbent', 'client', 'patient', 'migrant',
  'employee', 'nominee', 'refugee', 'trustee', 'attendee', 'appointee', 'retiree',
  'ally', 'friend', 'foe', 'fan', 'witness', 'partisan', 'veteran', 'skeptic', 'cynic', 'colleague',
  'victim', 'citizen', 'guest', 'family', 'pundit', 'elite', 'hawk', 'dove', 'liberal', 'scholar', 'diplomat',
]);
