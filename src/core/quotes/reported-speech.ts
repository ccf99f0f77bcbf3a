/**
 * Finds reported speech: "Umerov has previously said that claims … were
 * false" (the clause after "that"), and "The probable target was Sumy, the
 * president said." (the clause before a closing attribution). Only sentences
 * whose speaker the text names are kept: without a subject there is no
 * statement to report.
 */
import { ADVERBIAL_OPENERS, ATTACKING_VERBS, DENYING_VERBS, DOCUMENT_NOUNS, MONTHS, NEGATIONS, PHRASE_THAT_REACH, TELLING_VERBS, THAT_REACH, TIME_WORDS, WHO_OR_WHICH, WRITERS_LINKS } from './cues.ts';
import { isFalselyReported, isSupposedSubject } from './clause-subject.ts';
import { isCoordinateVerb, isParticiple, mainClauseSubject } from './dependent-verb.ts';
import { chunkLeft, chunkRight, endsInName, isPossessive, POSSESSIVE_DETERMINERS, skipFillers, WHEN_NOUNS, type Range } from './noun-phrase.ts';
import { subjectBefore } from './subject-before.ts';
import { canReport } from './people-words.ts';
import { closingAttribution, isReportingVerb, isWeakVerb } from './reporting-clause.ts';
import { datelineDash, hasComma, hasVerb, isTerminal, WHO_CLAUSE_WORDS, whoClauseClose, type TokenView } from './token-view.ts';
import { bareClauseStart, isFiniteVerb, isModifyingParticiple, isPlainForm, opensClause } from './bare-clause.ts';
import { isIrregularVerbForm } from '../nlp.ts';
import { beforeWritersTail } from './statement-end.ts';
import { claimPerSource } from './according-to.ts';
import { parentheticalAttribution } from './parenthetical.ts';
import { ownedClaim } from './owned-claim.ts';
import { witnessedBefore } from './witnessed-speech.ts';
import { SPEECH_NOUNS } from './speech-noun.ts';

export interface ReportedSpeech {
  /** Passage offsets of the reported words. */
  start: number;
  end: number;
  subject: Range;
  cue: string;
  /**
   * The clause is no statement of the speaker's, who still spoke: what they
   * deny ("Lee denied that she knew") or what someone else claimed ("Lee
   * mocked Ruiz's claims that …").
   */
  disowned: boolean;
  /**
   * The speaker is someone another speaker quoted, unnamed ("TASS quoted a
   * military source as saying that …"): no "he" after it means them.
   */
  unnamedWitness?: boolean;
}

/**
 * Reported statements in the view, in text order. A sentence holds one,
 * or several one after another when each ends where a verb of speech
 * takes over ("Lee said the plan was dead and added that …").
 */
export function findReportedSpeech(view: TokenView): ReportedSpeech[] {
  const found: ReportedSpeech[] = [];
  for (const [first, last] of view.sentences) {
    const end = isTerminal(view, last) ? last - 1 : last;
    if (end <= first) continue;
    let statement = thatClause(view, first, end, first);
    if (!statement) {
      const before = reportedBeforeAttribution(view, first, end) ?? sourcedClaim(view, first, end) ?? parenthetical(view, first, end);
      if (before) found.push(before);
    }
    while (statement) {
      found.push(statement);
      const next = tokenAfter(view, statement.end);
      statement = next < end ? thatClause(view, first, end, next) : null;
    }
    const owned = ownedClaimIn(view, first, end);
    if (owned && !found.some((f) => !f.disowned && f.start <= owned.start && owned.end <= f.end)) found.push(owned);
  }
  return found.sort((a, b) => a.start - b.start);
}

// "According to the ministry, the town fell.", "The town fell, according to TASS."
function sourcedClaim(view: TokenView, first: number, end: number): ReportedSpeech | null {
  const found = claimPerSource(view, first, end);
  if (!found) return null;
  return { start: view.tokens[found.from]!.start, end: view.tokens[found.to]!.end, subject: found.subject, cue: 'according to', disowned: false };
}

// "Moscow's claim that its forces had retaken Kursk came as …": see owned-claim.ts.
function ownedClaimIn(view: TokenView, first: number, end: number): ReportedSpeech | null {
  const found = ownedClaim(view, first, end);
  if (!found) return null;
  const to = beforeWritersTail(view, found.from, found.to);
  return { start: view.tokens[found.from]!.start, end: view.tokens[to]!.end, subject: found.subject, cue: view.tokens[found.noun]!.text, disowned: false };
}

// "Russian forces, the ministry said, had retaken the village.": see parenthetical.ts.
function parenthetical(view: TokenView, first: number, end: number): ReportedSpeech | null {
  const found = parentheticalAttribution(view, first, end);
  return found ? { start: view.tokens[found.from]!.start, end: view.tokens[found.to]!.end, subject: found.subject, cue: found.cue, disowned: false } : null;
}

function deniedBetween(view: TokenView, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (DENYING_VERBS.has(view.tokens[j]!.lower) || ATTACKING_VERBS.has(view.tokens[j]!.lower)) return true;
  return false;
}

// The first token that starts at or after passage offset `offset`.
function tokenAfter(view: TokenView, offset: number): number {
  let k = 0;
  while (k < view.tokens.length && view.tokens[k]!.start < offset) k++;
  return k;
}

// A later verb may still report after a disowned clause ("denied the claim,
// adding that …"), and its statement comes first. Verbs are looked for
// from `from`; their subjects, from the sentence's `first` token.
function thatClause(view: TokenView, first: number, end: number, from: number): ReportedSpeech | null {
  let fallback: ReportedSpeech | null = null;
  for (let k = from; k < end; k++) {
    if (!isReportingVerb(view, k) || isWeakVerb(view, k)) continue;
    // "Having announced that …, Judge Lee proceeded": the speaker comes after
    // the clause, which runs into the main one; no subject stands before it.
    if (view.tokens[k - 1]?.lower === 'having') continue;
    // "wary of saying anything that …", "stopped short of saying that …",
    // "refrained from saying": a verb of speech that "of", "from" or
    // "without" takes reports nothing said.
    if (view.tokens[k]!.lower.endsWith('ing') && UNSAID_AFTER.has(view.tokens[k - 1]?.lower ?? '')) continue;
    const reach = view.tokens[k + 1]?.pos === 'ADP' || TELLING_VERBS.has(view.tokens[k]!.lower) ? PHRASE_THAT_REACH : THAT_REACH;
    const that = findThat(view, k + 1, Math.min(end - 1, k + reach));
    // "The ministry said its forces had taken …": a clause with no "that",
    // read from the token before it as if "that" stood there.
    const bare = that < 0 ? bareClauseStart(view, k, end) : -1;
    if (that < 0 && bare < 0) continue;
    const opener = that >= 0 ? that : bare - 1;
    // "TASS quoted Gerasimov as saying that …", "recalled Lee telling him
    // that …": the one quoted or recalled spoke. "imagined Ruiz saying that
    // …" (witnessedBefore() is null) reports nothing Ruiz said.
    const witnessed = witnessedBefore(view, k, first);
    // "…, a charge that Colorado Republican leaders strongly denied, noting
    // that …": a participle after another's denial is theirs, whom the
    // sentence's subject is not.
    if (!witnessed && from > first && isParticiple(view, k) && deniedBetween(view, from, k)) continue;
    // "Kyiv denied the claim and said its troops …": a second verb shares the first one's subject.
    const subject = witnessed ?? (isParticiple(view, k) || isCoordinateVerb(view, k) ? mainClauseSubject(view, k, first) : subjectBefore(view, k, first));
    if (!subject || isFreeRelative(view, k, first) || opensRelativeGap(view, subject) || !canReport(view, subject)) continue;
    const disowned = DENYING_VERBS.has(view.tokens[k]!.lower) || isNegated(view, k, first) || (that >= 0 && isOthersContent(view, k, that)) || isSupposedSubject(view, subject, first) || isFalselyReported(view, subject, first) || witnessed === null;
    // Right after the verb, "that" before a verb is the clause's subject
    // ("said that's what he expected"), unless the verb is a plural noun
    // too, and "that" opens a relative clause ("Most Southern states that
    // will hold contests have …").
    // A plain verb form cannot take "that" as its subject: in "declared that
    // torture ''works''" the word is a noun the tagger took for a verb.
    const thatSubject = that === k + 1 && isFiniteVerb(view.tokens[that + 1]) && !isPlainForm(view.tokens[that + 1]!) && !isModifyingParticiple(view, that + 1);
    if (thatSubject && NOUN_PLURALS.has(view.tokens[k]!.lower)) continue;
    // "said that, if the claims are true, …": the clause starts after the comma.
    const start = bare >= 0 ? bare : thatSubject ? that : view.tokens[that + 1]!.text === ',' ? that + 2 : that + 1;
    const last = beforeWritersTail(view, start, Math.min(relativeClauseEnd(view, k, subject, opener, end), subordinateClauseEnd(view, subject, opener, end)), true);
    const found = { start: view.tokens[start]!.start, end: view.tokens[last]!.end, subject, cue: view.tokens[k]!.text, disowned, unnamedWitness: !!witnessed && !endsInName(view, witnessed) };
    if (!disowned) return found;
    fallback ??= found;
  }
  return fallback;
}

// "Lee, who estimated that a third of the workers were “with us,” said …":
// a statement reported inside a relative clause on the sentence's subject
// ends where the main verb takes over, closing quotation mark and all. On
// any other phrase ("…, said Lee, who added that the men, and Ruiz in
// particular, must act") the main verb came before, and the clause runs on.
function relativeClauseEnd(view: TokenView, verb: number, subject: Range, that: number, end: number): number {
  const opener = relativeOpener(view, verb);
  if (opener < 0) return end;
  if (view.tokens[opener - 1]?.text !== ',') return restrictiveClauseEnd(view, subject, that, end);
  const antecedent = chunkLeft(view, opener - 2, 0);
  if (!antecedent || antecedent[0] !== view.sentences[view.sentenceOf[opener]!]![0]) return end;
  return beforeMainVerb(view, that, end);
}

// "Voters who say the economy is most important were evenly divided", "a
// man who told reporters the line held walked away": a statement made in
// a relative clause with no commas ends before the main verb: the first,
// past the statement's own, whose subject is the one the clause hangs on
// (subject-before.ts reads past the clause to it), or the name that one
// describes; `end` when none follows.
function restrictiveClauseEnd(view: TokenView, subject: Range, that: number, end: number): number {
  let own = that + 1;
  while (own <= end && !isFiniteVerb(view.tokens[own])) own++;
  for (let m = own + 1; m <= end; m++) {
    if (view.roles[m] !== 'text' || !isFiniteVerb(view.tokens[m])) continue;
    const found = subjectBefore(view, m, subject[0]);
    if (found && found[0] === subject[0] && found[1] === subject[1]) return m - 1;
    // "Natalia, a resident of Sudzha who said she had lost her house, said
    // …": the clause is on an appositive, whose closing comma comes before
    // the verb of the name it describes.
    const named = view.tokens[m - 1]!.text === ',' ? subjectBefore(view, m, 0) : null;
    if (named && named[1] + 2 === subject[0] && view.tokens[named[1] + 1]!.text === ',') return m - 1;
  }
  return end;
}

// The "who" or "which" whose clause the verb at `verb` is in: right before
// it, or before the verb it is joined to ("who endorsed Lee in May and said …").
function relativeOpener(view: TokenView, verb: number): number {
  const before = skipFillers(view, verb - 1, 0, -1);
  if (WHO_OR_WHICH.has(view.tokens[before]?.lower ?? '')) return before;
  if (!JOINING_WORDS.has(view.tokens[before]?.lower ?? '')) return -1;
  for (let j = before - 1; j >= 0 && view.roles[j] === 'text' && view.tokens[j]!.text !== ','; j--) {
    if (WHO_OR_WHICH.has(view.tokens[j]!.lower)) return j;
  }
  return -1;
}

// Where a clause set inside the main one ends: before the comma after which
// the main verb takes over, past adverbs ("…, ultimately did not show up"),
// closing quotation mark and all; `end` when none does.
function beforeMainVerb(view: TokenView, that: number, end: number): number {
  for (let j = that + 1; j < end; j++) {
    if (view.tokens[j]!.text !== ',') continue;
    let v = j + 1;
    while (v <= end && view.roles[v] === 'mark') v++;
    const marks = v;
    while (v <= end && view.tokens[v]!.pos === 'ADV' && view.roles[v] === 'text') v++;
    if (v <= end && isFiniteVerb(view.tokens[v])) return marks > j + 1 ? marks - 1 : j - 1;
  }
  return end;
}

// "what Lee, Ruiz and many others said that got us thinking": "what" is
// what was said, and "that" opens a relative clause on it. "what" stands
// before the subject, with no verb between it and the reporting verb.
// So is "How he answers that question will have a direct bearing …" and
// "… and how experts say it would shape tax law has endured": after "how",
// "why" or "whether" the clause is a subject, not a statement. "That is why
// critics say …" reports what the critics say.
function isFreeRelative(view: TokenView, verb: number, first: number): boolean {
  for (let j = verb - 1; j >= first; j--) {
    const t = view.tokens[j]!;
    if (t.lower === 'what') return true;
    if (SUBJECT_CLAUSE_OPENERS.has(t.lower)) return j === first || view.tokens[j - 1]!.pos === 'CCONJ';
    if (t.pos === 'VERB' || t.pos === 'AUX' || view.roles[j] !== 'text') return false;
  }
  return false;
}

const SUBJECT_CLAUSE_OPENERS = new Set(['how', 'why', 'whether']);

// "Sudzha, which Russian troops said they had recaptured in March", "the
// figures, which the ministry said it had verified, could not be
// confirmed": the relative word before the speaker stands for a part of
// what was said, so the words after the verb ("they had recaptured in
// March") are not the statement as made, only a piece with a hole in it. Not
// "in which officials said troops had massed", whose clause is whole; not
// "the fact that Lee says …", whose "that" opens what is said, nor "on
// the day that the Post reports …", whose "that" stands for a time.
function opensRelativeGap(view: TokenView, [a]: Range): boolean {
  const word = view.tokens[a - 1]?.lower ?? '';
  const before = view.tokens[a - 2];
  if (view.roles[a - 1] !== 'text' || !GAP_OPENERS.has(word) || before?.pos === 'ADP') return false;
  return word !== 'that' || (before?.pos === 'NOUN' && !SPEECH_NOUNS.has(before.lower) && !CONTENT_NOUNS.has(before.lower) && !WHOLE_CLAUSE_NOUNS.has(before.lower));
}

const GAP_OPENERS = new Set(['which', 'whom', 'who', 'that']);
// With CONTENT_NOUNS, nouns whose "that" opens their content ("the fact
// that …"), and nouns of time, place or manner, whose "that" stands for when or how.
const WHOLE_CLAUSE_NOUNS = new Set([
  'fact', 'belief', 'hope', 'hopes', 'fear', 'sign', 'signs', 'evidence', 'possibility', 'impression', 'word', 'way', 'reason', ...WHEN_NOUNS,
]);

// "When Lee noted that the plan was weak, Ruiz seized on it": a statement
// made in an adverbial clause that opens the sentence ends where the main
// clause takes over, at a comma followed by a subject and its verb. After
// the main clause ("Lee drew ire after he said that, despite it all, he
// …") the clause runs to the end.
function subordinateClauseEnd(view: TokenView, subject: Range, that: number, end: number): number {
  const opener = subject[0] - 1;
  const first = view.sentences[view.sentenceOf[subject[0]]!]![0];
  if (!ADVERBIAL_OPENERS.has(view.tokens[opener]?.lower ?? '') && !opensTimePhrase(view, first, opener)) {
    // "Although the agency declined to comment and aides said …, it showed": the second of two clauses the opener governs.
    const joinedInside = JOINING_WORDS.has(view.tokens[opener]?.lower ?? '') && ADVERBIAL_OPENERS.has(view.tokens[first]!.lower) && !hasComma(view, first, opener);
    if (!joinedInside) return end;
  }
  // The clause opens the sentence, or a clause joined to it ("Some booed, and when Lee said …, a man yelled").
  const joined = JOINING_WORDS.has(view.tokens[opener - 1]?.lower ?? '');
  if (!joined && ADVERBIAL_OPENERS.has(view.tokens[opener]!.lower) && hasVerb(view, first, opener - 1)) return end;
  for (let j = that + 1; j < end; j++) {
    // The comma may sit inside a closing mark ("… as “Medicare for all,” Ruiz seized …"), which the statement keeps.
    if (view.tokens[j]!.text !== ',' || (view.roles[j] !== 'text' && view.roles[j + 1] !== 'mark')) continue;
    let after = j + 1;
    while (after < end && view.roles[after] === 'mark') after++;
    if (opensClause(view, after, end)) return view.roles[j] === 'text' ? j - 1 : after - 1;
  }
  // "Clinton, though she said …, stopped short": set between commas after
  // the sentence's subject, the clause ends where its main verb resumes.
  return beforeMainVerb(view, that, end);
}

// "On the day that Lee said …, the bridge fell": a phrase of time opening
// the sentence, its clause on the time noun, ends where the main clause starts.
function opensTimePhrase(view: TokenView, first: number, opener: number): boolean {
  const word = view.tokens[opener]?.lower ?? '';
  if ((word !== 'that' && word !== 'when') || view.tokens[first]!.pos !== 'ADP' || !WHEN_NOUNS.has(view.tokens[opener - 1]?.lower ?? '')) return false;
  return !hasVerb(view, first, opener - 1);
}

const JOINING_WORDS = new Set(['and', 'but', ';']);

// Reporting verbs' -s forms that are also plural nouns.
const NOUN_PLURALS = new Set(['states', 'reports', 'claims', 'charges', 'notes', 'comments', 'answers', 'calls', 'counters', 'promises', 'pledges', 'demands', 'posts', 'tweets', 'rules', 'signals', 'estimates', 'remarks']);

function findThat(view: TokenView, from: number, to: number): number {
  for (let j = from; j <= to; j++) {
    const t = view.tokens[j]!;
    if (view.roles[j] !== 'text') return -1;
    // "writing a bill that created …": after an object, "that" and a finite
    // verb is a relative clause about the object, not what was said. Right
    // after the verb it may be the clause's subject ("said that would be a
    // mistake"), and a clause may open with a gerund ("told them that helping
    // was hard") or a participle preposition ("that given the polls, …").
    if (t.lower === 'that' && isPhraseEnd(view, j)) continue;
    // "clarified that to mean …": "that" is the verb's object, and "to" no clause's start.
    if (t.lower === 'that') {
      // "announced victories that later proved premature": adverbs may come before that verb.
      const verb = pastAdverbsOf(view, j + 1);
      return (j > from && isFiniteVerb(view.tokens[verb]) && !isModifyingParticiple(view, verb)) || isDeterminer(view, j) || view.tokens[j + 1]?.lower === 'to' ? -1 : j;
    }
    // "told his Turkish counterpart, Hakan Fidan, that …": the listener's
    // name between commas; "told Zelensky, who had asked for a briefing,
    // that …": a "who" clause on the listener, however long.
    if (t.text === ',') {
      const named = appositiveNameBeforeThat(view, j, to);
      if (named > 0) return named;
      const close = view.tokens[j + 1]?.lower === 'who' ? whoClauseClose(view, j + 1, j + WHO_CLAUSE_WORDS) : -1;
      if (close > 0 && view.tokens[close]!.text === ',' && view.tokens[close + 1]?.lower === 'that' && view.roles[close + 1] === 'text') return close + 1;
    }
    if ((t.pos === 'VERB' && !isNounInPhrase(view, j) && !isAttributive(view, j)) || t.pos === 'AUX' || t.text === ',' || t.text === ';') return -1;
  }
  return -1;
}

// The "that" after a name set between commas from the comma at `comma`, or -1.
function appositiveNameBeforeThat(view: TokenView, comma: number, to: number): number {
  const name = chunkRight(view, comma + 1, to);
  if (!name || !endsInName(view, name) || view.tokens[name[1] + 1]?.text !== ',') return -1;
  const that = name[1] + 2;
  return that <= to && view.tokens[that]!.lower === 'that' && view.roles[that] === 'text' ? that : -1;
}

function pastAdverbsOf(view: TokenView, j: number): number {
  while (view.tokens[j]?.pos === 'ADV' && view.roles[j] === 'text') j++;
  return j;
}

// "said in its daily intelligence update that …", "wrote in a court file
// that …": a verb's plain form after an adjective, a determiner or a
// singular noun is a noun the tagger took for a verb. After a plural it is
// the verb of a clause ("said witnesses saw a gun").
function isNounInPhrase(view: TokenView, j: number): boolean {
  const t = view.tokens[j]!;
  const prev = view.tokens[j - 1];
  if (!prev || !isPlainForm(t) || isIrregularVerbForm(t.lower)) return false;
  // "said in his address that …": a possessive determiner too.
  return prev.pos === 'ADJ' || prev.pos === 'DET' || POSSESSIVE_DETERMINERS.has(prev.lower) || (prev.pos === 'NOUN' && !prev.lower.endsWith('s'));
}


// "told Putin in a televised meeting that …", "said in a statement posted
// on Facebook that …": an -ed form between a determiner and a noun, or
// after a document and before its phrase, describes the noun, whatever
// the tagger says. After other nouns it may be a clause's verb ("said
// troops retreated to a line that …").
function isAttributive(view: TokenView, j: number): boolean {
  const t = view.tokens[j]!;
  if (!t.lower.endsWith('ed')) return false;
  const prev = view.tokens[j - 1];
  const next = view.tokens[j + 1];
  return (prev?.pos === 'DET' && next?.pos === 'NOUN') || (!!prev && DOCUMENT_NOUNS.has(prev.lower) && next?.pos === 'ADP');
}

// "Kaine decried that math, saying …", "reiterated that approach in his
// interview": "that" before a singular noun, with no verb before the next
// comma, is a determiner. A plural ("said that felons, convicted of …, will")
// is a clause's subject, which an appositive may keep from its verb.
function isDeterminer(view: TokenView, that: number): boolean {
  const next = view.tokens[that + 1];
  if (next?.pos !== 'NOUN' || next.lower.endsWith('s')) return false;
  for (let j = that + 1; j < view.tokens.length; j++) {
    const t = view.tokens[j]!;
    if (t.text === ',' || t.text === ';' || isTerminal(view, j)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return true;
}

// "She says despite all that, Lee was …", "concluded in that case that …":
// after "all" or a preposition, "that" ending a phrase or before its noun is
// no clause opener; a later "that" may still be one. "soon after that the
// lines hurt him" opens a clause.
function isPhraseEnd(view: TokenView, that: number): boolean {
  const prev = view.tokens[that - 1]!;
  const next = view.tokens[that + 1];
  if (prev.lower !== 'all' && prev.pos !== 'ADP') return false;
  return !next || next.text === ',' || next.pos === 'NOUN' || isTerminal(view, that + 1);
}

// "CNN didn't report that …", "he never said that …", "Nor did he say that
// …": a negated verb reports what was not said. In "a commander who asked
// not to be named said" the "not" negates an infinitive, not the verb, and
// in "a woman who asked that her name not be used said" the clause's own
// verb; "didn't come out and say" negates both verbs.
function isNegated(view: TokenView, verb: number, first: number): boolean {
  let joined = false;
  for (let j = verb - 1; j >= Math.max(first, verb - 4); j--) {
    const t = view.tokens[j]!;
    if (t.pos === 'PUNCT' || t.lower === 'to') return false;
    if (t.pos === 'CCONJ') joined = true;
    else if (t.pos === 'VERB' && !joined) return false;
    if (NEGATIONS.has(t.lower)) return true;
  }
  return false;
}

const SAY = new Set(['say', 'says', 'said']);
const UNSAID_AFTER = new Set(['of', 'from', 'without']);

// "mocked Lee's protestations that …", "said Lee's arguments that …": the
// clause is the content of a claim the object names, whoever made it; "his
// claim that" is the speaker's own, unless the verb attacks it ("mocked his
// claim that …").
function isOthersContent(view: TokenView, verb: number, that: number): boolean {
  const noun = contentNoun(view, verb, that);
  if (noun < 0) return false;
  if (ATTACKING_VERBS.has(view.tokens[verb]!.lower)) return true;
  for (let j = verb + 1; j < noun; j++) if (OWN.has(view.tokens[j]!.lower)) return false;
  return true;
}

// The claim noun whose content the "that" clause is: right before "that",
// or before a phrase on whose it was ("recalling a false report from the
// 2008 campaign that …"); -1 when there is none. Capitalised, the noun
// names a listener ("told Fox News that"); before another noun it is a
// modifier ("said at a news conference that"); before "with" it is a quarrel
// ("declared in a heated argument with Keyworth that …").
function contentNoun(view: TokenView, verb: number, that: number): number {
  for (let j = that - 1; j > verb; j--) {
    const t = view.tokens[j]!;
    if (CONTENT_NOUNS.has(t.text) && (j === that - 1 || SOURCE_PREPOSITIONS.has(view.tokens[j + 1]!.lower))) return j;
    // "noted Clinton’s comment that she wanted to visit": any noun of speech
    // another owns ("said in remarks that" is the speaker's own).
    if (j === that - 1 && SPEECH_NOUNS.has(t.lower) && isPossessive(view.tokens[j - 1]?.text ?? '')) return j;
    if (view.roles[j] !== 'text' || t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX') return -1;
  }
  return -1;
}

const CONTENT_NOUNS = new Set([
  'claim', 'claims', 'argument', 'arguments', 'notion', 'idea', 'suggestion', 'suggestions', 'accusation',
  'accusations', 'allegation', 'allegations', 'charge', 'charges', 'protestation', 'protestations',
  'assertion', 'assertions', 'attacks', 'criticism', 'concerns', 'fears', 'report', 'reports', 'rumor',
  'rumors', 'rumours', 'speculation', 'theory', 'view', 'insinuation', 'implication', 'contention', 'news',
]);
const OWN = new Set(['his', 'her', 'their', 'its', 'my', 'our']);
const SOURCE_PREPOSITIONS = new Set(['from', 'by', 'of', 'in']);

// "…, the president said." / "…, said the spokesman." / "…, he told reporters on Monday."
function reportedBeforeAttribution(view: TokenView, first: number, sentenceEnd: number): ReportedSpeech | null {
  if (view.roles[first] !== 'text') return null;
  let end = sentenceEnd;
  let found = closingAttribution(view, first, end);
  if (!found) {
    // "…, Russian investigators said, a claim that could not be verified.",
    // "…, said Ann Lee, a political scientist at Emory.": the attribution
    // before the writer's tail or the speaker's appositive.
    end = beforeWritersTail(view, first, sentenceEnd);
    found = end < sentenceEnd ? closingAttribution(view, first, end) : null;
    if (found && !isAttributionClause(view, found.comma)) return null;
  }
  for (let k = found ? found.comma : first; k <= end; k++) if (view.roles[k] !== 'text') return null;
  if (!found || found.comma <= first + 2 || !canReport(view, found.subject)) return null;
  // "…, he didn't mention it." reports nothing; "…, a commander who asked
  // not to be named said." does: that "not" negates an infinitive.
  for (let k = found.comma + 1; k <= end; k++) if (NEGATIONS.has(view.tokens[k]!.lower) && view.tokens[k + 1]?.lower !== 'to') return null;
  // "But when Congress cut funding, Mexico said enough.": an adverbial
  // clause alone is when or why, never what was said.
  if (isAdverbialClauseOnly(view, first, found.comma)) return null;
  // "In a 1963 speech, he declared:" introduces a quote: a phrase opening
  // with a preposition and holding no verb is no statement ("Or maybe Jeb
  // Bush, Lee says." is one).
  if (view.tokens[first]!.pos === 'ADP' && !hasVerb(view, first, found.comma - 1)) return null;
  // "Ann Lee, a Republican who has refused to back Hale, said the family
  // deserved better": with the verb first, words with no verb of their own
  // (a relative clause's do not count) are the verb's subject, not what was
  // said, however the tagger reads the words after it.
  if (found.comma + 1 === found.subject[0] - 1 && !hasMainVerb(view, first, found.comma - 1)) return null;
  // "Russia has retaken Kursk, Kyiv denies": the words are what Kyiv denies, not Kyiv's.
  const disowned = saysName(view, found.comma + 1, end) || ATTACKING_VERBS.has(found.cue.toLowerCase());
  // "WASHINGTON -- A six-year trend …, the office reported": the dateline is the writer's.
  const dash = first === 0 ? datelineDash(view) : -1;
  const opening = dash > 0 ? dash + 1 : first;
  // "Meanwhile, Russian attacks killed three people, the governor said": the writer's link to what came before.
  const start = WRITERS_LINKS.has(view.tokens[opening]!.lower) && view.tokens[opening + 1]?.text === ',' ? opening + 2 : opening;
  return { start: view.tokens[start]!.start, end: view.tokens[found.comma - 1]!.end, subject: found.subject, cue: found.cue, disowned };
}



// The words before the attribution at `comma` close a clause, and the
// attribution is no relative clause: not "…, are reflecting, the polls tell
// us, a lot of anxiety" (the object comes after it) nor "…, the majority
// leader, whose new book boasts of …".
function isAttributionClause(view: TokenView, comma: number): boolean {
  const before = view.tokens[comma - 1]!;
  if (OPEN_ENDS.has(before.pos) || (before.pos === 'VERB' && before.lower.endsWith('ing'))) return false;
  return !RELATIVE_WORDS.has(view.tokens[comma + 1]!.lower);
}

const OPEN_ENDS = new Set(['ADP', 'DET', 'AUX', 'CCONJ', 'SCONJ', 'PART']);

function isAdverbialClauseOnly(view: TokenView, first: number, comma: number): boolean {
  const opener = view.tokens[first]!.pos === 'CCONJ' ? first + 1 : first;
  return ADVERBIAL_OPENERS.has(view.tokens[opener]?.lower ?? '') && !hasComma(view, opener, comma - 1);
}

// A verb outside relative clauses, which run from "who", "which" or "that" to the next comma.
function hasMainVerb(view: TokenView, from: number, to: number): boolean {
  let relative = false;
  for (let j = from; j <= to; j++) {
    const t = view.tokens[j]!;
    if (t.text === ',') relative = false;
    else if (RELATIVE_WORDS.has(t.lower)) relative = true;
    else if (!relative && (t.pos === 'VERB' || t.pos === 'AUX') && !isAttributive(view, j)) return true;
  }
  return false;
}

const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that']);

// "Asked who leads the party, he said Ryan.": a name right after "said" is
// what was said, so the words before the comma are the question, not a
// statement; the speaker still spoke. "said Tuesday" names a day, and in
// "…, said Tom Hale." the verb comes first and the name is who said it.
function saysName(view: TokenView, from: number, end: number): boolean {
  for (let k = from + 1; k < end; k++) {
    if (!SAY.has(view.tokens[k]!.lower)) continue;
    const next = view.tokens[k + 1]!;
    return next.pos === 'PROPN' && !TIME_WORDS.has(next.lower) && !MONTHS.has(next.lower);
  }
  return false;
}
