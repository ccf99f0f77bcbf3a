/**
 * The words of a comparison: which figures and dates several sources give
 * alike, which differ, and one short summary paragraph.
 */
import type { Figure, QuotedOnTopic } from './answers.ts';

export interface Summary {
  agreements: string[];
  differences: string[];
  summary: string;
}

interface FigureGroup {
  /** The first wording seen for this value. */
  text: string;
  files: string[];
}

export function summarise(topic: string, coveredCount: number, total: number, figures: Figure[], quoted: QuotedOnTopic[] = []): Summary {
  const kinds = [
    { label: 'Figures', groups: groupBy(figures.filter((f) => f.about !== 'date'), figureKey) },
    { label: 'Dates', groups: groupBy(figures.filter((f) => f.about === 'date'), (f) => f.text.toLowerCase()) },
  ];
  const agreements = kinds.flatMap(({ groups }) =>
    groups.filter((g) => g.files.length >= 2).map((g) => `${g.files.length} sources give ${g.text}: ${g.files.join(', ')}`),
  );
  const differences = kinds
    .filter(({ groups }) => groups.length >= 2 && new Set(groups.flatMap((g) => g.files)).size >= 2)
    .map(({ label, groups }) => `${label} differ: ${groups.map((g) => `${g.text} (${g.files.join(', ')})`).join('; ')}`);
  const parts = [coveredCount === 0 ? `No source covers “${topic}”.` : `${coveredCount} of ${total} sources cover “${topic}”.`];
  if (agreements.length) parts.push(`Agreement: ${agreements.join('; ')}.`);
  if (differences.length) parts.push(`${differences.join('. ')}.`);
  if (quoted.length) parts.push(`Quoted on this: ${quoted.map((q) => `${q.speaker} (${sourceCount(q.files.length)})`).join('; ')}.`);
  return { agreements, differences, summary: parts.join(' ') };
}

function sourceCount(n: number): string {
  return `${n} ${n === 1 ? 'source' : 'sources'}`;
}

/** Groups of equal values, each with the sources (sorted) that state it, in order of first mention. */
function groupBy(figures: Figure[], keyOf: (figure: Figure) => string): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const figure of figures) {
    const key = keyOf(figure);
    const group = groups.get(key) ?? { text: figure.text, files: [] };
    if (!group.files.includes(figure.file)) group.files = [...group.files, figure.file].sort();
    groups.set(key, group);
  }
  return [...groups.values()];
}

const NUMBER_WORD = /^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|millions)$/i;

/**
 * The value part of a figure, for telling equal figures apart from different
 * ones: "an estimated 10,000–12,000 troops" and "10,000-12,000 troops" are the same.
 */
function figureKey(figure: Figure): string {
  const words = figure.text.split(/\s+/);
  const numberAt = words.findIndex((w) => /\d/.test(w) || NUMBER_WORD.test(w));
  return words
    .slice(0, numberAt + 1)
    .join(' ')
    .toLowerCase()
    .replace(/[–—-]/g, '–')
    .replace(/^an? (estimated|reported) /, '');
}
