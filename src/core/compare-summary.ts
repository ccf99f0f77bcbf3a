/**
 * The words of a comparison: which figures several sources give alike, which
 * differ, and one short summary paragraph.
 */
import type { Figure } from './answers.ts';

export interface Summary {
  agreements: string[];
  differences: string[];
  summary: string;
}

export function summarise(topic: string, coveredCount: number, total: number, figures: Figure[]): Summary {
  const groups = groupFigures(figures);
  const agreements = groups
    .filter((g) => g.files.length >= 2)
    .map((g) => `${g.files.length} sources give ${g.text}: ${g.files.join(', ')}`);
  const differences = groups.length >= 2 && distinctSources(groups)
    ? [`Figures differ: ${groups.map((g) => `${g.text} (${g.files.join(', ')})`).join('; ')}`]
    : [];
  const coverage = coveredCount === 0
    ? `No source covers “${topic}”.`
    : `${coveredCount} of ${total} sources cover “${topic}”.`;
  const parts = [coverage];
  if (agreements.length) parts.push(`Agreement: ${agreements.join('; ')}.`);
  if (differences.length) parts.push(`${differences.join('; ')}.`);
  else if (groups.length === 1) parts.push(`The only figure given is ${groups[0]!.text} (${groups[0]!.files.join(', ')}).`);
  return { agreements, differences, summary: parts.join(' ') };
}

interface FigureGroup {
  /** The first wording seen for this value. */
  text: string;
  files: string[];
}

/** Figures with the same value (dashes and case aside) stated by the sources, in order of first mention. */
function groupFigures(figures: Figure[]): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const figure of figures) {
    const key = figure.text.split(/\s+/).slice(0, valueWords(figure)).join(' ').toLowerCase().replace(/[–—-]/g, '–').replace(/^an? (estimated|reported) /, '');
    const group = groups.get(key) ?? { text: figure.text, files: [] };
    if (!group.files.includes(figure.file)) group.files.push(figure.file);
    group.files.sort();
    groups.set(key, group);
  }
  return [...groups.values()];
}

// The value part of a figure's text is everything before the counted noun's phrase.
function valueWords(figure: Figure): number {
  const words = figure.text.split(/\s+/);
  const numberAt = words.findIndex((w) => /\d|^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|millions)$/i.test(w));
  return numberAt + 1;
}

function distinctSources(groups: FigureGroup[]): boolean {
  return new Set(groups.flatMap((g) => g.files)).size >= 2;
}
