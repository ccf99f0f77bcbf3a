/**
 * Finds the noun phrase that is the subject of a reporting verb: the name,
 * pronoun or description written before it ("Rep. Jim Clyburn (D-S.C.), the
 * assistant leader, said") or after it when the verb comes first ("said
 * Kenneth Baer, a former official").
 */
import type { Token } from '../types.ts';
import { ORGANISATION_WORDS, PERSON_TITLES, SUBJECT_PRONOUNS, TIME_WORDS, VERB_FILLERS } from './cues.ts';
import { isAbbreviation, type TokenView } from './token-view.ts';

/** Inclusive token range of a phrase. */
export type Range = [number, number];

const NOMINAL = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its']);
const LONGEST_PHRASE = 12;
// "A representative from Kyiv", "a spokesman for the campaign": the phrase is the representative's.
const POST_MODIFIERS = new Set(['from', 'for', 'at', 'with']);

/** True for a capitalised word ("Gerasimov", "U.S."). */
export function isCapitalised(t: Token): boolean {
  // Cheaper than a Unicode regex, and this runs for nearly every token.
  const c = t.text.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** The subject written before the verb at `v`, looking no further left than `lower`. */
export function subjectBefore(view: TokenView, v: number, lower: number): Range | null {
  let j = skipFillers(view, v - 1, lower, -1);
  if (j < lower) return null;
  const t = view.tokens[j]!;
  if (t.lower === 'who') j = view.tokens[j - 1]?.text === ',' ? j - 2 : j - 1;
  if (view.tokens[j]?.text === ')') j = skipParenthesis(view, j, lower);
  if (j < lower) return null;
  // "John Dickey, the chief executive of Ora -- the firm that owns it -- told me": the dashes hold an aside.
  const dash = DASHES.has(view.tokens[j]!.text) ? openingDash(view, j, lower) : -1;
  if (dash > lower) return dashedSubject(view, dash, j, lower);
  if (view.tokens[j]!.text === ',') return subjectBeforeAppositive(view, j, lower);
  return chunkLeft(view, j, lower);
}

/** The phrase starting at `i` when the verb comes before its subject ("said the president"). */
export function chunkRight(view: TokenView, i: number, upper: number): Range | null {
  const first = view.tokens[i];
  if (!first || i > upper || view.roles[i] !== 'text') return null;
  if (SUBJECT_PRONOUNS.has(first.lower)) return [i, i];
  let k = i;
  // "his nephew Sami Amer added": a possessive determiner opens the phrase like "the".
  if (first.pos === 'DET' || POSSESSIVE_DETERMINERS.has(first.lower)) k++;
  let last = -1;
  for (; k <= upper && k - i < LONGEST_PHRASE; k++) {
    const t = view.tokens[k]!;
    if (view.roles[k] !== 'text') break;
    if (isNominalWord(t) && !TIME_WORDS.has(t.lower)) last = k;
    else if (!joinsPhrase(view, k)) break;
  }
  // "his nephew Sami Amer" names someone; "its analysis" or "his boss" is not a speaker the text names.
  if (POSSESSIVE_DETERMINERS.has(first.lower) && !(last > i && isCapitalised(view.tokens[last]!))) return null;
  return last >= i && hasHead(view, i, last) ? [i, last] : null;
}

/** The phrase ending at `j`, extended left over titles, possessives and "of" phrases. */
export function chunkLeft(view: TokenView, j: number, lower: number): Range | null {
  const end = view.tokens[j];
  if (!end || view.roles[j] !== 'text') return null;
  if (SUBJECT_PRONOUNS.has(end.lower) && end.pos === 'PRON') return [j, j];
  if (!isNominalWord(end) || TIME_WORDS.has(end.lower)) return null;
  let a = j;
  for (let k = j - 1; k >= lower && j - k < LONGEST_PHRASE; k--) {
    const t = view.tokens[k]!;
    if (view.roles[k] !== 'text') break;
    if (t.pos === 'DET') {
      a = k;
      // "The General Staff of the Ukrainian Armed Forces": keep going over "of".
      if (view.tokens[k - 1]?.lower === 'of' && k - 2 >= lower && isNominalWord(view.tokens[k - 2]!)) {
        k--;
        continue;
      }
      break;
    }
    if (isNominalWord(t) || joinsPhrase(view, k)) a = k;
    else if (POST_MODIFIERS.has(t.lower) && isCommonNoun(view.tokens[k - 1])) a = k;
    else break;
  }
  while (a < j && !isNominalWord(view.tokens[a]!) && view.tokens[a]!.pos !== 'DET') a++;
  return hasHead(view, a, j) ? [a, j] : null;
}

/** Index of the first token at or beyond `j` (stepping by `dir`) that is not an adverb or auxiliary. */
export function skipFillers(view: TokenView, j: number, bound: number, dir: 1 | -1): number {
  while (dir < 0 ? j >= bound : j <= bound) {
    const t = view.tokens[j]!;
    const filler = VERB_FILLERS.has(t.lower) || t.pos === 'ADV' || t.lower === 'not' || t.lower === "n't";
    if (!filler || view.roles[j] !== 'text') break;
    j += dir;
  }
  return j;
}

// "X, a former official who runs a firm, said": the subject is X, or the
// name inside the commas when X is only a description ("The spokesman, John
// Smith, said"). With several commas ("Johnnie Wilson, of Springfield, Va.,
// said") the phrase that opens the clause wins over a place in between.
function subjectBeforeAppositive(view: TokenView, comma: number, lower: number): Range | null {
  let fallback: Range | null = null;
  let right = comma;
  for (let groups = 0; groups < 3; groups++) {
    const k = previousComma(view, right, lower);
    if (k < 0) break;
    const before = chunkBeforeComma(view, k, lower);
    const inside = chunkRight(view, k + 1, right - 1);
    if (before && (endsInName(view, before) || before[0] === before[1]) && opensClause(view, before, lower)) return before;
    fallback ??= before && endsInName(view, before) ? before : inside && endsInName(view, inside) ? inside : before;
    right = k;
  }
  return fallback;
}

function previousComma(view: TokenView, from: number, lower: number): number {
  let k = from - 1;
  while (k >= lower && from - k < 30 && view.tokens[k]!.text !== ',' && view.roles[k] === 'text') k--;
  return k >= lower && view.tokens[k]!.text === ',' ? k : -1;
}

function chunkBeforeComma(view: TokenView, k: number, lower: number): Range | null {
  let j = k - 1;
  if (view.tokens[j]?.text === ')') j = skipParenthesis(view, j, lower);
  return j >= lower ? chunkLeft(view, j, lower) : null;
}

function opensClause(view: TokenView, [a]: Range, lower: number): boolean {
  const prev = view.tokens[a - 1];
  return a === lower || !prev || ['and', 'but', ',', ':', ';'].includes(prev.lower);
}

// "Valery Gerasimov" ends in a name; "Russia's military Chief of Staff" ends in a title.
function endsInName(view: TokenView, [, b]: Range): boolean {
  const t = view.tokens[b]!;
  const word = t.lower.replace(/\.$/, '');
  return isCapitalised(t) && isNominalWord(t) && !PERSON_TITLES.has(word) && !ORGANISATION_WORDS.has(word);
}

const DASHES = new Set(['--', '—', '–']);

// Before the dashes a name, or a description whose name the dashes give ("A former candidate -- John Lee, who lost -- said").
function dashedSubject(view: TokenView, open: number, close: number, lower: number): Range | null {
  const before = subjectBeforeAppositive(view, open, lower) ?? chunkLeft(view, open - 1, lower);
  if (before && endsInName(view, before)) return before;
  const inside = chunkRight(view, open + 1, close - 1);
  return inside && endsInName(view, inside) ? inside : before;
}

function openingDash(view: TokenView, close: number, lower: number): number {
  for (let k = close - 1; k >= lower && close - k < 40; k--) if (DASHES.has(view.tokens[k]!.text)) return k;
  return -1;
}

function skipParenthesis(view: TokenView, close: number, lower: number): number {
  let k = close;
  while (k >= lower && view.tokens[k]!.text !== '(') k--;
  return k < lower ? close : k - 1;
}

function isCommonNoun(t: Token | undefined): boolean {
  return !!t && t.pos === 'NOUN' && !isCapitalised(t);
}

// The tagger often reads a capitalised name as a verb ("Josh/VERB Earnest",
// "Lynch/VERB said"), so a capitalised word counts as a noun unless its tag is
// a closed class.
const CLOSED_CLASSES = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'PUNCT', 'PART', 'ADV', 'AUX', 'SYM']);

/** True for a word that can be part of a noun phrase. */
export function isNominalWord(t: Token): boolean {
  return NOMINAL.has(t.pos) || (isCapitalised(t) && /\p{L}/u.test(t.text) && !CLOSED_CLASSES.has(t.pos));
}

// Tokens that join two parts of one name or title: "Chief of Staff", "Russia's",
// "D-S.C.", "U.S.".
function joinsPhrase(view: TokenView, k: number): boolean {
  const t = view.tokens[k]!;
  const prev = view.tokens[k - 1];
  const next = view.tokens[k + 1];
  if (!prev || !next) return false;
  if (POSSESSIVE.has(t.text)) return isNominalWord(prev);
  if (t.lower === 'of') return isNominalWord(prev) && isNominalWord(next);
  if (t.lower === '&' || t.text === '-') return isCapitalised(prev) && isCapitalised(next);
  return t.text === '.' && prev.end === t.start && isAbbreviation(prev.text);
}

function hasHead(view: TokenView, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    const t = view.tokens[k]!;
    if (['PROPN', 'NOUN', 'PRON'].includes(t.pos) || (isCapitalised(t) && isNominalWord(t))) return true;
  }
  return false;
}
