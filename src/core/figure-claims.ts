/**
 * What a figure claims, as a range of values, so a comparison can tell
 * figures that contradict each other ("35 boats" against "about 40 boats")
 * from figures that only say the same thing in other words ("10,000–12,000
 * troops" against "over 10,000 troops").
 *
 * @example
 * claimOf('over 10,000 North Korean troops', 'troops');
 * // { thing: 'troop', whose: 'north korean', counted: 'North Korean troops', low: 10000, high: Infinity }
 */
import { NUMBER, QUALIFIER } from './figures.ts';

export interface FigureClaim {
  /** What is counted, singular and lower case ("troop"); "%" first for a share ("% voter"). */
  thing: string;
  /** Capitalised words naming whose things they are ("north korean"), '' when none. */
  whose: string;
  /** What is counted, as written ("North Korean troops", "Ukrainian soldiers"). */
  counted: string;
  /** The values the figure allows, both ends included; `high` may be Infinity. */
  low: number;
  high: number;
  /** The values its words state, before any qualifier widens them ("over 10,000": 10,000). */
  stated: [number, number];
}

/** The claim of a figure found by `findFigures` (its `text` and `about`), or null when it cannot be read as one. */
export function claimOf(text: string, about: string): FigureClaim | null {
  const parts = FIGURE_PARTS.exec(text);
  if (!parts || !about) return null;
  const [, qualifier = '', number = '', words = ''] = parts;
  const range = rangeOf(number);
  if (!range) return null;
  const share = /%|percent/.test(number) ? '% ' : '';
  const [low, high] = widen(range, qualifier.toLowerCase(), share ? SHARE_HEDGE : (v) => v * HEDGE);
  const whose = words.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).join(' ').toLowerCase();
  const counted = words.trim().replace(/^of\s+/i, '');
  return { thing: share + sameThing(singular(about)), whose, counted, low, high, stated: range };
}

/** True when one value could satisfy every claim: no two of them contradict. */
export function claimsAgree(claims: readonly FigureClaim[]): boolean {
  return Math.max(...claims.map((c) => c.low)) <= Math.min(...claims.map((c) => c.high));
}

/**
 * True when the claims contradict each other but could be two tellings of
 * one count: no figure states more than twice what another does ("35 boats"
 * and "about 40 boats", "three women" and "four women"). A count twice
 * another or more ("230 people" and "1,000 people", "two states" and "12
 * states") most often counts something else.
 */
export function claimsDiffer(claims: readonly FigureClaim[]): boolean {
  const smallest = Math.min(...claims.map((c) => c.stated[1]));
  const largest = Math.max(...claims.map((c) => c.stated[0]));
  return !claimsAgree(claims) && largest < smallest * MISTOLD_FACTOR;
}

const MISTOLD_FACTOR = 2;

/**
 * True when the numbers the claims state lie within a hedge of each other
 * ("over 10,000" and "10,000–12,000"; "approximately 76,000" and "76,000").
 * "At least 25 delegates" and "370 delegates" agree, since 370 is at least
 * 25, but they are not one count told two ways: only near claims are.
 */
export function claimsNear(claims: readonly FigureClaim[]): boolean {
  const low = Math.max(...claims.map((c) => c.stated[0] * (1 - HEDGE)));
  const high = Math.min(...claims.map((c) => c.stated[1] * (1 + HEDGE)));
  return low <= high;
}

const FIGURE_PARTS = new RegExp(`^(?:(${QUALIFIER})\\s+)?(${NUMBER})(.*)$`, 'iu');

// How far a hedged figure may be from its number. Generous on purpose: a
// comparison that calls two figures contradictory must be sure they are.
const HEDGE = 0.1;

// A hedged share is within a point or two of its number, not a tenth of it:
// "about 56 percent" of voters is no "59 percent" from another poll.
const SHARE_HEDGE = (): number => 1.5;

// `hedge` is how far a hedged value may lie from `value`.
function widen([low, high]: [number, number], qualifier: string, hedge: (value: number) => number): [number, number] {
  if (qualifier === 'over' || qualifier === 'more than' || qualifier === 'at least') return [high, Infinity];
  if (qualifier === 'less than' || qualifier === 'fewer than' || qualifier === 'up to') return [0, low];
  if (qualifier === 'nearly' || qualifier === 'almost') return [low - hedge(low), high];
  if (qualifier === '' || qualifier === 'exactly') return [low, high];
  // about, around, approximately, roughly, some, an estimated, a reported
  return [low - hedge(low), high + hedge(high)];
}

const WORD_VALUES: Record<string, [number, number]> = {
  two: [2, 2], three: [3, 3], four: [4, 4], five: [5, 5], six: [6, 6], seven: [7, 7],
  eight: [8, 8], nine: [9, 9], ten: [10, 10], eleven: [11, 11], twelve: [12, 12],
  // "thousands" is at least two thousand and fewer than a million.
  dozens: [24, 99], hundreds: [200, 999], thousands: [2_000, 999_999], millions: [2_000_000, 999_999_999],
};

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

function rangeOf(number: string): [number, number] | null {
  const word = WORD_VALUES[number.toLowerCase()];
  if (word) return word;
  const scale = SCALE[number.match(/thousand|million|billion|trillion/i)?.[0].toLowerCase() ?? ''] ?? 1;
  const values = number.match(/\d[\d,.]*/g)?.map((n) => Number(n.replace(/,/g, '')) * scale) ?? [];
  if (values.length === 0 || values.some((v) => !Number.isFinite(v))) return null;
  return [Math.min(...values), Math.max(...values)];
}

// Nouns that count one thing: "over 10,000 North Korean soldiers" and "over
// 10,000 North Korean troops" are one count. "Personnel" stays apart: it
// takes in staff who are not soldiers.
const SAME_THING: Record<string, string> = { soldier: 'troop' };

function sameThing(noun: string): string {
  return SAME_THING[noun] ?? noun;
}

// "troops" → "troop", "police officers" → "police officer"; "personnel", "news" and "glass" stay.
function singular(noun: string): string {
  return noun.replace(/(?<![su])s$/, '');
}
