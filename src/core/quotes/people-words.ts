/**
 * Which common nouns name people. A speaker is someone: "the official", "the
 * voters", "critics"; never "the decisions" or "their best arguments", which
 * a "they" in the same sentence may follow but can never mean.
 */
import { DOCUMENT_NOUNS, GENDERED_NOUNS, ORGANISATION_WORDS, PERSON_TITLES, RELATION_NOUNS, TITLE_OBJECTS } from './cues.ts';
import { endsInName, headIndex, POST_MODIFIERS, type Range } from './noun-phrase.ts';
import { isCapitalised, type TokenView } from './token-view.ts';
import type { Token } from '../types.ts';

/** A lower-case plural ending ("voters"), not "-ss", "-is" or "-us". */
export const PLURAL_NOUN = /[^siu]s$/;

/** Plurals of people with no "-s": "people familiar with the matter said". */
export const UNMARKED_PLURALS: ReadonlySet<string> = new Set(['people', 'men', 'women', 'children', 'police']);

/** A title or a word for a person: "the chairman", "the woman" and "Tom Lee Jr." (read without the full stop) are someone. */
export function isPersonWord(word: string): boolean {
  return PERSON_TITLES.has(word) || GENDERED_NOUNS.has(word);
}

/** A singular noun only a person is: "the pensioner", "his brother", "a neighbour". */
export function isPersonNoun(word: string): boolean {
  return isPersonWord(word) || PERSON_NOUNS.has(word) || RELATION_NOUNS.has(word);
}

/** Singular nouns that news uses for a speaker it does not name. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'source', 'person', 'operative', 'insider', 'resident', 'member', 'voter', 'supporter', 'critic', 'expert', 'worker',
  'audience', 'crowd', 'counterpart',
  // War news: "a soldier in the 47th Brigade said", "a pensioner who fled".
  'soldier', 'fighter', 'serviceman', 'conscript', 'civilian', 'villager', 'volunteer', 'medic', 'pensioner',
  'survivor', 'witness', 'refugee', 'evacuee',
]);

/**
 * True when a lower-case noun, singular or plural, names a person, people or
 * a body of them: "officials", "Democrats", "candidates", "hacker", "the
 * committee", "police". Errs towards no: a "they" that finds no such group
 * has no speaker, which is better than one given to "the decisions" before it.
 */
export function namesPeople(noun: string): boolean {
  const one = singularOf(noun);
  if (PEOPLE.has(noun) || PEOPLE.has(one)) return true;
  return isPersonWord(one) || PERSON_NOUNS.has(one) || ORGANISATION_WORDS.has(one) || AGENT_ENDING.test(one);
}

/**
 * namesPeople for a capitalised plural, which may be a surname: an "-er"
 * ending alone ("Sanders", "Waters") is not enough, a listed word
 * ("Fathers", "Supporters") or another ending ("Democrats") is.
 */
export function pluralNamesPeople(plural: string): boolean {
  if (!PLURAL_NOUN.test(plural)) return false;
  const one = singular(plural);
  return namesPeople(plural) && (!one.endsWith('er') || PEOPLE.has(one) || isPersonWord(one) || PERSON_NOUNS.has(one));
}

/**
 * True for a phrase whose head is a lower-case noun for neither people nor a
 * document: "the first incident", "the tone of the interview", "a meeting".
 */
export function isThing(view: TokenView, phrase: Range): boolean {
  if (endsInName(view, phrase)) return false;
  const head = view.tokens[personHead(view, phrase)]!;
  return head.pos === 'NOUN' && !isCapitalised(head) && !namesPeople(head.lower) && !DOCUMENT_NOUNS.has(head.lower) && !COUNTRY_PLURALS.has(head.lower);
}

/**
 * "The two countries said in a joint statement", "Western nations said",
 * "The Baltic states said": countries speak through their governments, and
 * a "they" after may mean them. Only plural: "the state of the economy
 * suggests" is a thing.
 */
export const COUNTRY_PLURALS: ReadonlySet<string> = new Set(['countries', 'nations', 'states', 'capitals']);

/**
 * True for a thing that can still be the source of a reported statement:
 * findings that news reports as saying something ("official data suggest
 * that …", "the study concluded that …"), unlike "the trip suggests that …",
 * which is the writer's own inference.
 */
export function isFinding(view: TokenView, phrase: Range): boolean {
  const head = view.tokens[personHead(view, phrase)]!.lower;
  return FINDINGS.has(singularOf(head));
}

// The head word, but in "two-thirds of Democratic primary voters" or
// "dozens of protesters" the word after "of" says who.
// In "a Russian officer at a checkpoint" the role before "at", "for",
// "from" or "with" (which the phrase reader joins to a role) is the head,
// as is the one a source's qualifier follows ("people familiar with the talks").
function personHead(view: TokenView, phrase: Range): number {
  const k = headIndex(view, phrase);
  for (let j = phrase[0] + 1; j < k; j++) if ((POST_MODIFIERS.has(view.tokens[j]!.lower) || sourceQualifierEnd(view.tokens, j) > 0) && namesPeople(view.tokens[j - 1]!.lower)) return j - 1;
  const head = view.tokens[k]!;
  return k < phrase[1] && (head.pos === 'NUM' || QUANTITIES.test(head.lower)) ? phrase[1] : k;
}

const QUANTITIES = /^(?:half|halves|thirds?|quarters?|fifths?|majority|minority|most|some|many|all|none|dozens|hundreds|thousands|millions|percent|share|number)$/;

const FINDINGS = new Set([
  'study', 'research', 'analysis', 'data', 'result', 'figure', 'statistic', 'evidence', 'finding', 'estimate',
  'number', 'model', 'projection', 'record', 'document', 'email', 'memo', 'investigation', 'inquiry', 'audit',
  'review', 'ruling', 'indictment', 'complaint', 'lawsuit', 'suit', 'book', 'article', 'story', 'column', 'editorial',
  'op-ed', 'essay', 'piece', 'note', 'cable', 'copy', 'version', 'account', 'excerpt', 'passage', 'sign', 'message',
  'opinion', 'page', 'form', 'filing', 'website', 'proposal', 'counterproposal',
]);

/**
 * True for a subject that shows rather than says ("footage", "satellite
 * images", "the data"): in "footage suggested a “messy” withdrawal" the
 * quoted word is the writer's source's, whatever the footage suggests. Such
 * a subject may still report a finding ("the data suggest that …").
 */
export function isWordless(view: TokenView, phrase: Range): boolean {
  // "footage of Trump": the one the footage shows speaks (witnessed-speech.ts).
  const k = headIndex(view, phrase);
  if (k < phrase[1]) return false;
  const head = view.tokens[k]!.lower;
  return WORDLESS.has(singularOf(head));
}

const WORDLESS = new Set(['footage', 'imagery', 'image', 'photo', 'photograph', 'picture', 'data', 'evidence', 'figure', 'number', 'statistic', 'trend', 'map', 'chart']);

// The singular of a plural noun; any other word as it is.
function singularOf(word: string): string {
  return PLURAL_NOUN.test(word) ? singular(word) : word;
}

// "-ies" is "-y" (allies, authorities), "-es" after a hissing sound is
// dropped whole (witnesses), else the "-s" is.
function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

// Endings of words for who does something: voter, prosecutor, activist,
// analyst, Democrat, engineer, Republican, historian, businessman, actress,
// surgeon. Some things end so too ("papers", "factors", "business"); a list
// of every such word would not stay complete.
const AGENT_ENDING = /(?:er|or|ist|yst|crat|eer|ian|can|man|men|ess|geon)$/;

// People and groups of people whose words end otherwise, singular and plural.
const PEOPLE = new Set([
  'people', 'police', 'staff', 'men', 'women', 'children', 'kids', 'folks', 'feds', 'others', 'crowd',
  'candidate', 'delegate', 'advocate', 'graduate', 'associate', 'affiliate', 'surrogate', 'moderate',
  'representative', 'conservative', 'executive', 'relative', 'detective', 'progressive',
  'billionaire', 'millionaire', 'opponent', 'proponent', 'student', 'parent', 'agent', 'participant', 'constituent',
  'respondent', 'immigrant', 'applicant', 'incumbent', 'client', 'patient', 'migrant',
  'employee', 'nominee', 'refugee', 'trustee', 'attendee', 'appointee', 'retiree',
  'ally', 'friend', 'foe', 'fan', 'witness', 'partisan', 'veteran', 'skeptic', 'cynic', 'colleague',
  'victim', 'citizen', 'guest', 'family', 'pundit', 'elite', 'hawk', 'dove', 'liberal', 'scholar', 'diplomat',
  'child', 'kid', 'tycoon', 'mogul', 'confidant', 'heavyweight', 'couple', 'nurse', 'pilot', 'priest', 'teen', 'boss',
  'side', 'community', 'movement', 'airline', 'firm', 'industry', 'establishment', 'leadership', 'counsel',
  'publication', 'outlet', 'tabloid', 'newspaper', 'site', 'public', 'electorate', 'intelligence',
  'troops', 'forces', 'locals', 'mission', 'regime', 'delegation',
]);

// "The trip suggests that …", "Anything close to that range would signal
// that …": a thing's "suggests" is the writer's inference, no one's
// statement. Findings ("official data suggest"), documents, people and
// bodies can report.
export function canReport(view: TokenView, subject: Range): boolean {
  return !isThing(view, subject) || isFinding(view, subject);
}

/**
 * "a spokesperson for the ombudsman", "an aide to the governor": a phrase
 * ending in a title that someone else holds, after "for", "to" or "of". A
 * name set after it between commas ("…, Dmytro Lubinets, said") may be
 * either person's: news writes it of the spokesperson ("a spokesman for the
 * governor, Mark Smith") and of the title holder, so it is neither's for sure.
 */
export function endsInOthersTitle(view: TokenView, [a, b]: Range): boolean {
  if (!isPersonWord(view.tokens[b]!.lower) || PLURAL_NOUN.test(view.tokens[b]!.lower)) return false;
  for (let k = b - 1; k > a; k--) {
    if (!ROLE_LINKS.has(view.tokens[k]!.lower)) continue;
    // "chief of staff", "secretary of state": one title, one person.
    if (view.tokens.slice(k + 1, b + 1).every((t) => TITLE_OBJECTS.has(t.lower))) return false;
    return namesPeople(view.tokens[k - 1]!.lower);
  }
  return false;
}

const ROLE_LINKS = new Set(['for', 'to', 'of']);

/** Index of the last word of a source's qualifier starting at `i` ("familiar with", "with direct knowledge of"), or -1. */
export function sourceQualifierEnd(tokens: readonly Token[], i: number): number {
  const word = tokens[i]?.lower ?? '';
  if (word === 'with') {
    const knowledge = KNOWLEDGE_KINDS.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    return tokens[knowledge]?.lower === 'knowledge' && tokens[knowledge + 1]?.lower === 'of' ? knowledge + 1 : -1;
  }
  return QUALIFIERS.get(word)?.has(tokens[i + 1]?.lower ?? '') ? i + 1 : -1;
}

const QUALIFIERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['familiar', new Set(['with'])],
  ['close', new Set(['to'])],
  ['briefed', new Set(['on', 'about'])],
  ['knowledgeable', new Set(['about', 'of'])],
]);

const KNOWLEDGE_KINDS = new Set(['direct', 'firsthand', 'first-hand', 'intimate', 'detailed', 'personal']);
