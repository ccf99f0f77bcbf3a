/**
 * The small grammar of attributions shared by direct quotes and reported
 * speech: whether a word is a reporting verb here, and the closing
 * attribution of a sentence (", Mr. Holtz-Eakin said." / ", said the spokesman.").
 */
import { INVERTING_VERBS, OBJECT_FIRST_VERBS, REPORTING_VERBS, TELLING_VERBS, TIME_WORDS, WEAK_VERBS } from './cues.ts';
import { isGerund, isParticiple } from './dependent-verb.ts';
import { chunkRight, endsInName, ownedPhraseRight, POSSESSIVE_DETERMINERS, skipFillers, type Range } from './noun-phrase.ts';
import { namesPeople, PLURAL_NOUN } from './people-words.ts';
import { isCapitalised, isTerminal, type TokenView } from './token-view.ts';
import { nameGivenBy, subjectBefore } from './subject-before.ts';
import { SPEECH_NOUNS } from './speech-noun.ts';
import { LONE_WORDS } from './unnamed-one.ts';

/** True when a reporting verb stands among tokens `from`..`to`. */
export function hasReportingVerb(view: TokenView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (isReportingVerb(view, k)) return true;
  return false;
}

/** True when the reporting verb at `k` is a verb here, not an adjective ("Kursk's claimed recapture"). */
export function isReportingVerb(view: TokenView, k: number): boolean {
  const t = view.tokens[k]!;
  if (!REPORTING_VERBS.has(t.lower) || view.roles[k] !== 'text') return false;
  const prev = view.tokens[k - 1];
  if (t.pos !== 'VERB' && t.pos !== 'AUX' && t.lower !== 'said' && t.lower !== 'says' && !verbByPlace(view, k)) return false;
  // "the said document", "a report"; not "another said".
  return !prev || !((prev.pos === 'DET' && !LONE_WORDS.has(prev.lower)) || /^['’]s?$/.test(prev.text) || prev.text === '’s');
}

/**
 * True when the reporting verb at `k` is one trusted only next to a quote
 * (WEAK_VERBS). "Point" is weak alone ("pointed to the polls") but reports
 * speech as "pointed out"; "post" ("posted a video", "posted losses")
 * reports it before "that", or before "on" a place and "that" ("posted on
 * Telegram that …").
 */
export function isWeakVerb(view: TokenView, k: number): boolean {
  const t = view.tokens[k]!;
  if (!WEAK_VERBS.has(t.lower)) return false;
  if (t.lower.startsWith('point') && view.tokens[k + 1]?.lower === 'out') return false;
  return !(t.lower.startsWith('post') && postsClause(view, k));
}

function postsClause(view: TokenView, k: number): boolean {
  let j = k + 1;
  if (view.tokens[j]?.lower === 'on') {
    j++;
    while (view.tokens[j]?.pos === 'PROPN' || view.tokens[j]?.pos === 'DET' || view.tokens[j]?.pos === 'ADJ' || view.tokens[j]?.pos === 'NOUN') j++;
  }
  return view.tokens[j]?.lower === 'that';
}

/**
 * The attribution filling tokens `a`..`end`: "the president said", "said the
 * spokesman", "he told reporters on Monday". Null when anything else is there.
 */
export function tailAttribution(view: TokenView, a: number, end: number): { subject: Range; cue: string } | null {
  if (isReportingVerb(view, a) && !isWeakVerb(view, a)) {
    if (isGerund(view, a)) return null;
    const subject = chunkRight(view, a + 1, end) ?? ownedPhraseRight(view, a + 1, end);
    // "…, noted NBC's Ann Lee." names its subject; "…, tweeted a warning."
    // says what was tweeted, and "…, told the BBC." whom it was told to.
    // "Putin, in a televised meeting, praised North Korea." has no closing
    // attribution: after "praised" or "thanked" a name is the object. (A
    // quote's "“…,” praised Lee." is read by attributeAfter().)
    const inverted = subject && subject[1] === end && !TELLING_VERBS.has(view.tokens[a]!.lower) && (INVERTING_VERBS.has(view.tokens[a]!.lower) || (endsInName(view, subject) && !OBJECT_FIRST_VERBS.has(view.tokens[a]!.lower)));
    return inverted ? { subject, cue: view.tokens[a]!.text } : null;
  }
  const phrase = chunkRight(view, a, end) ?? ownedPhraseRight(view, a, end);
  if (!phrase || namesAClaim(view, phrase)) return null;
  const v = verbPastRelative(view, phrase, end) ?? skipFillers(view, phrase[1] + 1, end, 1);
  const subject = (v > 0 && nameGivenBy(view, phrase[1] + 1, v - 1)) || phrase;
  if (v < 0 || v > end || !isReportingVerb(view, v) || isWeakVerb(view, v)) return null;
  // "…, a claim rejected by Kyiv": the claim did not reject; Kyiv did, and not the words before.
  if (SPEECH_NOUNS.has(view.tokens[subject[1]]!.lower) && view.tokens[v + 1]?.lower === 'by') return null;
  // After the verb only a short complement without a verb of its own ("told
  // reporters on Monday"); "being" counts as one ("…, Trump will insist on
  // being Trump." reports nothing before the comma).
  for (let j = v + 1; j <= end; j++) if (view.tokens[j]!.pos === 'VERB' || (view.tokens[j]!.pos === 'AUX' && view.tokens[j]!.lower.endsWith('ing')) || j - v > 6) return null;
  if (v < end && takesObject(view, v)) return null;
  return { subject, cue: view.tokens[v]!.text };
}

// "…, a claim Kyiv denies.": the phrase names the claim, and the one after
// the noun contests it; who made it the text does not say there.
function namesAClaim(view: TokenView, [a, b]: Range): boolean {
  let j = a;
  if (view.tokens[j]!.pos === 'DET') j++;
  while (j < b && view.tokens[j]!.pos === 'ADJ') j++;
  return j < b && SPEECH_NOUNS.has(view.tokens[j]!.lower);
}

/**
 * "…, a commander who asked not to be named said.": the reporting verb after
 * a relative clause that hangs on `subject` with no comma, read as it would
 * be before a quote (subject-before.ts). Undefined when no "who" or "whose" follows
 * the subject; -1 when no such verb does. The clause's own verb is not it
 * ("a man who told reporters …").
 */
export function verbPastRelative(view: TokenView, subject: Range, end: number): number | undefined {
  const who = subject[1] + 1;
  if ((view.tokens[who]?.lower !== 'who' && view.tokens[who]?.lower !== 'whose') || view.roles[who] !== 'text') return undefined;
  for (let k = who + 1; k <= end && view.roles[k] === 'text'; k++) {
    if (view.tokens[k]!.text === ',' || isTerminal(view, k)) return -1;
    if (!isReportingVerb(view, k) || skipFillers(view, k - 1, who, -1) === who) continue;
    // "…, a woman who gave her name as Tatyana said.": the name the clause gives is hers.
    return subjectBefore(view, k, subject[0])?.[1] === subject[1] || nameGivenBy(view, who, k - 1) ? k : -1;
  }
  return -1;
}

// "…, Mr. Lee officially claimed the nomination on Tuesday.": a phrase right
// after the verb is what was claimed or announced, so the words before the
// comma are not. Only a verb of telling names its listener there ("told
// reporters"); a time ("said Tuesday") is no object, and a name after "said"
// is the answer to a question (reported-speech.ts).
export function takesObject(view: TokenView, v: number): boolean {
  if (LISTENER_VERBS.has(view.tokens[v]!.lower)) return takesThing(view, v);
  const next = view.tokens[v + 1]!;
  if (TIME_WORDS.has(next.lower) || next.lower === 'late' || next.lower === 'early') return false;
  // "reported 97 combat clashes": a number opens an object too, unless it
  // counts time ("reported ten days ago").
  if (next.pos === 'NUM') return !SPANS_OF_TIME.has(view.tokens[v + 2]?.lower ?? '');
  // "reported new Russian attacks": the tagger reads a lower-case adjective before a name as part of it.
  const adjective = next.pos === 'ADJ' || (next.pos === 'PROPN' && !isCapitalised(next));
  return next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'PRON' || adjective;
}

const SPANS_OF_TIME = new Set(['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades']);

// "…, Lee wrote a viral blog against him.", "…, he tells one joke about
// Ruiz.": what was written or told, not to whom. After "wrote" any thing
// ("wrote supporters" names listeners); after "told", only what is told,
// since a listener may be a body or an event ("told a Senate panel",
// "told a news conference").
function takesThing(view: TokenView, v: number): boolean {
  const object = chunkRight(view, v + 1, view.tokens.length - 1);
  if (!object || object[0] !== v + 1) return false;
  const head = view.tokens[object[1]]!;
  if (head.pos !== 'NOUN' || isCapitalised(head)) return false;
  if (TELLING_VERBS.has(view.tokens[v]!.lower)) return TOLD_THINGS.has(head.lower);
  return WRITING.has(view.tokens[v]!.lower) && !namesPeople(head.lower) && !TIME_WORDS.has(head.lower);
}

const WRITING = new Set(['wrote', 'writes']);
const TOLD_THINGS = new Set(['joke', 'jokes', 'story', 'stories', 'tale', 'tales', 'anecdote', 'anecdotes', 'truth', 'lie', 'lies']);

/** Reporting verbs that name a listener before what is said ("told reporters that …"). */
export const LISTENER_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'tell', 'telling', 'wrote', 'writes', 'emailed', 'informed', 'assured', 'warned', 'reminded', 'advised', 'briefed']);

/**
 * The attribution after any comma of `first`..`end`, ending at the end or at
 * the next comma: "…” for the EU, said Ann Berg, founder of the party." and
 * "…” since most cases were close, Ms. Berg said, adding …". The nearest
 * comma to the quote whose words form an attribution wins.
 */
export function embeddedAttribution(view: TokenView, first: number, end: number): { comma: number; subject: Range; cue: string } | null {
  const commas: number[] = [];
  for (let k = first; k <= end; k++) if (view.tokens[k]!.text === ',' && view.roles[k] === 'text') commas.push(k);
  for (let i = 0; i < commas.length; i++) {
    const comma = commas[i]!;
    const next = commas[i + 1];
    const found = (next !== undefined && tailAttribution(view, comma + 1, next - 1)) || tailAttribution(view, comma + 1, end);
    if (found) return { comma, ...found };
  }
  return null;
}

/** The closing attribution after the last comma of `first`..`end`, if the sentence ends with one. */
export function closingAttribution(view: TokenView, first: number, end: number): { comma: number; subject: Range; cue: string } | null {
  let comma = end;
  while (comma > first && end - comma <= LONGEST_CLOSING && view.tokens[comma]!.text !== ',') comma--;
  if (comma < first || view.tokens[comma]!.text !== ',') return null;
  const found = tailAttribution(view, comma + 1, end);
  return found ? { comma, ...found } : null;
}

// Tokens from the last comma to the end: "…, Chief of the Russian General
// Staff Valery Gerasimov reported to Russian President Vladimir Putin." is 14.
const LONGEST_CLOSING = 16;

// The tagger reads "reports" in "The Times reports:" as a noun, and rarer
// past forms ("she elaborated", "Norway branded") as adjectives. Right after a
// name or pronoun, an -ed form is the verb, and so is an -s form before a
// colon, comma or "that", or closing a sentence that a quote opens
// ("…,” Conway notes."): there "the Comey notes." cannot be meant. An -ing
// form read as a noun is the verb in a participle's place (opensReport()).
function verbByPlace(view: TokenView, k: number): boolean {
  const t = view.tokens[k]!;
  if (t.pos === 'NOUN' && isParticiple(view, k)) return opensReport(view, k + 1);
  const prev = view.tokens[k - 1];
  const next = view.tokens[k + 1];
  // "was heard telling aides", "quoted as telling": right after a verb or
  // "as", an -ing form is no adjective ("a telling sign"), whatever the tagger says.
  if (t.pos === 'ADJ' && t.lower.endsWith('ing') && prev && (prev.pos === 'VERB' || prev.lower === 'as')) return true;
  // "The decree praises their “courage”": an -s form between a singular
  // noun that a determiner opens and a determiner of its own is the verb;
  // no noun phrase runs "decree praises their".
  if (t.pos === 'NOUN' && PLURAL_NOUN.test(t.lower) && prev?.pos === 'NOUN' && !PLURAL_NOUN.test(prev.lower) && view.tokens[k - 2]?.pos === 'DET' && next && (next.pos === 'DET' || POSSESSIVE_DETERMINERS.has(next.lower))) return true;
  if (!prev || !next || !((isCapitalised(prev) && prev.pos === 'PROPN') || prev.pos === 'PRON')) return false;
  // "rejected Russian claims that …", "of Kremlin claims that …": after a
  // verb or preposition the name and noun are an object, not subject and verb.
  // A capital is the name's own first word, whatever its tag ("the Associated Press reports").
  const before = view.tokens[k - 2];
  if (before && OBJECT_BEFORE.has(before.pos) && !isCapitalised(before) && !CLAUSE_PREPOSITIONS.has(before.lower)) return false;
  if (t.pos === 'ADJ' && t.lower.endsWith('ed')) return true;
  if (t.pos !== 'NOUN' || !t.lower.endsWith('s')) return false;
  // "Kyiv claims to have shot down …".
  if (next.lower === 'to' && view.tokens[k + 2]?.lower === 'have') return true;
  return next.text === ':' || next.text === ',' || next.lower === 'that' || (view.terminal[k + 1] === 1 && followsQuote(view, k - 1));
}

const OBJECT_BEFORE = new Set(['VERB', 'ADP']);
// Tagged as prepositions, these open a clause: "as Lee notes, …".
const CLAUSE_PREPOSITIONS = new Set(['as', 'because', 'since', 'after', 'before', 'while', 'if', 'that', 'though', 'although', 'until']);

// "…, warning that …", "by warning darkly: “…”": the tagger reads some -ing
// forms as nouns ("a warning"), but in a participle's place, after a comma or
// "by" and before what it reports, the word is the verb.
function opensReport(view: TokenView, j: number): boolean {
  const k = skipFillers(view, j, view.tokens.length - 1, 1);
  const t = view.tokens[k];
  return !!t && (view.roles[k] === 'mark' || t.lower === 'that' || t.text === ':');
}

// True when the name ending at token `last` comes right after a quote that
// hands on to it with a comma (or "!" or "?"), inside the marks or after them.
// "the “Comey” notes" has none.
function followsQuote(view: TokenView, last: number): boolean {
  let j = last;
  while (j > 0 && view.tokens[j]!.pos === 'PROPN' && isCapitalised(view.tokens[j]!) && view.roles[j] === 'text') j--;
  if (j === last) return false;
  if (view.tokens[j]!.text === ',' && view.roles[j] === 'text') return view.roles[j - 1] === 'mark';
  while (j > 0 && view.roles[j] === 'mark') j--;
  return view.roles[j] === 'quoted' && HANDS_ON.has(view.tokens[j]!.text);
}

const HANDS_ON = new Set([',', '!', '?']);

/**
 * "Per Ann Lee, “…”", "“…,” per Reuters": "per" as "according to", but
 * only before a name that closes its phrase. "Per the agreement" and
 * "$5 per person" name no one.
 */
export function perSource(view: TokenView, k: number, b: number): Range | null {
  if (view.tokens[k]!.lower !== 'per' || view.roles[k] !== 'text') return null;
  const subject = chunkRight(view, k + 1, b);
  if (!subject || !endsInName(view, subject) || !isCapitalised(view.tokens[subject[1]]!)) return null;
  const next = view.tokens[subject[1] + 1];
  return subject[1] === b || next?.text === ',' ? subject : null;
}
