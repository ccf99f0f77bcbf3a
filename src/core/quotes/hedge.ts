/**
 * The writer's hedge on an attribution: "Lee reportedly said", "Lee has
 * allegedly been telling aides", "Reportedly, Lee told aides". The text gives
 * the words to Lee but does not vouch that Lee said them, and an answer that
 * drops the hedge vouches for more than its source does.
 */
import type { Range } from './noun-phrase.ts';
import type { TokenView } from './token-view.ts';

/** Adverbs by which a writer reports a statement without standing behind it. */
const HEDGES = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'reputedly']);

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
    if (view.tokens[k]!.lower === word && view.roles[k] === 'text') return hedgeBefore(view, k, subject[1] + 1) ?? openingHedge(view, subject[0], first);
  }
  // "“…,” reportedly said Lee": the cue before its subject.
  const k = subject[0] - 1;
  if (k >= first && view.tokens[k]!.lower === word) return hedgeBefore(view, k, first);
  return openingHedge(view, subject[0], first);
}

// Walks back from the cue over what can stand inside a verb group ("has
// reportedly been", ", allegedly,") and stops at anything else.
function hedgeBefore(view: TokenView, k: number, lower: number): string | null {
  for (let i = k - 1; i >= lower; i--) {
    const t = view.tokens[i]!;
    if (HEDGES.has(t.lower)) return t.lower;
    if (t.text !== ',' && t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return null;
  }
  return null;
}

// "Reportedly, Lee told aides": the hedge opens the sentence right before the subject.
function openingHedge(view: TokenView, subject: number, first: number): string | null {
  let i = subject - 1;
  if (view.tokens[i]?.text === ',') i--;
  return i === first && HEDGES.has(view.tokens[i]!.lower) ? view.tokens[i]!.lower : null;
}
