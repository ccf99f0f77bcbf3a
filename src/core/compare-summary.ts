/**
 * The words of a comparison: where the sources' figures and dates agree,
 * where their figures differ, and one short summary paragraph.
 *
 * A claim here must be one a careful reader would sign. Two figures are
 * compared only when they count the same thing ("troops" with "troops",
 * never "troops" with "personnel") in sentences about the same fact
 * (same-fact.ts). "10,000–12,000 troops" and "over 10,000 troops" agree in
 * other words. Figures are set against each other only when no value fits
 * both ("35 boats" and "about 40 boats"), their sentences tell the fact
 * closely alike, and their sources came out within days of each other; even
 * then the words say only that the figures differ, not that the sources
 * contradict each other: the reader can see whether they count the same
 * event. A date alone is never called different, since it does not say
 * which event it dates (compare-dates.ts); sources that give one count of
 * one thing are dated against each other by the date each sentence gives
 * for it (Figure.when). A source's sentence reporting a denial ("… refuted
 * … claims about …") is shown as written: it says the claims are contested,
 * in the source's words.
 */
import type { Figure, QuotedOnTopic, SourceSentence } from './answers.ts';
import { claimOf, claimsAgree, claimsDiffer, claimsNear, type FigureClaim } from './figure-claims.ts';
import { compareDates } from './compare-dates.ts';
import { factGroups, groupBy, listWordings, publishedTogether, SAME_NEWS_DAYS, sameWording, sourceCount, type PublishedOf, type SameFact } from './compare-lines.ts';
import { dateParts, datesFit } from './dates.ts';
import { NUMBER_WORD } from './figures.ts';
import { shortenText } from './shorten.ts';

export interface Summary {
  agreements: string[];
  differences: string[];
  summary: string;
}

export interface SummaryInput {
  topic: string;
  /** How many sources cover the topic, of `total`. */
  coveredCount: number;
  total: number;
  figures: Figure[];
  quoted?: QuotedOnTopic[];
  disputes?: SourceSentence[];
  publishedOf?: PublishedOf;
  sameFact: SameFact;
}

export function summarise({ topic, coveredCount, total, figures, quoted = [], disputes = [], publishedOf = () => null, sameFact }: SummaryInput): Summary {
  const counts = compareCounts(figures.filter((f) => f.about !== 'date'), publishedOf, sameFact);
  // A date already weighed as the date of what a figure counts is not weighed again alone.
  const looseDates = figures.filter((f) => f.about === 'date' && !counts.datesWeighed.has(placeOf(f, f.text)));
  const agreements = [...counts.agreements, ...compareDates(looseDates, publishedOf, sameFact)];
  const differences = [...counts.differences, ...disputeLines(disputes)];
  const parts = [coveredCount === 0 ? `No source covers “${topic}”.` : `${coveredCount} of ${total} sources cover “${topic}”.`];
  if (agreements.length) parts.push(`Agreement: ${agreements.join('; ')}.`);
  if (differences.length) parts.push(differences.map(asSentence).join(' '));
  if (quoted.length) parts.push(`Quoted on this: ${quoted.map(quotedLine).join('; ')}.`);
  return { agreements, differences, summary: parts.join(' ') };
}

/**
 * "Ann Lee (2 sources)"; a speaker some sources only hedge says so, since a
 * count of sources reads as that many vouching for the words: "Ann Lee,
 * reportedly (1 source)", "Ann Lee (2 sources; 1 of them does not vouch for the words)".
 */
function quotedLine(q: QuotedOnTopic): string {
  const hedged = q.hedgedIn.length;
  if (hedged === 0) return `${q.speaker} (${sourceCount(q.files.length)})`;
  if (hedged === q.files.length) return `${q.speaker}, ${q.hedge ?? 'hedged'} (${sourceCount(q.files.length)})`;
  return `${q.speaker} (${sourceCount(q.files.length)}; ${hedged} of them does not vouch for the words)`;
}

// A line ending in a quoted sentence ("…Oblast.”") has its full stop already.
function asSentence(line: string): string {
  return /[.!?]["”’]?$/.test(line) ? line : `${line}.`;
}

// A few denials say that the claims are contested; the JSON answer keeps them all.
const MAX_DISPUTES = 3;
const DISPUTE_MAX_CHARS = 240;

/** One denial from each of the first sources that report one, and the others by name. */
function disputeLines(disputes: SourceSentence[]): string[] {
  const firstOfEach = disputes.filter((d, i) => disputes.findIndex((e) => e.file === d.file) === i);
  const lines = firstOfEach.slice(0, MAX_DISPUTES).map(disputeLine);
  const others = firstOfEach.slice(MAX_DISPUTES).map((d) => d.file);
  if (others.length > 0) lines.push(`Denials also reported in ${others.join(', ')}`);
  return lines;
}

/**
 * "Disputed in 004.txt ¶9: “The General Staff rejected claims that …”": the
 * source's own sentence. One that opens with its own quote mark ("“… is
 * absent,” officials said.") is shown as it is: marks around marks read as
 * one quote inside another.
 */
function disputeLine(dispute: SourceSentence): string {
  const text = shortenText(dispute.text, DISPUTE_MAX_CHARS);
  // Only a double mark: a sentence opening with a single-quoted word ("‘Defeat’ claims …") still reads best inside “…”.
  return `Disputed in ${dispute.file} ¶${dispute.paragraph}: ${/^["“«„]/.test(text) ? text : `“${text}”`}`;
}

interface Claimed {
  figure: Figure;
  claim: FigureClaim;
}

interface CountComparison {
  agreements: string[];
  differences: string[];
  /** placeOf() of every date compared as the date of a counted thing. */
  datesWeighed: Set<string>;
}

function compareCounts(figures: Figure[], publishedOf: PublishedOf, sameFact: SameFact): CountComparison {
  const claimed = figures.flatMap((figure): Claimed[] => {
    const claim = claimOf(figure.text, figure.about);
    return claim ? [{ figure, claim }] : [];
  });
  const result: CountComparison = { agreements: [], differences: [], datesWeighed: new Set() };
  const counts = claimed.filter((c) => !SPANS.has(c.claim.thing));
  // Two figures that cannot agree, from sources too far apart to differ,
  // make no line together: their sentences are not read for a link.
  const worthLinking = (a: Claimed, b: Claimed) =>
    claimsAgree([a.claim, b.claim]) || publishedTogether([a.figure.file, b.figure.file], publishedOf, SAME_NEWS_DAYS);
  const link = (a: Claimed, b: Claimed) => worthLinking(a, b) && sameFact(a.figure, b.figure) !== 'apart';
  for (const thing of sameThingGroups(counts)) {
    for (const group of factGroups(thing, link)) compareFact(group, thing, publishedOf, sameFact, result);
  }
  return result;
}

/**
 * Compares the figures `group` gives for one fact. `thing` holds every
 * figure of the same thing, so a source's other counts of it are weighed too.
 */
function compareFact(group: Claimed[], thing: Claimed[], publishedOf: PublishedOf, sameFact: SameFact, result: CountComparison): void {
  const files = new Set(group.map((c) => c.figure.file));
  const wordings = groupBy(group.map((c) => c.figure), figureKey);
  // Named by the most telling wording: "North Korean troops" over "troops".
  const label = (group.find((c) => c.claim.whose) ?? group[0]!).claim.counted;
  if (wordings.length > 1 && claimsAgree(group.map((c) => c.claim)) && claimsNear(group.map((c) => c.claim))) {
    result.agreements.push(`${sourceCount(files.size)} agree on ${label}, in different words: ${listWordings(wordings)}`);
  } else {
    // The same figure in several sources is agreement, whatever else they give.
    for (const w of wordings) if (w.files.length >= 2) result.agreements.push(sameWording(w));
    // Set against each other only where the sentences tell the fact closely alike.
    for (const close of factGroups(group, (a, b) => sameFact(a.figure, b.figure) === 'close')) {
      const closeFiles = new Set(close.map((c) => c.figure.file));
      const closeWordings = groupBy(close.map((c) => c.figure), figureKey);
      const sources = thing.filter((c) => closeFiles.has(c.figure.file));
      const differ = closeWordings.length > 1 && claimsDiffer(close.map((c) => c.claim));
      if (differ && !contradictsItself(sources) && publishedTogether(closeFiles, publishedOf, SAME_NEWS_DAYS)) {
        result.differences.push(`Different figures for ${label}: ${listWordings(closeWordings)}`);
      }
    }
  }
  compareWhen(group, label, publishedOf, sameFact, result);
}

/**
 * The dates two or more sources give for one count of one thing
 * (Figure.when). Only figures that agree are dated against each other: two
 * counts that differ are likely two events ("voters" polled in June and in
 * February), whose dates differ as a matter of course. The dates fit
 * together when every two of them can name the same time ("November 2024"
 * and "last year" in 2025), and are different dates when they cannot, unless
 * one source's own dates do not fit each other (it may date two events).
 * Each date compared is added to `result.datesWeighed`.
 */
function compareWhen(group: Claimed[], label: string, publishedOf: PublishedOf, sameFact: SameFact, result: CountComparison): void {
  const dated = group.flatMap(({ figure, claim }) => {
    const parts = figure.when ? dateParts(figure.when, publishedOf(figure.file)) : null;
    return parts ? [{ figure, claim, parts }] : [];
  });
  const files = new Set(dated.map((d) => d.figure.file));
  if (files.size < 2 || !claimsAgree(dated.map((d) => d.claim))) return;
  const allFit = (list: typeof dated) => list.every((d, i) => list.slice(i + 1).every((e) => datesFit(d.parts, e.parts)));
  const wordings = groupBy(dated.map((d) => ({ ...d.figure, text: d.figure.when! })), (f) => f.text.toLowerCase());
  if (allFit(dated)) {
    const dates = wordings.length === 1 ? `${wordings[0]!.text}: ${wordings[0]!.files.join(', ')}` : `dates that fit together: ${listWordings(wordings)}`;
    result.agreements.push(`${sourceCount(files.size)} date ${label} to ${dates}`);
  } else if ([...files].every((file) => allFit(dated.filter((d) => d.figure.file === file))) && publishedTogether(files, publishedOf, SAME_NEWS_DAYS) && allClose(dated, sameFact)) {
    result.differences.push(`Different dates for ${label}: ${listWordings(wordings)}`);
  } else return;
  for (const { figure } of dated) result.datesWeighed.add(placeOf(figure, figure.when!));
}

/** True when every two of the figures, from different sources, tell their fact closely alike. */
function allClose(list: Array<{ figure: Figure }>, sameFact: SameFact): boolean {
  return list.every((a, i) => list.slice(i + 1).every((b) => a.figure.file === b.figure.file || sameFact(a.figure, b.figure) === 'close'));
}

/** Where a date stands: its source, paragraph and words. */
function placeOf(figure: Figure, date: string): string {
  return `${figure.file}\u0000${figure.paragraph}\u0000${date.toLowerCase()}`;
}

// "six weeks" and "two weeks", "three times" and "once": spans and counts of
// occasions are almost never two accounts of one fact ("four years ago",
// "every four years"), so they are not compared at all.
const SPANS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century', 'time']);

/**
 * Figures of one thing. "North Korean troops" and "Ukrainian troops" are
 * two things; plain "troops" joins the named ones only when just one name is
 * given, and is a thing of its own otherwise (whose troops is unclear).
 */
function sameThingGroups(claimed: Claimed[]): Claimed[][] {
  const byThing = new Map<string, Claimed[]>();
  for (const c of claimed) byThing.set(c.claim.thing, [...(byThing.get(c.claim.thing) ?? []), c]);
  return [...byThing.values()].flatMap((list) => {
    const names = [...new Set(list.map((c) => c.claim.whose).filter(Boolean))];
    if (names.length <= 1) return [list];
    return [...names, ''].map((whose) => list.filter((c) => c.claim.whose === whose));
  });
}

// One source giving two figures that cannot both hold ("35 boats were hit
// ... 5 boats sank") may be counting two things under one noun: calling
// the sources different would then compare unlike with unlike.
function contradictsItself(group: Claimed[]): boolean {
  const files = new Set(group.map((c) => c.figure.file));
  return [...files].some((file) => !claimsAgree(group.filter((c) => c.figure.file === file).map((c) => c.claim)));
}

const NUMBER_WORD_ALONE = new RegExp(`^${NUMBER_WORD}$`, 'i');

/**
 * The value part of a figure and its noun, for telling equal figures apart
 * from different ones: "an estimated 10,000–12,000 troops" and
 * "10,000-12,000 troops" are the same. The noun is kept as written, so a
 * line never shows one source's "soldiers" for another's "troops".
 */
function figureKey(figure: Figure): string {
  const words = figure.text.split(/\s+/);
  const numberAt = words.findIndex((w) => /\d/.test(w) || NUMBER_WORD_ALONE.test(w));
  const value = words
    .slice(0, numberAt + 1)
    .join(' ')
    .toLowerCase()
    .replace(/[–—-]/g, '–')
    .replace(/^an? (estimated|reported) /, '');
  return `${value} ${figure.about.toLowerCase()}`;
}
