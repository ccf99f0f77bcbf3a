/**
 * Finds who a quoted span is attributed to, from the words around it in its
 * sentence: after it ("…,” said Kenneth Baer" / "…,” the president said" /
 * "…” ― Name (@handle)"), or before it ("Gerasimov said: “…" / "He commended
 * the “heroism”" / "…, saying, “…" / "According to X, “…"). It returns the
 * subject phrase as written; resolving pronouns is left to the caller.
 */
import { REPORTING_VERBS, WEAK_VERBS } from './cues.ts';
import { chunkLeft, chunkRight, isParticiple, mainClauseSubject, skipFillers, subjectBefore, type Range } from './noun-phrase.ts';
import { isTerminal, spanEndsSentence, type TokenView } from './token-view.ts';

export interface Attribution {
  /** The subject phrase, or null for a cue whose subject the text leaves out. */
  subject: Range;
  /** The reporting verb or cue as written ("said", "according to", "―", ":"). */
  cue: string;
  position: 'before' | 'after';
}

// Weak verbs ("reads", "called") count only this close to the quote.
const WEAK_REACH = 3;
const DASHES = new Set(['―', '—', '–', '-', '--']);

/** The attribution of span `s` of the view, or null when its sentence names no speaker. */
export function attributeSpan(view: TokenView, s: number): Attribution | null {
  const [after, afterEnd] = afterContext(view, s);
  const fromAfter = after <= afterEnd ? attributeAfter(view, after, afterEnd) : null;
  if (fromAfter) return fromAfter;
  const [before0, before1] = beforeContext(view, s);
  return before0 <= before1 ? attributeBefore(view, before0, before1) : null;
}

/** Token range [first, last] of the plain text between span `s` and the sentence start or the previous quote. */
export function beforeContext(view: TokenView, s: number): [number, number] {
  let b1 = view.inner[s]![0] - 1;
  while (b1 >= 0 && view.spanOf[b1] === s) b1--;
  let b0 = b1;
  while (b0 >= 0 && view.roles[b0] === 'text' && !isTerminal(view, b0)) b0--;
  return [b0 + 1, b1];
}

/** True when the reporting verb at `k` is a verb here, not an adjective ("Kursk's claimed recapture"). */
export function isReportingVerb(view: TokenView, k: number): boolean {
  const t = view.tokens[k]!;
  if (!REPORTING_VERBS.has(t.lower) || view.roles[k] !== 'text') return false;
  if (t.pos !== 'VERB' && t.pos !== 'AUX' && t.lower !== 'said' && t.lower !== 'says') return false;
  const prev = view.tokens[k - 1];
  return !prev || !(prev.pos === 'DET' || /^['’]s?$/.test(prev.text) || prev.text === '’s');
}

function afterContext(view: TokenView, s: number): [number, number] {
  let a = view.inner[s]![1] + 1;
  while (a < view.tokens.length && view.spanOf[a] === s) a++;
  const dash = DASHES.has(view.tokens[a]?.text ?? '');
  // A quote that ended its sentence ("…failed.” Putin left.") has no words after it, unless a tweet byline follows.
  if (!dash && spanEndsSentence(view, s) && /^\p{Lu}/u.test(view.tokens[a]?.text ?? '') && view.tokens[a]?.text !== 'I') return [a, a - 1];
  let b = a;
  while (b < view.tokens.length && view.roles[b] === 'text' && !isTerminal(view, b)) b++;
  return [a, b - 1];
}

function attributeAfter(view: TokenView, a: number, b: number): Attribution | null {
  const first = view.tokens[a]!;
  if (first.text === '―' || (DASHES.has(first.text) && view.tokens[a + 2]?.text === '(')) return byline(view, a, b);
  let k = a;
  while (k <= b && /^[,;—–-]$/.test(view.tokens[k]!.text)) k++;
  if (k > b) return null;
  if (view.tokens[k]!.lower === 'according' && view.tokens[k + 1]?.lower === 'to') {
    const subject = chunkRight(view, k + 2, b);
    return subject ? { subject, cue: 'according to', position: 'after' } : null;
  }
  if (isReportingVerb(view, k) || REPORTING_VERBS.has(view.tokens[k]!.lower)) {
    const subject = chunkRight(view, skipFillers(view, k + 1, b, 1), b);
    return subject ? { subject, cue: view.tokens[k]!.text, position: 'after' } : null;
  }
  const subject = chunkRight(view, k, b);
  if (!subject) return null;
  const v = skipFillers(view, skipAppositive(view, subject[1] + 1, b), b, 1);
  if (v > b || !REPORTING_VERBS.has(view.tokens[v]!.lower)) return null;
  return { subject, cue: view.tokens[v]!.text, position: 'after' };
}

// "“…” ― Pamela Padilla (@handle) September 27, 2016": an embedded post's byline.
function byline(view: TokenView, a: number, b: number): Attribution | null {
  const subject = chunkRight(view, a + 1, b);
  return subject ? { subject, cue: view.tokens[a]!.text, position: 'after' } : null;
}

function skipAppositive(view: TokenView, j: number, b: number): number {
  const t = view.tokens[j];
  if (!t) return j;
  if (t.text === '(') {
    let k = j;
    while (k <= b && view.tokens[k]!.text !== ')') k++;
    return skipAppositive(view, k + 1, b);
  }
  if (t.text !== ',') return j;
  let k = j + 1;
  while (k <= b && k - j < 30 && view.tokens[k]!.text !== ',') k++;
  return k <= b ? k + 1 : j;
}

function attributeBefore(view: TokenView, a: number, b: number): Attribution | null {
  const colon = view.tokens[b]!.text === ':';
  if (colon && b - 1 >= a && !REPORTING_VERBS.has(view.tokens[b - 1]!.lower)) {
    // "PENCE: …" or "Gerasimov:" — a label, only when the label is the whole lead-in.
    const label = chunkLeft(view, b - 1, a);
    if (label && label[0] === a) return { subject: label, cue: ':', position: 'before' };
  }
  for (let k = b; k >= a; k--) {
    const t = view.tokens[k]!;
    if (t.lower === 'according' && view.tokens[k + 1]?.lower === 'to') {
      const subject = chunkRight(view, k + 2, b);
      if (subject) return { subject, cue: 'according to', position: 'before' };
    }
    if (!isReportingVerb(view, k) || (WEAK_VERBS.has(t.lower) && b - k > WEAK_REACH)) continue;
    const subject = isParticiple(view, k) ? mainClauseSubject(view, k, a) : (subjectBefore(view, k, a) ?? inverted(view, k, b));
    if (subject) return { subject, cue: t.text, position: 'before' };
  }
  return null;
}

// "Says Trump: “…”" and "Added the spokesman, “…”".
function inverted(view: TokenView, k: number, b: number): Range | null {
  const subject = chunkRight(view, k + 1, b);
  return subject && subject[1] >= b - 1 ? subject : null;
}
