/**
 * Reporting verbs without a subject of their own, which take the subject of
 * the clause they hang on: a participle ("Gerasimov praised the troops,
 * saying …"), a second verb after "and" ("He adopted an accent and joked,
 * …"), or an infinitive ("She interrupted me to announce, …"). The main
 * clause is looked for across the whole sentence, over earlier quotes, since
 * a quote often sits between the subject and the verb ("Lena backs “A,”
 * opposes “B” and recalled: “C”").
 */
import { ASIDE_DASHES, BE_FORMS, DENYING_VERBS, DOCUMENT_NOUNS, INVERTING_VERBS, ISSUING_VERBS, REPORTING_VERBS, TELLING_VERBS } from './cues.ts';
import { chunkLeft, chunkRight, endsInName, isNominalWord, isTimeFiller, skipFillers, whoseOf, wordBeforePhrase, type Range } from './noun-phrase.ts';
import { isIrregularVerbForm } from '../nlp.ts';
import { hearsayStart } from './hedge.ts';
import { isFinding, isThing } from './people-words.ts';
import { subjectBefore } from './subject-before.ts';
import { hasComma, type TokenView } from './token-view.ts';
import { witnessedBefore } from './witnessed-speech.ts';

// "asked reporters to say", "urged voters to tell": the one who speaks is the
// object, not the subject, of these verbs.
const OBJECT_CONTROL = /^(ask|tell|told|urg|invit|encourag|allow|forc|want|expect|order|persuad|convinc|get|got|pressur|challeng|dar|call|prompt|lead|led|caus|requir|push|press|beg|implor|remind)/;

// "refused to say the words “radical Islam”", "declined to call it “a
// coup”", "forgot to say": the subject of these verbs did not say what follows.
const REFUSAL = /^(refus|declin|avoid|fail|hesitat|neglect|forg(ot|et))/;
const NEGATIONS = new Set(['not', 'never']);

// "tried to say “…”", "offered to tell", "plans to announce": words meant
// or attempted, which the sentence does not say were said.
const INTENT = /^(tr(y|ies|ied)|attempt|offer|plan|intend|hop(e|ed|es|ing)$|aim|prepar)/;

// A complement clause is not the main clause: in "joined critics pouncing on
// news that the server had handled files, saying …" the one saying is the one
// who joined, and in "He said the move was made by X and said, …" the one
// saying is he; nor is an embedded question ("wouldn't say how the party
// would act, saying"). Adverbial clauses ("when protesters interrupted,
// shouting") are kept: a participle often hangs on them.
const COMPLEMENTISERS = new Set(['that', 'which', 'whether', 'if', 'how', 'why', 'what']);

/** Words that open a subordinate clause, whose subject is not the sentence's speaker. */
export const SUBORDINATORS: ReadonlySet<string> = new Set([...COMPLEMENTISERS, 'who', 'whom', 'because', 'when', 'while', 'although', 'though', 'since', 'as', 'after', 'before', 'until', 'unless', 'where']);

/**
 * The subject of the clause the reporting verb at `k` hangs on: a range, null
 * when the text does not say, or `undefined` when the verb has its own subject.
 */
export function hangingSubject(view: TokenView, k: number): Range | null | undefined {
  const sentenceStart = view.sentences[view.sentenceOf[k]!]![0];
  const issuer = statementIssuer(view, k, sentenceStart);
  if (issuer !== undefined) return issuer;
  const governed = gerundObjectSpeaker(view, k, sentenceStart);
  if (governed !== undefined) return governed;
  if (followsAuthor(view, k, sentenceStart)) return null;
  const witnessed = witnessedBefore(view, k, sentenceStart);
  if (witnessed !== undefined) return witnessed;
  // "Lee is said to have told aides “…”": hearsay the writer passes on, which
  // gives the words to Lee, hedged (hedge.ts).
  const hearsay = hearsayStart(view, k, sentenceStart);
  if (hearsay >= 0) return chunkLeft(view, skipFillers(view, hearsay - 1, sentenceStart, -1), sentenceStart);
  const kind = dependency(view, k);
  if (!kind) return undefined;
  return kind === 'infinitive' ? infinitiveSubject(view, k, sentenceStart) : mainClauseSubject(view, k, sentenceStart);
}

// "issued a statement Tuesday saying …", "released a radio ad calling …",
// "sent out a press release saying …": the participle says what
// the written statement says, and whoever issued it is the speaker. Of a
// statement a verb did not issue ("criticized a statement saying …") the
// text does not say whose it is (null). Undefined when the participle
// follows no statement, or one after no verb ("put it in his memo …
// explaining, …"); and "read a statement from Lee saying …" is left to the
// usual reading, which finds Lee.
function statementIssuer(view: TokenView, k: number, lower: number): Range | null | undefined {
  if (!isGerund(view, k) || !REPORTING_VERBS.has(view.tokens[k]!.lower)) return undefined;
  let doc = k - 1;
  while (doc >= Math.max(lower, k - 5) && view.roles[doc] === 'text' && !DOCUMENT_NOUNS.has(view.tokens[doc]!.lower)) {
    if (!/^[\p{L}\d]/u.test(view.tokens[doc]!.text) || OTHER_AUTHOR.has(view.tokens[doc]!.lower)) return undefined;
    doc--;
  }
  if (doc < Math.max(lower, k - 5) || view.roles[doc] !== 'text' || view.tokens[doc]!.pos !== 'NOUN') return undefined;
  let v = doc - 1;
  while (v > Math.max(lower, doc - 4) && DOCUMENT_MODIFIER_TAGS.has(view.tokens[v]!.pos)) v--;
  // "sent out", "blasted out", "fired off": any verb that sends a statement out issues it.
  const sentOut = SENDING_PARTICLES.has(view.tokens[v]?.lower ?? '') && view.tokens[v - 1]?.pos === 'VERB';
  if (sentOut) v--;
  if (v < lower || view.tokens[v]!.pos !== 'VERB') return undefined;
  if (!sentOut && !ISSUING_VERBS.has(view.tokens[v]!.lower)) return null;
  const issuer = subjectBefore(view, v, lower) ?? (dependency(view, v) ? mainClauseSubject(view, v, lower) : null);
  // "she released a statement saying …" is left as before, to no one: on
  // PolNeAR train both such "she"s went to the wrong person (a name of
  // unknown gender; a company the article's "her shoe line" followed).
  return issuer && issuer[0] === issuer[1] && view.tokens[issuer[0]]!.pos === 'PRON' ? undefined : issuer;
}

/**
 * A gerund that is the object of a verb or preposition ("denied saying",
 * "mocked Ruiz for saying") does not report what the clause's subject said.
 * Words the subject denies saying are no one's the sentence can vouch for
 * (null). Words someone is blamed or praised for ("Critics blasted Ann Lee
 * for calling it …") are the named object's, and no one's when the object
 * is not a name. Undefined elsewhere: "admitted saying" reports the
 * subject's own words, and "accused of saying" or "without saying" are
 * already no one's (ingSubject in attribute-speaker.ts).
 */
function gerundObjectSpeaker(view: TokenView, k: number, lower: number): Range | null | undefined {
  if (!isGerund(view, k)) return undefined;
  const j = skipFillers(view, k - 1, lower, -1);
  const prev = view.tokens[j];
  if (!prev || j < lower || view.roles[j] !== 'text') return undefined;
  if (DENYING_VERBS.has(prev.lower) && prev.pos === 'VERB') return null;
  if (prev.lower !== 'for' || view.tokens[j - 1]?.pos === 'VERB') return undefined;
  const object = chunkLeft(view, j - 1, lower);
  if (!object) return undefined;
  return view.tokens[object[1]]!.pos === 'PROPN' && view.tokens[object[0] - 1]?.pos === 'VERB' ? object : null;
}


// "retweeted a post by Lee saying …", "replied to a question by Lee saying
// …": the -ing verb may say what Lee's post or question says, or what the
// sentence's subject said in reply, and the text does not tell which.
// Only "by" after a noun, or after a participle describing one ("a letter
// signed by Lee saying"); after a verb ("responded by phone saying") the
// subject is still the one speaking.
function followsAuthor(view: TokenView, k: number, lower: number): boolean {
  if (!isGerund(view, k) || isParticiple(view, k)) return false;
  const author = chunkLeft(view, k - 1, lower);
  const by = author ? author[0] - 1 : -1;
  if (by <= lower || view.tokens[by]!.lower !== 'by' || view.roles[by] !== 'text') return false;
  const before = view.tokens[by - 1]!;
  if (before.pos === 'NOUN') return true;
  return before.pos === 'VERB' && before.lower.endsWith('ed') && view.tokens[by - 2]?.pos === 'NOUN';
}

const SENDING_PARTICLES = new Set(['out', 'off']);
const OTHER_AUTHOR = new Set(['from', 'by', 'of', 'that', 'which', 'who']);
// "a brief statement", "her message", "a press release": what may stand between the verb and the statement.
const DOCUMENT_MODIFIER_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PRON', 'NUM']);

// An infinitive belongs to the verb just before it ("took to Twitter to
// write", "with Lewandowski taking to Twitter to call"), whose subject is the
// speaker unless that verb hands the speaking to its object ("expects Obama to announce").
function infinitiveSubject(view: TokenView, k: number, lower: number): Range | null {
  // "chose not to respond to accusations that …": words someone chose not to say are no one's here.
  if (NEGATIONS.has(view.tokens[k - 2]?.lower ?? '')) return null;
  // "waited for Hale to say “…”": the one after "for" would say it, and may not have.
  const doer = chunkLeft(view, k - 2, lower);
  if (doer && view.tokens[doer[0] - 1]?.lower === 'for') return null;
  // "was about to say “…”", "was going to say", "has yet to say", and a plan
  // ("Lee's plan is to say", "the plan will be to deny"): words not yet said.
  const before = view.tokens[k - 2]?.lower;
  if (before === 'about' || before === 'yet' || BE_FORMS.has(before ?? '') || (before === 'going' && BE_FORMS.has(view.tokens[k - 3]?.lower ?? ''))) return null;
  for (let v = k - 2; v >= lower; v--) {
    const t = view.tokens[v]!;
    if (view.roles[v] !== 'text' || (t.pos !== 'VERB' && t.pos !== 'AUX') || isNominalWord(t)) continue;
    if (OBJECT_CONTROL.test(t.lower) || REFUSAL.test(t.lower) || INTENT.test(t.lower)) return null;
    const subject = subjectBefore(view, v, lower);
    if (subject) return isComplementSubject(view, subject) ? null : subject;
    // "joked, but went on to say": the verb before the infinitive hangs on a clause itself.
    return dependency(view, v) ? mainClauseSubject(view, v, lower) : null;
  }
  return null;
}

/** The subject of the clause a participle hangs on: in "Gerasimov praised the troops, noting …" the one noting is the one praising. */
export function mainClauseSubject(view: TokenView, p: number, lower: number): Range | null {
  // The nearest finite verb to the left whose subject does not open a complement clause.
  let subordinate: Range | null = null;
  // A second verb ("who backs Lee but has dismissed …") stays in its relative clause.
  const participle = isParticiple(view, p);
  const joined = participle && joinedWithoutComma(view, p);
  const coordinate = !participle && isCoordinateVerb(view, p);
  if (coordinate && view.tokens[skipFillers(view, p - 1, lower, -1) - 1]?.text === ';') return seriesSubject(view, p, lower);
  for (let k = p - 1; k >= lower; k--) {
    const t = view.tokens[k]!;
    if (view.roles[k] !== 'text' || (t.pos !== 'VERB' && t.pos !== 'AUX') || isGerund(view, k) || isNominalWord(t)) continue;
    if (inDashedAside(view, k, lower, p)) continue;
    const found = subjectBefore(view, k, lower);
    // "“…,” said Ann Lee, urging …": no subject before the verb; it follows.
    if (!found) {
      const after = invertedSubject(view, k, p);
      if (after) return after;
    }
    const subject = found && (ownerOfWhose(view, found, lower) ?? found);
    if (subject && joined && isComplementSubject(view, subject)) return subject;
    // "told Mia Ruiz, who answered the door and said …", "a video in which
    // Trump called himself … and admitted …": a relative clause's subject is
    // no complement's, and its second verb is as much its own.
    const joinedTo = coordinate && !hasComma(view, k + 1, p - 1);
    const relative = joinedTo && !!subject && (isRelative(view, subject, k) || RELATIVE_OPENERS.has(view.tokens[wordBeforePhrase(view, subject)]?.lower ?? ''));
    if (!subject) continue;
    if (isComplementSubject(view, subject) && !relative) {
      if (joinedTo && sharesComplementTense(view, subject, k, p)) return null;
      continue;
    }
    // "The first incident came during a speech, when protesters interrupted
    // her, shouting …", "She told ABC the tone was cordial and predicted …":
    // a thing says nothing, so the speaker is someone else in its sentence,
    // though not in a clause before the thing's own ("She recanted, and the
    // meeting heard a statement from her, clarifying …" has none we can name).
    if (isThing(view, subject) && !isFinding(view, subject)) {
      if (opensSentenceOrClause(view, subject, lower)) break;
      continue;
    }
    // "Lee apologized for the posts after they surfaced, saying …": an adverbial
    // clause inside the sentence is not the main clause; one that opens it may be.
    // "…, who answered the door and said …", "when Lee thanked the crowd and
    // said …": a verb joined by "and" with no comma shares the subject of the
    // verb before it, in whatever clause that stands.
    if (joinedTo) return subject;
    const opener = wordBeforePhrase(view, subject);
    if ((opener <= lower || !SUBORDINATORS.has(view.tokens[opener]!.lower)) && !(participle && isRelative(view, subject, k))) return subject;
    subordinate ??= subject;
  }
  return subordinate;
}

// "Merrill says Machado promised … and said she would …": a verb in the
// tense of the complement's verb, not of the main one, is as likely the
// complement's subject's as the main subject's, and the words do not say
// whose. "Lee says he'd stop it and tells the crowd …" keeps the main one.
function sharesComplementTense(view: TokenView, subject: Range, complementVerb: number, verb: number): boolean {
  const before = wordBeforePhrase(view, subject);
  const main = view.tokens[view.tokens[before]?.lower === 'that' ? before - 1 : before];
  if (main?.pos !== 'VERB') return false;
  const tense = tenseOf(view.tokens[verb]!.lower);
  const mainTense = tenseOf(main.lower);
  return tense !== 'plain' && mainTense !== 'plain' && tense === tenseOf(view.tokens[complementVerb]!.lower) && tense !== mainTense;
}

// "says" is present, "said" and "promised" past; "tell" after "he'd" takes its tense from the modal.
function tenseOf(lower: string): 'present' | 'past' | 'plain' {
  if (/[^s]s$/.test(lower)) return 'present';
  return lower.endsWith('ed') || isIrregularVerbForm(lower) ? 'past' : 'plain';
}

// "Politicizing the attack ― much like he did last year ― Trump cast the
// blame …, and emphasized …": a verb between two like dashes is an aside's,
// never the main clause's, even when the tagger misses the main verb.
function inDashedAside(view: TokenView, k: number, lower: number, upper: number): boolean {
  let open = k - 1;
  while (open >= lower && !PAIRED_DASHES.has(view.tokens[open]!.text)) open--;
  if (open < lower) return false;
  const dash = view.tokens[open]!.text;
  // An odd dash before the verb opens an aside; an even one closed it.
  let before = 0;
  for (let j = lower; j <= open; j++) if (view.tokens[j]!.text === dash) before++;
  if (before % 2 === 0) return false;
  for (let close = k + 1; close < upper; close++) if (view.tokens[close]!.text === dash) return true;
  return false;
}

const PAIRED_DASHES = new Set([...ASIDE_DASHES, '―']);

const RELATIVE_OPENERS = new Set(['which', 'whom']);


// "“…,” said Vice President Ann Lee, a former mayor, urging …": after a
// quote or a comma, or opening the sentence ("Added Lee, …"), the verb comes
// first, and the phrase right after it is its subject. Elsewhere ("Lee, who
// said nothing more, adding …") the phrase is what was said. Right after a
// quote, other verbs of speech come first too, but only before a name ("“…,”
// wrote Yuri Podolyaka on Telegram, adding …"): "tweeted a warning" is what
// was tweeted, and "told the BBC" whom it was told to.
function invertedSubject(view: TokenView, k: number, p: number): Range | null {
  const verb = view.tokens[k]!.lower;
  if (INVERTING_VERBS.has(verb)) {
    const opens = view.sentences[view.sentenceOf[k]!]![0] === k;
    return opens || view.roles[k - 1] === 'mark' || view.tokens[k - 1]?.text === ',' ? chunkRight(view, k + 1, p - 1) : null;
  }
  if (!REPORTING_VERBS.has(verb) || TELLING_VERBS.has(verb) || view.roles[k - 1] !== 'mark') return null;
  const subject = chunkRight(view, k + 1, p - 1);
  return subject && endsInName(view, subject) ? subject : null;
}

// "He conceded that critics had a point in warning that …": a participle that
// "in" or "by" joins to the clause before it, with no comma, belongs to that
// clause, even one reported: the critics warned. After a comma it hangs on
// the main clause ("Lee said the plan failed, warning that …"). Not past a
// verb with no subject of its own ("appeared to assert his plans by saying"):
// the main clause's subject is still the one speaking.
function joinedWithoutComma(view: TokenView, p: number): boolean {
  const j = skipFillers(view, p - 1, 0, -1);
  return (view.tokens[j]?.lower === 'in' || view.tokens[j]?.lower === 'by') && view.tokens[j - 1]?.text !== ',';
}

// "The hacker whose mischief revealed …, pleaded guilty, admitting …": the
// one whose mischief it was is the main clause's subject.
function ownerOfWhose(view: TokenView, subject: Range, lower: number): Range | null {
  const whose = whoseOf(view, subject);
  return whose > lower ? chunkLeft(view, whose - 1, lower) : null;
}

// The phrase opens its sentence or a clause joined to the one before it.
function opensSentenceOrClause(view: TokenView, subject: Range, lower: number): boolean {
  const p = wordBeforePhrase(view, subject);
  return p < lower || [',', ';', ':', 'and', 'but'].includes(view.tokens[p]!.lower);
}

// "Lee weighed in on the manager, who allegedly hit a reporter, calling it
// …": a relative clause's verb is not the main clause's; "who" stands
// between it and the phrase it describes.
function isRelative(view: TokenView, subject: Range, verb: number): boolean {
  for (let j = subject[1] + 1; j < verb; j++) if (view.tokens[j]!.lower === 'who' || view.tokens[j]!.lower === 'which') return true;
  return false;
}

/**
 * True for an -ing form. After a quote ("…,” recalling summer visits") it
 * hangs on the clause before the quote, so the words after it are what it
 * governs, never its subject: only a finite verb inverts ("…,” said Ann Lee").
 */
export function isGerund(view: TokenView, k: number): boolean {
  return view.tokens[k]!.lower.endsWith('ing');
}

/** True when the verb at `v` is a participle hanging on an earlier clause (", saying", "by claiming"). */
export function isParticiple(view: TokenView, v: number): boolean {
  if (!isGerund(view, v)) return false;
  // An adverb may stand between: "…, recently telling one friend that …".
  const p = skipFillers(view, v - 1, 0, -1);
  const prev = view.tokens[p];
  // "“…,” adding, “…”": the comma sits inside the closing mark.
  if (prev && view.roles[p] === 'mark' && view.tokens[p - 1]?.text === ',') return true;
  // "declined to claim victory - only saying …": a dash stands for the comma.
  return !prev || prev.text === ',' || prev.text === '-' || ASIDE_DASHES.has(prev.text) || ['by', 'while', 'after', 'before', 'when', 'in', 'and'].includes(prev.lower);
}

// "Lee suggested boycotting the firm that made the phone used by …; clashed
// with Ruiz; and posted on Twitter that …": the last of a series of verb
// phrases set off by semicolons shares the subject of the first, the one
// part that opens with a subject; not that of a verb inside any part.
function seriesSubject(view: TokenView, p: number, lower: number): Range | null {
  // The part before "; and said", then each one before it.
  let end = skipFillers(view, p - 1, lower, -1) - 1;
  for (;;) {
    let semicolon = end - 1;
    while (semicolon >= lower && view.tokens[semicolon]!.text !== ';') semicolon--;
    const start = Math.max(semicolon + 1, lower);
    const first = skipFillers(view, start, end - 1, 1);
    const opener = view.tokens[first]?.pos;
    if (opener !== 'VERB' && opener !== 'AUX') {
      for (let k = first; k < end; k++) {
        const t = view.tokens[k]!;
        if (view.roles[k] === 'text' && (t.pos === 'VERB' || t.pos === 'AUX') && !isNominalWord(t)) return subjectBefore(view, k, start);
      }
      return null;
    }
    if (semicolon < lower) return null;
    end = semicolon;
  }
}

// The subject of "that the server had …" or of "said the move was …" (a verb right before it).
/** True when `subject` opens a clause another verb reports or governs ("said that Lee …", "said Lee …"). */
export function isComplementSubject(view: TokenView, subject: Range): boolean {
  // "said on Wednesday his forces were …": the time is the verb's.
  let before = wordBeforePhrase(view, subject);
  while (before > 0 && isTimeFiller(view, before)) before--;
  const prev = view.tokens[before];
  return !!prev && (COMPLEMENTISERS.has(prev.lower) || ((prev.pos === 'VERB' || prev.pos === 'AUX') && !isNominalWord(prev)));
}

/** True when the verb at `k` shares its subject with a verb before it ("Lee arrived and said …"). */
export function isCoordinateVerb(view: TokenView, k: number): boolean {
  return dependency(view, k) === 'coordinate';
}

function dependency(view: TokenView, k: number): 'participle' | 'coordinate' | 'infinitive' | null {
  if (isParticiple(view, k)) return 'participle';
  const j = skipFillers(view, k - 1, 0, -1);
  const prev = view.tokens[j];
  if (!prev || view.roles[j] !== 'text') return null;
  const bare = !/(ed|s)$/.test(view.tokens[k]!.lower);
  if (prev.lower === 'to' && bare) return 'infinitive';
  if (prev.lower === 'and' || prev.lower === 'but') return 'coordinate';
  return null;
}
