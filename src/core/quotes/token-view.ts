/**
 * One passage as the attribution rules read it: its tokens in a single list,
 * each marked as plain text, quoted words or a quotation mark, with sentence
 * boundaries recomputed so that quotation marks and abbreviations ("D-S.C.",
 * "''") do not cut a sentence where the tagger did.
 */
import type { Analysis, Token } from '../types.ts';
import type { QuoteSpan } from './find-quote-spans.ts';
import { DASHES } from './cues.ts';

/** Where a token sits relative to the passage's quoted spans. */
export type TokenRole = 'text' | 'quoted' | 'mark';

export interface TokenView {
  /** The passage text the token offsets refer to. */
  text: string;
  tokens: Token[];
  roles: TokenRole[];
  /** Index of the span a quoted or mark token belongs to, -1 for plain text. */
  spanOf: number[];
  spans: QuoteSpan[];
  /** `sentenceOf[i]` is the index into `sentences` of token i. */
  sentenceOf: number[];
  /** [first, last] token indices, inclusive. */
  sentences: Array<[number, number]>;
  /** For each span, the [first, last] indices of its quoted tokens, or null when it holds none. */
  inner: Array<[number, number] | null>;
  /** 1 where `isTerminal` holds: worked out once, since the rules ask about the same tokens again and again. */
  terminal: Uint8Array;
  /** 1 for each sentence written in title case (a headline), whose capitals say nothing about names. */
  headline: Uint8Array;
}

// Each one character long, which rules most tokens out before the lookup.
const TERMINAL = new Set(['.', '!', '?', '…']);

/** Builds the view of one passage from its analysis and its quoted spans. */
export function buildTokenView(text: string, analysis: Analysis, spans: QuoteSpan[]): TokenView {
  const tokens = allTokens(analysis);
  const roles: TokenRole[] = new Array(tokens.length).fill('text');
  const spanOf: number[] = new Array(tokens.length).fill(-1);
  const inner: Array<[number, number] | null> = spans.map(() => null);
  // Spans and tokens are both in text order, so one merge-like walk marks them.
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (s < spans.length && spans[s]!.markEnd <= t.start) s++;
    const span = spans[s];
    if (!span || t.end <= span.markStart) continue;
    spanOf[i] = s;
    const quoted = t.start >= span.start && t.end <= span.end;
    roles[i] = quoted ? 'quoted' : 'mark';
    if (quoted) inner[s] = inner[s] ? [inner[s]![0], i] : [i, i];
  }
  const view: TokenView = { text, tokens, roles, spanOf, spans, sentenceOf: [], sentences: [], inner, terminal: new Uint8Array(tokens.length), headline: new Uint8Array(0) };
  for (let i = 0; i < tokens.length; i++) if (endsPlainSentence(view, i)) view.terminal[i] = 1;
  splitSentences(view);
  view.headline = new Uint8Array(view.sentences.length);
  view.sentences.forEach(([first, last], s) => {
    if (isTitleCase(view, first, last)) view.headline[s] = 1;
  });
  return view;
}

/** "Russian forces liberated Gornal": a past tense right after its subject, which the tagger read as an adjective. */
export function isTaggedPast(view: TokenView, j: number): boolean {
  const t = view.tokens[j]!;
  const before = view.tokens[j - 1];
  return t.pos === 'ADJ' && /^\p{Ll}+ed$/u.test(t.text) && !!before && (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON');
}

/** True for a capitalised word ("Gerasimov", "U.S."). */
export function isCapitalised(t: Token): boolean {
  // Cheaper than a Unicode regex, and this runs for nearly every token; an
  // ASCII first character needs no case mapping at all.
  const code = t.text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const c = t.text.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Passage offset where the sentence holding token i starts. */
export function sentenceStartOf(view: TokenView, i: number): number {
  return view.tokens[view.sentences[view.sentenceOf[i]!]![0]]!.start;
}

/**
 * Passage offset where the clause that token i opens stops being about its
 * own words: the first quote mark, punctuation inside the sentence, relative
 * word ("whom Lee knew") or sentence end after i.
 */
export function clauseEndAfter(view: TokenView, i: number): number {
  const sentence = view.sentenceOf[i];
  for (let j = i + 1; j < view.tokens.length; j++) {
    const t = view.tokens[j]!;
    if (view.roles[j] !== 'text' || view.sentenceOf[j] !== sentence || CLAUSE_BREAKS.has(t.lower)) return t.start;
  }
  return view.text.length;
}

const CLAUSE_BREAKS = new Set([',', ';', ':', '.', '!', '?', '—', '–', '-', '(', ')', 'who', 'whom', 'whose', 'which', 'where']);

/**
 * The token that closes the "who" clause whose "who" is at `who` ("who
 * writes under the name Stanislav,"): the first comma, semicolon or full
 * stop up to `bound`; -1 when a quote mark comes first or none is that near.
 */
export function whoClauseClose(view: TokenView, who: number, bound: number): number {
  for (let j = who + 1; j <= Math.min(bound, view.tokens.length - 1); j++) {
    if (view.roles[j] !== 'text') return -1;
    if (CLAUSE_CLOSERS.has(view.tokens[j]!.text)) return j;
  }
  return -1;
}

const CLAUSE_CLOSERS = new Set([',', ';', '.']);

/** Words a "who" clause on a phrase may run to: "a fighter who declined to give his surname,". */
export const WHO_CLAUSE_WORDS = 16;

/** True when token i is the first of its sentence. */
export function opensSentence(view: TokenView, i: number): boolean {
  return view.sentences[view.sentenceOf[i]!]![0] === i;
}

/** True when token i is in a sentence written in title case. */
export function inHeadline(view: TokenView, i: number): boolean {
  return view.headline[view.sentenceOf[i]!] === 1;
}

// "Jeb Bush Hits Marco Rubio On Rape Exception": no word outside the small
// ones that titles leave in lower case ("of", "the") is in lower case, quoted
// words included; at least three words of four letters or more; and a
// capitalised word after the first that is no name ("Hits", "On"), since a
// line of names ("― Pamela Padilla ― Jacklyn Ashley") is not a headline.
function isTitleCase(view: TokenView, first: number, last: number): boolean {
  let long = 0;
  let capitalisedWord = false;
  for (let i = first; i <= last; i++) {
    const t = view.tokens[i]!;
    if (view.roles[i] === 'mark' || !LETTERS.test(t.text)) continue;
    if (!isCapitalised(t)) {
      if (!TITLE_SMALL_WORDS.has(t.lower)) return false;
      continue;
    }
    if (t.text.length >= 4) long++;
    if (i > first && !NAME_TAGS.has(t.pos)) capitalisedWord = true;
  }
  return long >= 3 && capitalisedWord;
}

const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'of', 'on', 'at', 'to', 'by', 'in', 'as', 'vs']);
const NAME_TAGS = new Set(['PROPN', 'NOUN', 'X']);
const LETTERS = /^\p{L}+$/u;

// The tokens of every sentence in one list. Most passages are one sentence,
// whose list is used as it is (a view never changes its tokens); a loop
// builds the others because flatMap is several times slower.
function allTokens(analysis: Analysis): Token[] {
  const { sentences } = analysis;
  if (sentences.length === 1) return sentences[0]!.tokens;
  const tokens: Token[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const own = sentences[s]!.tokens;
    const last = own.length - 1;
    for (let i = 0; i < last; i++) tokens.push(own[i]!);
    if (last >= 0) pushUnglued(tokens, own[last]!, sentences[s + 1]?.tokens[0]);
  }
  return tokens;
}

// "… selected to weigh in. But it's been …": the tokenizer keeps the full
// stop on a word it also knows as an abbreviation ("in." for inches), and
// the tagger's sentence then ends at no full stop of its own. Where the
// tagger ends a sentence on such a word before a capitalised word that is
// no name, the stop is cut off as a token of its own; before a name the
// word may be "vs." or "approx.".
function pushUnglued(tokens: Token[], t: Token, next: Token | undefined): void {
  const glued = t.text.length > 2 && t.text.endsWith('.') && /^\p{Ll}+\.$/u.test(t.text) && !!next && /^\p{Lu}/u.test(next.text) && next.pos !== 'PROPN';
  if (!glued) {
    tokens.push(t);
    return;
  }
  // Literals in the tokenizer's field order, so every token keeps one object shape (test/perf/object-shapes.test.ts).
  const word = t.text.slice(0, -1);
  tokens.push({ text: word, lower: word.toLowerCase(), pos: t.pos, stem: t.stem.replace(/\.$/, ''), stop: t.stop, start: t.start, end: t.end - 1 });
  tokens.push({ text: '.', lower: '.', pos: 'PUNCT', stem: '.', stop: false, start: t.end - 1, end: t.end });
}

/** True when token i ends a sentence of plain text. */
export function isTerminal(view: TokenView, i: number): boolean {
  return view.terminal[i] === 1;
}

function endsPlainSentence(view: TokenView, i: number): boolean {
  const t = view.tokens[i];
  if (!t || view.roles[i] !== 'text' || t.text.length !== 1 || !TERMINAL.has(t.text)) return false;
  // "D-S.C." and "J. Smith": a full stop after a lone capital is an abbreviation.
  const prev = view.tokens[i - 1];
  if (t.text === '.' && prev && prev.end === t.start && isAbbreviation(prev.text)) return false;
  // "(D-Wis.) said", "R-Ky., said": a full stop followed by a bracket, comma or lower-case word is an abbreviation's.
  const next = view.tokens[i + 1];
  return !next || !/^[),;:\p{Ll}]/u.test(next.text);
}

/** A lone capital ("S" of "D-S.C.") or a title written short ("Rev", "Gen"): a full stop after it is not a sentence end. */
export function isAbbreviation(word: string): boolean {
  return /^\p{Lu}$/u.test(word) || SHORT_TITLES.has(word.toLowerCase());
}

const SHORT_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'rev', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'adm', 'prof', 'maj', 'cmdr', 'atty', 'supt', 'msgr', 'fr']);

function splitSentences(view: TokenView): void {
  const { tokens, sentences, sentenceOf } = view;
  // "SUMY, Ukraine (Reuters) - Oleksandr, a drone operator, said …": the
  // dateline is a sentence of its own, so that no rule takes the place for
  // the subject of the sentence after it.
  const dateline = datelineDash(view);
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    sentenceOf[i] = sentences.length;
    if (i !== dateline && !endsSentenceAt(view, i)) continue;
    sentences.push([first, i]);
    first = i + 1;
  }
  if (first < tokens.length) sentences.push([first, tokens.length - 1]);
}

// A sentence ends at plain terminal punctuation, or after a closing mark whose
// quote ended with a full stop and is followed by a capitalised word: the
// “It failed.” He left. shape. "!" and "?" inside a quote are often followed
// by the attribution (“Why?” Trump asked), so they end the sentence only
// before a word capitalised for being first, not for being a name: the
// attribution would write “Why?” he asked, and in a sign that read “Vote
// now!” The farmer agreed, "The" opens a sentence of its own.
function endsSentenceAt(view: TokenView, i: number): boolean {
  if (isTerminal(view, i)) return true;
  const s = view.spanOf[i]!;
  if (s < 0 || view.roles[i] !== 'mark' || view.tokens[i]!.start < view.spans[s]!.end) return false;
  if (view.spanOf[i + 1] === s) return false;
  const next = view.tokens[i + 1];
  if (!next || next.text === 'I') return false;
  const span = view.spans[s]!;
  const ending = view.text.slice(span.start, span.end).trimEnd().at(-1);
  if (ending === '.') return /^[\p{Lu}“"']/u.test(next.text);
  return (ending === '!' || ending === '?') && /^\p{Lu}/u.test(next.text) && next.pos !== 'PROPN';
}

/** The first token after span `s`'s closing mark (or marks), which may be past the passage's end. */
export function afterSpan(view: TokenView, s: number): number {
  let a = view.inner[s]![1] + 1;
  while (a < view.tokens.length && view.spanOf[a] === s) a++;
  return a;
}

/** True when token `k` touches the tokens on both sides, as a hyphen inside a word does ("clean-up", "(D-N.Y.)"). */
export function isGlued(view: TokenView, k: number): boolean {
  const t = view.tokens[k]!;
  return view.tokens[k - 1]?.end === t.start && t.end === view.tokens[k + 1]?.start;
}

/**
 * True when token `i`, marks included, belongs to a quote that closes in
 * the passage: a phrase may hold one ("units of the “North” group", "the
 * “sharing economy”").
 */
export function inClosedQuote(view: TokenView, i: number): boolean {
  const s = view.spanOf[i] ?? -1;
  return s >= 0 && view.spans[s]!.closed;
}

/** True when a comma stands among tokens `from`..`to`, inclusive. */
export function hasComma(view: TokenView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (view.tokens[k]!.text === ',') return true;
  return false;
}

/** The first comma among tokens `from`..`to`, inclusive, or -1. */
export function nextComma(view: TokenView, from: number, to: number): number {
  for (let k = from; k <= to; k++) if (view.tokens[k]!.text === ',') return k;
  return -1;
}

/** True when a verb (or auxiliary) stands among tokens `from`..`to`, inclusive. */
export function hasVerb(view: TokenView, from: number, to: number): boolean {
  for (let j = from; j <= to; j++) if (view.tokens[j]!.pos === 'VERB' || view.tokens[j]!.pos === 'AUX') return true;
  return false;
}

/** The dash after a dateline the passage opens on ("WASHINGTON -- …"), or -1. */
export function datelineDash(view: TokenView): number {
  let k = 0;
  while (k < view.tokens.length && isCapitalWord(view.tokens[k]!.text)) k++;
  // "A Franco-Algerian couple" opens on a capital word of one letter.
  if (k === 0 || view.tokens[0]!.text.length < 2) return -1;
  // "SUMY, Ukraine (Reuters) -", "KYIV, April 27 (Reuters) -": after the
  // place in capitals, its country, a date and the agency, all in capitals,
  // figures and punctuation.
  const first = k;
  while (k < view.tokens.length && k - first < DATELINE_TAIL && isDatelineWord(view.tokens[k]!.text) && !DASHES.has(view.tokens[k]!.text)) k++;
  return DASHES.has(view.tokens[k]?.text ?? '') ? k : -1;
}

const DATELINE_TAIL = 10;

function isDatelineWord(word: string): boolean {
  return /^[\p{Lu}\d,.()]/u.test(word) || DASHES.has(word);
}

function isCapitalWord(word: string): boolean {
  return word === word.toUpperCase() && /\p{L}/u.test(word);
}
