/**
 * Finds the figures a text states ("an estimated 10,000–12,000 troops",
 * "over 1,300 square kilometers", "five Russian assault attempts") and what
 * each one counts. Years, days of the month and clock times are not figures.
 *
 * @example
 * findFigures('sending an estimated 10,000–12,000 troops to Kursk');
 * // [{ text: 'an estimated 10,000–12,000 troops', value: 'an estimated 10,000–12,000', about: 'troops' }]
 */

export interface FoundFigure {
  /** The figure with its qualifier and the words up to what it counts, as written. */
  text: string;
  /** Qualifier and number only, for comparing sources ("over 10,000"). */
  value: string;
  /** The noun it counts, lower-cased ("troops"), or '' when none follows. */
  about: string;
  start: number;
}

const QUALIFIER = '(?:(?:an? )?(?:estimated|reported)|over|more than|less than|fewer than|about|around|approximately|nearly|almost|some|up to|at least|roughly|exactly)';
const NUMBER_WORD = '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|millions)';
const NUMBER = `(?:\\d[\\d,.]*(?:\\s?[–—-]\\s?\\d[\\d,.]*)?(?:\\s?(?:%|percent|million|billion|thousand))?|${NUMBER_WORD})`;
// Up to three describing words between the number and the noun it counts ("North Korean", "square").
const FIGURE = new RegExp(`\\b(?:${QUALIFIER}\\s+)?${NUMBER}(?:\\s+(?:of\\s+)?[\\p{L}'’-]+){0,4}`, 'giu');
const MONTH = /(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s*$/i;
const COUNTED_NOUN = /^(?:[\p{Lu}][\p{L}'’-]*\s+|(?:square|cubic|military|active|armed|ukrainian|russian|civilian|foreign|new|more|additional|other)\s+){0,3}([\p{Ll}][\p{L}-]*)/u;
const NOT_A_NOUN = /^(of|in|on|at|to|from|by|for|and|or|the|a|an|since|during|after|before|with|who|which|that|were|was|are|is|had|have|has)$/i;

export function findFigures(text: string): FoundFigure[] {
  const figures: FoundFigure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const numberMatch = m[0].match(new RegExp(`^(?:${QUALIFIER}\\s+)?${NUMBER}`, 'iu'));
    if (!numberMatch) continue;
    const value = numberMatch[0].trim();
    if (isDateOrTime(text, m.index, value)) continue;
    const rest = m[0].slice(numberMatch[0].length).trim().replace(/^of\s+/i, '');
    const noun = rest.match(COUNTED_NOUN)?.[1] ?? '';
    const about = NOT_A_NOUN.test(noun) ? '' : noun.toLowerCase();
    const words = about ? rest.slice(0, rest.toLowerCase().indexOf(about) + about.length) : '';
    figures.push({ text: `${value}${words ? ` ${words}` : ''}`, value, about, start: m.index });
  }
  return figures;
}

function isDateOrTime(text: string, at: number, value: string): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  // Clock times: "3:00 pm" (both the hour and the minutes after the colon).
  if (/^\d{1,2}:\d{2}/.test(text.slice(at, at + 6)) || before.endsWith(':')) return true;
  if (MONTH.test(before)) return true;
  const bare = value.replace(/[^\d]/g, '');
  if (/^(1[89]|20)\d\d$/.test(bare) && value === bare) return true;
  // "26 April": a day number before a month name.
  return /^\d{1,2}$/.test(value) && /^\s+(?:of\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)/i.test(text.slice(at + value.length));
}
