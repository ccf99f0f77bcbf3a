/**
 * The writer's hedge on an attribution: "Lee reportedly said", "Lee has
 * allegedly been telling aides", "Reportedly, Lee told aides". The text gives
 * the words to Lee but does not vouch that Lee said them, and an answer that
 * drops the hedge vouches for more than its source does. Hearsay in the
 * passive ("Lee is said to have told aides") is the same hedge.
 */
import { BE_FORMS, REPORTING_VERBS } from './cues.ts';
import { skipFillers, type Range } from './noun-phrase.ts';
import type { TokenView } from './token-view.ts';

/** Adverbs by which a writer reports a statement without standing behind it. */
const HEDGES = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'reputedly']);

const FUTURE = new Set(['will', "'ll", '’ll', 'shall']);

/** "is said to have", "was reported to have": participles that pass on hearsay ("known to have" vouches, and is not here). */
const HEARSAY_PARTICIPLES = new Set(['said', 'reported', 'alleged', 'rumored', 'rumoured', 'believed', 'thought', 'understood', 'claimed', 'purported']);

/**
 * For the verb of speech at `k` in "Lee is said to have told", the index of
 * the form of "be" that opens the hearsay ("is"), or -1 when `k` stands in
 * no such phrase.
 */
export function hearsayStart(view: TokenView, k: number, lower: number): number {
  let to = k - 1;
  if (view.tokens[to]?.lower === 'have') to--;
  const p = to - 1;
  if (p <= lower || view.tokens[to]!.lower !== 'to' || view.roles[p] !== 'text' || !HEARSAY_PARTICIPLES.has(view.tokens[p]!.lower)) return -1;
  const be = skipFillers(view, p - 1, lower, -1);
  return be >= lower && BE_FORMS.has(view.tokens[be]!.lower) ? be : -1;
}

/**
 * For "is said to have told" opening at the form of "be" at `be`, the index
 * of its verb of speech ("told"), or -1: "“…,” Lee is said to have told
 * aides" puts the hearsay after the quote.
 */
export function hearsayVerbAfter(view: TokenView, be: number, b: number): number {
  if (!BE_FORMS.has(view.tokens[be]?.lower ?? '')) return -1;
  for (let k = be + 3; k <= Math.min(b, be + 5); k++) {
    if (REPORTING_VERBS.has(view.tokens[k]!.lower) && hearsayStart(view, k, be) === be) return k;
  }
  return -1;
}

/** How far from the subject the cue may stand: "Lee, the aide, has reportedly been telling". */
const CUE_REACH = 8;

/**
 * The hedge on the clause whose subject is `subject` and whose reporting cue
 * is `cue` ("said", "according to"), as written, or null when the clause has
 * none. Only a hedge on the reporting verb itself counts: one inside a
 * relative clause ("Lee, who reportedly left, said") or after the verb ("said
 * the strike reportedly killed") hedges something else.
 */
export function hedgeOf(view: TokenView, subject: Range, cue: string): string | null {
  const word = cue.split(' ', 1)[0]!.toLowerCase();
  const [first, last] = view.sentences[view.sentenceOf[subject[0]]!]!;
  for (let k = subject[1] + 1; k <= Math.min(last, subject[1] + CUE_REACH); k++) {
    if (view.tokens[k]!.lower !== word || view.roles[k] !== 'text') continue;
    const be = hearsayStart(view, k, subject[1] + 1);
    if (be >= 0) return view.text.slice(view.tokens[be]!.start, view.tokens[k - 1]!.end).toLowerCase();
    return hedgeBefore(view, k, subject[1] + 1) ?? openingHedge(view, subject[0], first);
  }
  // "“…,” reportedly said Lee": the cue before its subject.
  const k = subject[0] - 1;
  if (k >= first && view.tokens[k]!.lower === word) return hedgeBefore(view, k, first);
  return openingHedge(view, subject[0], first);
}

// Walks back from the cue over what can stand inside a verb group ("has
// reportedly been", ", allegedly,") and stops at anything else. A future
// ("Lee will say “…”", from the excerpts of a speech not yet given) is a
// hedge too: the words have not been said yet.
function hedgeBefore(view: TokenView, k: number, lower: number): string | null {
  for (let i = k - 1; i >= lower; i--) {
    const t = view.tokens[i]!;
    if (HEDGES.has(t.lower)) return t.lower;
    // Only a future of the cue itself ("will also tell", "will be telling"), not "will be to deny".
    if (FUTURE.has(t.lower) && t.pos === 'AUX') return inVerbGroup(view, i + 1, k) ? view.text.slice(t.start, view.tokens[k]!.end).toLowerCase() : null;
    if (t.text !== ',' && t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return null;
  }
  return null;
}

function inVerbGroup(view: TokenView, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (view.tokens[j]!.pos !== 'ADV' && view.tokens[j]!.pos !== 'AUX') return false;
  return true;
}

// "Reportedly, Lee told aides": the hedge opens the sentence right before the subject.
function openingHedge(view: TokenView, subject: number, first: number): string | null {
  let i = subject - 1;
  if (view.tokens[i]?.text === ',') i--;
  return i === first && HEDGES.has(view.tokens[i]!.lower) ? view.tokens[i]!.lower : null;
}
