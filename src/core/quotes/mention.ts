/**
 * Reads a subject phrase as a mention: a pronoun, a name (with its titles set
 * apart: "Gen. Valery Gerasimov" is the person "Valery Gerasimov" titled
 * "gen"), an organisation ("the General Staff statement" is "General Staff"),
 * or a description ("the president", "Ukrainian defense officials").
 */
import { isDictionaryWord } from '../nlp.ts';
import type { Token } from '../types.ts';
import { DOCUMENT_NOUNS, GENDER_HONORIFICS, GENDERED_NOUNS, MONTHS, NEUTRAL_MODIFIERS, ORGANISATION_WORDS, PERSON_TITLES, RELATION_NOUNS, SUBJECT_PRONOUNS, QUANTIFIERS, TITLE_ABBREVIATIONS, TITLE_OBJECTS } from './cues.ts';
import { givenNameGender } from './given-names.ts';
import { nameKey } from './name-key.ts';
import { chunkRight, isPossessive, linksOrganisationName, POST_MODIFIERS, type Range } from './noun-phrase.ts';
import { organisationListBody } from './organisation-list.ts';
import { namesPeople, pluralNamesPeople, sourceQualifierEnd, UNMARKED_PLURALS } from './people-words.ts';
import { isCapitalised, type TokenView } from './token-view.ts';

export type MentionKind = 'pronoun' | 'name' | 'organisation' | 'description';

export interface Mention {
  kind: MentionKind;
  /** The phrase as written. */
  written: string;
  /** The name without titles ("Valery Gerasimov"), the organisation ("General Staff"), the description ("Ukrainian Chief of Staff"), or the pronoun. */
  name: string;
  /** Lower-cased titles and modifiers ("russia", "military", "chief", "staff"); used to resolve descriptions. */
  descriptors: string[];
  /** True for organisations and plural descriptions ("officials"): what "they" may refer to. */
  group: boolean;
  gender: 'male' | 'female' | null;
  /** Key of the last word of the head ("officials"), which a group description must share to resolve. */
  head: string;
  /** True when the phrase itself shows a person (two-word name, title or honorific). */
  personEvidence: boolean;
  /** A description ("Critics", "King") that is the person's surname if the article has named someone so (see describeMention). */
  orSurname: boolean;
  /** An unnamed source named by its qualifier ("one Democrat familiar with the talks"), whom a later "the Democrat" means. */
  qualified?: true;
}

/**
 * Describes the phrase `tokens` (a subject phrase found by noun-phrase.ts)
 * written as `written`; `opensSentence` when its first word starts a sentence.
 */
export function describeMention(tokens: Token[], written: string, opensSentence: boolean): Mention | null {
  // "his claim that …" (speech-noun.ts): the owner is who "he" would be.
  const lower = tokens.length === 1 ? (OWNER_AS_SUBJECT.get(tokens[0]!.lower) ?? tokens[0]!.lower) : '';
  if (SUBJECT_PRONOUNS.has(lower)) {
    return { kind: 'pronoun', written, name: lower, descriptors: [], group: lower === 'they', gender: null, head: lower, personEvidence: false, orSurname: false };
  }
  if (isPartitive(tokens)) return partitiveDescription(tokens, written);
  const titled = nameAfterTitleOfBody(tokens);
  if (titled) {
    const gender = genderOf(tokens.filter((t) => !titled.includes(t)));
    return { kind: 'name', written, name: joinWords(titled), descriptors: descriptorsOf(tokens, titled), group: false, gender, head: bare(titled[titled.length - 1]!), personEvidence: true, orSurname: false };
  }
  const of = relationOf(tokens, opensSentence);
  if (of > 0) return relationDescription(tokens, of, written);
  const qualifier = sourceQualifierAt(tokens);
  if (qualifier > 0) return qualifiedDescription(tokens, qualifier, written);
  const phraseHead = headOf(tokens);
  // "David Albright of the Institute for Science and International Security"
  // is Albright: the name's body word stands past the phrase's head.
  const listBody = organisationListBody(tokens);
  if (listBody >= 0 && listBody < phraseHead.length) return organisationList(tokens, written);
  const head = withoutDocumentNoun(phraseHead);
  if (head.length === 0 || isDate(head)) return null;
  const linked = linkedOrganisation(head);
  if (linked) {
    // Its head and words describe it, as an organisation list's do: "the institute" later is the Institute for the Study of War.
    const body = linked.find((t, i) => linksOrganisationName(linked, i + 1))!;
    return { kind: 'organisation', written, name: joinWords(linked), descriptors: descriptorsOf(tokens, []), group: true, gender: null, head: bare(body), personEvidence: false, orSurname: false };
  }
  // "Critics argue that …", "Sources say …": a sentence capitalises a plural
  // noun as it would a name, and wink-nlp tags it as one. A word the
  // dictionary knows is such a noun, a group ("he" never refers to it), unless
  // the article has named someone so ("Jeff Sessions … Sessions said").
  const orSurname = opensSentence && tokens.length === 1 && isPlural(tokens[0]!.lower) && isDictionaryWord(tokens[0]!.lower);
  const run = orSurname ? [] : capitalisedRun(head);
  const led = nameLedAt(run);
  const lastTitle = Math.max(led, findLastIndex(run, (t, i) => (isTitleWord(t) || isRankBeforeGivenName(run, i)) && !isSurname(run, i)));
  const nameTokens = withoutOpeningDescriptor(isTitleObject(head, run) ? [] : withoutTitleObject(run.slice(lastTitle + 1)), opensSentence && run[0] === tokens[0]);
  const descriptors = descriptorsOf(tokens, nameTokens);
  // Not from the name itself: "Billie Jean King" is no king. Nor from an
  // owner's ("Mrs. Clinton's aide") or a modifier's ("a strategist for Mrs.
  // Clinton's campaign"): only from the phrase's own words.
  const gender = genderOf(ownWords(head).filter((t) => !nameTokens.includes(t)));
  const headWord = bare(head[head.length - 1]!);
  const hasPersonTitle = head.some((t, i) => isPersonTitle(t, head[i + 1]));
  // "Many Mexicans", "Several senators": a quantifier determines the phrase as "the" does.
  const determined = head[0]!.pos === 'DET' || QUANTIFIERS.has(head[0]!.lower);
  // "the Democrats", "many more Latinos": a determined plural is a group, even
  // past adjectives; after nouns it is a name ("the publisher ReganBooks").
  const namesGroup = !hasPersonTitle && led < 0 && ((determined && (run.length === head.length - 1 || (run.length === 1 && isPlural(bare(run[0]!)) && head.slice(1, -1).every(isModifier)))) || isGroupName(run));
  // "the younger Mr. Lee" is the son or daughter of the article's Mr. Lee,
  // someone the name alone would be taken for: a description, as written.
  const kinOfName = head.some((t) => GENERATIONS.has(t.lower));
  if (nameTokens.length > 0 && !namesGroup && !endsInAcronym(nameTokens) && !isAcronymAlone(nameTokens) && !kinOfName) {
    const name = joinWords(nameTokens);
    const personEvidence = nameTokens.length >= 2 || hasPersonTitle || gender !== null;
    return { kind: 'name', written, name, descriptors, group: false, gender, head: headWord, personEvidence, orSurname: false };
  }
  const words = head.filter((t) => t.pos !== 'DET' && !POSSESSIVE_PRONOUNS.has(t.lower));
  const name = joinWords(words);
  if (!name) return null;
  const runEndsInOrganisation = run.length > 0 && ORGANISATION_WORDS.has(bare(run[run.length - 1]!));
  const organisation = run.length > 0 && !hasPersonTitle && (run.length === words.length || runEndsInOrganisation);
  if (organisation) {
    return { kind: 'organisation', written, name: joinWords(run), descriptors, group: true, gender: null, head: headWord, personEvidence: false, orSurname: false };
  }
  const group = !hasPersonTitle && (ORGANISATION_WORDS.has(headWord) || isPlural(headWord));
  // "the woman": a gendered noun shows a person, and which pronoun fits her.
  const nounGender = group ? undefined : GENDERED_NOUNS.get(headWord);
  // "“…,” King said": a title that is a common surname, alone, is the surname
  // of the article's Pete King if it has one.
  const surnameTitle = tokens.length === 1 && SURNAME_TITLES.has(headWord);
  return { kind: 'description', written, name, descriptors, group, gender: gender ?? nounGender ?? null, head: headWord, personEvidence: hasPersonTitle || !!nounGender, orSurname: orSurname || surnameTitle };
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
// "according to him" (according-to.ts): the object is who spoke, as the owner is.
const OWNER_AS_SUBJECT = new Map([['his', 'he'], ['her', 'she'], ['its', 'it'], ['their', 'they'], ['him', 'he'], ['them', 'they']]);

// "The Organization for Economic Cooperation and Development": named whole,
// "of" and "and" kept, which the rules for names and titles would cut. Its
// words describe it, as any organisation's do: "the organization" later is it.
function organisationList(tokens: Token[], written: string): Mention {
  const words = tokens.filter((t) => t.pos !== 'DET' && !POSSESSIVE_PRONOUNS.has(t.lower));
  return { kind: 'organisation', written, name: joinWords(words), descriptors: descriptorsOf(tokens, []), group: true, gender: null, head: bare(tokens[tokens.length - 1]!), personEvidence: false, orSurname: false };
}

/**
 * An unnamed person brought in with "a" or "one" ("A representative for Mr.
 * Lee said …. He added …"): someone new, whom a later "he" or "she" may
 * mean. "The Texas senator" is not: news writes that of someone it has named.
 */
export function introducesSomeone(m: Mention): boolean {
  return m.kind === 'description' && !m.group && INDEFINITE.test(m.written) && namesPeople(m.head);
}

const INDEFINITE = /^(?:a|an|one|another)\s/i;

// "Senate Democrats", "Congressional Republicans", "Founding Fathers": words
// of the dictionary before a plural for people are a group, not a person
// called "Democrats". A given name is no dictionary word ("Felicia Sanders"),
// and "Mark Waters" keeps his name: an "-er" ending alone does not show people.
function isGroupName(run: Token[]): boolean {
  const last = run[run.length - 1];
  return run.length >= 2 && pluralNamesPeople(bare(last!)) && run.slice(0, -1).every((t) => isDictionaryWord(bare(t)));
}

// "A legal opinion drafted in May 2012, and obtained by AP, concluded", "her
// March comment that": a month with its day or year, or a month no one is
// called, is a time, never who spoke. "April", "May" and "June" alone may
// be someone ("Theresa May said").
function isDate(head: Token[]): boolean {
  const last = head[head.length - 1]!;
  const withNumber = head.length >= 2 && /^\d/.test(last.text);
  const month = withNumber ? head[head.length - 2]! : last;
  return MONTHS.has(month.lower) && (withNumber || !GIVEN_NAME_MONTHS.has(month.lower));
}

const GIVEN_NAME_MONTHS = new Set(['april', 'may', 'june']);

const GENERATIONS = new Set(['younger', 'elder', 'older']);

function isModifier(t: Token): boolean {
  return t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'DET' || QUANTIFIERS.has(t.lower);
}

// By its ending, of a lower-cased word: "officials", "Latinos"; not "press".
// Plurals for people that end otherwise are listed: "People briefed on the
// talks were adamant. And they insisted …" is a group a "they" can find.
function isPlural(word: string): boolean {
  return (word.endsWith('s') && !word.endsWith('ss')) || UNMARKED_PLURALS.has(word);
}

/**
 * Index of the phrase's first "of" when a relation noun stands before it
 * ("the son of Ann Lee", "supporters of Ann Lee"), or -1. Such a noun heads
 * the phrase: the name after "of" is someone else. The phrase stays whole as a
 * description, which says the most about the speaker.
 */
export function relationOf(tokens: Token[], opensSentence = false): number {
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i]!.lower !== 'of') continue;
    const noun = tokens[i - 1]!;
    // "Residents of Sumy said", "Supporters of Ann Lee say": capitalised only
    // because the sentence starts there. Not every relation: some name
    // bodies so ("Friends of the Earth", "Veterans of Foreign Wars").
    const lowerCase = noun.text === noun.lower || (opensSentence && i === 1 && NEVER_BODY_NAMES.has(noun.lower));
    return RELATION_NOUNS.has(noun.lower) && lowerCase ? i : -1;
  }
  return -1;
}

const NEVER_BODY_NAMES = new Set(['residents', 'inhabitants', 'natives', 'citizens', 'supporters', 'critics', 'opponents', 'members']);

/**
 * Index of the qualifier of an unnamed source ("people familiar with the
 * talks", "a source close to the campaign", "officials briefed on the plan",
 * "one person with direct knowledge of it"), or -1. The qualifier is all a
 * reader learns of such a speaker, and "People" alone would match any
 * earlier "many people", so the phrase stays whole.
 */
export function sourceQualifierAt(tokens: Token[]): number {
  for (let i = 1; i < tokens.length - 2; i++) {
    if (sourceQualifierEnd(tokens, i) < 0) continue;
    const head = tokens[i - 1]!;
    // "Sen. Ann Baker close to …" is a name; "one Democrat" is not.
    const inName = isCapitalised(head) && i >= 2 && isCapitalised(tokens[i - 2]!) && tokens[i - 2]!.pos !== 'DET';
    return namesPeople(head.lower) && !inName ? i : -1;
  }
  return -1;
}

/**
 * "People familiar with the matter said": the subject `range` found ends
 * at its head, and the qualifier after it is what says who these people
 * are. The whole phrase, or null when no qualifier follows.
 */
export function withSourceQualifier(view: TokenView, range: Range): Range | null {
  const at = range[1] + 1;
  const end = view.roles[at] === 'text' ? sourceQualifierEnd(view.tokens, at) : -1;
  const phrase = end > 0 ? chunkRight(view, end + 1, view.tokens.length - 1) : null;
  return phrase ? [range[0], phrase[1]] : null;
}


// "A source close to the campaign": named whole, but for its article's
// determiner; later news calls it by its head alone ("the source said").
function qualifiedDescription(tokens: Token[], qualifier: number, written: string): Mention {
  const start = tokens[0]!.pos === 'DET' || POSSESSIVE_PRONOUNS.has(tokens[0]!.lower) ? 1 : 0;
  const head = bare(tokens[qualifier - 1]!);
  const group = isPlural(head);
  // All its words: "people familiar with the talks" are not the "many people" before them.
  const descriptors = descriptorsOf(tokens, []);
  return { kind: 'description', written, name: joinWords(tokens.slice(start)), descriptors, group, gender: null, head, personEvidence: !group, orSurname: false, qualified: true };
}

const COLLECTIVE_HEADS = new Set(['family', 'children', 'people']);

function relationDescription(tokens: Token[], of: number, written: string): Mention {
  const words = tokens.filter((t) => t.pos !== 'DET' && !POSSESSIVE_PRONOUNS.has(t.lower));
  const head = bare(tokens[of - 1]!);
  const group = head.endsWith('s') || COLLECTIVE_HEADS.has(head);
  const descriptors = descriptorsOf(tokens.slice(0, of), []);
  return { kind: 'description', written, name: joinWords(words), descriptors, group, gender: null, head, personEvidence: !group, orSurname: false };
}

// "Speaker of the House Rep. Paul Ryan", "Secretary of the Treasury Jack
// Lew": a capitalised title, "of the", the body and then the full name of
// the one who holds it; null for any other phrase. headOf would cut the
// phrase at "of the" and leave the title alone.
function nameAfterTitleOfBody(tokens: Token[]): Token[] | null {
  let title = tokens[0]?.pos === 'DET' ? 1 : 0;
  // "Acting Governor of the Kursk Region Alexander Khinshtein", "First Deputy
  // Head of …", "Russian Chief of the General Staff …", "Ukraine's Chief of
  // …": qualifiers, a nationality or a country before the title, written
  // with capitals.
  for (let words = 0; words < 3; words++) {
    const word = tokens[title];
    const next = tokens[title + 1];
    if (!word || !next || !isCapitalised(word)) break;
    if (words === 0 && isPossessiveMark(next.text)) title += 2;
    else if (isCapitalised(next) && (TITLE_PREFIXES.has(word.lower) || !PERSON_TITLES.has(bare(word)))) title++;
    else break;
  }
  const t = tokens[title];
  if (!t || !isCapitalised(t) || !PERSON_TITLES.has(bare(t)) || tokens[title + 1]?.lower !== 'of' || tokens[title + 2]?.lower !== 'the') return null;
  const body = tokens.slice(title + 3);
  if (!body.every((w) => isCapitalised(w) || w.lower === 'of')) return null;
  const name = personAfterObject(body, 0);
  return name.length >= 2 ? name : null;
}

// Words that qualify a title before it, written with its capital.
const TITLE_PREFIXES = new Set(['acting', 'interim', 'first', 'deputy', 'vice', 'former', 'senior']);

// "One of the aides", "Two-thirds of the voters", "much of the media": a part
// of a group, named by the whole phrase ("One" alone would say nothing, and
// would make every "one of …" in the article the same speaker).
function isPartitive(tokens: Token[]): boolean {
  const from = tokens[0]?.pos === 'DET' ? 1 : 0;
  const of = tokens.findIndex((t, i) => i > from && t.lower === 'of');
  if (of < 0 || of > from + 3 || of === tokens.length - 1) return false;
  return tokens.slice(from, of).every((t) => QUANTIFIERS.has(t.lower) || t.pos === 'NUM' || PART_WORDS.has(t.lower) || t.text === '-');
}

// "Two-thirds of", "the majority of", "much of".
const PART_WORDS = new Set(['much', 'half', 'none', 'part', 'third', 'thirds', 'quarter', 'quarters', 'majority', 'minority']);

function partitiveDescription(tokens: Token[], written: string): Mention {
  const head = bare(tokens[tokens.length - 1]!);
  const words = tokens[0]!.pos === 'DET' ? tokens.slice(1) : tokens;
  const one = words[0]!.lower === 'one';
  return { kind: 'description', written, name: joinWords(words), descriptors: descriptorsOf(tokens, []), group: !one, gender: null, head, personEvidence: false, orSurname: false };
}

// The phrase's words outside the name, lower-cased and bare, with titles written in full ("sen" is "senator").
function descriptorsOf(tokens: Token[], nameTokens: Token[]): string[] {
  const descriptors: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (nameTokens.includes(t)) continue;
    // "the head of state" (TASS's word for the president) is "the leader" (see resolve-mention.ts).
    if (t.lower === 'head' && tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.lower === 'state') {
      descriptors.push('leader');
      i += 2;
      continue;
    }
    // "the head of the General Staff" is its chief: translations use either word.
    if (t.lower === 'head' && tokens[i + 1]?.lower === 'of') {
      descriptors.push('chief');
      continue;
    }
    const w = bare(t);
    if (w && !NEUTRAL_MODIFIERS.has(w)) descriptors.push(TITLE_ABBREVIATIONS.get(w) ?? w);
  }
  return descriptors;
}

/** A title or an organisation word, lower-cased without its full stop. */
// "Another officer, Major Serhiy Shevchenko, said": a rank that is also a
// common adjective ("a major donor", "a private meeting") titles a name
// only before a first name.
function isRankBeforeGivenName(run: Token[], i: number): boolean {
  const next = run[i + 1];
  return AMBIGUOUS_RANKS.has(run[i]!.lower) && !!next && i + 2 < run.length && givenNameGender(nameKey(next.text)) !== null;
}

const AMBIGUOUS_RANKS = new Set(['major', 'private']);

export function isTitleWord(t: Token): boolean {
  const w = bare(t);
  return PERSON_TITLES.has(w) || ORGANISATION_WORDS.has(w);
}

// "General" titles a person only when no organisation word follows ("General Staff").
function isPersonTitle(t: Token, next: Token | undefined): boolean {
  const w = bare(t);
  return PERSON_TITLES.has(w) && !ORGANISATION_WORDS.has(w) && !(next && ORGANISATION_WORDS.has(bare(next)));
}

// Words joined as they were written: "Holtz-Eakin" and "Russia's" keep no inner space.
function joinWords(tokens: Token[]): string {
  let joined = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    joined += i > 0 && t.start > tokens[i - 1]!.end ? ` ${t.text}` : t.text;
  }
  return joined;
}

// The word without a final full stop; a possessive mark alone is no word.
// Runs for every word of every phrase, hence no regular expressions.
function bare(t: Token): string {
  const w = t.lower;
  const word = w.charCodeAt(w.length - 1) === FULL_STOP ? w.slice(0, -1) : w;
  return isPossessiveMark(word) ? '' : word;
}

const FULL_STOP = 0x2e;

function isPossessiveMark(text: string): boolean {
  return text === "'s" || text === '’s';
}

// "The General Staff of the Ukrainian Armed Forces" is the General Staff; but
// "Chief of Staff" keeps its "of" because no determiner follows it.
// "Ann Lee of consulting firm Vote Partners" is Ann Lee: after a full name, "of" adds where she works.
// After "from", "for", "at" and "with" (POST_MODIFIERS) the phrase is the one before them.

function headOf(tokens: Token[]): Token[] {
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i]!.lower === 'of' && !linksOrganisationName(tokens, i) && (tokens[i + 1]!.pos === 'DET' || ownedBodyAfter(tokens, i) || endsInFullName(tokens.slice(0, i)))) return tokens.slice(0, i);
    if (POST_MODIFIERS.has(tokens[i]!.lower) && !linksOrganisationName(tokens, i)) return tokens.slice(0, i);
  }
  return tokens;
}

// "The General Staff of Ukraine's armed forces": a body named in capitals,
// then a phrase another name owns; the body is the General Staff. Not "the
// deputy head of China's delegation", whose head is no body.
function ownedBodyAfter(tokens: Token[], of: number): boolean {
  const body = tokens[of - 1]!;
  return isCapitalised(body) && ORGANISATION_WORDS.has(body.lower) && isPossessive(tokens[of + 2]?.text ?? '');
}

function endsInFullName(tokens: Token[]): boolean {
  const [first, last] = tokens.slice(-2);
  return !!first && !!last && [first, last].every((t) => isCapitalised(t) && (!isTitleWord(t) || (t === last && isInitial(first))) && /^\p{L}/u.test(t.text));
}

// "Trump's tweet" is Trump speaking: the possessive goes with the document
// noun. A capitalised one is part of a name ("The Washington Post").
function withoutDocumentNoun(tokens: Token[]): Token[] {
  let end = tokens.length;
  while (end > 1 && DOCUMENT_NOUNS.has(tokens[end - 1]!.lower) && !isCapitalised(tokens[end - 1]!)) end--;
  if (end === tokens.length) return tokens;
  if (end > 1 && /^['’]s?$/.test(tokens[end - 1]!.text)) return tokens.slice(0, end - 1);
  // "the ministry's daily intelligence update": words that describe the document, then its owner.
  let owner = end;
  while (owner > 1 && DOCUMENT_DESCRIBERS.has(tokens[owner - 1]!.pos) && !isCapitalised(tokens[owner - 1]!)) owner--;
  if (owner < end && owner > 1 && /^['’]s?$/.test(tokens[owner - 1]!.text)) return tokens.slice(0, owner - 1);
  return namesAuthor(tokens.slice(0, end)) ? tokens.slice(0, end) : tokens;
}

const DOCUMENT_DESCRIBERS = new Set(['ADJ', 'NOUN']);

// Before a document noun, a possessive ("Trump's", "the campaign's", "his")
// names its author, and so do a name and an organisation ("the General
// Staff"). "One tweet", "the congressional report" and "one Lee ad" name no
// one but the document: "congressional" or "one Lee" would be no speaker at all.
function namesAuthor(tokens: Token[]): boolean {
  if (tokens.length === 1 && POSSESSIVE_PRONOUNS.has(tokens[0]!.lower)) return true;
  const words = tokens[0]!.pos === 'DET' ? tokens.slice(1) : tokens;
  return words.length > 0 && words.every(isCapitalised) && !words.some((t) => QUANTIFIERS.has(t.lower) || t.pos === 'NUM');
}

// "Billionaire Donald Trump said": the first word of a sentence is
// capitalised whatever it is, so a word for a person that is no given name,
// before a given name and a surname, describes the person and is no part of
// the name. Anywhere else in a sentence the capital would say otherwise;
// and "Rose Mary Woods" keeps "Rose", which is no word for a person.
function withoutOpeningDescriptor(name: Token[], opensSentence: boolean): Token[] {
  if (!opensSentence || name.length < 2) return name;
  const [first, second] = [name[0]!, name[1]!];
  // "Bashing Trump may be job one": a gerund, read as a name by its capital,
  // before a surname alone or a given name ("Playing Field Promotions" is a firm).
  // "Downing Street said" is the street, a government's seat, as "Wall Street" would be.
  const gerund = first.lower.endsWith('ing') && isDictionaryWord(first.lower) && !givenNameGender(nameKey(first.text)) && !ADDRESS_WORDS.has(second.lower);
  if (gerund && (name.length === 2 || givenNameGender(nameKey(second.text)) !== null)) return name.slice(1);
  if (name.length < 3) return name;
  const describes = isDictionaryWord(first.lower) && namesPeople(first.lower) && !givenNameGender(nameKey(first.text)) && givenNameGender(nameKey(second.text)) !== null;
  return describes ? name.slice(1) : name;
}

const ADDRESS_WORDS = new Set(['street', 'avenue', 'road', 'square', 'lane', 'boulevard', 'plaza']);

// "the Washington-based Institute for the Study of War": a name whose parts
// a lower-case word links (linksOrganisationName()), from the capitals before
// the first link to the end of the phrase, which must be the name's: a
// title after the link heads a person's name.
function linkedOrganisation(tokens: Token[]): Token[] | null {
  const link = tokens.findIndex((_, i) => linksOrganisationName(tokens, i));
  if (link < 0) return null;
  for (let i = link + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCapitalised(t) && !NAME_JOINERS.has(t.lower) && !linksOrganisationName(tokens, i)) return null;
    // "Council on Arab Relations Executive Director Nina Awad" is Awad.
    if (PERSON_TITLES.has(bare(t))) return null;
  }
  let start = link - 1;
  while (start > 0 && isCapitalised(tokens[start - 1]!) && tokens[start - 1]!.pos !== 'DET') start--;
  return tokens.slice(start);
}

const NAME_JOINERS = new Set(['the', 'of', 'and', '&']);

// The capitalised words at the end of the phrase ("Russian Foreign Ministry
// spokesperson Maria Zakharova" ends in "Maria Zakharova"), with "of" kept
// inside ("Chief of Staff").
function capitalisedRun(tokens: Token[]): Token[] {
  let a = tokens.length;
  while (a > 0) {
    const t = tokens[a - 1]!;
    const inside =
      isCapitalised(t) ||
      (t.lower === 'of' && a < tokens.length && a - 2 >= 0 && isCapitalised(tokens[a - 2]!)) ||
      (t.text === '-' && a < tokens.length && a - 2 >= 0 && tokens[a - 2]!.end === t.start && t.end === tokens[a]!.start);
    if (!inside || t.pos === 'DET' || QUANTIFIERS.has(t.lower) || isPossessiveMark(t.text) || PREPOSITION_WORDS.has(t.lower)) break;
    a--;
  }
  return tokens.slice(a);
}

// "Absent Sanders' plan, …", "Pending Lee's reply, …": words that open a
// sentence as a preposition, which the tagger, misled by the capital, may
// read as a given name. No one is called so.
const PREPOSITION_WORDS: ReadonlySet<string> = new Set(['absent', 'pending', 'barring', 'failing', 'granted', 'regarding', 'concerning', 'excluding', 'including', 'notwithstanding', 'despite', 'unlike', 'amid', 'amidst', 'per', 'via']);

// "Ohio GOP", or "Carson CNN" where a headline runs into the next line: an
// acronym after a word in ordinary capitals ends no person's name. Roman
// numerals do ("Joseph R. Murray II"), and an acronym may open one ("Navy SEAL Ty Woods").
function endsInAcronym(tokens: Token[]): boolean {
  const [before, last] = tokens.slice(-2);
  return !!before && !!last && isAcronym(last) && !isAcronym(before) && !/^[IVX]+$/.test(last.text);
}

// "CNN reported …", "NATO said …": an acronym alone names a body, which "it"
// may mean and "he" never does. People so called ("JFK") are history's, not
// the speakers of the day's news.
function isAcronymAlone(tokens: Token[]): boolean {
  return tokens.length === 1 && isAcronym(tokens[0]!);
}

function isAcronym(t: Token): boolean {
  return /^\p{Lu}{2,}$/u.test(t.text);
}

// "Secretary of State John F. Kerry": what a title is of ("of State", "of
// Homeland Security") belongs to the title, not to the name after it. Of a
// place or body the list does not know ("Governor of New Dale Tom Hale",
// "Republican of New York"), only a full name at the end is a name.
function withoutTitleObject(tokens: Token[]): Token[] {
  if (tokens[0]?.lower !== 'of') return withoutObjectAfterBody(tokens);
  let i = 1;
  while (i < tokens.length - 1 && TITLE_OBJECTS.has(bare(tokens[i]!))) i++;
  return i > 1 ? tokens.slice(i) : personAfterObject(tokens, 1);
}

// "Director of Government Affairs Phil Smith": the title's words end at the
// body word "Government", but what follows it ("Affairs") is still what the
// title is of, no part of the name. Two words are always left.
function withoutObjectAfterBody(tokens: Token[]): Token[] {
  let i = 0;
  while (i < tokens.length - 2 && TITLE_OBJECTS.has(bare(tokens[i]!))) i++;
  return tokens.slice(i);
}

// "the governor of New Dale", "executive director of National Nurses United":
// the capitalised words after a lower-case title and "of" are all what the
// title is of, never a name.
function isTitleObject(head: Token[], run: Token[]): boolean {
  const start = head.length - run.length;
  const title = head[start - 2];
  return run.length > 0 && head[start - 1]?.lower === 'of' && !!title && PERSON_TITLES.has(bare(title)) && !ORGANISATION_WORDS.has(bare(title));
}

/**
 * The full name ending `tokens` ("Tom Hale", "Susan B. Bucher") after at
 * least one word of what a title is of, which starts at `from`; none when
 * the words could all be that object ("of New York").
 */
function personAfterObject(tokens: Token[], from: number): Token[] {
  let first = tokens.length - 2;
  while (first > from && isInitial(tokens[first]!)) first--;
  return first > from && isCapitalised(tokens[first]!) && !isTitleWord(tokens[first]!) ? tokens.slice(first) : [];
}

// "Senators Mitch McConnell and …", "Reps. Chris Collins and …", "fellow
// Democrats Hillary Clinton and …", "into the U.S. Chris Christie added"
// (a sentence the tagger did not end): a plural for people or a country's
// initials before a full name says who the name is, and is no part of it.
function nameLedAt(run: Token[]): number {
  for (let i = run.length - 3; i >= 0; i--) {
    if (leadsName(run[i]!) && run.slice(i + 1).every((t) => NAME_WORD.test(t.text))) return i;
  }
  return -1;
}

function leadsName(t: Token): boolean {
  const word = bare(t);
  if (COUNTRY_INITIALS.has(word)) return true;
  const one = word.endsWith('s') ? word.slice(0, -1) : '';
  return PERSON_TITLES.has(one) || TITLE_ABBREVIATIONS.has(one) || pluralNamesPeople(word);
}

const COUNTRY_INITIALS = new Set(['u.s', 'u.k', 'u.n']);

// A word of a person's name: "Ann", "McConnell", "O'Neill", "J.".
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

// A title word is a surname after an initial ("Peter T. King"), and the few
// titles that are common surnames are one when they end the phrase right
// after a given name that opens it or follows a title ("Howard Dean", "Sen.
// Angus King"); titles come before names, so "Senate Majority Leader" keeps
// its title.
function isSurname(run: Token[], i: number): boolean {
  const before = run[i - 1];
  if (!before) return false;
  if (isInitial(before)) return true;
  // "Angus King", "Billie Jean King": one or two given names before it.
  const opensName = i === 1 || isTitleWord(run[i - 2]!) || (i === 2 && !isTitleWord(run[0]!) && hasGivenNameShape(run[0]!.text));
  return i === run.length - 1 && SURNAME_TITLES.has(bare(run[i]!)) && opensName && !isTitleWord(before) && hasGivenNameShape(before.text);
}

const SURNAME_TITLES = new Set(['dean', 'king', 'bishop', 'pope']);

/**
 * A word with the shape of a given name: "Megyn", "Xi"; not "CNN" or
 * "EgyptAir", which news writes alone as the short form of an organisation.
 */
export function hasGivenNameShape(word: string): boolean {
  return GIVEN_NAME_SHAPE.test(word);
}

const GIVEN_NAME_SHAPE = /^\p{Lu}\p{Ll}+$/u;

function isInitial(t: Token): boolean {
  return /^\p{Lu}\.$/u.test(t.text);
}

// The words past the phrase's last possessive: "aide" of "Mrs. Clinton's aide".
function ownWords(tokens: Token[]): Token[] {
  const owner = findLastIndex(tokens, (t) => isPossessiveMark(t.text));
  return owner < 0 ? tokens : tokens.slice(owner + 1);
}

function genderOf(tokens: Token[]): 'male' | 'female' | null {
  for (const t of tokens) {
    const g = GENDER_HONORIFICS.get(t.lower);
    if (g) return g;
  }
  return null;
}

function findLastIndex<T>(items: T[], test: (item: T, i: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!, i)) return i;
  return -1;
}
