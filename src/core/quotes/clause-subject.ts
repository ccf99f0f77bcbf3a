/**
 * Whether a phrase is the subject of a clause, as news grammar writes one:
 * "Ann Lee said", "Ann Lee, 58, a nurse in Dayton, Ohio, said", "…, said Tom
 * Hale", "Lee's been saying"; and whether that clause is the sentence's main
 * one. A subject is what later pronouns and bare surnames look back to.
 */
import { isDictionaryWord } from '../nlp.ts';
import { ASIDE_DASHES, ATTACKING_VERBS, DENYING_VERBS, INVERTING_VERBS } from './cues.ts';
import { isGerund, SUBORDINATORS } from './dependent-verb.ts';
import { parentheticalAttribution } from './parenthetical.ts';
import { afterAffiliation, chunkLeft, chunkRight, endsInName, isIntensifier, isNominalWord, isTimeFiller, isVerbAfterName, skipFillers, wordBeforePhrase, type Range } from './noun-phrase.ts';
import { closingAttribution, isReportingVerb } from './reporting-clause.ts';
import { SPEECH_NOUNS } from './speech-noun.ts';
import type { OffsetRange } from './resolve-mention.ts';
import { clauseEndAfter, isCapitalised, isTerminal, type TokenView } from './token-view.ts';

/** For the phrase `range`: `salient` when it is a clause's subject, `main` unless that clause is subordinate. */
export function subjectRole(view: TokenView, [first, last]: Range): { salient: boolean; main: boolean } {
  if (isPerspective(view, first, last)) return { salient: true, main: true };
  const next = afterAffiliation(view, [first, last], view.tokens.length - 1);
  const salient = afterInvertingVerb(view, first) || isCleft(view, first, next) || isPresented(view, first, next) || isPresentedAmong(view, first) || (!followsPreposition(view, first) && !afterGerund(view, first) && !closesAside(view, first, next) && isSubject(view, next, view.tokens[first - 1]?.text === ','));
  return { salient, main: !salient || (!inSubordinateClause(view, first) && !inReportedClause(view, first)) };
}

// "it was Mr. Trump who seemed like a different candidate. As he spoke …":
// the one a cleft sentence singles out is what the sentence is about, and
// the "he" after it.
function isCleft(view: TokenView, first: number, next: number): boolean {
  return CLEFT_BE.has(view.tokens[first - 1]?.lower ?? '') && view.tokens[first - 2]?.lower === 'it' && CLEFT_RELATIVES.has(view.tokens[next]?.lower ?? '');
}

const CLEFT_BE = new Set(['is', 'was', "'s", '’s']);
const CLEFT_RELATIVES = new Set(['who', 'that']);

// "Then there’s Axelrod. “…,” he wrote": a sentence that only brings someone
// on is about them, and so is the "he" after it. Only a name ending in a word
// no dictionary has: "Then there’s Wall Street." brings on no one.
function isPresented(view: TokenView, first: number, next: number): boolean {
  if (!CLEFT_BE.has(view.tokens[first - 1]?.lower ?? '') || view.tokens[first - 2]?.lower !== 'there' || !isTerminal(view, next)) return false;
  const last = view.tokens[next - 1]!;
  return last.pos === 'PROPN' && !isDictionaryWord(last.lower);
}

// "Among them was Olga, 72. “…,” she said": an opening "among" phrase puts
// the subject after its verb, and the sentence brings that one on.
function isPresentedAmong(view: TokenView, first: number): boolean {
  if (!PRESENTING_BE.has(view.tokens[first - 1]?.lower ?? '')) return false;
  const start = view.sentences[view.sentenceOf[first]!]![0];
  if (view.tokens[start]!.lower !== 'among' || start >= first - 2) return false;
  for (let j = start + 1; j < first - 1; j++) if (view.tokens[j]!.pos === 'AUX' || view.tokens[j]!.text === ',' || view.roles[j] !== 'text') return false;
  return true;
}

const PRESENTING_BE = new Set(['was', 'were', 'is', 'are']);

// "To Professor Ann Lee, the stare seemed sad. “…,” she said." and "For
// Natalia Ivanova, a pensioner, the news brought little relief.": the person
// whose view opens the sentence is who it is about, though a preposition
// stands before the name. ("According to X, Lee praised …" is about Lee.)
function isPerspective(view: TokenView, first: number, last: number): boolean {
  if (view.tokens[last + 1]?.text !== ',' || !PERSPECTIVE_PREPOSITIONS.has(view.tokens[first - 1]?.lower ?? '')) return false;
  return view.sentences[view.sentenceOf[first]!]![0] === first - 1;
}

const PERSPECTIVE_PREPOSITIONS = new Set(['to', 'for']);

// "Cruz will have a tougher time, should he win, Henson said.": the words
// before a closing attribution are what its speaker said, so the sentence's
// main subject is the speaker, and a later "he" is more likely Henson.
function inReportedClause(view: TokenView, first: number): boolean {
  const [start, last] = view.sentences[view.sentenceOf[first]!]!;
  const end = isTerminal(view, last) ? last - 1 : last;
  const found = closingAttribution(view, start, end);
  return !!found && first < found.comma;
}

/**
 * Where the pronoun subject `range` cannot find whom it refers to, as body
 * offsets (`offset` is the passage's). A pronoun is never someone its own
 * clause names after it: in "he told Lee", "she calls Lee's plan a fraud",
 * "he said of Lee and Ruiz" or "he said that Lee would win", "he" and "she"
 * are someone else. The clause ends at a comma, a quote or a relative word:
 * news does write "he thanked the people whom Lee has known for years" of
 * Lee, and "…,” he said, as Lee looked on" says nothing either way. Nor is
 * it anyone named in an opening participle clause it is the subject of
 * ("Asked whether Lee would win, she said"): writing of Lee, the writer
 * would have put the name there and the pronoun in the question.
 */
export function notReferredTo(view: TokenView, [first, last]: Range, offset: number): OffsetRange {
  const end = offset + clauseEndAfter(view, last);
  const opening = openingParticipleClause(view, first);
  return [offset + (opening >= 0 ? view.tokens[opening]!.start : view.tokens[last]!.end), end];
}

/**
 * The words the pronoun subject `range` reports, as body offsets, when it
 * closes its sentence ("Trump isn't a conservative, he said."; "If Lee
 * wins, the party will split, he said.") or stands between commas inside it
 * ("Compaq, she predicted, would come to them."), else null.
 */
export function reportedBefore(view: TokenView, [first]: Range, offset: number): OffsetRange | null {
  if (view.tokens[first - 1]?.text !== ',') return null;
  const [start, last] = view.sentences[view.sentenceOf[first]!]!;
  const end = isTerminal(view, last) ? last - 1 : last;
  const found = closingAttribution(view, start, end);
  const closes = !!found && found.comma === first - 1 && found.subject[0] === first;
  if (!closes && !opensOnInsertedSpeaker(view, first, start) && parentheticalAttribution(view, start, end)?.subject[0] !== first) return null;
  return [offset + view.tokens[start]!.start, offset + view.tokens[first - 1]!.start];
}

// "Moscow, he added, was …": an inserted attribution right after the phrase
// that opens the sentence. Further in ("… and Ms. Warren, she said, …") the
// words it reports start where the sentence does not.
function opensOnInsertedSpeaker(view: TokenView, first: number, start: number): boolean {
  const phrase = isInsertedSpeaker(view, first) ? chunkLeft(view, first - 2, start) : null;
  return !!phrase && phrase[0] === start;
}

// "Moscow, he added, was “playing games”": the pronoun at `i` is the
// subject of an attribution set between commas, the speaker, never the name
// before it in the words it reports. parentheticalAttribution() reads more
// shapes, but only in a sentence with no quote in it.
function isInsertedSpeaker(view: TokenView, i: number): boolean {
  if (view.tokens[i - 1]?.text !== ',' || view.roles[i] !== 'text') return false;
  const v = skipFillers(view, i + 1, view.tokens.length - 1, 1);
  return v < view.tokens.length && isReportingVerb(view, v) && view.tokens[v + 1]?.text === ',';
}

// The first token of an opening participle clause that ends right before
// the subject at `first` ("Asked about her vote, she …"), or -1. No clause
// of its own may start after a comma in between ("Asked about it, Lee said
// that …, he said" is Lee's); a relative one may ("…, who has …, she").
function openingParticipleClause(view: TokenView, first: number): number {
  if (view.tokens[first - 1]?.text !== ',') return -1;
  const start = view.sentences[view.sentenceOf[first]!]![0];
  const opener = view.tokens[start]!;
  if (opener.pos !== 'VERB' || !/(ed|ing)$/.test(opener.lower) || view.roles[start] !== 'text') return -1;
  for (let k = start + 1; k < first - 1; k++) {
    if (view.tokens[k]!.text !== ',' || RELATIVE_PRONOUNS.has(view.tokens[k + 1]?.lower ?? '')) continue;
    const phrase = chunkRight(view, k + 1, first - 2);
    if (phrase && isVerbAt(view, phrase[1] + 1)) return -1;
  }
  return start;
}

// The object of a preposition is never a clause's subject, even when a verb
// follows it: in "monsoon patterns in South Asia could affect", the patterns
// affect. Words that may also open a clause ("as", "after", "before") are not here.
const PREPOSITIONS = new Set(['in', 'on', 'at', 'of', 'to', 'from', 'with', 'by', 'into', 'onto', 'about', 'against', 'among', 'between', 'during', 'through', 'toward', 'towards', 'under', 'over', 'within', 'without', 'across', 'behind', 'near', 'including', 'per', 'via', 'inside', 'outside', 'throughout', 'around', 'amid', 'along', 'alongside', 'beyond', 'upon', 'beside', 'despite']);

// "…, said David Axelrod, a former strategist": the name after the verb is its subject.
function afterInvertingVerb(view: TokenView, first: number): boolean {
  const before = view.tokens[first - 1];
  return !!before && view.roles[first - 1] === 'text' && INVERTING_VERBS.has(before.lower);
}

// "replacing Clinton would be acrimonious": the name right after an -ing verb
// is its object, and the verb's phrase is the subject. After other verbs a
// name may open a clause of its own ("a worker named Ann Lee has", "Did that
// mean Lee would vote").
function afterGerund(view: TokenView, first: number): boolean {
  return first > 0 && isVerbAt(view, first - 1) && isGerund(view, first - 1);
}

// "The person who plays Trump, several people told POLITICO, has been
// chosen": a name between a verb and a comma that another verb follows is
// the object closing an aside, and the subject is the phrase before it.
function closesAside(view: TokenView, first: number, next: number): boolean {
  if (first === 0 || !isVerbAt(view, first - 1) || view.tokens[next]?.text !== ',') return false;
  const verb = skipAdverbs(view, next + 1);
  return isVerbAt(view, verb) && !isGerund(view, verb);
}

/**
 * True for a subject that says nobody spoke: "None of the officials said",
 * "No official said", "Neither Lee nor Hale said" (the phrase the verb
 * follows is "Hale", after "nor"), or the one left out ("Everyone except
 * Lee said", "All but Lee said"). What it reports is no one's words.
 */
export function isNegativeSubject(view: TokenView, range: Range): boolean {
  const first = view.tokens[range[0]]!.lower;
  // "No wonder Trump said", "No. 2 official Ann Lee said": a name is someone.
  if (NO_ONE.has(first)) return first !== 'no' || !endsInName(view, range);
  const before = view.tokens[range[0] - 1]?.lower ?? '';
  // "Everyone except Lee said", "All but Lee said": the one left out is the one who did not.
  if (before === 'but') return EVERYONE.has(view.tokens[range[0] - 2]?.lower ?? '');
  return NEGATING_BEFORE.has(before);
}

const NO_ONE = new Set(['no', 'none', 'neither', 'nobody', 'nothing']);
const NEGATING_BEFORE = new Set(['nor', 'neither', 'not', 'except', 'excluding']);
const EVERYONE = new Set(['all', 'everyone', 'everybody', 'anyone', 'anybody']);

/**
 * True for the subject of a clause that supposes its verb rather than
 * reports it: "If Lee said “…,” she would be fired", "Had Lee said …",
 * "unclear whether Lee said that …", "Hale wished Lee had said …".
 */
export function isSupposedSubject(view: TokenView, subject: Range, lower: number): boolean {
  let p = wordBeforePhrase(view, subject);
  if (view.tokens[p]?.lower === 'that' && WISHING.has(view.tokens[p - 1]?.lower ?? '')) p--;
  const word = p >= lower ? view.tokens[p]!.lower : '';
  if (SUPPOSING.has(word) || WISHING.has(word)) return true;
  const first = view.sentences[view.sentenceOf[subject[0]]!]![0];
  // "Say Mexico demanded that …", "Suppose Lee said …": an imperative that
  // opens the sentence supposes; the phrase reader may take it into the name.
  const opener = p === first ? word : subject[0] === first && subject[1] > subject[0] ? view.tokens[first]!.lower : '';
  if (SUPPOSING_IMPERATIVES.has(opener)) return true;
  const opens = p === first || view.tokens[p - 1]?.text === ',';
  return word === 'had' && opens;
}

const SUPPOSING = new Set(['if', 'unless', 'whether']);
const SUPPOSING_IMPERATIVES = new Set(['say', 'suppose', 'imagine', 'assume', 'picture', 'pretend']);
// "wished Lee had said “…”", "hopes Lee will say": words someone wants said;
// "expects voters will say “…”", "thinks Lee said": words someone expects or
// believes were said, which the text does not report.
const WISHING = new Set([
  'wish', 'wishes', 'wished', 'wishing', 'hope', 'hopes', 'hoped', 'hoping', 'pray', 'prays', 'prayed', 'praying',
  'expect', 'expects', 'expected', 'predict', 'predicts', 'predicted', 'think', 'thinks', 'thought', 'believe', 'believes', 'believed',
  'suspect', 'suspects', 'suspected', 'assume', 'assumes', 'assumed', 'suppose', 'supposes', 'supposed', 'guess', 'guessed', 'bet', 'bets', 'doubt', 'doubts', 'doubted',
]);

/**
 * True when the clause of `subject` is what the sentence calls false:
 * "The meme falsely claims Lee said “…”", "Posts wrongly said Lee told
 * …", "Reports that Lee said “…” were false". "Lee falsely claimed “…”" is
 * still Lee's: the adverb must come before the subject.
 */
export function isFalselyReported(view: TokenView, subject: Range, lower: number): boolean {
  const [first, last] = view.sentences[view.sentenceOf[subject[0]]!]!;
  for (let k = first; k < subject[0] - 1; k++) {
    if (k >= lower && FALSITY.has(view.tokens[k]!.lower) && view.tokens[k + 1]!.pos === 'VERB') return true;
  }
  return isFalseClaimContent(view, subject, last);
}

/**
 * True when the clause of `subject` is what a verb of denying denies: "Lee
 * denied that she said “…”", "Lee disputed that she had called it “…”",
 * "Lee rejected claims that she told aides “…”". The words are the ones
 * said not to have been said.
 */
export function isDenied(view: TokenView, subject: Range, lower: number): boolean {
  const that = wordBeforePhrase(view, subject);
  if (that < lower || view.tokens[that]!.lower !== 'that') return false;
  const before = skipFillers(view, that - 1, lower, -1);
  if (before < lower) return false;
  const word = view.tokens[before]!.lower;
  if (DENYING_VERBS.has(word)) return true;
  // "rejected (the) claims that …": a noun of speech, or reports, after a verb of denying or attacking.
  if (!SPEECH_NOUNS.has(word) && word !== 'report' && word !== 'reports') return false;
  let verb = before - 1;
  while (verb >= lower && (view.tokens[verb]!.pos === 'DET' || view.tokens[verb]!.pos === 'ADJ')) verb--;
  return verb >= lower && ATTACKING_VERBS.has(view.tokens[verb]!.lower);
}

const FALSITY = new Set(['falsely', 'wrongly', 'incorrectly', 'erroneously', 'mistakenly', 'inaccurately', 'baselessly']);

// "Reports that Lee said “…” were false": the clause is what a claim says,
// and the sentence calls the claim false.
function isFalseClaimContent(view: TokenView, [a, b]: Range, last: number): boolean {
  if (view.tokens[a - 1]?.lower !== 'that' || !CLAIM_NOUNS.has(view.tokens[a - 2]?.lower ?? '')) return false;
  for (let k = b + 1; k <= last; k++) if (FALSE_WORDS.has(view.tokens[k]!.lower)) return true;
  return false;
}

const CLAIM_NOUNS = new Set(['report', 'reports', 'claim', 'claims', 'rumor', 'rumors', 'rumour', 'rumours', 'allegation', 'allegations', 'story', 'stories', 'suggestion', 'suggestions']);
const FALSE_WORDS = new Set(['false', 'untrue', 'baseless', 'fabricated', 'inaccurate', 'incorrect', 'fake', 'unfounded', 'groundless', 'bogus']);

/** True when the phrase starting at `first` is the object of a preposition ("in South Asia"). */
export function followsPreposition(view: TokenView, first: number): boolean {
  const before = view.tokens[first - 1];
  return !!before && PREPOSITIONS.has(before.lower);
}

// A phrase is a clause subject when a verb follows it, directly, after
// adverbs, after an appositive between commas ("Ann Lee, who leads it, said"),
// or after a verbless appositive that holds commas of its own ("Scott Slinker,
// an entrepreneur in San Jose, Calif., gave"). `appositive` when a comma
// stands before the phrase too ("Lee's pollster, Tom Hale, says").
function isSubject(view: TokenView, next: number, appositive: boolean): boolean {
  return isContractedVerb(view, next) || isVerbAt(view, subjectsVerbFrom(view, next, appositive));
}

/**
 * The verb whose subject the phrase `range` is, past what news sets between
 * them ("Another milblogger, who often criticizes the ministry, disputed
 * this"), or -1 when none follows.
 */
export function verbOfSubject(view: TokenView, [first, last]: Range): number {
  const j = subjectsVerbFrom(view, afterAffiliation(view, [first, last], view.tokens.length - 1), view.tokens[first - 1]?.text === ',');
  return isVerbAt(view, j) ? j : -1;
}

function subjectsVerbFrom(view: TokenView, next: number, appositive: boolean): number {
  let j = skipAdverbs(view, next);
  if (view.tokens[j]?.text === '(') {
    while (j < view.tokens.length && view.tokens[j]!.text !== ')') j++;
    j = skipAdverbs(view, j + 1);
  }
  // "Chris Christie – a Dallas Cowboys fan – gave": an aside between dashes.
  if (ASIDE_DASHES.has(view.tokens[j]?.text ?? '')) {
    const close = closingDash(view, j);
    if (close > 0) j = skipAdverbs(view, close + 1);
  }
  if (view.tokens[j]?.text === ',') {
    const comma = j;
    // "…to Mr. Sanders, said David Axelrod": a verb that news puts before its
    // subject has one of its own, unless the phrase stands between commas as
    // the name of the description before it.
    if (!appositive && INVERTING_VERBS.has(view.tokens[skipAdverbs(view, comma + 1)]?.lower ?? '')) return -1;
    // "Speaking in Salem, New Hampshire, Trump went on": a name and its verb
    // after the comma open a clause of their own; an appositive name has a comma after it.
    const next = chunkRight(view, comma + 1, view.tokens.length - 1);
    if (next && endsInName(view, next) && isVerbAt(view, skipAdverbs(view, next[1] + 1))) return -1;
    let k = j + 1;
    while (k < view.tokens.length && k - j < 25 && view.tokens[k]!.text !== ',' && view.roles[k] === 'text') k++;
    if (view.tokens[k]?.text === ',') j = skipAdverbs(view, k + 1);
    if (!isVerbAt(view, j)) j = afterVerblessAppositive(view, comma);
  }
  return j;
}

function closingDash(view: TokenView, open: number): number {
  for (let k = open + 1; k < view.tokens.length && k - open < 25 && view.roles[k] === 'text'; k++) {
    if (ASIDE_DASHES.has(view.tokens[k]!.text)) return k;
    if (view.tokens[k]!.text === ';' || view.sentenceOf[k] !== view.sentenceOf[open]) return -1;
  }
  return -1;
}

// "Christie's been making the case", "Lee's a fighter": after a name the
// tagger reads every "'s" as a possessive, but before these words it is "has"
// or "is", and the name is the subject. Not any verb: the tagger also reads
// "grasp" in "Trump's grasp of policy" as one.
function isContractedVerb(view: TokenView, j: number): boolean {
  const s = view.tokens[j];
  if (!s || (s.text !== "'s" && s.text !== '’s') || view.roles[j] !== 'text') return false;
  const next = view.tokens[j + 1];
  return !!next && view.roles[j + 1] === 'text' && AFTER_CONTRACTED_S.has(next.lower);
}

const AFTER_CONTRACTED_S = new Set(['been', 'got', 'gotten', 'going', 'getting', 'done', 'had', 'a', 'an', 'not', 'never']);

function isVerbAt(view: TokenView, j: number): boolean {
  const t = view.tokens[j];
  return !!t && view.roles[j] === 'text' && (((t.pos === 'VERB' || t.pos === 'AUX') && !isNominalWord(t)) || isVerbAfterName(view, j));
}

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which']);

// From the comma at `comma`, past further commas and words that are no verb
// (a relative clause may hold one: "Woodrow Benford, 58, who lives in Ames,
// says"; "a union that has endorsed Lee and that has been busing its members
// …, also said", so the reach is long), to the word after the last comma
// within the sentence; -1 when there is none. A comma then "and" is a list
// ("the Aral Sea, and the nation of Kiribati, which … is"), not an appositive.
function afterVerblessAppositive(view: TokenView, comma: number): number {
  let lastComma = -1;
  let relative = false;
  const sentence = view.sentenceOf[comma];
  for (let k = comma; k < view.tokens.length && k - comma < 40 && view.roles[k] === 'text' && view.sentenceOf[k] === sentence; k++) {
    const t = view.tokens[k]!;
    if (t.text === ',') {
      lastComma = k;
      relative = false;
    } else if (t.text === ';' || (t.pos === 'CCONJ' && k === lastComma + 1)) return -1;
    else if (RELATIVE_PRONOUNS.has(t.lower) || (t.lower === 'that' && view.tokens[k - 1]?.pos === 'NOUN')) relative = true;
    else if ((t.pos === 'VERB' || t.pos === 'AUX') && !relative) break;
  }
  return lastComma < 0 ? -1 : skipHometown(view, skipAdverbs(view, lastComma + 1));
}

// "Amadou Diallo, 13, of Philadelphia sold water": a hometown after the age
// ends the appositive without a comma of its own.
function skipHometown(view: TokenView, j: number): number {
  if (view.tokens[j]?.lower !== 'of' || view.roles[j] !== 'text') return j;
  let k = j + 1;
  while (k < view.tokens.length && view.roles[k] === 'text' && isCapitalised(view.tokens[k]!) && view.tokens[k]!.pos === 'PROPN') k++;
  return k > j + 1 ? skipAdverbs(view, k) : j;
}

// "Filling in at the event where Lee and Ruiz appeared, West landed a dig":
// a subordinator since the last comma (or the sentence start) before the
// phrase puts it in a subordinate clause.
function inSubordinateClause(view: TokenView, first: number): boolean {
  const sentence = view.sentenceOf[first];
  for (let k = first - 1; k >= 0 && view.sentenceOf[k] === sentence && view.roles[k] === 'text'; k--) {
    const t = view.tokens[k]!;
    if (t.text === ',' || t.text === ';' || t.text === ':') return false;
    if (SUBORDINATORS.has(t.lower) && t.pos !== 'DET') return true;
  }
  return false;
}

function skipAdverbs(view: TokenView, j: number): number {
  for (;;) {
    if ((view.tokens[j]?.pos === 'ADV' || isTimeFiller(view, j) || isIntensifier(view, j)) && view.roles[j] === 'text') j++;
    else if (isAdverbialPair(view, j)) j += 2;
    else return j;
  }
}

// "Lee all but begged reporters", "Lee no longer believed": two words the
// tagger reads as a determiner and a conjunction, or a preposition and a
// noun, that stand as one adverb before the verb.
const ADVERBIAL_PAIRS = new Set(['all but', 'no longer', 'not only', 'at times', 'at least', 'in turn']);

function isAdverbialPair(view: TokenView, j: number): boolean {
  const a = view.tokens[j];
  const b = view.tokens[j + 1];
  return !!a && !!b && view.roles[j] === 'text' && view.roles[j + 1] === 'text' && ADVERBIAL_PAIRS.has(`${a.lower} ${b.lower}`);
}
