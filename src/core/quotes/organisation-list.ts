/**
 * Organisations whose name lists fields with "and": "the Organization for
 * Economic Cooperation and Development", "the National Academies of
 * Sciences, Engineering and Medicine". Read as two subjects joined by "and",
 * the last field ("Development", "Medicine") would speak for the body.
 */
import { isDictionaryWord } from '../nlp.ts';
import type { Token } from '../types.ts';
import { ORGANISATION_WORDS } from './cues.ts';

/**
 * The index of the body word ("Organization", "Academies") when the "and"
 * at `and` joins the fields of such a name that ends at `end`; -1 otherwise.
 * Each field is a capitalised dictionary word, so two people ("Ann Lee and
 * Tom Hale") or a title and its holder ("Secretary of State John Kerry and
 * …") never make one: a title is no organisation word, and a name after it
 * is no field.
 */
export function organisationListStart(tokens: readonly Token[], and: number, end: number): number {
  if (tokens[and]?.lower !== 'and' || end - and < 1 || end - and > MOST_FIELD_WORDS) return -1;
  for (let k = and + 1; k <= end; k++) if (!isFieldWord(tokens[k])) return -1;
  let k = and - 1;
  let fieldWords = 0;
  while (k >= 0 && and - k <= MOST_LISTED_WORDS) {
    const t = tokens[k]!;
    if (isFieldWord(t)) fieldWords++;
    else if (t.text !== ',' || !isFieldWord(tokens[k - 1])) break;
    k--;
  }
  if (fieldWords === 0 || !BODY_LINKS.has(tokens[k]?.lower ?? '')) return -1;
  const body = tokens[k - 1];
  // Its plural may be no dictionary word ("Academies").
  return body && FIELD_WORD.test(body.text) && isOrganisationWord(body.lower) ? k - 1 : -1;
}

// "Human Services", "Urban Development": a field is one or two words.
const MOST_FIELD_WORDS = 2;
// "of Alcohol, Tobacco, Firearms and Explosives": the fields before "and", commas counted.
const MOST_LISTED_WORDS = 8;
const BODY_LINKS = new Set(['of', 'for']);

function isFieldWord(t: Token | undefined): boolean {
  return !!t && FIELD_WORD.test(t.text) && isDictionaryWord(t.lower);
}

const FIELD_WORD = /^\p{Lu}\p{Ll}+$/u;

// "Academies", "Centers": the body may be plural.
function isOrganisationWord(word: string): boolean {
  if (ORGANISATION_WORDS.has(word) || BODY_WORDS.has(word)) return true;
  const one = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : '';
  return ORGANISATION_WORDS.has(one) || BODY_WORDS.has(one);
}

// Bodies that name their fields, beyond the organisation words of cues.ts.
const BODY_WORDS = new Set(['academy', 'institution', 'college', 'conference', 'council', 'program', 'programme']);

/** The index of the body word when the phrase `tokens` ends in such a name ("the Organization for … and Development"); -1 otherwise. */
export function organisationListBody(tokens: readonly Token[]): number {
  const end = tokens.length - 1;
  for (let and = end - 1; and >= end - MOST_FIELD_WORDS; and--) {
    if (tokens[and]?.lower === 'and') return organisationListStart(tokens, and, end);
  }
  return -1;
}

/** The index of the last word of such a name whose body word is at `body` ("said the Centers for Disease Control and Prevention"); -1 when none starts there. */
export function organisationListEnd(tokens: readonly Token[], body: number): number {
  // Checked first: chunkRight asks at every "of" and "for".
  const word = tokens[body];
  if (!word || !FIELD_WORD.test(word.text) || !isOrganisationWord(word.lower) || !BODY_LINKS.has(tokens[body + 1]?.lower ?? '')) return -1;
  for (let and = body + 3; and <= body + 2 + MOST_LISTED_WORDS; and++) {
    if (tokens[and]?.lower !== 'and') continue;
    // The longer field first: "and Human Services".
    for (let end = and + MOST_FIELD_WORDS; end > and; end--) if (organisationListStart(tokens, and, end) === body) return end;
    return -1;
  }
  return -1;
}
