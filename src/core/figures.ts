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

export const QUALIFIER = '(?:(?:an? )?(?:estimated|reported)|over|more than|less than|fewer than|about|around|approximately|nearly|almost|some|up to|at least|roughly|exactly)';
export const NUMBER_WORD = '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|millions)';
// A number ends in a digit, so the full stop after "in 2025." is not part of it.
const DIGITS = '\\d(?:[\\d,.]*\\d)?';
export const NUMBER = `(?:${DIGITS}(?:\\s?[–—-]\\s?${DIGITS})?(?:\\s?(?:%|percent|thousand|million|billion|trillion))?|${NUMBER_WORD})`;
// Up to three describing words between the number and the noun it counts ("North Korean", "square").
const FIGURE = new RegExp(`\\b(?:${QUALIFIER}\\s+)?${NUMBER}(?:\\s+(?:of\\s+)?[\\p{L}'’-]+){0,4}`, 'giu');
const MONTH = /(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s*$/i;
const COUNTED_NOUN = /^(?:[\p{Lu}][\p{L}'’-]*\s+|(?:square|cubic|military|active|armed|ukrainian|russian|civilian|foreign|new|more|additional|other)\s+){0,3}([\p{Ll}][\p{L}-]*)/u;
// Words that can follow a number but are not what it counts ("350 million
// through May", "Twelve percent"): with them the figure counts nothing named.
const NOT_A_NOUN = /^(of|in|on|at|to|from|by|for|and|or|but|than|as|the|a|an|since|during|after|before|with|through|into|over|under|across|between|among|against|about|per|percent|who|which|that|were|was|are|is|be|been|had|have|has|will|would|could|can|may|might|last|this|next|off|out|up|down|away|apiece|each|ahead|behind)$/i;

export function findFigures(text: string): FoundFigure[] {
  const figures: FoundFigure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const numberMatch = m[0].match(new RegExp(`^(?:${QUALIFIER}\\s+)?${NUMBER}`, 'iu'));
    if (!numberMatch) continue;
    // "claims about thousands of soldiers": before "thousands" the word is a preposition, not a hedge.
    const vague = PLURAL_NUMBER_WORD.exec(numberMatch[0]);
    const skip = vague ? vague.index : 0;
    const value = numberMatch[0].slice(skip).trim();
    const start = m.index + skip;
    if (isDateOrTime(text, start, value) || isRatio(text, start, m.index + numberMatch[0].length)) continue;
    const after = m[0].slice(numberMatch[0].length);
    const rest = after.trimStart().replace(/^of\s+/i, '');
    const noun = countedNoun(rest);
    const about = NOT_A_NOUN.test(noun) ? '' : noun.toLowerCase();
    // As written, "of" included: "thousands of Ukrainian soldiers".
    const end = about ? after.toLowerCase().indexOf(about, after.length - rest.length) + about.length : 0;
    figures.push({ text: `${value}${about ? after.slice(0, end) : ''}`, value, about, start });
  }
  return figures;
}

const PLURAL_NUMBER_WORD = /(?:dozens|hundreds|thousands|millions)$/i;

/**
 * The noun a figure counts: the first lower-case word, or the last of two
 * when the first names a kind and the second, plural, the thing ("five
 * assault attempts", "two police officers"). "10,000 troops fought" stops
 * at "troops": a plural is already the thing counted.
 */
function countedNoun(rest: string): string {
  const found = rest.match(COUNTED_NOUN);
  if (!found) return '';
  const first = found[1]!;
  // A plural, not a word that merely ends in s ("business", "across").
  const next = rest.slice(found[0].length).match(/^\s+([\p{Ll}][\p{L}-]*[^\P{L}s]s)\b/u)?.[1];
  if (!first.endsWith('s') && next && next.length > 3 && !NOT_A_NOUN.test(next)) return `${first} ${next}`;
  // "263 entering Tuesday", "16 involving business": a verb's -ing form counts nothing.
  return /ing$/.test(first) ? '' : first;
}

// "a 5-to-4 majority", "by nearly 3-to-1": a score or a ratio, not a count.
function isRatio(text: string, start: number, end: number): boolean {
  return /-to-$/.test(text.slice(Math.max(0, start - 4), start)) || /^-to-/.test(text.slice(end, end + 4));
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
