/**
 * A claim the writer passes on from a source: "According to the Russian
 * Defence Ministry, 76,000 Ukrainian troops were killed." and "Ukraine lost
 * the village, according to TASS." War news reports most figures this way,
 * and the claim is the source's, not the writer's.
 *
 * Only a sentence that opens with the source, or names it after a clause,
 * counts, and only when the claim is the writer's own words: a verb of
 * speech there ("Lee said …, according to TASS") or a quotation mark makes
 * someone else the speaker, and a source inside a phrase ("The attack,
 * according to officials, killed 12") is left alone.
 */
import { DASHES, DOCUMENT_NOUNS, WHO_OR_WHICH } from './cues.ts';
import { ISSUED_BY } from './document-issuer.ts';
import { chunkRight, type Range } from './noun-phrase.ts';
import { isFiniteVerb } from './bare-clause.ts';
import { withSourceQualifier } from './mention.ts';
import { canReport } from './people-words.ts';
import { isReportingVerb, isWeakVerb } from './reporting-clause.ts';
import { beforeWritersTail } from './statement-end.ts';
import { hasComma, hasVerb, isCapitalised, isGlued, nextComma, type TokenView } from './token-view.ts';

export interface SourcedClaim {
  /** First and last token of the claim. */
  from: number;
  to: number;
  /** The source: "the Russian Defence Ministry", "TASS". */
  subject: Range;
}

/** The claim and its source in the sentence `first`..`end` (its final punctuation left out), or null. */
export function claimPerSource(view: TokenView, first: number, end: number): SourcedClaim | null {
  for (let k = first; k <= end; k++) if (view.roles[k] !== 'text' && !inQuotedName(view, k)) return null;
  const found = opening(view, first, end) ?? closing(view, first, end);
  if (!found) return null;
  // "…, a figure that could not be independently confirmed": the writer's tail is no part of the claim.
  found.to = beforeWritersTail(view, found.from, found.to);
  if (!hasVerb(view, found.from, found.to) || !canReport(view, found.subject)) return null;
  // "According to TASS, Gerasimov said …" is Gerasimov's statement; a weak
  // verb ("… because many disagreed with Obama's policies", "Trump has
  // posted 5,000 times") leaves the claim the source's.
  for (let k = found.from; k <= found.to; k++) if (isReportingVerb(view, k) && !isWeakVerb(view, k)) return null;
  return found;
}

// "According to the ministry, the town fell.": the source, a comma, then
// the claim. An appositive on the source ("According to Ann Lee, the
// mayor, …") is passed over.
function opening(view: TokenView, first: number, end: number): SourcedClaim | null {
  if (!isAccordingTo(view, first)) return null;
  const subject = sourceAt(view, first + 2, end);
  if (!subject) return null;
  // "According to two soldiers who spoke on condition of anonymity, …": a clause on the source with no comma before it.
  if (view.tokens[subject[1] + 1]?.lower === 'who') {
    const comma = nextComma(view, subject[1] + 2, end - 1);
    return comma > 0 ? { from: comma + 1, to: end, subject } : null;
  }
  if (view.tokens[subject[1] + 1]?.text !== ',') return null;
  const appositive = appositiveEnd(view, subject[1] + 2, end);
  const relative = WHO_OR_WHICH.has(view.tokens[subject[1] + 2]?.lower ?? '') ? nextComma(view, subject[1] + 3, end - 1) : -1;
  // "According to the BBC's Russian service, which counts obituaries, …": the clause on the source is the writer's.
  const from = relative > 0 ? relative + 1 : appositive >= 0 && view.tokens[appositive + 1]?.text === ',' ? appositive + 2 : subject[1] + 2;
  return { from, to: end, subject };
}

// The last token of an appositive on the source at `k` ("the mayor", "head
// of Ukraine's Centre for Countering Disinformation"), which tells who the
// source is and is no part of the claim: a phrase, and up to the next comma
// (or `end`) words with no verb of their own; -1 when no phrase opens there.
function appositiveEnd(view: TokenView, k: number, end: number): number {
  const phrase = chunkRight(view, k, end);
  if (!phrase) return -1;
  const comma = nextComma(view, phrase[1] + 1, end);
  const stop = comma > 0 ? comma - 1 : end;
  if (stop - k >= LONGEST_APPOSITIVE) return phrase[1];
  for (let j = phrase[1] + 1; j <= stop; j++) if (view.roles[j] !== 'text' || isFiniteVerb(view.tokens[j])) return phrase[1];
  return stop;
}

const LONGEST_APPOSITIVE = 12;

// "The town fell, according to the ministry.": the claim, a comma, then
// the source, at the end or before a clause of its own ("…, according to
// Kyiv, and the bridge held"). Anywhere else the words before it may be no
// clause at all ("One of the decisions they made, according to Lee, is …")
// or the source may be only part of a name ("according to a CNN/ORC poll").
// A source after two clauses set against each other may vouch for the last
// alone ("…, although the company spent $20 million, according to Lee",
// "… - which it often is, according to Lee"), so such a claim is no one's.
// A thing is no source ("according to plan"), though findings are
// ("according to the latest figures"): see canReport().
function closing(view: TokenView, first: number, end: number): SourcedClaim | null {
  for (let comma = end - 2; comma > first; comma--) {
    if (view.tokens[comma]!.text !== ',' || !isAccordingTo(view, comma + 1)) continue;
    const subject = sourceAt(view, comma + 3, end);
    if (!subject || !endsClaim(view, subject[1], end) || joinsClauses(view, first, comma - 1)) return null;
    return { from: first, to: comma - 1, subject };
  }
  return null;
}


/**
 * The source named at `k`, after "according to": "the ministry", "him", or
 * the body that issued a document ("a statement from the northern
 * command", "a report by the UN").
 */
export function sourceAt(view: TokenView, k: number, end: number): Range | null {
  // "According to him, …": the phrase reader takes no pronoun. Not "her"
  // before a noun, which owns it ("according to her lawyers").
  if (k <= end && THIRD_PERSON_OBJECTS.has(view.tokens[k]!.lower) && /^[,.;]?$/.test(view.tokens[k + 1]?.text ?? '')) return [k, k];
  const found = chunkRight(view, k, end);
  // "According to two sources briefed on the matter, …": the qualifier says who they are.
  const qualified = found && withSourceQualifier(view, found);
  const phrase = qualified && qualified[1] <= end ? qualified : found;
  if (!phrase || !DOCUMENT_NOUNS.has(view.tokens[phrase[1]]!.lower) || !ISSUED_BY.has(view.tokens[phrase[1] + 1]?.lower ?? '')) return phrase;
  return chunkRight(view, phrase[1] + 2, end);
}

// Third person only: "according to me" names no one the text does.
const THIRD_PERSON_OBJECTS = new Set(['him', 'her', 'them']);

// The source ends the sentence, with an appositive or not ("…, according
// to Ann Lee, head of the regional council."), or a clause joined to the
// claim follows it.
function endsClaim(view: TokenView, last: number, end: number): boolean {
  if (last === end) return true;
  if (view.tokens[last + 1]!.text !== ',') return false;
  return JOINERS.has(view.tokens[last + 2]?.lower ?? '') || appositiveEnd(view, last + 2, end) === end;
}

const JOINERS = new Set(['and', 'but']);

// A semicolon, a dash that opens no aside closed before the end, or a
// clause set against the first ("…, although …", "…, which …" to the end).
// Two clauses joined by "and" or "but" share their source.
function joinsClauses(view: TokenView, from: number, to: number): boolean {
  const dashes = new Map<string, number>();
  for (let k = from; k <= to; k++) {
    const t = view.tokens[k]!;
    if (t.text === ';') return true;
    // "Twenty-three", "(D-N.Y.)": a hyphen inside a word joins no clauses.
    if (DASHES.has(t.text) && !isGlued(view, k)) dashes.set(t.text, (dashes.get(t.text) ?? 0) + 1);
    // ", which backed Lee, spent …" is an aside that a comma closes; ", although …" runs on.
    // ", as well as Reid," joins names, not clauses.
    const opener = t.text === ',' && view.tokens[k + 2]?.lower !== 'well' ? view.tokens[k + 1]?.lower ?? '' : '';
    if (SUBORDINATE_OPENERS.has(opener) || (opener === 'which' && !hasComma(view, k + 1, to))) return true;
  }
  return [...dashes.values()].some((count) => count % 2 === 1);
}


const SUBORDINATE_OPENERS = new Set(['although', 'though', 'while', 'whereas', 'as', 'because']);

// "in the “Kursk” operational zone": a name in quotation marks is no one's words.
function inQuotedName(view: TokenView, k: number): boolean {
  const inner = view.inner[view.spanOf[k]!];
  if (!inner || inner[1] - inner[0] >= 4) return false;
  for (let j = inner[0]; j <= inner[1]; j++) if (!isCapitalised(view.tokens[j]!)) return false;
  return true;
}

/** True for "according to" at token `k`. */
export function isAccordingTo(view: TokenView, k: number): boolean {
  return view.tokens[k]?.lower === 'according' && view.tokens[k + 1]?.lower === 'to';
}
