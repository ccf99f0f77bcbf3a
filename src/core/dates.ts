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
