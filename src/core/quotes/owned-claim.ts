/**
 * A claim a name or body owns, with its content: "Moscow's claim that its
 * forces had retaken Kursk came as talks resumed", "Kyiv rejected the
 * ministry's claim that 76,000 soldiers were killed". War news reports
 * most claims this way, and the content is the owner's statement whatever
 * the sentence around it does with it (denies it, doubts it, times it).
 * "his claim" is left alone: "his" may be the sentence's own subject
 * ("Lee repeated his claim"), or no one the text names.
 */
import { deedAfter, isFiniteVerb, opensClause } from './bare-clause.ts';
import { ADVERBIAL_OPENERS } from './cues.ts';
import { chunkLeft, isPossessive, POSSESSIVE_DETERMINERS, type Range } from './noun-phrase.ts';
import { canReport } from './people-words.ts';
import type { TokenView } from './token-view.ts';

export interface OwnedClaim {
  /** First and last token of the content. */
  from: number;
  to: number;
  /** The owner: "Moscow", "the ministry". */
  subject: Range;
  /** The claim noun, shown as the cue. */
  noun: number;
}

/** The first owned claim with its content in the sentence `first`..`end` (its final punctuation left out), or null. */
export function ownedClaim(view: TokenView, first: number, end: number): OwnedClaim | null {
  for (let k = first + 2; k < end - 1; k++) {
    const t = view.tokens[k]!;
    if (!OWNED_CLAIM_NOUNS.has(t.lower) || view.roles[k] !== 'text' || view.roles[k + 1] !== 'text') continue;
    const from = contentStart(view, k, end);
    const subject = from > 0 ? ownerOf(view, k, first) : null;
    if (!subject || !canReport(view, subject)) continue;
    return { from, to: contentEnd(view, from, end), subject, noun: k };
  }
  return null;
}

// "claim that its forces had retaken Kursk": the clause after "that";
// "claim to have recaptured Kursk": the deed claimed, from its participle
// on, as "claimed to have destroyed 14 tanks" is read (bare-clause.ts); -1
// for neither.
function contentStart(view: TokenView, noun: number, end: number): number {
  if (view.tokens[noun + 1]!.lower === 'that') return opensClause(view, noun + 2, end) ? noun + 2 : -1;
  return deedAfter(view, noun, end);
}

// Nouns whose "that" clause is what their owner says; not "report" or
// "statement", which may be a document the owner only issued or read.
const OWNED_CLAIM_NOUNS = new Set(['claim', 'claims', 'assertion', 'assertions', 'allegation', 'allegations', 'insistence', 'contention']);

// "Moscow's claim", "the Russian ministry's repeated claim": a name or
// description with "'s", and at most one word between it and the noun.
function ownerOf(view: TokenView, noun: number, first: number): Range | null {
  let mark = noun - 1;
  if (!isPossessive(view.tokens[mark]!.text)) mark--;
  if (mark <= first || !isPossessive(view.tokens[mark]!.text) || (mark < noun - 1 && view.tokens[mark + 1]!.pos !== 'ADJ')) return null;
  const owner = chunkLeft(view, mark - 1, first);
  if (!owner) return null;
  // "inconsistencies with North Korea's claim": the owner is the name after the preposition.
  let start = owner[0];
  for (let j = owner[0]; j < owner[1]; j++) if (view.tokens[j]!.pos === 'ADP') start = j + 1;
  return [start, owner[1]];
}

// The content runs past its own verb group to the next finite verb, which
// is the sentence's ("… had retaken Kursk came as talks resumed", "…
// were killed is impossible to verify"), or to a comma or a word that
// opens another clause ("because", "which"), or to the end. An -ed form
// right after a noun may describe it ("the troops stationed there"), and
// a verb after "to" is an infinitive ("has a way to go"), and one after
// "its" or "the" a noun ("wait its turn").
function contentEnd(view: TokenView, from: number, end: number): number {
  let k = from;
  while (k <= end && !isFiniteVerb(view.tokens[k])) k++;
  // The group: auxiliaries, adverbs and "to", then its one main verb ("had not yet retaken", "would have to go").
  while (k <= end && (view.tokens[k]!.pos === 'AUX' || view.tokens[k]!.pos === 'ADV' || GROUP_WORDS.has(view.tokens[k]!.lower))) k++;
  if (view.tokens[k]?.pos === 'VERB') k++;
  for (; k <= end; k++) {
    const t = view.tokens[k]!;
    if (t.text === ',' || (view.roles[k] === 'text' && (STOPS.has(t.lower) || ADVERBIAL_OPENERS.has(t.lower)))) return k - 1;
    // "to go", "gun-controlled", "its turn": no finite verb. "killed or
    // wounded", "retaken Kursk and were advancing": the content's own
    // verbs, joined.
    const prev = view.tokens[k - 1]!;
    if (view.roles[k] !== 'text' || prev.lower === 'to' || prev.text === '-' || prev.pos === 'DET' || prev.pos === 'CCONJ' || POSSESSIVE_DETERMINERS.has(prev.lower)) continue;
    const describes = t.lower.endsWith('ed') && NOMINAL_TAGS.has(view.tokens[k - 1]!.pos);
    if (isFiniteVerb(t) && !describes) return k - 1;
  }
  return end;
}

const GROUP_WORDS = new Set(['not', 'to']);
const STOPS = new Set(['that', 'which', 'who', 'where', 'when']);
const NOMINAL_TAGS = new Set(['NOUN', 'PROPN']);
