/**
 * Quotes with no attribution of their own that still say who spoke, because
 * they carry on a statement just made: “A,” he said. “B.” — a paragraph that
 * is only a quote after a paragraph ending in someone's statement — a quote
 * after reported speech ("Perez says that women feel torn. “They feel …”") — and a
 * later quote of a sentence whose lead-in named the speaker ("Dan said the
 * campaign would “do A” and then “do B.”").
 */
import { attributeSpanBefore, beforeContext, type Attribution } from './attribute-speaker.ts';
import { OBJECT_FIRST_VERBS, RELAYING_WORDS, REPORTING_VERBS, WEAK_VERBS } from './cues.ts';
import { SUBORDINATORS } from './dependent-verb.ts';
import type { Draft } from './draft.ts';
import { endsInName, isNominalWord, skipFillers } from './noun-phrase.ts';
import { isPersonNoun } from './people-words.ts';
import { SPEECH_NOUNS } from './speech-noun.ts';
import { subjectBefore } from './subject-before.ts';
import { isReportingVerb, isWeakVerb, LISTENER_VERBS } from './reporting-clause.ts';
import { afterSpan, isTerminal, type TokenView } from './token-view.ts';

const CHANTS = new Set(['chant', 'chants', 'chanted', 'chanting']);

function isChant(draft: Draft): boolean {
  return CHANTS.has(draft.cue?.toLowerCase() ?? '');
}

/** What one passage has said so far, for quotes that continue it. */
export interface PassageStatements {
  /** Statements of this passage (direct or reported) that have a speaker, with the index of their sentence. */
  spoken: Array<{ draft: Draft; sentence: number; direct: boolean }>;
  /** Quotes attributed by words before them, with the index of their sentence and their span in the view. */
  leads: Array<{ draft: Draft; sentence: number; span: number }>;
}

/** The statement that span `s` (at body offset `start`, unattributed) continues, if any. */
export function continuedStatement(view: TokenView, s: number, start: number, said: PassageStatements, previous: Draft | null): Draft | null {
  if (isSentenceSubject(view, s) || isHeadlineQuote(view, s)) return null;
  const [b0, b1] = beforeContext(view, s);
  if (b0 > b1) {
    // A chant is a slogan, not a statement that goes on: in "He said, “…” - at
    // which point the crowd chanted “Build the wall!” - “and restore …”" the
    // words after it carry on his statement.
    const earlier = said.spoken.filter((d) => d.draft.pieces[0]!.start < start && !isChant(d.draft)).sort((a, b) => a.draft.pieces[0]!.start - b.draft.pieces[0]!.start);
    const latest = earlier.at(-1);
    // Reported speech beside a direct quote in one sentence is an aside ("said X, who also said that …"): the quote goes on.
    const direct = latest && !latest.direct ? earlier.find((d) => d.direct && d.sentence === latest.sentence) : undefined;
    return (direct ?? latest)?.draft ?? (view.spans[s]!.markStart === 0 && s === 0 ? previous : null);
  }
  const sentence = view.sentenceOf[view.inner[s]![0]]!;
  // "''This was an example of President Obama'' and his team ''just quietly
  // deciding …''": a quote that itself carries on a statement is split as
  // one with a lead-in would be.
  const lead = said.leads.filter((l) => l.sentence === sentence && !isChant(l.draft)).at(-1);
  const carried = lead ?? said.spoken.filter((d) => d.direct && d.draft.cue === null && d.sentence === sentence && d.draft.pieces[0]!.start < start).at(-1);
  if (!carried) return null;
  return isConnective(view, b0, b1) || (lead && goesOnReporting(view, lead, b0, b1)) ? carried.draft : null;
}

// "Cruz says his “friend and colleague” Marco Rubio ran “an optimistic
// campaign”", "Kerry said that the elections were an “important step,” but
// they were “far from perfect”": a new subject and verb between two quotes
// are still inside the clause the lead's verb reports, as they would be with
// no quote marks at all. Only when that verb takes a clause ("say", "argue",
// "tell", not "call" or "describe"), the lead quote sits inside the clause
// (no comma or colon hands it a whole statement), and nothing between them
// names other words: a reporting verb, a colon, "citing", or a noun of speech
// ("Trump's remarks, which included the suggestion that Obama was the
// “founder”").
function goesOnReporting(view: TokenView, lead: PassageStatements['leads'][number], b0: number, b1: number): boolean {
  const verb = lead.draft.cue?.toLowerCase() ?? '';
  if (!REPORTING_VERBS.has(verb) || WEAK_VERBS.has(verb) || (OBJECT_FIRST_VERBS.has(verb) && !LISTENER_VERBS.has(verb))) return false;
  let mark = view.inner[lead.span]![0];
  while (mark > 0 && view.spanOf[mark - 1] === lead.span) mark--;
  const before = view.tokens[mark - 1];
  if (!before || view.roles[mark - 1] !== 'text' || before.text === ',' || before.text === ':') return false;
  for (let k = b0; k <= b1; k++) {
    const t = view.tokens[k]!;
    if (t.text === ':' || isReportingVerb(view, k) || SPEECH_NOUNS.has(t.lower) || RELAYING_WORDS.has(t.lower)) return false;
    // "said the plan was “a good start,” while prices rose to “…”": after a
    // comma, "while" or "when" opens the writer's own account of events.
    if (NARRATING.has(t.lower) && afterComma(view, k)) return false;
  }
  return true;
}

// The comma may sit inside the closing mark: "“a good start,” while".
function afterComma(view: TokenView, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && view.roles[j] === 'mark') j--;
  return view.tokens[j]?.text === ',';
}

const NARRATING = new Set(['while', 'when', 'as', 'after', 'before', 'since', 'until', 'whereas']);

/**
 * The speaker of a quote that opens its sentence right after a plain sentence
 * whose main clause reports speech without "that": in "Perez says women feel
 * torn. “They feel like bad employees.”" the quote carries on what Perez says.
 */
export function previousSentenceLeadIn(view: TokenView, s: number): Attribution | null {
  let mark = view.inner[s]![0];
  while (mark > 0 && view.spanOf[mark - 1] === s) mark--;
  if (mark === 0 || !isTerminal(view, mark - 1)) return null;
  const [p0, p1] = view.sentences[view.sentenceOf[mark - 1]!]!;
  for (let k = p0; k <= p1; k++) if (view.roles[k] !== 'text') return null;
  const beat = beatBefore(view, p0, p1);
  if (beat) return beat;
  for (let k = p0; k <= p1; k++) {
    if (!isReportingVerb(view, k)) continue;
    // "…, the Guardian reported." closes a sentence about something else; what it reported is that sentence.
    if (isWeakVerb(view, k) || p1 - k < 3) return null;
    const subject = subjectBefore(view, k, p0);
    const opener = view.tokens[(subject?.[0] ?? p0) - 1]?.lower ?? '';
    return subject && !SUBORDINATORS.has(opener) ? { subject, cue: view.tokens[k]!.text, position: 'before' } : null;
  }
  return null;
}

// "Asked whether Kyiv had lost, Syrskyi paused. “We lost a battle, not the
// war.”": a short sentence of what someone did while speaking (a pause, a
// nod, a smile) hands the quote after it to them, as a novel's beat does.
// Only those verbs, as the sentence's main verb with a few words at most
// after it: "Prices rose. “…”" or "Lee visited the front. “…”" say nothing
// of who speaks.
function beatBefore(view: TokenView, p0: number, p1: number): Attribution | null {
  for (let k = p0 + 1; k < p1; k++) {
    if (!BEAT_VERBS.has(view.tokens[k]!.lower) || view.tokens[k]!.pos === 'NOUN') continue;
    if (p1 - k > BEAT_TAIL) return null;
    for (let j = k + 1; j < p1; j++) if (view.tokens[j]!.pos === 'VERB' || view.tokens[j]!.pos === 'AUX') return null;
    const subject = subjectBefore(view, k, p0);
    const opener = view.tokens[(subject?.[0] ?? p0) - 1]?.lower ?? '';
    // One person: after "The crowd laughed." the words are not the crowd's.
    const head = subject ? view.tokens[subject[1]]!.lower : '';
    const someone = subject && (endsInName(view, subject) || (isPersonNoun(head) && !GATHERINGS.has(head)));
    return someone && !SUBORDINATORS.has(opener) ? { subject: subject!, cue: view.tokens[k]!.text, position: 'before' } : null;
  }
  return null;
}

const BEAT_VERBS = new Set(['paused', 'smiled', 'nodded', 'shrugged', 'sighed', 'laughed', 'grinned', 'frowned', 'hesitated', 'winced', 'chuckled']);
// Words after the verb, the full stop included: "paused for a moment."
const BEAT_TAIL = 5;
const GATHERINGS = new Set(['crowd', 'audience']);

/**
 * The attribution of a passage that ends in a colon after a reporting verb
 * ("The Times reports:"), which the next paragraph's quote takes.
 */
export function colonLeadIn(view: TokenView): ReturnType<typeof attributeSpanBefore> {
  const b = view.tokens.length - 1;
  if (b < 1 || view.tokens[b]!.text !== ':' || view.roles[b] !== 'text') return null;
  return attributeSpanBefore(view, view.sentences[view.sentenceOf[b]!]![0], b);
}

/**
 * The attribution of a passage whose last sentence says someone spoke to a
 * listener, or of something, and no more ("Lt. Col. Karas spoke to The Kyiv
 * Independent last week.", "In his evening address, Zelensky spoke at
 * length about the front."): the next paragraph's quote, with no
 * attribution of its own, is what they said, as after "The Times reports:".
 * (After "Putin and Trump spoke by phone" it is no one's: attribute() will
 * not pick one of two.)
 */
export function interviewLeadIn(view: TokenView): Attribution | null {
  const b = view.tokens.length - 1;
  if (b < 2 || !isTerminal(view, b)) return null;
  const [p0, p1] = view.sentences[view.sentenceOf[b]!]!;
  for (let k = p0; k <= p1; k++) if (view.roles[k] !== 'text') return null;
  for (let k = p0 + 1; k < p1; k++) {
    if (!INTERVIEW_VERBS.has(view.tokens[k]!.lower) || !LISTENER_LINKS.has(view.tokens[k + 1]!.lower)) continue;
    const subject = subjectBefore(view, k, p0);
    if (!subject || SUBORDINATORS.has(view.tokens[subject[0] - 1]?.lower ?? '')) return null;
    return { subject, cue: view.tokens[k]!.text, position: 'before' };
  }
  return null;
}

/** Verbs of talking to someone: "spoke to The Kyiv Independent". */
export const INTERVIEW_VERBS: ReadonlySet<string> = new Set(['spoke', 'talked', 'speaks', 'talks']);
// What may follow the verb: a listener, a topic, a place or occasion, a length of time.
const LISTENER_LINKS = new Set(['to', 'with', 'about', 'of', 'at', 'on', 'in', 'for', 'briefly']);

// "“We are still there”: a soldier's story": a quote a colon follows is a
// headline's or a title's, set before what it heads, and carries on no one.
function isHeadlineQuote(view: TokenView, s: number): boolean {
  const a = afterSpan(view, s);
  return view.tokens[a]?.text === ':' && view.roles[a] === 'text';
}

// "“American Skin” was written by …": a quote followed by its verb is the
// sentence's subject, a title or phrase talked about, not a statement.
function isSentenceSubject(view: TokenView, s: number): boolean {
  const a = afterSpan(view, s);
  const t = view.tokens[a];
  return !!t && view.roles[a] === 'text' && (t.pos === 'VERB' || t.pos === 'AUX') && !isNominalWord(t) && !isReportingVerb(view, a);
}

// Words between two quotes that start no clause of their own: "and then",
// "bond, and a", "don't support the plan and that". A subject before a verb
// or a reporting verb means someone else may speak, except in a second
// "that" clause of the same verb: "said that “A” and that the nation should
// not bear “B”" reports both.
function isConnective(view: TokenView, b0: number, b1: number): boolean {
  const sameThat = secondThatClause(view, b0, b1);
  for (let k = b0; k <= b1; k++) {
    const t = view.tokens[k]!;
    if (t.text === ':' || isReportingVerb(view, k)) return false;
    if (sameThat || (t.pos !== 'VERB' && t.pos !== 'AUX')) continue;
    const j = skipFillers(view, k - 1, b0, -1);
    if (j >= b0 && (t.pos === 'VERB' || t.pos === 'AUX') && (isNominalWord(view.tokens[j]!) || view.tokens[j]!.pos === 'PRON')) return false;
  }
  return true;
}

// "…” and that the nation …": "and that" opening the words between, with a
// phrase after it, not "that" as a subject ("and that angered voters").
function secondThatClause(view: TokenView, b0: number, b1: number): boolean {
  const k = view.tokens[b0]?.text === ',' ? b0 + 1 : b0;
  const next = view.tokens[k + 2];
  if (k + 2 > b1 || view.tokens[k]!.lower !== 'and' || view.tokens[k + 1]!.lower !== 'that') return false;
  return next!.pos !== 'VERB' && next!.pos !== 'AUX';
}
