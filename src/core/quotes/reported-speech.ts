/**
 * Finds reported speech: "Umerov has previously said that claims … were
 * false" (the clause after "that"), and "The probable target was Sumy, the
 * president said." (the clause before a closing attribution). Only sentences
 * whose speaker the text names are kept: without a subject there is no
 * statement to report.
 */
import { WEAK_VERBS } from './cues.ts';
import { isReportingVerb } from './attribute-speaker.ts';
import { chunkRight, isParticiple, mainClauseSubject, skipFillers, subjectBefore, type Range } from './noun-phrase.ts';
import { isTerminal, type TokenView } from './token-view.ts';

export interface ReportedSpeech {
  /** Passage offsets of the reported words. */
  start: number;
  end: number;
  subject: Range;
  cue: string;
}

// How many words may stand between the verb and "that" ("reported to Russian President Vladimir Putin that").
const THAT_REACH = 8;

/** Reported statements in the view, at most one per sentence. */
export function findReportedSpeech(view: TokenView): ReportedSpeech[] {
  const found: ReportedSpeech[] = [];
  for (const [first, last] of view.sentences) {
    const end = isTerminal(view, last) ? last - 1 : last;
    if (end <= first) continue;
    const statement = thatClause(view, first, end) ?? closingAttribution(view, first, end);
    if (statement) found.push(statement);
  }
  return found;
}

function thatClause(view: TokenView, first: number, end: number): ReportedSpeech | null {
  for (let k = first; k < end; k++) {
    if (!isReportingVerb(view, k) || WEAK_VERBS.has(view.tokens[k]!.lower)) continue;
    const that = findThat(view, k + 1, Math.min(end - 1, k + THAT_REACH));
    if (that < 0) continue;
    const subject = isParticiple(view, k) ? mainClauseSubject(view, k, first) : subjectBefore(view, k, first);
    if (!subject) continue;
    return { start: view.tokens[that + 1]!.start, end: clauseEnd(view, end), subject, cue: view.tokens[k]!.text };
  }
  return null;
}

function findThat(view: TokenView, from: number, to: number): number {
  for (let j = from; j <= to; j++) {
    const t = view.tokens[j]!;
    if (view.roles[j] !== 'text') return -1;
    if (t.lower === 'that') return j;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || t.text === ';') return -1;
  }
  return -1;
}

// "…, the president said." / "…, said the spokesman." / "…, he told reporters on Monday."
function closingAttribution(view: TokenView, first: number, end: number): ReportedSpeech | null {
  let comma = end;
  while (comma > first && end - comma <= 12 && view.tokens[comma]!.text !== ',') comma--;
  if (comma <= first + 2 || view.tokens[comma]!.text !== ',') return null;
  for (let k = first; k <= end; k++) if (view.roles[k] !== 'text') return null;
  const attribution = tailAttribution(view, comma + 1, end);
  if (!attribution) return null;
  return { start: view.tokens[first]!.start, end: view.tokens[comma - 1]!.end, ...attribution };
}

function tailAttribution(view: TokenView, a: number, end: number): { subject: Range; cue: string } | null {
  if (isReportingVerb(view, a) && !WEAK_VERBS.has(view.tokens[a]!.lower)) {
    const subject = chunkRight(view, a + 1, end);
    return subject && subject[1] === end ? { subject, cue: view.tokens[a]!.text } : null;
  }
  const subject = chunkRight(view, a, end);
  if (!subject) return null;
  const v = skipFillers(view, subject[1] + 1, end, 1);
  if (v > end || !isReportingVerb(view, v) || WEAK_VERBS.has(view.tokens[v]!.lower)) return null;
  // After the verb only a short complement without a verb of its own ("told reporters on Monday").
  for (let j = v + 1; j <= end; j++) if (view.tokens[j]!.pos === 'VERB' || j - v > 6) return null;
  return { subject, cue: view.tokens[v]!.text };
}

function clauseEnd(view: TokenView, end: number): number {
  return view.tokens[end]!.end;
}
