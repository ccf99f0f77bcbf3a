/**
 * Finds the dates a text gives ("in November 2024", "April 26, 2025",
 * "last year", "on Saturday"), so a comparison can show when sources disagree
 * on when something happened.
 *
 * @example
 * findDates('North Korea became involved from November 2024'); // ['November 2024']
 */

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DATE = new RegExp(
  [
    `${MONTH}\\s+\\d{1,2}\\b(?!,?\\d)(?:,\\s*\\d{4})?`, // April 26, 2025
    `\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?`, // 26 April 2025
    `(?:early |mid-|late )?${MONTH}(?:\\s+\\d{4})?`, // November 2024, late March
    `(?<=\\b(?:in|since|from|until|by) )(?:19|20)\\d\\d\\b`, // in 2022
    `\\blast (?:year|month|week|weekend)\\b`,
    `\\b(?:on )?${WEEKDAY}\\b`,
  ].join('|'),
  'g',
);

/** Dates as written, in order of appearance. */
export function findDates(text: string): string[] {
  return [...text.matchAll(DATE)].map((m) => m[0].replace(/^on /, ''));
}

/** A date as far as its words fix it; a missing field is not stated. */
export interface DateParts {
  year?: number;
  /** 1–12. */
  month?: number;
  /** "early", "mid" or "late" March: part of the month only. */
  part?: string;
  day?: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD = new RegExp(`\\b(${MONTHS.join('|')})`);

/**
 * The parts of a date `findDates` found. "last year" and "last month" count
 * back from `published` (an ISO date), and are unknown without it; a weekday
 * or "last week" is unknown: which one is meant depends on when the sentence
 * was written, which is not the publication date's week for certain.
 *
 * @example
 * dateParts('26 April', null); // { month: 4, day: 26 }
 * dateParts('last year', '2025-04-27'); // { year: 2024 }
 */
export function dateParts(text: string, published: string | null): DateParts | null {
  const lower = text.toLowerCase();
  const [, year, month] = published?.match(/^(\d{4})-(\d{2})/)?.map(Number) ?? [];
  if (lower === 'last year') return year ? { year: year - 1 } : null;
  if (lower === 'last month') return year && month ? (month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 }) : null;
  const monthAt = MONTHS.indexOf(lower.match(MONTH_WORD)?.[1] ?? '');
  const parts: DateParts = {};
  const stated = lower.match(/\b(?:19|20)\d\d\b/);
  if (stated) parts.year = Number(stated[0]);
  if (monthAt >= 0) parts.month = monthAt + 1;
  const part = lower.match(/^(early|mid|late)\b/)?.[1];
  if (part) parts.part = part;
  const day = lower.replace(/\b(?:19|20)\d\d\b/, '').match(/\b\d{1,2}\b/);
  if (day && monthAt >= 0) parts.day = Number(day[0]);
  return parts.year || parts.month ? parts : null;
}

/** Whether two dates name the same day, month (or part of it) or year, one perhaps without its year ("26 April", "April 26, 2025"). */
export function sameDate(a: DateParts, b: DateParts): boolean {
  return a.month === b.month && a.part === b.part && a.day === b.day && (a.year === undefined || b.year === undefined || a.year === b.year);
}
