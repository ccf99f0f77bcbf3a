/**
 * Where a clause opens: a subject and a finite verb. Reported speech needs
 * it twice: to find a statement whose clause opens with no "that" ("The
 * ministry said its forces had taken the village", "He claimed Ukrainian
 * forces lost 76,000 troops", "Lee told reporters she would run"), and to
 * find where a statement ends and the main clause takes over.
 */
import type { Token } from '../types.ts';
import { ARTICLES, BARE_CLAUSE_VERBS, ISSUING_VERBS, RELATIVE_WORDS, TELLING_VERBS } from './cues.ts';
import { isIrregularVerbForm } from '../nlp.ts';
import { chunkRight, isPossessive, ownedPhraseRight, skipFillers, type Range } from './noun-phrase.ts';
import { lastMember } from './joint-subject.ts';
import { pastMedium } from './occasion.ts';
import { inHeadline, inClosedQuote, isCapitalised, type TokenView } from './token-view.ts';

/** A verb with a tense: an auxiliary, or a verb that is no -ing form or participle preposition. */
export function isFiniteVerb(t: Token | undefined): boolean {
  if (!t) return false;
  return t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing') && !PARTICIPLE_PREPOSITIONS.has(t.lower));
}

const PARTICIPLE_PREPOSITIONS = new Set(['given', 'according', 'provided', 'granted']);

/**
 * "said that geolocated footage did not …": an -ed verb before a noun that
 * a tensed verb follows describes the noun; "that" before it opens the
 * clause rather than being its subject ("said that angered voters"). A
 * plain form after the noun may be its object's verb ("that helped farmers
 * grow"), so it does not count.
 */
export function isModifyingParticiple(view: TokenView, j: number): boolean {
  const t = view.tokens[j];
  if (t?.pos !== 'VERB' || !t.lower.endsWith('ed')) return false;
  let k = j + 1;
  while (view.roles[k] === 'text' && (view.tokens[k]!.pos === 'NOUN' || view.tokens[k]!.pos === 'ADJ')) k++;
  const verb = view.tokens[k];
  return k > j + 1 && view.roles[k] === 'text' && isFiniteVerb(verb) && !isPlainForm(verb!);
}

/** A subject ("Ruiz", "a trio of PACs", "his administration") and a finite verb at `from`. */
export function opensClause(view: TokenView, from: number, end: number): boolean {
  const head = chunkRight(view, from, end);
  // "soldiers of the 95th Brigade were still holding": the phrase runs past "of".
  const of = head && view.tokens[head[1] + 1]?.lower === 'of' && view.roles[head[1] + 1] === 'text' ? chunkRight(view, head[1] + 2, end) : null;
  const chunk: Range | null = head && of ? [head[0], of[1]] : head;
  const verb = chunk ? pastAdverbs(view, chunk[1] + 1) : -1;
  // "violations supposedly perpetrated against him" describes the violations.
  if (chunk && isFiniteVerb(view.tokens[verb]) && (verb === chunk[1] + 1 || !isReducedRelative(view, verb))) return true;
  // The phrase reader takes no phrase that opens with "his" or "their", nor
  // one with a quote in it ("units of the “North” group had …", "the
  // “sharing economy” reflects …").
  let j = from;
  while (j <= end && j - from < LONGEST_SUBJECT && (isSubjectWord(view, j) || inClosedQuote(view, j))) j++;
  // "maintaining his lead among Republicans": "his" alone is no subject, and
  // the word after it is its noun; in "said his proposed wall might be" or
  // "his focus groups show" that word goes with a noun after it.
  if (j === from + 1 && ONLY_POSSESSIVE.has(view.tokens[from]!.lower) && !NOUN_POS.has(view.tokens[j + 1]?.pos ?? '')) return false;
  // "maintained a paid speaking schedule": an article alone is no subject
  // either, and the verb after it describes its noun; the phrase may still
  // have a verb of its own ("said the increased focus on Trump is …").
  if (j === from + 1 && ARTICLES.has(view.tokens[from]!.lower)) return hasFiniteVerbAfter(view, j + 1, end);
  return j > from && j <= end && isFiniteVerb(view.tokens[j]);
}

// A finite verb among the few words from `from`, before any punctuation.
// Not a participle before a noun, which describes it ("a large pledged
// delegate lead"); a plain form only after an adverb ("never shut"): after
// a noun the tagger often reads a noun as one ("delegate lead"), and after
// "to" it is an infinitive.
function hasFiniteVerbAfter(view: TokenView, from: number, end: number): boolean {
  for (let k = from; k <= end && k - from < LONGEST_SUBJECT && view.roles[k] === 'text' && view.tokens[k]!.pos !== 'PUNCT'; k++) {
    const t = view.tokens[k]!;
    if (!isFiniteVerb(t) || view.tokens[k + 1]?.pos === 'NOUN') continue;
    if (!isPlainForm(t) || view.tokens[k - 1]!.pos === 'ADV') return true;
  }
  return false;
}

// Not "her", which may be a listener ("told her the army would …").
const ONLY_POSSESSIVE = new Set(['his', 'its', 'their', 'my', 'our', 'your']);
const NOUN_POS = new Set(['NOUN', 'PROPN']);

// "said the president “highly appreciated” the troops", "the pope not
// only served": the verb may open a quote, and adverbs or "not" may stand
// before it.
function pastAdverbs(view: TokenView, j: number): number {
  while (view.roles[j] === 'mark' || view.tokens[j]?.pos === 'ADV' || view.tokens[j]?.lower === 'not') j++;
  return j;
}

// A word of the subject; "of" only next to a quote ("units of the
// “North” group of forces"): elsewhere "the story of a mom who had …" is
// no clause.
function isSubjectWord(view: TokenView, j: number): boolean {
  if (view.roles[j] !== 'text') return false;
  if (view.tokens[j]!.lower === 'of') return [j - 2, j + 1, j + 2].some((k) => inClosedQuote(view, k));
  return SUBJECT_POS.has(view.tokens[j]!.pos);
}

// Tokens, quotation marks included: "units of the “North” group of forces"
// is 10. It bounds the quote in a subject too.
const LONGEST_SUBJECT = 10;
const SUBJECT_POS = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const HEADS = new Set(['PRON', 'NOUN', 'PROPN', 'NUM']);

/**
 * For the verb of speech at `k`, the first token of the clause it reports
 * with no "that" ("said [its forces had …]", "told reporters [she would
 * …]", "claimed on Saturday [Ukraine lost …]"), or -1. Only a subject and a
 * finite verb right after the verb (past adverbs, a time, where it was
 * said, and the listener of "tell") open one: "said goodbye", "claimed
 * responsibility for …" and "said in a statement" alone do not, and a
 * question ("Did Lee say …?") or a headline reports nothing.
 */
export function bareClauseStart(view: TokenView, k: number, end: number): number {
  const verb = view.tokens[k]!.lower;
  // A headline ("Obama Says Museum Will Tell …") is capitals, not a statement.
  if (!BARE_CLAUSE_VERBS.has(verb) || view.tokens[end + 1]?.text === '?' || inHeadline(view, k)) return -1;
  const done = claimedDeed(view, k, end);
  if (done >= 0) return done;
  const j = pastTime(view, k + 1, end);
  if (!TELLING_VERBS.has(verb)) {
    const plain = clauseAt(view, j, end);
    return plain >= 0 ? plain : clauseAfterMedium(view, j, end);
  }
  const listener = chunkRight(view, j, end) ?? ownedPhraseRight(view, j, end);
  // "told him Pyongyang would …": an object pronoun is no phrase the reader finds.
  if (!listener) return OBJECT_PRONOUNS.has(view.tokens[j]!.lower) ? clauseAt(view, pastTime(view, j + 1, end), end) : -1;
  // "told reporters Putin would speak": the phrase reader joins a plain
  // listener to the name after it, so a listener of one plain word
  // ("reporters", "them") is tried too; not "a" or "2,267".
  const after = clauseAt(view, pastTime(view, listener[1] + 1, end), end);
  return after >= 0 || listener[0] === listener[1] || !isPlainListener(view.tokens[j]!) ? after : clauseAt(view, pastTime(view, j + 1, end), end);
}

// "said on Telegram a woman had been injured", "said in a statement its
// forces had taken …": the clause after where it was said. Not a clause on
// the document ("said in a statement his office released on Monday"),
// whose verb puts the document out.
function clauseAfterMedium(view: TokenView, j: number, end: number): number {
  const medium = pastMedium(view, j, end);
  if (medium === j) return -1;
  const start = clauseAt(view, pastTime(view, medium, end), end);
  if (start < 0) return -1;
  for (let v = start; v <= end && v - start < MEDIUM_CLAUSE_REACH; v++) {
    if (isFiniteVerb(view.tokens[v])) return ISSUING_VERBS.has(view.tokens[v]!.lower) || view.tokens[v]!.lower === 'gave' ? -1 : start;
  }
  return start;
}

const MEDIUM_CLAUSE_REACH = 6;

// "The ministry claimed to have destroyed 14 tanks": what it claims it did,
// from the participle on. Only "claim": "said to have" is hearsay about the
// subject, and "claimed to be" names no deed.
function claimedDeed(view: TokenView, k: number, end: number): number {
  return CLAIM_FORMS.has(view.tokens[k]!.lower) ? deedAfter(view, k, end) : -1;
}

/**
 * The participle of a deed claimed after the claim word at `k` ("claimed
 * to have destroyed", "Russia's claim to have recaptured"), or -1: "to
 * have", then a participle, whatever the tagger says ("have shot" comes
 * out a noun). "claimed to have the deed" names none.
 */
export function deedAfter(view: TokenView, k: number, end: number): number {
  if (view.tokens[k + 1]?.lower !== 'to' || view.tokens[k + 2]?.lower !== 'have') return -1;
  const deed = view.tokens[k + 3];
  const participle = !!deed && (deed.pos === 'VERB' || isIrregularVerbForm(deed.lower) || /^\p{Ll}+ed$/u.test(deed.text)) && !deed.lower.endsWith('ing');
  return k + 3 < end && participle ? k + 3 : -1;
}

const CLAIM_FORMS = new Set(['claim', 'claims', 'claimed']);

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);

function isPlainListener(t: Token): boolean {
  return !isCapitalised(t) && (t.pos === 'PRON' || (t.pos === 'NOUN' && t.lower.endsWith('s')));
}

function clauseAt(view: TokenView, j: number, end: number): number {
  if (j >= end || view.roles[j] !== 'text' || view.tokens[j]!.lower === 'that') return -1;
  // "said more than 300 civilians had been killed", "said nearly 300 …":
  // the clause is read from the number, and starts with what qualifies it.
  const lead = quantityLead(view, j);
  const from = lead?.number ?? j;
  if (isNameModifierNoun(view, from, end)) return -1;
  const opens = opensClause(view, from, end) || subjectAdverbVerb(view, from, end) || jointSubjectVerb(view, from, end) ||
    gerundVerb(view, from, end) || modifiedSubjectVerb(view, from, end) || subjectAsideVerb(view, from, end) || infinitiveSubjectVerb(view, from, end);
  if (!opens) return -1;
  if (lead) return lead.start;
  // "says too much is made of it": a degree adverb skipped as filler grades the subject.
  return DEGREE_ADVERBS.has(view.tokens[j - 1]?.lower ?? '') ? j - 1 : j;
}

const DEGREE_ADVERBS = new Set(['too', 'so', 'very', 'far']);

// The words that qualify a number at or just before `j` ("at least",
// "more than", "up to", or "nearly", which the filler skipper passed
// over): where they start, and the number; null when no number is
// qualified there. A figure without them is another claim.
function quantityLead(view: TokenView, j: number): { start: number; number: number } | null {
  if (view.tokens[j]!.pos === 'NUM') {
    let start = j;
    while (view.roles[start - 1] === 'text' && ONE_WORD_LEADS.has(view.tokens[start - 1]!.lower)) start--;
    return start < j ? { start, number: j } : null;
  }
  // The skipper may have passed over the first words too ("as" in "as many as").
  for (const words of QUANTITY_LEADS) {
    for (let start = j; start > j - words.length; start--) {
      const number = start + words.length;
      if (words.every((w, i) => view.tokens[start + i]?.lower === w && view.roles[start + i] === 'text') && view.tokens[number]?.pos === 'NUM') return { start, number };
    }
  }
  return null;
}

const ONE_WORD_LEADS = new Set(['about', 'nearly', 'almost', 'roughly', 'approximately', 'around', 'some', 'only', 'just', 'over', 'under']);
const QUANTITY_LEADS: string[][] = [
  ['at', 'least'], ['at', 'most'], ['more', 'than'], ['fewer', 'than'], ['less', 'than'], ['up', 'to'],
  ['as', 'many', 'as'], ['as', 'much', 'as'], ...[...ONE_WORD_LEADS].map((w) => [w]),
];

// "said the troops in Kursk had retreated", "said the head of the agency
// had resigned": a subject with a phrase or two after it, then the verb.
// The phrase must run up to a finite verb, so "claimed responsibility for
// the attack" and "said goodbye to his family" stay no clause.
function modifiedSubjectVerb(view: TokenView, from: number, end: number): boolean {
  let j = nounRun(view, from, end);
  for (let phrases = 0; j > from && phrases < 2 && SUBJECT_PREPOSITIONS.has(view.tokens[j]?.lower ?? ''); phrases++) {
    const next = nounRun(view, j + 1, end);
    if (next === j + 1) return false;
    if (isFiniteVerb(view.tokens[next])) return next <= end && !isReducedRelative(view, next);
    j = next;
  }
  return false;
}

// "told Reuters the decision to withdraw had been taken by Syrskyi": a
// subject whose noun an infinitive (and its object) follows, then the verb.
function infinitiveSubjectVerb(view: TokenView, from: number, end: number): boolean {
  const j = nounRun(view, from, end);
  const verb = view.tokens[j + 1];
  if (j === from || view.tokens[j]?.lower !== 'to' || verb?.pos !== 'VERB' || verb.lower.endsWith('ing') || verb.lower.endsWith('ed')) return false;
  const next = nounRun(view, j + 2, end);
  return next <= end && isFiniteVerb(view.tokens[next]) && !isReducedRelative(view, next);
}

// "said the incursion, launched last August, aimed to …", "said the raid, a
// bold gamble, had failed": a participle's phrase or an appositive set
// between commas after the subject, then its verb. Only a phrase with no
// verb of its own past its first word: after "claimed the town, seized
// when the army was tired, …" no clause is sure.
function subjectAsideVerb(view: TokenView, from: number, end: number): boolean {
  const subject = chunkRight(view, from, end);
  if (!subject || view.tokens[subject[1] + 1]?.text !== ',') return false;
  for (let k = subject[1] + 3; k < end; k++) {
    const t = view.tokens[k]!;
    if (view.roles[k] !== 'text' || t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.text === ',') return isFiniteVerb(view.tokens[k + 1]);
  }
  return false;
}

// The first token past a run of subject words from `from` that ends in its
// noun or is a quantifier ("some of them"), or `from`. A pronoun only opens
// a run: inside one, "that" or "which" opens a relative clause. A
// possessive after a noun goes on with its owner's thing ("the firm's work").
function nounRun(view: TokenView, from: number, end: number): number {
  // "a voter passing by who seemed confused": a relative pronoun opens a clause, not a run ("that" may be a determiner).
  const first = view.tokens[from]?.lower ?? '';
  if (RELATIVE_WORDS.has(first) && first !== 'that') return from;
  let j = from;
  while (j <= end && j - from < 6 && view.roles[j] === 'text' && (isRunWord(view, j, from) || (j > from && isPossessive(view.tokens[j]!.text)))) j++;
  const last = view.tokens[j - 1];
  return j > from && (HEADS.has(last!.pos) || (j === from + 1 && QUANTIFIERS.has(last!.lower))) ? j : from;
}

function isRunWord(view: TokenView, j: number, from: number): boolean {
  return SUBJECT_POS.has(view.tokens[j]!.pos) && (j === from || view.tokens[j]!.pos !== 'PRON');
}

const QUANTIFIERS = new Set(['some', 'most', 'many', 'all', 'none', 'few', 'several', 'each', 'both', 'half', 'much']);

// "the string of contests known as Super Tuesday", "the photo of her son
// projected behind them": a participle and its phrase describe the noun
// before them. Its past tense ("the troops in Kursk retreated across …")
// reads the same, and is given up.
function isReducedRelative(view: TokenView, v: number): boolean {
  const verb = view.tokens[v]!;
  return verb.pos === 'VERB' && !/(?:s|ing)$/.test(verb.lower) && view.tokens[v + 1]?.pos === 'ADP';
}

const SUBJECT_PREPOSITIONS = new Set([
  'of', 'in', 'on', 'at', 'near', 'from', 'by', 'with', 'for', 'about', 'along', 'inside', 'around', 'across', 'against', 'outside', 'within', 'behind', 'under', 'among',
]);

// "said the army and the navy were ready", "said Russia, Belarus and Iran
// had agreed": subjects joined by "and", then the verb. Two members alone
// could be an object and a new clause ("claimed victory and Ruiz conceded",
// "said grace and the guests ate"), so after two the verb must be one only a
// plural takes, after a last member in the singular.
function jointSubjectVerb(view: TokenView, from: number, end: number): boolean {
  const first = chunkRight(view, from, end);
  const last = first && lastMember(view, first, end);
  if (!last) return false;
  const verb = view.tokens[last[1] + 1];
  const isList = view.tokens.slice(first[1] + 1, last[0]).some((t) => t.text === ',');
  if (isList) return isFiniteVerb(verb);
  const head = view.tokens[last[1]]!;
  const singular = head.pos === 'PROPN' || (head.pos === 'NOUN' && !head.lower.endsWith('s'));
  return singular && PLURAL_VERBS.has(verb?.lower ?? '');
}

const PLURAL_VERBS = new Set(['are', 'were', 'have', 'do', "aren't", "weren't", "haven't", "don't", 'aren’t', 'weren’t', 'haven’t', 'don’t']);

// "claimed fighting continued", "said ending foreign donations would help":
// a gerund, alone or with its object or a phrase, as the subject.
function gerundVerb(view: TokenView, from: number, end: number): boolean {
  const gerund = view.tokens[from]!;
  if (from >= end || gerund.pos !== 'VERB' || !gerund.lower.endsWith('ing') || view.roles[from + 1] !== 'text') return false;
  const object = chunkRight(view, from + 1, end);
  if (object) return isFiniteVerb(view.tokens[object[1] + 1]);
  // "said shelling of border villages had intensified": a phrase on it, then the verb.
  if (SUBJECT_PREPOSITIONS.has(view.tokens[from + 1]!.lower)) {
    const next = nounRun(view, from + 2, end);
    return next > from + 2 && next <= end && isFiniteVerb(view.tokens[next]) && !isReducedRelative(view, next);
  }
  return isFiniteVerb(view.tokens[from + 1]);
}

// "predicted a Cruz win": after "a" a name is a modifier, so the word after
// it is a noun the tagger took for a verb. A verb in its plain form cannot
// follow "a" and a name ("a Cruz aide leaked" is a clause, "a Cruz win" is
// not).
function isNameModifierNoun(view: TokenView, from: number, end: number): boolean {
  if (!INDEFINITE.has(view.tokens[from]!.lower)) return false;
  let j = from + 1;
  while (j <= end && view.tokens[j]!.pos === 'ADJ') j++;
  if (view.tokens[j]?.pos !== 'PROPN') return false;
  while (j <= end && view.tokens[j]!.pos === 'PROPN') j++;
  const verb = view.tokens[j];
  return j <= end && !!verb && isPlainForm(verb);
}

/** A verb in its plain form ("win", "torture", "address"), which no singular subject takes: not "-s" or "-ed". */
export function isPlainForm(t: Token): boolean {
  return t.pos === 'VERB' && !/(?:[^s]s|ed)$/.test(t.lower);
}

const INDEFINITE = new Set(['a', 'an']);

// "said Sunday its forces still hold …": an adverb between the subject and
// its verb. Only words tagged as adverbs: an auxiliary is the verb itself.
function subjectAdverbVerb(view: TokenView, from: number, end: number): boolean {
  let j = from;
  // "claimed victories that later turned out false": a relative word after the noun opens a clause on it, not the subject.
  while (j <= end && j - from < 8 && view.roles[j] === 'text' && (j === from || (view.tokens[j]!.pos !== 'ADV' && !RELATIVE_WORDS.has(view.tokens[j]!.lower))) && SUBJECT_POS.has(view.tokens[j]!.pos)) j++;
  // The subject ends in its noun: in "maintains a large pledged delegate lead" the tagger's adverb "large" follows only "a".
  if (j === from || view.tokens[j]?.pos !== 'ADV' || !HEADS.has(view.tokens[j - 1]!.pos)) return false;
  while (j <= end && view.tokens[j]!.pos === 'ADV') j++;
  return j <= end && isFiniteVerb(view.tokens[j]);
}

// Past adverbs and a time ("said on Saturday"), but not a time that owns
// the next word: in "said Tuesday's vote was rigged" the clause opens at
// "Tuesday".
function pastTime(view: TokenView, from: number, end: number): number {
  const j = skipFillers(view, from, end, 1);
  // "admitted just how much ground they had lost": "how" opens the clause, and
  // what follows it is no statement of its own.
  for (let w = from; w < j; w++) if (WH_ADVERBS.has(view.tokens[w]!.lower)) return end;
  return j > from && isPossessive(view.tokens[j]?.text ?? '') ? j - 1 : j;
}

const WH_ADVERBS = new Set(['how', 'why', 'when', 'where', 'whether']);

