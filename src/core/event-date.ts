/**
 * The date a sentence gives for what its one figure counts: "North Korea
 * became involved from November 2024, sending an estimated 10,000–12,000
 * troops" dates the troops to November 2024. /compare can then say whether
 * the sources' dates for one thing fit together, which a date alone cannot
 * ("November 2024" in one source may date the troops, in another a speech).
 *
 * Only a plain shape is read: one counted figure, and one date that dates
 * the event rather than a statement about it. "The ministry said on 26 April
 * that 10,000 troops left" dates the saying, "… troops left in March, the
 * ministry said Monday" the troops only in March.
 *
 * @example
 * const sentence = 'Over 10,000 troops were sent last year, officials said on Monday.';
 * eventDate(sentence, findFigures(sentence), findDatesAt(sentence)); // 'last year'
 */
import type { DateAt } from './dates.ts';
import type { FoundFigure } from './figures.ts';
import { REPORTING_VERBS, THAT_REACH } from './quotes/cues.ts';

/** The event date of `sentence`, whose figures and dates are `figures` (findFigures) and `dates` (findDatesAt). */
export function eventDate(sentence: string, figures: FoundFigure[], dates: DateAt[]): string | undefined {
  if (figures.filter((f) => f.about).length !== 1) return undefined;
  const words = [...sentence.matchAll(/[\p{L}’'-]+/gu)].map((m) => ({ lower: m[0].toLowerCase(), start: m.index }));
  const clauseStart = reportedClauseStart(words);
  const events = dates.filter((d) => d.start >= clauseStart && !datesSaying(words, d.start));
  return events.length === 1 ? events[0]!.text : undefined;
}

// Where a reported clause begins ("Officials said on Monday that |10,000
// troops …"): what comes before it, dates included, is about the saying.
// 0 when the sentence has no such clause.
function reportedClauseStart(words: Array<{ lower: string; start: number }>): number {
  for (let i = 0; i < words.length; i++) {
    if (!REPORTING_VERBS.has(words[i]!.lower)) continue;
    for (let j = i + 1; j < words.length && j - i <= THAT_REACH; j++) if (words[j]!.lower === 'that') return words[j]!.start;
  }
  return 0;
}

// "said Monday", "announced on 26 April", "said late Friday": a date right
// after a reporting verb says when it was said.
function datesSaying(words: Array<{ lower: string; start: number }>, at: number): boolean {
  let i = words.length - 1;
  while (i >= 0 && words[i]!.start >= at) i--;
  while (i >= 0 && DATE_LEADS.has(words[i]!.lower)) i--;
  return i >= 0 && REPORTING_VERBS.has(words[i]!.lower);
}

const DATE_LEADS = new Set(['on', 'in', 'early', 'late', 'this', 'since']);
