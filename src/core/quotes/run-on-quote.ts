/**
 * A quote that runs on into its sentence, with no comma or other mark
 * handing it on ("Kyiv denied the “success” that Lee claimed"), is part of
 * a phrase: only a clause on the quoted words attributes it, not any
 * subject and verb that happen to follow.
 */
import type { Attribution } from './attribute-speaker.ts';
import { DASHES } from './cues.ts';
import { chunkRight, skipFillers } from './noun-phrase.ts';
import { isFinding, isThing } from './people-words.ts';
import { isReportingVerb, takesObject } from './reporting-clause.ts';
import type { TokenView } from './token-view.ts';

/**
 * True when span `s`, whose words after it start at token `after`, runs
 * on: no comma, colon, dash or question mark hands it on, inside its
 * marks or after them ("the “success” that Lee claimed", "What Moscow
 * calls a “liberation” Kyiv calls a retreat").
 */
export function runsOn(view: TokenView, s: number, after: number): boolean {
  // "…, ‘He's the ringleader,’” Sexton said": past an inner quote's closing mark.
  let last = view.inner[s]![1];
  while (last > view.inner[s]![0] && INNER_MARKS.has(view.tokens[last]!.text)) last--;
  if (HAND_ON.has(view.tokens[last]!.text)) return false;
  return !HAND_ON.has(view.tokens[after]!.text) && !DASHES.has(view.tokens[after]!.text) && view.tokens[after]!.text !== '(';
}

const HAND_ON = new Set([',', ':', ';', '?', '!']);
const INNER_MARKS = new Set(["'", '’', '‘', '"', "''"]);

/**
 * After such a quote (its words after it at tokens `a`..`b`), a clause
 * whose reporting verb ends it is a relative clause on the quoted words,
 * and its subject said them ("denied the “success” that Lee claimed"); one
 * whose verb goes on to an object of its own ("… Kyiv calls a retreat")
 * says nothing of the quote (null); a time or place after the verb is no
 * object ("…" Sweeny said after an event, where the comma is missing).
 * Undefined when no subject and reporting verb follow.
 */
export function runOnAttribution(view: TokenView, a: number, b: number): Attribution | null | undefined {
  const start = RELATIVE_OPENERS.has(view.tokens[a]!.lower) ? a + 1 : a;
  const subject = chunkRight(view, start, b);
  if (!subject) return undefined;
  const v = skipFillers(view, subject[1] + 1, b, 1);
  if (v > b || !isReportingVerb(view, v)) return undefined;
  // "“poison pill” measures added by Republicans": a participle, and a thing.
  if (view.tokens[v + 1]?.lower === 'by' || (isThing(view, subject) && !isFinding(view, subject))) return null;
  return v < b && takesObject(view, v) ? null : { subject, cue: view.tokens[v]!.text, position: 'after' };
}

const RELATIVE_OPENERS = new Set(['that', 'which']);

