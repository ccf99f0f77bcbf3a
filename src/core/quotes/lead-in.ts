/**
 * What the words right around a quote say before any speaker is read: that
 * it is part of a question put to someone ("Asked whether “…”"), that a
 * negated verb says it was not said ("Lee did not say “…,” Hale said"),
 * that the words after it are the next quote's lead-in ("she says “…,” he
 * says “…”"), that the subject only heard it ("was told by Hale that “…”"),
 * or whose answer a label names ("Lee's response: “…”").
 */
import { BE_FORMS, DOCUMENT_NOUNS, ISSUING_VERBS, NEGATIONS } from './cues.ts';
import { ISSUED_BY } from './document-issuer.ts';
import { chunkLeft, chunkRight, isPossessive, skipFillers, type Range } from './noun-phrase.ts';
import { isPlaceName } from './places.ts';
import { hasReportingVerb, isReportingVerb } from './reporting-clause.ts';
import { SPEECH_NOUNS } from './speech-noun.ts';
import { subjectBefore } from './subject-before.ts';
import type { TokenView } from './token-view.ts';

/**
 * "Asked whether Lee “has the integrity to serve,” 75 percent said yes",
 * "Lee, asked if she agreed that “…,” said no", "Lee was asked about “fake
 * news”": a quote that is part of a question put to someone. Neither the
 * one asked nor the verb after the quote said it (a noun of speech in the
 * question may still own it: "Asked about Hale's claim that “…”"). For the
 * lead-in `a`..`b`: undefined when it puts no question, else the one asking
 * ("Asked by Lee, “…?”"), or null when the sentence does not name them.
 */
export function questionPut(view: TokenView, a: number, b: number): Range | null | undefined {
  // The lead-in's own comma or colon: "Asked by Lee, “Will it move?”".
  const last = b >= a && CLAUSE_BREAKS.has(view.tokens[b]!.text) ? b - 1 : b;
  for (let k = last; k >= a; k--) {
    const t = view.tokens[k]!;
    if (view.roles[k] !== 'text' || CLAUSE_BREAKS.has(t.text)) return undefined;
    if (t.lower !== 'asked') continue;
    // "Smith, delivering the speech, asked the crowd “…”" asks it herself: the question put has no object.
    const next = view.tokens[k + 1]?.lower ?? '';
    if (!QUESTION_OPENERS.has(next)) return undefined;
    const prev = view.tokens[k - 1];
    if (k !== view.sentences[view.sentenceOf[k]!]![0] && !(prev && QUESTION_PUT_LEADS.has(prev.lower))) return undefined;
    // "Peskov told reporters, when asked about the claims: “…”": the one who
    // told answers; the question is only the occasion.
    if (view.tokens[b]?.text === ':' && hasReportingVerb(view, a, k - 1)) return undefined;
    // "Asked by Lee, “…”", "Asked by reporters whether “…”": the one asking put the words.
    const asker = next === 'by' ? chunkRight(view, k + 2, last) : null;
    return asker;
  }
  return undefined;
}

const CLAUSE_BREAKS = new Set([',', ';', ':']);
// "Asked …", "Lee, asked …", "When asked …", "Lee was asked …".
const QUESTION_PUT_LEADS = new Set([',', 'when', 'if', 'after', 'once', 'before', 'was', 'were', 'been', 'being', 'be', 'is', 'are', 'later']);
const QUESTION_OPENERS = new Set(['whether', 'if', 'about', 'what', 'how', 'why', 'when', 'who', 'where', 'to', 'by', 'for']);

// "Lee did not say “…,” Hale said", "Lee never called it “a coup,”
// according to Hale": a negated verb whose object is the quote says the
// words were not said. Hale reports that, and did not say them either.
// Only the verb's own object: in "Comey cannot say that “from his
// perspective,” Lewandowski added" or "won't agree to a “perfunctory”
// sit-down" the quote is part of what the reporter says.
export function saidNotToBeSaid(view: TokenView, a: number, b: number): boolean {
  const k = NAMED_OBJECTS.has(view.tokens[b]?.lower ?? '') ? b - 1 : b;
  return k >= a && isReportingVerb(view, k) && (isNegated(view, k, a) || isUnrealised(view, k, a) || isForgone(view, k, a) || isConditional(view, k, a));
}

// "If Putin declares “victory in Kursk,” Kyiv will have to respond,
// analysts say": a verb whose subject follows "if" or "unless" says the
// words may yet be said, and the analysts did not say them either.
function isConditional(view: TokenView, k: number, a: number): boolean {
  const subject = subjectBefore(view, k, a);
  const opener = subject ? skipFillers(view, subject[0] - 1, a, -1) : -1;
  return opener >= a && CONDITIONS.has(view.tokens[opener]!.lower);
}

const CONDITIONS = new Set(['if', 'unless']);

// "Instead of saying “…,” Lee said …", "came close to saying", "stopped
// short of calling it", "refrained from saying", "warned against saying":
// the phrase before the verb says the words were not said. "Apart from
// saying" and "aside from" say they were.
function isForgone(view: TokenView, k: number, a: number): boolean {
  const j = k - 1;
  if (j < a || view.roles[j] !== 'text') return false;
  const word = view.tokens[j]!.lower;
  const pair = `${view.tokens[j - 1]?.lower ?? ''} ${word}`;
  if (FORGONE_PAIRS.has(pair)) return j - 1 >= a;
  return (word === 'from' || word === 'against') && !KEPT_FROM.has(view.tokens[j - 1]?.lower ?? '');
}

const FORGONE_PAIRS = new Set(['instead of', 'rather than', 'short of', 'close to', 'far from']);
const KEPT_FROM = new Set(['apart', 'aside']);

// "Before Hale could say “…,” Lee interrupted", "Hale might call it “…”":
// a modal of possibility says the words may never have been said.
function isUnrealised(view: TokenView, k: number, a: number): boolean {
  const j = skipFillers(view, k - 1, a, -1);
  return j >= a && UNREALISED_MODALS.has(view.tokens[j]!.lower);
}

const UNREALISED_MODALS = new Set(['could', 'might', 'may', 'should', 'must']);

// "never called it “a coup”": the object a verb of naming names.
const NAMED_OBJECTS = new Set(['it', 'him', 'her', 'them']);

// "Lee insisted she never said “…”", "Ruiz did not call it “…”": words
// the verb says were not said are no one's, and not the earlier verb's
// ("insisted") either.
export function isNegated(view: TokenView, k: number, a: number): boolean {
  const j = skipFillers(view, k - 1, a, -1);
  return j >= a && NEGATIONS.has(view.tokens[j]!.lower);
}


// "she says “…,” he says “…”": a quote right after a verb of speech and its
// subject is that verb's, and a subject and verb after it that run straight
// into the next quote are that one's lead-in. A verb with no subject of its
// own ("Recalling ''…,'' the statement urged …") takes the one after.
export function hasOwnLeadVerb(view: TokenView, b0: number, b1: number): boolean {
  if (b0 > b1) return false;
  const verb = view.tokens[b1]!.text === ',' || view.tokens[b1]!.text === ':' ? b1 - 1 : b1;
  return verb >= b0 && isReportingVerb(view, verb) && subjectBefore(view, verb, b0) !== null;
}

export function runsIntoQuote(view: TokenView, a: number, last: number): boolean {
  if (a > last || view.roles[last + 1] !== 'mark') return false;
  let verbs = 0;
  for (let k = a; k <= last; k++) {
    const t = view.tokens[k]!;
    if (t.text === ',' && k > a && k < last) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') verbs++;
  }
  return verbs === 1;
}

// "was told by Hale that “…”", "had been assured “…”": a passive verb of
// telling, whose subject is the listener. The teller after "by", null when
// none is named, undefined when the verb is not such a passive.
export function toldInPassive(view: TokenView, k: number, b: number): Range | null | undefined {
  if (!RECIPIENT_VERBS.has(view.tokens[k]!.lower)) return undefined;
  const j = skipFillers(view, k - 1, 0, -1);
  if (!BE_FORMS.has(view.tokens[j]?.lower ?? '')) return undefined;
  return view.tokens[k + 1]?.lower === 'by' ? chunkRight(view, k + 2, b) : null;
}

const RECIPIENT_VERBS = new Set(['told', 'assured', 'reassured', 'informed', 'warned', 'promised', 'advised', 'reminded', 'notified', 'instructed']);

// "Lee's response: “…”", "The reply from Lee: “…”": a label naming an
// answer or message is its owner's; "The response: “…”" names no one.
// Undefined when the label is no such noun ("Gerasimov:", "PENCE:").
export function answerOwner(view: TokenView, [first, last]: Range): Range | null | undefined {
  for (let k = first; k <= last; k++) {
    if (!ANSWER_NOUNS.has(view.tokens[k]!.lower) || view.tokens[k]!.pos !== 'NOUN') continue;
    const next = view.tokens[k + 1]?.lower ?? '';
    if (k < last && (next === 'from' || next === 'by')) return chunkRight(view, k + 2, last);
    if (k !== last) return undefined;
    const mark = k - 1;
    return mark > first && isPossessive(view.tokens[mark]!.text) ? chunkLeft(view, mark - 1, first) : null;
  }
  return undefined;
}

const ANSWER_NOUNS = new Set(['response', 'reply', 'answer', 'retort', 'reaction', 'message', 'rejoinder', 'comeback', 'verdict', 'question']);

/**
 * "Ann Lee on the army: “…”", "Ann Lee, on whether it is ready: “…”", "Ann
 * Lee to Ben Cole: “…”": a subhead-style label of a name and what or whom
 * the words are about or addressed to, the whole lead-in `a`..`b` before
 * the colon. Returns the name; null when the lead-in is no such label. Only
 * a name of two or more proper nouns that is no place: "Kyiv on edge:" and
 * "New York on alert:" say where, and at a sentence's start "Letter to Ann
 * Lee:" has a capital that makes no name.
 */
export function topicLabel(view: TokenView, a: number, b: number): Range | null {
  const name = chunkRight(view, a, b);
  if (!name || name[0] !== a || name[1] === a || !isProperRun(view, name)) return null;
  if (isPlaceName(view.text.slice(view.tokens[name[0]]!.start, view.tokens[name[1]]!.end))) return null;
  let k = name[1] + 1;
  if (view.tokens[k]?.text === ',') k++;
  if (k >= b || !LABEL_LINKS.has(view.tokens[k]!.lower)) return null;
  for (let j = k + 1; j <= b; j++) if (isReportingVerb(view, j) || view.roles[j] !== 'text') return null;
  return name;
}

const LABEL_LINKS = new Set(['on', 'to', 'about', 'regarding']);

// Words in capitals ("VOTERS CARE MORE ABOUT …:") are a headline, whose tags say nothing of names.
function isProperRun(view: TokenView, [first, last]: Range): boolean {
  for (let k = first; k <= last; k++) {
    const t = view.tokens[k]!;
    if (t.pos !== 'PROPN' || t.text === t.text.toUpperCase()) return false;
  }
  return true;
}

/**
 * "Kastehelmi's colleague, Pasi Paroinen, was more cautious: “…”": a
 * subject, a form of "be" and only a word on how they spoke, then a colon
 * in the lead-in `a`..`b`, introduce what the subject said. The subject,
 * and the word as the cue, or null.
 */
export function mannerLeadIn(view: TokenView, a: number, b: number): { subject: Range; cue: string } | null {
  const manner = MANNERS.has(view.tokens[b - 1]?.lower ?? '');
  if (b - 2 < a || view.tokens[b]!.text !== ':' || (!manner && view.tokens[b - 1]!.pos !== 'ADJ')) return null;
  let be = b - 2;
  while (be > a && DEGREES.has(view.tokens[be]!.lower)) be--;
  if (!BE_FORMS.has(view.tokens[be]!.lower) || view.roles[be] !== 'text') return null;
  const subject = subjectBefore(view, be, a);
  if (!subject) return null;
  // "The message from Kyiv was clear: “…”", "Zelensky's reply was short:":
  // with words for what was said as the subject, any word of how it was
  // will do; otherwise only a word of manner ("The situation was difficult: …" is no speech).
  // The subject may be the source after the noun: "the message from Kyiv" reads as "Kyiv".
  const from = ISSUED_BY.has(view.tokens[subject[0] - 1]?.lower ?? '') ? subject[0] - 2 : subject[1];
  const head = view.tokens[from]?.lower ?? '';
  const said = SPEECH_NOUNS.has(head) || DOCUMENT_NOUNS.has(head) || SAYING_NOUNS.has(head);
  if (!said && !manner) return null;
  // "Zelensky's reply was short:": the owner of the reply spoke.
  const owner = from === subject[1] && isPossessive(view.tokens[from - 1]?.text ?? '') ? chunkLeft(view, from - 2, a) : null;
  return { subject: owner ?? subject, cue: view.tokens[b - 1]!.text };
}

// With SPEECH_NOUNS and DOCUMENT_NOUNS, words for what someone said in answer.
const SAYING_NOUNS = new Set(['reply', 'answer', 'response', 'verdict', 'words', 'retort']);

/**
 * "The ministry issued a short statement: “…”", "The General Staff posted
 * a statement on Telegram: “…”": a document the subject put out, then a
 * colon, introduces the document's words, which are the issuer's. The
 * lead-in `a`..`b` ends in the colon. The issuer and the verb as the cue,
 * or null.
 */
export function issuedDocumentLeadIn(view: TokenView, a: number, b: number): { subject: Range; cue: string } | null {
  if (view.tokens[b]!.text !== ':') return null;
  // Past a short phrase of where or in what language ("on Telegram", "in English").
  let d = b - 1;
  while (d > a && b - d <= DOCUMENT_TAIL && !DOCUMENT_NOUNS.has(view.tokens[d]!.lower)) {
    if (view.tokens[d]!.pos === 'VERB' || view.tokens[d]!.pos === 'AUX' || view.roles[d] !== 'text') return null;
    d--;
  }
  if (!DOCUMENT_NOUNS.has(view.tokens[d]!.lower)) return null;
  // The document's own words before it: "a short", "its daily".
  let v = d - 1;
  while (v > a && DOCUMENT_MODIFIERS.has(view.tokens[v]!.pos)) v--;
  if (v === d - 1 || !ISSUING_VERBS.has(view.tokens[v]!.lower) || view.roles[v] !== 'text') return null;
  const subject = subjectBefore(view, v, a);
  return subject ? { subject, cue: view.tokens[v]!.text } : null;
}

const DOCUMENT_TAIL = 4;
const DOCUMENT_MODIFIERS = new Set(['DET', 'ADJ', 'NOUN', 'PRON', 'NUM']);

// Words news uses for how someone put it; not "difficult" or "clear", which
// more often say how things are ("The situation was difficult: …").
const MANNERS = new Set([
  'blunt', 'blunter', 'cautious', 'direct', 'emphatic', 'optimistic', 'pessimistic', 'skeptical', 'sceptical',
  'succinct', 'terse', 'categorical', 'defiant', 'candid', 'frank', 'firm', 'firmer', 'unequivocal', 'dismissive',
  'scathing', 'forthright', 'explicit', 'upbeat', 'circumspect', 'guarded', 'harsher', 'sharper', 'stark',
]);
const DEGREES = new Set(['more', 'less', 'even', 'much', 'far', 'somewhat', 'rather', 'equally', 'just', 'as']);
