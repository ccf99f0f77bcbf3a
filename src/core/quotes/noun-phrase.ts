/**
 * Finds noun phrases around a reporting verb: the phrase ending at a word
 * ("Rep. Jim Clyburn") or starting at one when the verb comes first ("said
 * Kenneth Baer, a former official"). subject-before.ts picks which phrase
 * before a verb is its subject.
 */
import type { Token } from '../types.ts';
import { MONTHS, ORGANISATION_WORDS, PERSON_TITLES, REPORTING_VERBS, SUBJECT_PRONOUNS, TIME_LEADS, TIME_NOUNS, TIME_WORDS, VERB_FILLERS } from './cues.ts';
import { organisationListEnd, organisationListStart } from './organisation-list.ts';
import { isAbbreviation, isCapitalised, isGlued, isTerminal, type TokenView } from './token-view.ts';

/** Inclusive token range of a phrase. */
export type Range = [number, number];

const NOMINAL = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/** True for a possessive mark token: "'s", "’s", or the bare apostrophe of "the Khans'". */
export function isPossessive(text: string): boolean {
  return POSSESSIVE.has(text);
}

export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

/**
 * The word before a phrase, past a possessive determiner: chunkLeft leaves
 * "his" out of "his meeting with Sanders" (it is someone else's pronoun), but
 * what opens the clause ("that his meeting …") stands before it.
 */
export function wordBeforePhrase(view: TokenView, [a]: Range): number {
  const prev = view.tokens[a - 1];
  return prev && POSSESSIVE_DETERMINERS.has(prev.lower) ? a - 2 : a - 1;
}
/** The index of the phrase's head word: the word before its first "of" ("One of the supporters", "the tone of the interview"), else its last. */
export function headIndex(view: TokenView, [a, b]: Range): number {
  let end = a;
  while (end < b && view.tokens[end + 1]!.lower !== 'of') end++;
  return end;
}

/** The index of the "whose" that opens the phrase ("whose cyber-mischief"), in it or just before it; -1 when none does. */
export function whoseOf(view: TokenView, [a]: Range): number {
  if (view.tokens[a]!.lower === 'whose') return a;
  return view.tokens[a - 1]?.lower === 'whose' ? a - 1 : -1;
}

/**
 * The name a ", which" clause holding token `i` hangs on ("a company called
 * Acme Data, which builds what it calls …": Acme Data), or null. Only within
 * the clause: a comma or a stop between them ends it.
 */
export function whichAntecedent(view: TokenView, i: number): Range | null {
  for (let k = i - 1; k >= 1; k--) {
    const t = view.tokens[k]!;
    if (t.lower === 'which' && view.tokens[k - 1]!.text === ',') {
      const phrase = k >= 2 ? chunkLeft(view, k - 2, 0) : null;
      return phrase && endsInName(view, phrase) ? phrase : null;
    }
    if (view.roles[k] !== 'text' || /^[,;:.!?]$/.test(t.text) || isTerminal(view, k)) return null;
  }
  return null;
}

/**
 * The token after the affiliation that follows the name `subject` ("Ann
 * Lee of the Center for Arms Control wrote", "Darran Whiting of Liberty
 * Baptist Church in Marion said"): the capitalised name of where a named
 * person works, and the town it is in. The token after the subject when
 * there is none; `b` bounds the search.
 */
export function afterAffiliation(view: TokenView, subject: Range, b: number): number {
  const after = subject[1] + 1;
  const next = view.tokens[after]?.lower;
  // Checked first: this runs for every mention, and most are followed by neither.
  if ((next !== 'of' && next !== 'in') || !endsInName(view, subject)) return after;
  let k = after;
  if (view.tokens[k]?.lower === 'of') {
    k++;
    if (view.tokens[k]?.lower === 'the') k++;
    if (k > b || !isCapitalised(view.tokens[k]!)) return after;
    while (k <= b && (isCapitalised(view.tokens[k]!) || NAME_LINKS.has(view.tokens[k]!.lower))) k++;
  }
  // The town comes only after a place of work, in the phrase or after it.
  if (view.tokens[k]?.lower === 'in' && k + 1 <= b && isCapitalised(view.tokens[k + 1]!) && (k > after || holdsOf(view, subject))) {
    k++;
    while (k <= b && isCapitalised(view.tokens[k]!)) k++;
  }
  return k;
}

const NAME_LINKS = new Set(['of', 'for', 'and', '&', 'the', 'on']);

/**
 * "David Woodard of Clemson University", read as one phrase: the name
 * before the affiliation that ends it (see afterAffiliation()), or null
 * when the phrase is no name with an affiliation.
 */
export function nameBeforeAffiliation(view: TokenView, [a, b]: Range): Range | null {
  for (let k = a + 1; k < b; k++) {
    if (view.tokens[k]!.lower !== 'of') continue;
    const name: Range = [a, k - 1];
    return endsInName(view, name) && afterAffiliation(view, name, b) === b + 1 ? name : null;
  }
  return null;
}

function holdsOf(view: TokenView, [a, b]: Range): boolean {
  for (let k = a + 1; k < b; k++) if (view.tokens[k]!.lower === 'of') return true;
  return false;
}

const LONGEST_PHRASE = 12;
// "A representative from Kyiv", "a spokesman for the campaign": the phrase is the representative's.
export const POST_MODIFIERS: ReadonlySet<string> = new Set(['from', 'for', 'at', 'with']);

/**
 * True when the word at `k` links the parts of one organisation's name:
 * "Institute for the Study of War", "Council on Foreign Relations",
 * "Committee to Protect Journalists". The word before is a capitalised
 * organisation word and the name goes on in capitals after it (past "the");
 * not "sent the Army to Kursk": after "to" only a verb goes on.
 */
export function linksOrganisationName(tokens: readonly Token[], k: number): boolean {
  const link = tokens[k]?.lower ?? '';
  const body = tokens[k - 1];
  if (!(ORGANISATION_LINKS.has(link) || link === 'of') || !body || !isCapitalised(body) || !ORGANISATION_WORDS.has(body.lower)) return false;
  if (link === 'of') return ofNamesOneBody(tokens, k);
  const next = tokens[k + 1]?.lower === 'the' && link !== 'to' ? tokens[k + 2] : tokens[k + 1];
  if (!next || !isCapitalised(next)) return false;
  return link === 'to' ? next.pos === 'VERB' : true;
}

const ORGANISATION_LINKS = new Set(['for', 'on', 'against', 'to']);

// "the Center for Countering Disinformation", "the Committee to Protect
// Journalists": the tagger's verb right after the name's link is a word of
// the name.
function isVerbInName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.pos === 'VERB' && isCapitalised(t) && linksOrganisationName(tokens, k - 1);
}

// "the International Committee of the Red Cross", "the Ministry of the
// Interior": one name, when the words in capitals after "of the" name no
// body of their own ("the General Staff of the Ukrainian Armed Forces" is
// the General Staff, which the forces have) nor a person ("the Office of
// the President", whose holder the rest of the article may name).
function ofNamesOneBody(tokens: readonly Token[], of: number): boolean {
  if (tokens[of + 1]?.lower !== 'the') return false;
  let last = of + 1;
  while (tokens[last + 1] && isCapitalised(tokens[last + 1]!)) {
    last++;
    if (PERSON_TITLES.has(tokens[last]!.lower)) return false;
  }
  return last > of + 1 && !ORGANISATION_WORDS.has(tokens[last]!.lower);
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
    if (view.roles[k] !== 'text' || isVerbAfterName(view, k)) break;
    // "the chief of the agency", "the military said": the tagger may read a role or a body as an adjective.
    if ((isNominalWord(t) || isRole(t) || isBodyWord(t)) && !TIME_WORDS.has(t.lower)) last = k;
    else if (titleOfTheBody(view, k, upper)) k++;
    else if (t.lower === 'of' || t.lower === 'for') {
      // "said the Centers for Disease Control and Prevention": one subject, not two.
      const listEnd = organisationListEnd(view.tokens, k - 1);
      if (listEnd >= 0 && listEnd <= upper) last = k = listEnd;
      else if (linksOrganisationName(view.tokens, k)) k += view.tokens[k + 1]?.lower === 'the' ? 1 : 0;
      else if (rolesBody(view, k, upper)) k += view.tokens[k + 1]!.pos === 'DET' ? 1 : 0;
      else if (!joinsPhrase(view, k)) break;
    } else if (rolesBody(view, k, upper)) k += view.tokens[k + 1]!.pos === 'DET' ? 1 : 0;
    else if (linksOrganisationName(view.tokens, k)) {
      // "said the Council on Foreign Relations": "on" inside the name.
      if (view.tokens[k + 1]?.lower === 'the') k++;
    } else if (isVerbInName(view.tokens, k)) continue;
    else if (!joinsPhrase(view, k)) break;
    // "the clean-up", "a stand-off": the word after a glued hyphen ends the compound, whatever its tag.
    else if (endsCompound(view, k)) last = k;
  }
  // "his nephew Sami Amer" names someone; "its analysis" or "his boss" is not a speaker the text names.
  if (POSSESSIVE_DETERMINERS.has(first.lower) && !(last > i && isCapitalised(view.tokens[last]!))) return null;
  // "a source close to the campaign": an adjective after the noun takes the
  // phrase that follows; the speaker is the source, not a "source close".
  if (last > i && isPostpositive(view, last)) last--;
  return last >= i && hasHead(view, i, last) ? [i, last] : null;
}

// "Col. Viktor Kovalenko commands a battalion": the tagger reads the verb
// as a plural noun that ends the name's phrase. A lower-case "-s" word
// between a name and a determiner is the verb; no phrase runs "Kovalenko
// commands a".
export function isVerbAfterName(view: TokenView, k: number): boolean {
  const t = view.tokens[k]!;
  const prev = view.tokens[k - 1];
  const next = view.tokens[k + 1];
  if (t.pos !== 'NOUN' || !THIRD_PERSON_S.test(t.text) || !prev || prev.pos !== 'PROPN' || !isCapitalised(prev) || !next) return false;
  return next.pos === 'DET' || POSSESSIVE_DETERMINERS.has(next.lower);
}

// A lower-case word ending in "-s", not "-ss", "-is" or "-us".
const THIRD_PERSON_S = /^\p{Ll}+[^siu]s$/u;

/**
 * The phrase starting at `i` with a possessive determiner before it ("his
 * office", "her spokeswoman"), which chunkRight() does not read as a
 * subject the text names; null when `i` holds no such determiner. After a
 * quote or a comma ("“…,” his office said") it is the speaker, described,
 * as "His spokesman said" is before one (chunkLeft() leaves "His" out).
 */
export function ownedPhraseRight(view: TokenView, i: number, upper: number): Range | null {
  if (!POSSESSIVE_DETERMINERS.has(view.tokens[i]?.lower ?? '') || view.roles[i] !== 'text') return null;
  const phrase = chunkRight(view, i + 1, upper);
  return phrase ? [i, phrase[1]] : null;
}

// "…, a spokesman for the ministry said", "said a spokeswoman for Ann Lee":
// after a role, "for", "at" … go on with the body or person the role
// serves, as chunkLeft() reads the phrase before a quote.
/**
 * The link in a phrase chunkRight() carried past a role ("for" in "a
 * spokesman for Ann Lee"), or -1: the name after it is someone of its own,
 * whom the article still learns.
 */
export function roleLinkIn(view: TokenView, [a, b]: Range): number {
  for (let k = a + 1; k < b; k++) if (rolesBody(view, k, b)) return k;
  return -1;
}

function rolesBody(view: TokenView, k: number, upper: number): boolean {
  const role = view.tokens[k - 1];
  const next = view.tokens[k + 1];
  if (!POST_MODIFIERS.has(view.tokens[k]!.lower) || k + 1 > upper || !next || !isCommonNoun(role) || !isRole(role!)) return false;
  return next.pos === 'DET' ? k + 2 <= upper : isCapitalised(next) && isNominalWord(next);
}

// "said Speaker of the House Rep. Tom Hale": "of the" after a capitalised
// title, before a capitalised body, stays inside the phrase (mention.ts
// finds the name at its end).
function titleOfTheBody(view: TokenView, k: number, upper: number): boolean {
  const title = view.tokens[k - 1];
  const body = view.tokens[k + 2];
  return view.tokens[k]!.lower === 'of' && view.tokens[k + 1]?.lower === 'the' && k + 2 <= upper && !!title && !!body &&
    isCapitalised(title) && PERSON_TITLES.has(title.lower.replace(/\.$/, '')) && isCapitalised(body);
}

/** True for an adjective after its noun that takes the phrase after it: "a source close to the campaign". */
export function isPostpositive(view: TokenView, k: number): boolean {
  const t = view.tokens[k]!;
  const noun = view.tokens[k - 1];
  return t.pos === 'ADJ' && !isCapitalised(t) && (noun?.pos === 'NOUN' || noun?.pos === 'PROPN') && view.tokens[k + 1]?.pos === 'ADP';
}

// "dismissed on Sunday Moscow's claim", "denied on April 26 Russia's claims":
// a time before a capitalised word, which starts a name of its own.
function isTimeBeforeName(view: TokenView, k: number): boolean {
  const before = view.tokens[k - 1]?.lower ?? '';
  if (!isCapitalised(view.tokens[k + 1]!)) return false;
  // "denied on April 26 Russia's claims": a date, the day after its month.
  if (/^\d{1,2}$/.test(view.tokens[k]!.text)) return MONTHS.has(before);
  return TIME_NOUNS.has(view.tokens[k]!.lower) && (TIME_LEADS.has(before) || TIME_NOUNS.has(before));
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
      // "The General Staff of the Ukrainian Armed Forces": keep going over
      // "of", and over "for", "at" … after a role ("A spokesman for the
      // agency", "attorneys for the department"): the phrase is the person's.
      // After other nouns the body is the better subject ("a paper from the
      // Brookings Institution").
      const link = view.tokens[k - 1]?.lower ?? '';
      const before = view.tokens[k - 2];
      const organisation = linksOrganisationName(view.tokens, k - 1);
      if (k - 2 >= lower && ((link === 'of' && isNominalWord(before!)) || (POST_MODIFIERS.has(link) && isCommonNoun(before) && isRole(before!)) || organisation)) {
        k--;
        continue;
      }
      break;
    }
    // "the third time AROS said": a name after a lower-case "time" opens a clause on it.
    if (WHEN_NOUNS.has(t.text) && isCapitalised(view.tokens[k + 1]!)) break;
    // "dismissed on Sunday Moscow's claim", "On Sunday morning Mr. Trump
    // made": a time ends the name after it ("The Sunday Times" keeps its day).
    if (isTimeBeforeName(view, k)) break;
    if (isNominalWord(t) || joinsPhrase(view, k)) a = k;
    else if (POST_MODIFIERS.has(t.lower) && (isCommonNoun(view.tokens[k - 1]) || isOpeningRole(view, k - 1))) a = k;
    else if (linksOrganisationName(view.tokens, k) || isVerbInName(view.tokens, k)) a = k;
    else if (t.lower === 'and') {
      // "the Organization for Economic Cooperation and Development" is one subject, not two.
      const body = organisationListStart(view.tokens, k, j);
      if (body < lower) break;
      a = k = body;
    } else break;
  }
  while (a < j && !isNominalWord(view.tokens[a]!) && view.tokens[a]!.pos !== 'DET') a++;
  return hasHead(view, a, j) ? [a, j] : null;
}

/** Nouns of a time, which "that" after them stands for ("the day that …"). */
export const WHEN_NOUNS: ReadonlySet<string> = new Set(['time', 'times', 'moment', 'day', 'night', 'week', 'month', 'year', 'minute', 'hour']);

/** Index of the first token at or beyond `j` (stepping by `dir`) that is not an adverb or auxiliary. */
export function skipFillers(view: TokenView, j: number, bound: number, dir: 1 | -1): number {
  while (dir < 0 ? j >= bound : j <= bound) {
    const t = view.tokens[j]!;
    // A negation is no filler: across it, "Cruz would not comment on the
    // order's “…”" would make Cruz the speaker of words he did not say.
    // "George Will said": a modal the tagger has read as a name (nlp.ts) is none.
    const filler = (VERB_FILLERS.has(t.lower) && t.pos !== 'PROPN') || (t.pos === 'ADV' && t.lower !== 'never') || isTimeFiller(view, j) || isIntensifier(view, j);
    if (!filler || view.roles[j] !== 'text') break;
    j += dir;
  }
  return j;
}

// "Mr. Rubio himself said", "the senator herself has argued": a reflexive
// right after a noun stresses it and stands between subject and verb.
export function isIntensifier(view: TokenView, j: number): boolean {
  const word = view.tokens[j];
  const prev = view.tokens[j - 1];
  return !!word && INTENSIFIERS.has(word.text) && !!prev && (prev.pos === 'PROPN' || prev.pos === 'NOUN');
}

const INTENSIFIERS = new Set(['himself', 'herself', 'themselves', 'itself']);

// "Gowdy earlier Thursday said", "Hale on Monday told": a time between a
// subject and its verb does not part them. In capitals it is a name ("USA
// TODAY reported").
export function isTimeFiller(view: TokenView, j: number): boolean {
  const t = view.tokens[j];
  if (!t) return false;
  if (TIME_NOUNS.has(t.lower)) return t.text !== t.text.toUpperCase();
  const next = view.tokens[j + 1];
  return TIME_LEADS.has(t.lower) && !!next && TIME_NOUNS.has(next.lower);
}


/** True when the phrase ends in a name ("Valery Gerasimov"), not a title ("Russia's military Chief of Staff"). */
export function endsInName(view: TokenView, [, b]: Range): boolean {
  const t = view.tokens[b]!;
  const word = t.lower.replace(/\.$/, '');
  return isCapitalised(t) && isNominalWord(t) && !PERSON_TITLES.has(word) && !ORGANISATION_WORDS.has(word);
}

function isCommonNoun(t: Token | undefined): boolean {
  return !!t && t.pos === 'NOUN' && !isCapitalised(t);
}

// "Officials from France, Germany and Britain said": a role opening the
// sentence, capitalised only for that, which the tagger may read as a name.
function isOpeningRole(view: TokenView, k: number): boolean {
  const t = view.tokens[k];
  return !!t && isRole(t) && view.sentences[view.sentenceOf[k]!]![0] === k;
}

// A word for a body that may speak ("military", "command"), whatever its tag.
function isBodyWord(t: Token): boolean {
  return ORGANISATION_WORDS.has(t.lower);
}

// A title or role, singular or plural: "spokesman", "attorneys".
function isRole(t: Token): boolean {
  return PERSON_TITLES.has(t.lower) || (t.lower.endsWith('s') && PERSON_TITLES.has(t.lower.slice(0, -1)));
}

// The tagger often reads a capitalised name as a verb ("Josh/VERB Earnest",
// "Lynch/VERB said"), so a capitalised word counts as a noun unless its tag is
// a closed class.
const CLOSED_CLASSES = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'PUNCT', 'PART', 'ADV', 'AUX', 'SYM']);

/** True for a word that can be part of a noun phrase. */
export function isNominalWord(t: Token): boolean {
  // "was like saying": the tagger sometimes reads the preposition as a noun.
  if (t.text === 'like') return false;
  // "the 47th Brigade": the tagger may read an ordinal in figures as a pronoun.
  if (NOMINAL.has(t.pos) || isOrdinalFigure(t.text)) return true;
  if (!isCapitalised(t) || CLOSED_CLASSES.has(t.pos)) return false;
  // The tagger calls many capitalised names verbs ("Hope Hicks"), but a
  // reporting verb it tags as one opens an inverted clause ("Stated Stone:").
  if (t.pos === 'VERB' && REPORTING_VERBS.has(t.lower)) return false;
  // "Quoting Gerasimov, Lee said", "Describing it as …": whatever the tag, a
  // sentence that opens on a verb of passing words on does not open on a name.
  if (PASSING_ON.has(t.lower) || (t.lower.endsWith('ing') && REPORTING_VERBS.has(t.lower))) return false;
  // A capitalised ASCII first character is a letter ("A"-"Z"); only other words need the regular expression.
  return t.text.charCodeAt(0) < 0x80 || /\p{L}/u.test(t.text);
}

// Not "reading": Reading is a town.
const PASSING_ON = new Set(['quoting', 'citing', 'paraphrasing', 'echoing', 'reciting', 'repeating']);

// Tokens that join two parts of one name or title: "Chief of Staff", "Russia's",
// "D-S.C.", "U.S.", "Texas-based".
// A digit first, so that the hot path (every word the tagger did not call a noun) seldom runs the expression.
function isOrdinalFigure(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 48 && first <= 57 && ORDINAL_FIGURE.test(text);
}

const ORDINAL_FIGURE = /^\d+(?:st|nd|rd|th)$/i;

function joinsPhrase(view: TokenView, k: number): boolean {
  const t = view.tokens[k]!;
  const prev = view.tokens[k - 1];
  const next = view.tokens[k + 1];
  if (!prev || !next) return false;
  if (isPossessive(t.text)) return isNominalWord(prev);
  if (t.lower === 'of') return isNominalWord(prev) && isNominalWord(next);
  // "Texas-based consultant", "GOP-leaning group": a glued hyphen makes one modifier of two words.
  if (t.text === '-' && isGlued(view, k)) return true;
  if (prev.text === '-' && isGlued(view, k - 1)) return /\p{L}/u.test(t.text);
  if (t.lower === '&' || t.text === '-') return isCapitalised(prev) && isCapitalised(next);
  return t.text === '.' && prev.end === t.start && isAbbreviation(prev.text);
}

// True for the word after a hyphen glued to the words either side ("up" in "clean-up").
function endsCompound(view: TokenView, k: number): boolean {
  return view.tokens[k - 1]?.text === '-' && isGlued(view, k - 1);
}

function hasHead(view: TokenView, a: number, b: number): boolean {
  if (b > a && endsCompound(view, b)) return true;
  for (let k = a; k <= b; k++) {
    const t = view.tokens[k]!;
    if (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'PRON' || (isCapitalised(t) && isNominalWord(t)) || isRole(t) || isBodyWord(t)) return true;
  }
  return false;
}
