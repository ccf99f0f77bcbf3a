/**
 * Finds the dates a text gives ("in November 2024", "April 26, 2025",
 * "last year", "on Saturday"), so a comparison can show when sources disagree
 * on when something happened.
 *
 * @example
 * findDatesAt('North Korea became involved from November 2024'); // [{ text: 'November 2024', start: 33 }]
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

export interface DateAt {
  text: string;
  /** Where the date starts in the text it was found in. */
  start: number;
}

/** Dates as written, in order of appearance, each with where it starts in `text`. */
export function findDatesAt(text: string): DateAt[] {
  return [...text.matchAll(DATE)].map((m) => {
    const on = m[0].startsWith('on ') ? 3 : 0;
    return { text: m[0].slice(on), start: m.index + on };
  });
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
 * The parts of a date `findDatesAt` found. "last year" and "last month" count
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

/**
 * Whether two dates can name the same time: no part both state differs.
 * "last year" (2024) fits "November 2024", "26 April" fits "April 26, 2025",
 * and "late March" fits "March" and "March 26"; "November 2024" and
 * "October 2024" do not fit, nor do "early March" and "March 26".
 */
export function datesFit(a: DateParts, b: DateParts): boolean {
  const fits = <T>(x: T | undefined, y: T | undefined) => x === undefined || y === undefined || x === y;
  if (!fits(a.year, b.year) || !fits(a.month, b.month) || !fits(a.part, b.part) || !fits(a.day, b.day)) return false;
  const part = a.part ?? b.part;
  const day = a.day ?? b.day;
  return !part || day === undefined || inPart(part, day);
}

// Where "early", "mid" and "late" fall in a month; they overlap, since
// writers draw the lines differently, and a fit must not be denied on a guess.
function inPart(part: string, day: number): boolean {
  if (part === 'early') return day <= 12;
  if (part === 'mid') return day >= 8 && day <= 23;
  return day >= 18;
}

/** Whether two dates name the same day, month (or part of it) or year, one perhaps without its year ("26 April", "April 26, 2025"). */
export function sameDate(a: DateParts, b: DateParts): boolean {
  return a.month === b.month && a.part === b.part && a.day === b.day && (a.year === undefined || b.year === undefined || a.year === b.year);
}
