/**
 * What /compare's two kinds of line (counts in compare-summary.ts, dates
 * alone in compare-dates.ts) share: which figures may stand in one line
 * (about one fact, from sources close enough in time) and how a line words
 * the figures and their sources.
 */
import type { Figure } from './answers.ts';
import type { FactLink } from './same-fact.ts';

/** The ISO publication date of a source, when it has one (for "last year"). */
export type PublishedOf = (file: string) => string | null;

/** How two figures of different sources stand to one fact (same-fact.ts). */
export type SameFact = (a: Figure, b: Figure) => FactLink;

// Reports of one event come out within days of each other. A count given
// weeks apart (delegates won, a poll's lead) has most likely changed since,
// so only sources this close can differ on one.
export const SAME_NEWS_DAYS = 3;
// "Wednesday" or "last week" names a day within a week of its publication:
// two sources published further apart name two different ones.
export const SAME_WEEK_DAYS = 6;
const DAY_MS = 86_400_000;

/**
 * True unless the sources' publication dates lie more than `days` apart.
 * Sources without a date are not ruled out.
 */
export function publishedTogether(files: Iterable<string>, publishedOf: PublishedOf, days: number): boolean {
  const times = [...files].map((file) => Date.parse(publishedOf(file) ?? '')).filter((t) => !Number.isNaN(t));
  return times.length < 2 || Math.max(...times) - Math.min(...times) <= days * DAY_MS;
}

/**
 * The figures of a list that two or more sources give about one fact: the
 * list parted where no figure of one part is about the same fact as a
 * figure of another source in the other (`linked`, see same-fact.ts). A
 * figure linked to no other source's is left out: there is nothing to set
 * it against.
 */
export function factGroups<T extends { figure: Figure }>(items: T[], linked: (a: T, b: T) => boolean): T[][] {
  const root = items.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (a.figure.file !== b.figure.file && find(i) !== find(j) && linked(a, b)) root[find(i)] = find(j);
    }
  }
  const parts = new Map<number, T[]>();
  items.forEach((item, i) => {
    const part = parts.get(find(i));
    if (part) part.push(item);
    else parts.set(find(i), [item]);
  });
  return [...parts.values()].filter((part) => new Set(part.map((item) => item.figure.file)).size >= 2);
}

export interface Wording {
  /** The first wording seen for this value. */
  text: string;
  files: string[];
}

/** "2 sources give November 2024: a.md, b.md" */
export function sameWording(wording: Wording): string {
  return `${sourceCount(wording.files.length)} give ${wording.text}: ${wording.files.join(', ')}`;
}

export function listWordings(wordings: Wording[]): string {
  return wordings.map((w) => `${w.text} (${w.files.join(', ')})`).join('; ');
}

export function sourceCount(n: number): string {
  return `${n} ${n === 1 ? 'source' : 'sources'}`;
}

/** Groups of equal values, each with the sources (sorted) that state it, in order of first mention. */
export function groupBy(figures: Figure[], keyOf: (figure: Figure) => string): Wording[] {
  const groups = new Map<string, Wording>();
  for (const figure of figures) {
    const key = keyOf(figure);
    const group = groups.get(key) ?? { text: figure.text, files: [] };
    if (!group.files.includes(figure.file)) group.files = [...group.files, figure.file].sort();
    groups.set(key, group);
  }
  return [...groups.values()];
}
