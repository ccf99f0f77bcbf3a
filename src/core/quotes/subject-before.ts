/**
 * The subject written before a reporting verb: the name, pronoun or
 * description that opens its clause, past appositives ("Rep. Jim Clyburn
 * (D-S.C.), the assistant leader, said"), dashed asides and relative clauses.
 */
import { ASIDE_DASHES, BE_FORMS, DOCUMENT_NOUNS, GENDER_HONORIFICS, ISSUING_VERBS, NAMING_PARTICIPLES, ORGANISATION_WORDS, PERSON_TITLES, REPORTING_VERBS, SUBJECT_PRONOUNS } from './cues.ts';
import { isAddressee, isPlace, isStateOfTown, ownerOfModifier } from './modifier-owner.ts';
import { endsInOthersTitle, isPersonWord, namesPeople, PLURAL_NOUN } from './people-words.ts';
import { chunkLeft, chunkRight, endsInName, headIndex, isNominalWord, isPossessive, nameBeforeAffiliation, POST_MODIFIERS, skipFillers, whoseOf, wordBeforePhrase, type Range } from './noun-phrase.ts';
import { hasVerb, isCapitalised, isTerminal, opensSentence, type TokenView } from './token-view.ts';
import { unnamedOneEndingAt } from './unnamed-one.ts';

/** The subject written before the verb at `v`, looking no further left than `lower`. */
export function subjectBefore(view: TokenView, v: number, lower: number): Range | null {
  const subject = phraseBefore(view, v, lower);
  return subject && disagrees(view, subject, v) ? null : subject;
}

// "A look at Mr. Lee's planes and helicopters suggests": a plural noun is
// not the subject of a verb in the singular ("-s"), whatever stands nearest.
// Only a lower-case noun is judged: a name's number is not in its ending
// ("Sanders says"). Nor is a plural verb's: "the staff say" is good English.
function disagrees(view: TokenView, phrase: Range, v: number): boolean {
  const verb = view.tokens[v]!;
  // "One of the supporters": the phrase's number is that of the word before "of".
  const head = view.tokens[headIndex(view, phrase)]!;
  return verb.pos === 'VERB' && SINGULAR_VERB.test(verb.lower) && head.pos === 'NOUN' && !isCapitalised(head) && PLURAL_NOUN.test(head.lower) && !SINGULAR_IN_S.has(head.lower);
}

const SINGULAR_VERB = /[^su]s$/;
const SINGULAR_IN_S = new Set(['news', 'series', 'species', 'politics', 'economics', 'physics', 'ethics']);

function phraseBefore(view: TokenView, v: number, lower: number): Range | null {
  // "A third said": before the tagger's adverb ("third") is skipped as a filler.
  const lone = unnamedOneEndingAt(view, v - 1);
  if (lone && lone[0] >= lower) return lone;
  let j = skipWedgedPhrase(view, skipFillers(view, v - 1, lower, -1), lower);
  // "Clinton is telling customers …", "Trump has been saying": the progressive's "be".
  if (j >= lower && BE_FORMS.has(view.tokens[j]!.lower) && view.tokens[v]!.lower.endsWith('ing')) j = skipFillers(view, j - 1, lower, -1);
  if (j < lower) return null;
  const t = view.tokens[j]!;
  if (t.lower === 'who' && view.tokens[j - 1]?.text === ',') {
    // "said Ana Ruiz, a fellow at the League, who also said": "who" is the
    // person, not the place in the appositive. A clause with its own verb is
    // no appositive: in "In Rome, Lee heard a lecture from the mayor, who
    // said", "who" is the mayor.
    const open = previousComma(view, j - 1, lower);
    const appositive = open >= 0 && !hasVerb(view, open + 1, j - 2) ? subjectBeforeAppositive(view, j - 1, lower) : null;
    return appositive ?? whoAntecedent(view, chunkLeft(view, j - 2, lower), lower);
  }
  // "The ministry, which has claimed that …, released": a relative clause on
  // the body the sentence opens with. On any later phrase "which" may hang
  // on another word than the one before it ("a legal analysis, first
  // reported by the Globe, which concluded …").
  // A document right before the comma is the one that speaks ("published
  // its daily intelligence update, which said …"): no other phrase there
  // says anything. In lower case: "The Washington Post" is a name.
  if (t.lower === 'which' && view.tokens[j - 1]?.text === ',') {
    const antecedent = chunkLeft(view, j - 2, lower);
    if (antecedent && (opensSentence(view, antecedent[0]) || DOCUMENT_NOUNS.has(view.tokens[antecedent[1]]!.text))) return antecedent;
  }
  if (t.lower === 'who') {
    const named = nameBeforeAppositive(view, j - 1, lower);
    if (named) return named;
    j--;
  }
  if (view.tokens[j]?.text === ')') j = skipParenthesis(view, j, lower);
  if (j < lower) return null;
  // "John Dickey, the chief executive of Ora -- the firm that owns it -- told me": the dashes hold an aside.
  const dash = ASIDE_DASHES.has(view.tokens[j]!.text) ? openingDash(view, j, lower) : -1;
  if (dash > lower) return dashedSubject(view, dash, j, lower);
  if (view.tokens[j]!.text === ',') return nameGivenInClause(view, j, lower) ?? subjectBeforeAppositive(view, j, lower) ?? quotedNameBeforeAside(view, j, lower);
  if (view.roles[j] === 'mark') return quotedName(view, j, lower);
  // "A soldier who fought there told", "a woman who lives nearby said": the
  // clause's last word may be anything, even a verb tagged as a noun. Only
  // before a verb of speech: before others ("people who say he would not
  // vote") the words after "who" are as likely the subject.
  const hanger = REPORTING_VERBS.has(view.tokens[v]!.lower) && view.tokens[v - 1]?.lower !== 'to' ? subjectRelativeAntecedent(view, j, lower) : null;
  if (hanger) return hanger;
  const contact = contactClauseHead(view, j, lower);
  if (contact) return contact;
  const phrase = chunkLeft(view, j, lower) ?? unnamedOneEndingAt(view, j);
  // "A commander who asked not to be named said", "People who know him
  // well say": a relative clause that ends in a verb or its object pronoun
  // leaves no phrase before the verb; the one the clause hangs on spoke.
  // So does "A man who told reporters he was tired said": the clause may end in an adjective.
  if (!phrase && (view.tokens[j]!.pos === 'VERB' || view.tokens[j]!.pos === 'ADJ' || OBJECT_PRONOUNS.has(view.tokens[j]!.lower))) return relativeAntecedent(view, j, lower);
  const found = phrase && (nameAfterOpeningPhrase(view, phrase, lower) ?? issuerIn(view, phrase) ?? phrase);
  // An -ing verb after a preposition's object hangs on the main clause
  // (attribute-speaker.ts's ingSubject), which needs that object as found.
  if (found && isAddressee(view, found, lower)) return documentToAddressee(view, found, lower);
  const chunk = found && !view.tokens[v]!.lower.endsWith('ing') ? ownerOfModifier(view, found, lower) : found;
  const holder = chunk && endsInName(view, chunk) ? verbObjectHolder(view, chunk, lower) : undefined;
  if (holder !== undefined) return holder;
  if (chunk && isPlaceAfterThing(view, chunk, lower)) return null;
  // "Budanov said the soldier had said he …": after a verb that takes a
  // clause, the phrase opens that clause, and is the subject of a verb of
  // saying in it. Only of one: in "Trump said Fox executives were calling
  // “every 15 minutes”" the words are still Trump's.
  if (chunk && SAYING_VERBS.has(view.tokens[v]!.lower) && opensSaidClause(view, chunk)) return chunk;
  return chunk && isObject(view, chunk) ? (relativeAntecedent(view, chunk[0] - 1, lower) ?? documentToAddressee(view, chunk, lower)) : chunk;
}

// "A soldier who gave only his call sign, “Bison,” said", "a fighter
// nicknamed “Lynx” said": a name in quotation marks just before the verb,
// after a comma or a word that gives a name, is what the text calls the
// speaker. Not a quoted name a preposition takes ("Critics of the “Special
// Military Operation” said"), nor lower-case words.
function quotedName(view: TokenView, close: number, lower: number): Range | null {
  const name = shortQuotedName(view, close);
  if (!name || name[0] <= lower) return null;
  let giver = name[0] - 1;
  while (giver > lower && view.spanOf[giver] === view.spanOf[close]) giver--;
  return NAME_GIVERS.has(view.tokens[giver]!.lower) ? name : null;
}

// The words of the span whose closing mark is `close`, when they are a
// short capitalised name (a comma inside the marks left out), or null.
function shortQuotedName(view: TokenView, close: number): Range | null {
  const s = view.spanOf[close]!;
  const inner = s >= 0 && view.roles[close] === 'mark' ? view.inner[s] : null;
  if (!inner || view.tokens[close]!.start < view.spans[s]!.end) return null;
  const [first] = inner;
  const last = view.tokens[inner[1]]!.text === ',' ? inner[1] - 1 : inner[1];
  if (first > last || last - first >= MAX_QUOTED_NAME) return null;
  for (let k = first; k <= last; k++) if (!isCapitalised(view.tokens[k]!)) return null;
  return [first, last];
}

// "A soldier who gave only his call sign, “Frost,” for security reasons,
// said": a phrase a preposition opens, between the quoted name's comma and
// the verb's, is an aside; the name before it is still the speaker's.
function quotedNameBeforeAside(view: TokenView, comma: number, lower: number): Range | null {
  let k = comma - 1;
  while (k > lower && comma - k <= MAX_ASIDE && view.roles[k] === 'text' && view.tokens[k]!.text !== ',') k--;
  if (k === comma - 1 || view.roles[k] !== 'mark' || view.tokens[k + 1]!.pos !== 'ADP') return null;
  return quotedName(view, k, lower);
}

const MAX_ASIDE = 6;

const NAME_GIVERS = new Set([',', 'nicknamed', 'named', 'called', 'dubbed', 'codenamed', 'as', 'sign']);

const MAX_QUOTED_NAME = 3;

// "One soldier, who gave his name only as Andriy, said", "a woman who
// identified herself only as Tatyana, said": the clause between the commas
// gives the speaker's name, which is the speaker the text names; "who
// identifies as Hispanic" does not.
function nameGivenInClause(view: TokenView, comma: number, lower: number): Range | null {
  const open = previousComma(view, comma - 1, lower);
  if (open < 0) return null;
  return nameGivenBy(view, open + 1, comma - 1) ?? nameAfterNamed(view, open + 1, comma - 1) ?? nameGivenToDescribed(view, open + 1, comma - 1);
}

// "Her neighbour, an elderly man who gave his name as Petro, said": a
// description between the commas whose own "who" clause gives the name.
function nameGivenToDescribed(view: TokenView, first: number, last: number): Range | null {
  for (let k = first + 1; k < last; k++) {
    if (view.tokens[k]!.lower === 'who' && view.roles[k] === 'text') return namesPeople(view.tokens[k - 1]!.lower) ? nameGivenBy(view, k, last) : null;
  }
  return null;
}

// "One of them, a 26-year-old drone operator named Maksym, said": the name
// an appositive gives a person it describes, at its end. Not a body's name
// ("a battalion called Azov"), nor where the speaker works ("Tom Miller, at
// a consulting firm called Gavekal, argues").
function nameAfterNamed(view: TokenView, first: number, last: number): Range | null {
  const k = findNamingWord(view, first, last);
  const noun = view.tokens[k - 1]?.lower ?? '';
  if (k < 0 || view.tokens[first]!.pos === 'ADP' || !namesPeople(noun) || ORGANISATION_WORDS.has(noun)) return null;
  const name = chunkRight(view, k + 1, last);
  return name && name[1] === last && endsInName(view, name) ? name : null;
}

function findNamingWord(view: TokenView, first: number, last: number): number {
  for (let k = last - 1; k > first; k--) if (view.roles[k] === 'text' && NAMING_PARTICIPLES.has(view.tokens[k]!.lower)) return k;
  return -1;
}

/** The name a "who" clause from `who` to `last` gives its person ("who gave her name as Tatyana"), or null. */
export function nameGivenBy(view: TokenView, who: number, last: number): Range | null {
  if (view.tokens[who]?.lower !== 'who') return null;
  // "who writes under the name Stanislav", "who goes by the call sign Bear".
  const named = nameAfterNameNoun(view, who, last);
  if (named) return named;
  let as = last;
  while (as > who + 1 && view.tokens[as]!.lower !== 'as') as--;
  const name = chunkRight(view, as + 1, last);
  // "who described himself as a religious Catholic" gives no name: a phrase with an article, or after "described", is what the person is.
  if (view.tokens[as]!.lower !== 'as' || !name || name[1] !== last || !endsInName(view, name) || view.tokens[name[0]]!.pos === 'DET') return null;
  let naming = false;
  for (let k = who + 1; k < as; k++) {
    if (DESCRIBING_WORDS.has(view.tokens[k]!.lower)) return null;
    naming ||= NAMING_WORDS.has(view.tokens[k]!.lower);
  }
  return naming ? name : null;
}

const NAMING_WORDS = new Set(['name', 'herself', 'himself']);

// The name that closes `who`..`last` right after a noun for a name ("the
// name Stanislav", "his call sign Bear"), or null. The noun takes a
// determiner, or "call": "who will handle Tom Hale" gives no name.
function nameAfterNameNoun(view: TokenView, who: number, last: number): Range | null {
  for (let k = last - 1; k > who; k--) {
    if (!NAME_NOUNS.has(view.tokens[k]!.lower)) continue;
    const before = view.tokens[k - 1]!;
    if (before.pos !== 'DET' && before.pos !== 'PRON' && before.lower !== 'call') return null;
    const name = chunkRight(view, k + 1, last);
    return name && name[0] === k + 1 && name[1] === last && endsInName(view, name) ? name : null;
  }
  return null;
}

const NAME_NOUNS = new Set(['name', 'pseudonym', 'alias', 'nickname', 'sign', 'handle', 'codename']);
const DESCRIBING_WORDS = new Set(['described', 'describes', 'describe', 'sees', 'saw', 'considers', 'considered']);

// "Beck has in the past described", "Lee had for years called": a short
// prepositional phrase between an auxiliary and its participle parts the
// verb from its subject no more than an adverb does. Only after an auxiliary,
// so "a letter to the governor said" keeps its subject.
function skipWedgedPhrase(view: TokenView, j: number, lower: number): number {
  let k = j;
  while (k >= lower && j - k < 3 && WEDGED_WORDS.has(view.tokens[k]!.pos) && view.roles[k] === 'text') k--;
  if (k === j || k <= lower || view.tokens[k]!.pos !== 'ADP' || !PERFECT_OR_MODAL.has(view.tokens[k - 1]!.lower)) return j;
  return skipFillers(view, k - 1, lower, -1);
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);

const WEDGED_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'NUM']);
const PERFECT_OR_MODAL = new Set(['has', 'have', 'had', 'will', 'would', "'ve", '’ve', "'d", '’d']);

// "one Democrat familiar with the discussion, who added": the phrase before
// "who" may be the object of a preposition in the real antecedent's
// modifier; the person is the phrase before the preposition (and any
// adjective that takes it). "who" is a person, so a name or a title ending
// the phrase after a preposition is the one ("a damning reaction from
// President Ann Lee, who called …", "a memo from the party's chairman, who
// argued …").
function whoAntecedent(view: TokenView, chunk: Range | null, lower: number): Range | null {
  if (chunk && (endsInName(view, chunk) || isPersonWord(view.tokens[chunk[1]]!.lower.replace(/\.$/, '')))) {
    for (let k = chunk[1] - 1; k > chunk[0]; k--) if (view.tokens[k]!.pos === 'ADP' && view.tokens[k]!.lower !== 'of') return [k + 1, chunk[1]];
    return chunk;
  }
  if (!chunk || view.tokens[chunk[0] - 1]?.pos !== 'ADP') return chunk;
  let j = chunk[0] - 2;
  while (j >= lower && view.tokens[j]!.pos === 'ADJ') j--;
  const head = j >= lower ? chunkLeft(view, j, lower) : null;
  return head ?? chunk;
}

// "The statement, signed by Defence Minister Andrei Belousov, said": the
// one who signed, issued or wrote the document speaks through it, as the
// body after "from" does (issuerIn()). The phrase must fill the aside.
function signerBetween(view: TokenView, a: number, b: number): Range | null {
  const verb = view.tokens[a]?.lower ?? '';
  if (!(verb === 'signed' || ISSUING_VERBS.has(verb)) || view.tokens[a + 1]?.lower !== 'by' || a + 2 > b) return null;
  const signer = chunkRight(view, a + 2, b);
  return signer && signer[0] === a + 2 && signer[1] === b ? signer : null;
}

// "The statement from Russia's defence ministry said": the phrase reader
// joins a possessive issuer to its document, and the issuer speaks through
// it, as "from the Kremlin" does on its own (isObject()).
function issuerIn(view: TokenView, [a, b]: Range): Range | null {
  for (let k = a; k < b - 1; k++) {
    if (DOCUMENT_NOUNS.has(view.tokens[k]!.lower) && view.tokens[k + 1]!.lower === 'from') return [k + 2, b];
  }
  return null;
}

// "An official who spoke anonymously to discuss internal plans said": a
// description right after a verb or preposition is that word's object, not
// the subject of "said"; so is one after "his" ("Republicans who have praised
// his candidacy warned"). Names are left alone ("In an interview with CNN Ann Lee said").
function isObject(view: TokenView, [a, b]: Range): boolean {
  const p = wordBeforePhrase(view, [a, b]);
  // "those who back her opponents say": between "who" and "her" stands the
  // relative clause's verb, whatever its tag.
  if (p === a - 2 && view.roles[p] === 'text' && /\p{L}/u.test(view.tokens[p]!.text) && RELATIVE_PRONOUNS.has(view.tokens[p - 1]?.lower ?? '')) return true;
  // "A soldier who gave only his call sign for security reasons said": an adverb parts the verb from its object.
  const prev = view.tokens[pastAdverbs(view, p, a)];
  if (!prev || view.roles[p] !== 'text' || view.tokens[b]!.pos === 'PRON') return false;
  // "A statement from the Kremlin said": the body a document comes from speaks through it.
  if (prev.lower === 'from' && DOCUMENT_NOUNS.has(view.tokens[p - 1]?.lower ?? '')) return false;
  // "The man who beat Bob Smith said": a name is the object of a relative clause's verb too.
  if (endsInName(view, [a, b])) return prev.pos === 'VERB' && !isNominalWord(prev) && RELATIVE_PRONOUNS.has(view.tokens[p - 1]?.lower ?? '');
  // "a captured North Korean soldier": a participle after an article modifies the noun.
  if (prev.pos === 'VERB' && view.tokens[p - 1]?.pos === 'DET' && /(?:ed|en)$/.test(prev.lower)) return false;
  return (prev.pos === 'ADP' && !OPENS_CLAUSE.has(prev.lower)) || (prev.pos === 'VERB' && !isNominalWord(prev));
}

// "Syrskyi's message to the troops read": a document someone's "'s" says
// they wrote, before the one it was addressed to, is the verb's subject.
// "A letter to Ann Lee said" names no writer (isAddressee()).
function documentToAddressee(view: TokenView, addressee: Range, lower: number): Range | null {
  const p = wordBeforePhrase(view, addressee);
  if (p <= lower || !ADDRESSED.has(view.tokens[p]!.lower)) return null;
  const document = chunkLeft(view, p - 1, lower);
  if (!document || !DOCUMENT_NOUNS.has(view.tokens[document[1]]!.lower)) return null;
  for (let k = document[0]; k < document[1]; k++) if (isPossessive(view.tokens[k]!.text)) return document;
  return null;
}

const ADDRESSED = new Set(['to', 'for']);

// The phrase comes right after a verb that takes a clause, not a thing ("said the soldier …").
function opensSaidClause(view: TokenView, phrase: Range): boolean {
  const p = wordBeforePhrase(view, phrase);
  return view.roles[p] === 'text' && view.tokens[p]?.pos === 'VERB' && CLAUSE_TAKING_VERBS.has(view.tokens[p]!.lower);
}

const CLAUSE_TAKING_VERBS = new Set(['said', 'says', 'say', 'claimed', 'claims', 'insisted', 'insists', 'stated', 'added']);
const SAYING_VERBS = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes']);

const RELATIVE_PRONOUNS = new Set(['who', 'that', 'which']);

// The word before the adverbs (at most two) that end at `p`, when a verb: else `p`.
function pastAdverbs(view: TokenView, p: number, a: number): number {
  let k = p;
  while (k > a - 4 && view.tokens[k]?.pos === 'ADV' && view.roles[k] === 'text') k--;
  return view.tokens[k]?.pos === 'VERB' && view.roles[k] === 'text' ? k : p;
}

// "debate in Brooklyn -Mrs. Clinton said": an honorific or title in the phrase shows a person.
function namesPerson(view: TokenView, [a, b]: Range): boolean {
  for (let k = a; k <= b; k++) {
    const word = view.tokens[k]!.lower.replace(/^[-–—]/, '');
    if (GENDER_HONORIFICS.has(word) || PERSON_TITLES.has(word.replace(/\.$/, ''))) return true;
  }
  return false;
}

// "… onto a packed sidewalk along the Las Vegas Strip told police": a name
// after a preposition of place or topic that follows a thing is where or
// what, not who.
// ownerOfModifier() already gave a person before it ("voters in Ohio")
// the verb; a thing ("a sidewalk") cannot take it, so the text names no
// subject here.
function isPlaceAfterThing(view: TokenView, name: Range, lower: number): boolean {
  if (!endsInName(view, name) || namesPerson(view, name)) return false;
  let p = name[0] - 1;
  if (view.tokens[p]?.pos === 'DET') p--;
  const noun = view.tokens[p - 1];
  return p - 1 >= lower && NOT_WHO_PREPOSITIONS.has(view.tokens[p]!.lower) && !!noun && noun.pos === 'NOUN' && !isCapitalised(noun);
}

/**
 * "One pastor supporting Mr. Cruz said", "a pastor who backs Mr. Cruz, Ann
 * Lee, said": a name that a participle after a noun, or a relative
 * clause's verb, takes as its object. The phrase the participle or clause
 * describes is the subject (null when there is none); undefined when the
 * name is no such object.
 */
function verbObjectHolder(view: TokenView, name: Range, lower: number): Range | null | undefined {
  const p = wordBeforePhrase(view, name);
  const verb = view.tokens[p];
  const before = view.tokens[p - 1];
  if (p - 1 < lower || !verb || !before || !/^\p{Ll}/u.test(verb.text) || view.roles[p] !== 'text') return undefined;
  // Right after "who" the word is a verb, however it is tagged ("who backs").
  if (RELATIVE_PRONOUNS.has(before.lower) && before.lower !== 'which') return p - 2 >= lower ? chunkLeft(view, p - 2, lower) : null;
  const participle = verb.pos === 'VERB' && verb.lower.endsWith('ing') && (before.pos === 'NOUN' || before.pos === 'PROPN');
  return participle ? chunkLeft(view, p - 1, lower) : undefined;
}

// Tagged as prepositions, these also open a clause whose subject follows
// them: "months before its senior vice president boasted".
const OPENS_CLAUSE = new Set(['before', 'after', 'since', 'until', 'as']);

// "A local official I spoke to said", "One soldier we met told": a clause
// with no "who" on a word for people, ending at `j`: the people word's
// phrase, when it opens the clause, is the subject. Null for any other shape.
function contactClauseHead(view: TokenView, j: number, lower: number): Range | null {
  let k = j;
  if (CONTACT_PARTICLES.has(view.tokens[k]?.lower ?? '')) k--;
  if (view.tokens[k]?.pos !== 'VERB' || !CONTACT_SUBJECTS.has(view.tokens[k - 1]?.lower ?? '') || k - 2 < lower) return null;
  const phrase = chunkLeft(view, k - 2, lower);
  if (!phrase || phrase[1] !== k - 2 || endsInName(view, phrase) || !namesPeople(view.tokens[headIndex(view, phrase)]!.lower)) return null;
  return opensClause(view, phrase, lower) ? phrase : null;
}

const CONTACT_PARTICLES = new Set(['to', 'with']);
const CONTACT_SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they']);

// The phrase a relative clause hangs on ("An official who spoke … said"), or null when there is none.
function relativeAntecedent(view: TokenView, from: number, lower: number): Range | null {
  for (let k = from; k > lower && view.roles[k] === 'text'; k--) {
    const t = view.tokens[k]!;
    if (t.text === ',' || t.text === ';' || isTerminal(view, k)) return null;
    if (t.lower === 'who') return chunkLeft(view, k - 1, lower);
  }
  return null;
}

// The phrase a "who" clause ending at `from` hangs on, when "who" is the
// clause's subject: a verb or adverb follows it ("who lives nearby"), not
// a subject of its own ("asked who the general said was to blame" is the
// general's "said"). Null past a comma, a pronoun or a clause of its own
// ("the congressman who gained attention when he yelled": "he" did), or
// with no phrase before "who".
function subjectRelativeAntecedent(view: TokenView, from: number, lower: number): Range | null {
  for (let k = from; k > lower && view.roles[k] === 'text'; k--) {
    const t = view.tokens[k]!;
    // "Even voters who endorsed the plan sounded equivocal: Ann Lee called it …": a colon ends the clause too.
    if (t.text === ',' || t.text === ';' || t.text === ':' || isTerminal(view, k)) return null;
    if (t.pos === 'SCONJ' || CLAUSE_OPENERS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower)) return null;
    // "a woman whose son serves in the brigade told": the clause needs a verb of its own ("whose son told" is the son's).
    if (t.lower === 'whose') return hasVerb(view, k + 2, from) ? chunkLeft(view, k - 1, lower) : null;
    if (t.lower !== 'who') continue;
    const next = view.tokens[k + 1]!;
    if (k === from || next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'PRON') return null;
    // "A woman who gave her name as Lyudmila said": the name the clause gives is the speaker's.
    return nameGivenBy(view, k, from) ?? chunkLeft(view, k - 1, lower);
  }
  return null;
}

// Words that open a clause of their own, whatever the tagger makes of them.
const CLAUSE_OPENERS = new Set(['when', 'where', 'while', 'whereas', 'that', 'because', 'after', 'before', 'until', 'if']);

// "X, a former official who runs a firm, said": the subject is X, or the
// name inside the commas when X is only a description ("The spokesman, John
// Smith, said"). With several commas ("Johnnie Wilson, of Springfield, Va.,
// said") the phrase that opens the clause wins over a place in between, and
// the leftmost such phrase over an appositive that also follows a comma
// ("Mark Holden, chairman of Freedom Partners, the network's arm, said").
function subjectBeforeAppositive(view: TokenView, comma: number, lower: number): Range | null {
  let opener: Range | null = null;
  let fallback: Range | null = null;
  let right = comma;
  for (let groups = 0; groups < 3; groups++) {
    const k = previousComma(view, right, lower);
    if (k < 0) break;
    // "A soldier who fought in Sudzha, speaking on condition of anonymity,
    // said": the one a "who" clause before an aside hangs on, when it opens
    // the clause. Only before a participle's aside: "a soldier who gave his
    // name, Ivan, told" is Ivan's. Not after a comma: "Ann Lee, a pollster
    // who works for …, said" is Ann Lee's, as the appositive rules below find.
    const hung = view.tokens[k + 1]?.pos === 'VERB' ? subjectRelativeAntecedent(view, k - 1, lower) : null;
    if (hung && opensClause(view, hung, lower) && view.tokens[wordBeforePhrase(view, hung)]?.text !== ',') return hung;
    const found = chunkBeforeComma(view, k, lower);
    const signer = found && DOCUMENT_NOUNS.has(view.tokens[found[1]]!.lower) ? signerBetween(view, k + 1, right - 1) : null;
    if (signer) return signer;
    // "Ann Lee, whose hometown, Dayton, is sinking, argues": the one the
    // "whose" clause is about, not the hometown or its name.
    const whose = found ? whoseOf(view, found) : -1;
    if (whose > lower && view.tokens[whose - 1]?.text === ',') return chunkBeforeComma(view, whose - 1, lower);
    // "Sandy Lee, who lost her son in Aurora, Colorado, said": the state is part of the place.
    if (found && isStateOfTown(view, found, lower)) {
      right = k;
      continue;
    }
    // "His critics in the United States, many of them Catholics, argue": the
    // critics, not the place, when they open the clause. Not a name reached
    // so: in "Alarmed by the unrest in Nevada, Senator Harry Reid, the
    // minority leader, said", "Alarmed" opens a clause of its own.
    // A town and its state between commas ("a woman in Worcester,
    // Massachusetts, told") are where the one before them is from, unless
    // that one is itself an appositive ("Ann Lee, one of the attackers in …").
    const phrase = chunkRight(view, k + 1, right - 1);
    // "Another pollster, David Woodard of Clemson University, said": the name before where he works.
    const inside = phrase && !endsInName(view, phrase) ? (nameBeforeAffiliation(view, phrase) ?? phrase) : phrase;
    const townAndState = !!inside && isPlace(view, inside);
    const owner = found && ownerOfModifier(view, found, lower);
    const ownerSpeaks = !!owner && (townAndState ? view.tokens[wordBeforePhrase(view, owner)]?.text !== ',' : opensClause(view, owner, lower));
    // The owner may be a name ("Ann Lee in Iowa, speaking to reporters,
    // said"), or a plural the tagger reads as one when it opens the sentence
    // ("Officials in Kyiv, speaking on condition of anonymity, said"); not a
    // capitalised word of another kind ("Alarmed by the unrest in Nevada,").
    // A phrase with an article ("A spokeswoman for the Coordination Headquarters, which …,") is no such word.
    // "Analysts at the Institute …, a think tank, said": a plural for people, which the tagger may read as a noun, is such a word too.
    const people = !!owner && owner[0] === owner[1] && PLURAL_NOUN.test(view.tokens[owner[0]]!.lower) && namesPeople(view.tokens[owner[0]]!.lower);
    const ownerNamed = !!owner && endsInName(view, owner) && view.tokens[owner[0]]!.pos !== 'PROPN' && view.tokens[owner[0]]!.pos !== 'DET' && !people;
    const before = owner && !ownerNamed && ownerSpeaks ? owner : found;
    const named = !!before && endsInName(view, before) && !isRoleOfBody(view, before);
    // "One pastor supporting Mr. Cruz, Darran Whiting, said": the name the
    // participle takes is not who; the name inside the commas is, or else
    // the one the participle describes.
    const holder = named ? verbObjectHolder(view, before!, lower) : undefined;
    if (holder !== undefined) {
      fallback ??= inside && endsInName(view, inside) ? inside : holder;
      right = k;
      continue;
    }
    // A one-word phrase opens the clause ("Officials, speaking …, said"),
    // unless a name follows it that says who ("His counterpart, Igor
    // Konashenkov, said").
    // "A spokesperson for the ombudsman, Dmytro Lubinets, said": whose name it is, the text does not say.
    const namedInside = !!inside && endsInName(view, inside) && !(found && endsInOthersTitle(view, found));
    if (before && (named || (before[0] === before[1] && !namedInside)) && opensClause(view, before, lower)) opener = before;
    else if (opener) break;
    // A name after "in" or "about" is where or what, not who: no fallback
    // ("the server from Mrs. Lee's house in Chappaqua, N.Y., …, said", "An
    // article about Ann Lee, …, reported"). After "by" or "from" it may well
    // be who ("provided by Ann Lee, the party leader, who said").
    // "In the last few days, Democratic leaders — and Ann Lee — insisted":
    // a phrase in an opening prepositional phrase is when or where; the
    // phrase after its comma is who.
    const opening = !!found && inOpeningPreposition(view, found, lower);
    // "Lee's counterpart in Moscow, Igor Konashenkov, said": the name
    // inside the commas is who, past the place.
    if (!(named && NOT_WHO_PREPOSITIONS.has(view.tokens[before![0] - 1]?.lower ?? ''))) fallback ??= named ? before : inside && !townAndState && (namedInside || opening) ? inside : before;
    else if (namedInside && !townAndState) fallback ??= inside;
    right = k;
  }
  return opener ?? fallback;
}

// "In an interview with CNN Ann Lee said", with no comma after the opening
// phrase: the name that ends the phrase is the subject, past a network's or
// paper's acronym before it. Null when the phrase opens no such clause or
// ends in no name.
function nameAfterOpeningPhrase(view: TokenView, phrase: Range, lower: number): Range | null {
  if (!opensSentenceWithPreposition(view, phrase) || !endsInName(view, phrase)) return null;
  let a = phrase[1];
  while (a > phrase[0] && isCapitalised(view.tokens[a - 1]!)) a--;
  // Only a name after "with", "from" … inside the phrase: "As the Post's
  // Ann Lee noted" or "After CNBC's Ann Lee said" open clauses of their own.
  if (!POST_MODIFIERS.has(view.tokens[a - 1]?.lower ?? '') || a - 1 <= phrase[0]) return null;
  while (a < phrase[1] && /^\p{Lu}{2,}$/u.test(view.tokens[a]!.text)) a++;
  return [a, phrase[1]];
}

// The phrase is the object of a preposition that opens the sentence ("In an interview with …").
function opensSentenceWithPreposition(view: TokenView, phrase: Range): boolean {
  const k = prepositionOf(view, phrase, 0);
  return k >= 0 && !OPENS_CLAUSE.has(view.tokens[k]!.lower) && view.sentences[view.sentenceOf[k]!]![0] === k;
}

// "In the last few days": the phrase (the tagger leaves "the last" out of
// it) is a preposition's object, and the preposition opens the clause.
function inOpeningPreposition(view: TokenView, phrase: Range, lower: number): boolean {
  const k = prepositionOf(view, phrase, lower);
  return k >= 0 && opensClause(view, [k, phrase[1]], lower);
}

// The preposition whose object the phrase is, past modifiers the tagger
// left out of it; -1 when none stands there.
function prepositionOf(view: TokenView, [a]: Range, lower: number): number {
  let k = a - 1;
  while (k >= lower && MODIFIER_TAGS.has(view.tokens[k]!.pos)) k--;
  return k >= lower && view.tokens[k]!.pos === 'ADP' ? k : -1;
}

const MODIFIER_TAGS = new Set(['DET', 'ADJ', 'ADV', 'NUM']);

const NOT_WHO_PREPOSITIONS = new Set(['in', 'at', 'near', 'along', 'outside', 'inside', 'across', 'throughout', 'around', 'about', 'against', 'over', 'to', 'toward', 'towards']);

// "the director of the Federal Bureau of Investigation": capitals after a
// lower-case word and "of" end a role, not a name.
function isRoleOfBody(view: TokenView, [a, b]: Range): boolean {
  let k = b;
  // Back over the body's name, with its inner "of" ("Bureau of Investigation").
  while (k > a && (isCapitalised(view.tokens[k]!) || (INNER_WORDS.has(view.tokens[k]!.lower) && isCapitalised(view.tokens[k - 1]!)))) k--;
  if (view.tokens[k]?.pos === 'DET') k--;
  const before = view.tokens[k - 1];
  return k > a && view.tokens[k]!.lower === 'of' && !!before && !isCapitalised(before);
}

const INNER_WORDS = new Set(['of', 'and', 'for']);

function previousComma(view: TokenView, from: number, lower: number): number {
  let k = from - 1;
  while (k >= lower && from - k < 30 && view.tokens[k]!.text !== ',') {
    // "a major who uses the call sign “Bear”, said": a name in quotation marks is part of the words,
    // as is a quoted word or two inside the clause ("Trump, who has called Zelensky a “dictator”, said").
    if (view.roles[k] === 'mark') k = Math.max(quotedNameOpening(view, k), embeddedQuoteOpening(view, k));
    else if (view.roles[k] !== 'text') return -1;
    // "through surrogates (like Ann Lee, who …), has": a comma inside brackets is theirs.
    else if (view.tokens[k]!.text === ')') {
      const before = skipParenthesis(view, k, lower);
      if (before === k) return -1;
      k = before + 1;
    }
    k--;
  }
  return k >= lower && view.tokens[k]!.text === ',' && view.roles[k] === 'text' ? k : -1;
}

// The opening mark of the short quoted name that `close` closes, or a
// number that ends previousComma()'s search when it closes anything else.
// A comma inside the marks ("call sign, “Frost,” for security reasons,")
// is the comma looked for, and quotedNameBeforeAside() reads that shape.
function quotedNameOpening(view: TokenView, close: number): number {
  const name = shortQuotedName(view, close);
  const s = view.spanOf[close]!;
  if (!name || name[1] !== view.inner[s]![1]) return -1;
  return openingMark(view, s, name[0]);
}

// The first opening mark of span `s`, whose words start at `first`.
function openingMark(view: TokenView, s: number, first: number): number {
  let open = first - 1;
  while (open > 0 && view.roles[open - 1] === 'mark' && view.spanOf[open - 1] === s) open--;
  return open;
}

// The opening mark of a short quoted phrase that `close` closes, set in
// the words after a word of their own ("called Zelensky a “dictator”"); -1
// for a quote of a sentence or one that opens a clause.
function embeddedQuoteOpening(view: TokenView, close: number): number {
  const s = view.spanOf[close]!;
  const inner = s >= 0 ? view.inner[s] : null;
  if (!inner || view.tokens[close]!.start < view.spans[s]!.end || inner[1] - inner[0] >= MAX_EMBEDDED_QUOTE) return -1;
  for (let k = inner[0]; k <= inner[1]; k++) if (isTerminal(view, k) || (view.tokens[k]!.text === ',' && k < inner[1])) return -1;
  const open = openingMark(view, s, inner[0]);
  const before = view.tokens[open - 1];
  return before && view.roles[open - 1] === 'text' && /^\p{L}/u.test(before.text) ? open : -1;
}

const MAX_EMBEDDED_QUOTE = 6;

// "said Nina, a pensioner who asked that her surname not be used": the
// person an appositive describes is the name before its comma. Not a place
// a preposition brings in ("In Sudzha, a pensioner who asked …").
function nameBeforeAppositive(view: TokenView, last: number, lower: number): Range | null {
  const phrase = chunkLeft(view, last, lower);
  if (!phrase || view.tokens[phrase[0] - 1]?.text !== ',' || !namesPeople(view.tokens[headIndex(view, phrase)]!.lower)) return null;
  const name = chunkBeforeComma(view, phrase[0] - 1, lower);
  return name && endsInName(view, name) && view.tokens[wordBeforePhrase(view, name)]?.pos !== 'ADP' ? name : null;
}

function chunkBeforeComma(view: TokenView, k: number, lower: number): Range | null {
  let j = k - 1;
  if (view.tokens[j]?.text === ')') j = skipParenthesis(view, j, lower);
  if (j < lower) return null;
  const phrase = contactClauseHead(view, j, lower) ?? chunkLeft(view, j, lower);
  if (phrase) return phrase;
  // "Another, speaking on condition of anonymity, said": a lone word for someone unnamed.
  const lone = unnamedOneEndingAt(view, j);
  return lone && lone[0] >= lower ? lone : null;
}

// "His critics …": a possessive determiner belongs to the phrase that opens the clause.
function opensClause(view: TokenView, range: Range, lower: number): boolean {
  const p = wordBeforePhrase(view, range);
  const prev = view.tokens[p];
  return p < lower || !prev || ['and', 'but', ',', ':', ';'].includes(prev.lower);
}

// Before the dashes a name, or a description whose name the dashes give ("A former candidate -- John Lee, who lost -- said").
function dashedSubject(view: TokenView, open: number, close: number, lower: number): Range | null {
  const found = chunkLeft(view, open - 1, lower);
  // "Insiders across the four states — and two-thirds of … — said": the insiders.
  const before = subjectBeforeAppositive(view, open, lower) ?? (found && ownerOfModifier(view, found, lower));
  if (before && endsInName(view, before) && !namesPlaces(view, before)) return before;
  // "insiders in the next two states — Nevada and South Carolina — said": places say which, not who.
  const inside = chunkRight(view, open + 1, close - 1);
  if (inside && namesPlaces(view, inside)) return found && ownerOfModifier(view, found, lower);
  return inside && endsInName(view, inside) ? inside : before;
}

// A place or a list of them joined by "and" ("Nevada and South Carolina").
function namesPlaces(view: TokenView, [a, b]: Range): boolean {
  let start = a;
  for (let k = a; k <= b + 1; k++) {
    const t = view.tokens[k];
    if (k <= b && t!.lower !== 'and' && t!.text !== ',') continue;
    if (k === start || !isPlace(view, [start, k - 1])) return false;
    start = k + 1;
  }
  return true;
}

function openingDash(view: TokenView, close: number, lower: number): number {
  for (let k = close - 1; k >= lower && close - k < 40; k--) if (ASIDE_DASHES.has(view.tokens[k]!.text)) return k;
  return -1;
}

/** The token before the bracket that `close` closes, or `close` when none opens within `lower`. */
export function skipParenthesis(view: TokenView, close: number, lower: number): number {
  let k = close;
  while (k >= lower && view.tokens[k]!.text !== '(') k--;
  return k < lower ? close : k - 1;
}

