/** /compare's lines about dates given alone, not as the date of a count. */
import type { Figure } from './answers.ts';
import { factGroups, groupBy, listWordings, publishedTogether, SAME_WEEK_DAYS, sameWording, sourceCount, type PublishedOf, type SameFact } from './compare-lines.ts';
import { dateParts, sameDate, type DateParts } from './dates.ts';

interface DateCluster {
  parts: DateParts[];
  figures: Figure[];
}

/**
 * Dates two or more sources give alike, for one fact: the same wording, or
 * the same date in other words. A weekday, "last week", or "last year" with
 * no publication date is the same date only in the same words. A date alone
 * does not say what it dates, so only sources published within a week of
 * each other are taken to date one thing by it: in an archive, "2008" or
 * "November" in two reports months apart are two stories' dates.
 */
export function compareDates(dates: Figure[], publishedOf: PublishedOf, sameFact: SameFact): string[] {
  const clusters: DateCluster[] = [];
  const unread = new Map<string, Figure[]>();
  for (const figure of dates) {
    const parts = dateParts(figure.text, publishedOf(figure.file));
    if (!parts) {
      const wording = figure.text.toLowerCase();
      unread.set(wording, [...(unread.get(wording) ?? []), figure]);
      continue;
    }
    const cluster = clusters.find((c) => c.parts.every((p) => sameDate(p, parts)));
    if (cluster) {
      cluster.parts.push(parts);
      cluster.figures.push(figure);
    } else clusters.push({ parts: [parts], figures: [figure] });
  }
  // Sources a week apart are not read for a link at all: reading is the costly part.
  const sameWeek = (figures: Figure[]) => publishedTogether(new Set(figures.map((f) => f.file)), publishedOf, SAME_WEEK_DAYS);
  const link = (a: { figure: Figure }, b: { figure: Figure }) => sameWeek([a.figure, b.figure]) && sameFact(a.figure, b.figure) !== 'apart';
  return [...clusters.map((c) => c.figures), ...unread.values()]
    .flatMap((figures) => factGroups(figures.map((figure) => ({ figure })), link))
    .map((part) => part.map((item) => item.figure))
    .filter(sameWeek)
    .map((figures) => {
      const wordings = groupBy(figures, (f) => f.text.toLowerCase());
      const files = new Set(figures.map((f) => f.file));
      return wordings.length === 1 ? sameWording(wordings[0]!) : `${sourceCount(files.size)} give the same date: ${listWordings(wordings)}`;
    });
}
