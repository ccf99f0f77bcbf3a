/**
 * A reported statement with its attribution set between commas in the
 * middle of the sentence: "Russian forces, the ministry said, had retaken
 * the village." When the words before the attribution are no clause of
 * their own ("Russian forces", "In the end", "If the town falls"), the
 * statement is the whole sentence, attribution and all: cut at the first
 * comma it would say nothing. When they are one ("Sales were great, he
 * said, wiping sweat off his face"), the statement ends before the
 * attribution, as at the end of a sentence: what follows may be the
 * writer's. Only a sentence with no quotation marks counts; a quote split
 * around "he said" is a direct quote's business (attribute-speaker.ts).
 */
import { ADVERBIAL_OPENERS, DASHES, RELATIVE_WORDS, TELLING_VERBS } from './cues.ts';
import type { Range } from './noun-phrase.ts';
import { canReport } from './people-words.ts';
import { tailAttribution } from './reporting-clause.ts';
import { isFiniteVerb, opensClause } from './bare-clause.ts';
import { hasVerb, isCapitalised, nextComma, type TokenView } from './token-view.ts';

export interface Parenthetical {
  /** First and last token of the statement. */
  from: number;
  to: number;
  subject: Range;
  cue: string;
}

/** The statement around an attribution set between commas in the sentence `first`..`end` (its final punctuation left out), or null. */
export function parentheticalAttribution(view: TokenView, first: number, end: number): Parenthetical | null {
  for (let k = first; k <= end; k++) if (view.roles[k] !== 'text') return null;
  for (let open = first + 1; open < end; open++) {
    if (view.tokens[open]!.text !== ',') continue;
    const close = nextComma(view, open + 1, Math.min(end - 1, open + LONGEST_ATTRIBUTION));
    if (close < 0) continue;
    const found = tailAttribution(view, open + 1, close - 1);
    if (!found || !canReport(view, found.subject) || !endsAttribution(view, found, close)) continue;
    // "The chairman's bill would … - a provision, Corker said, that is …": the words after a dash or semicolon.
    const from = clauseStart(view, first, open);
    const before = view.tokens[open - 1]!;
    // "… clients and, he argued, to …", "are reflecting, the polls tell us, a lot of …": a phrase cut short.
    if (from >= open || OPEN_ENDS.has(before.pos) || (before.pos === 'VERB' && before.lower.endsWith('ing'))) return null;
    // The words after it go on with the words before: the verb of their
    // subject ("Those who have the right to vote, he said, must …"), the rest
    // of their verb ("He hoped, he said, that …"), or a clause after an
    // opening phrase ("In the end, he said, voters …").
    // After "said Ann Lee," an appositive or a relative clause on her may
    // follow ("…, a professor who …", "…, who was elected …"): the writer's.
    const after = close + 1;
    const inverted = view.tokens[open + 1]!.text === found.cue;
    const clause = !inverted && !RELATIVE_WORDS.has(view.tokens[after]!.lower) && opensClause(view, after, end);
    if (continuesSubject(view, after) || CONTINUATIONS.has(view.tokens[after]!.lower) || clause) return { from, to: end, ...found };
    return isMainClause(view, from, open - 1) ? { from, to: open - 1, ...found } : null;
  }
  return null;
}

// "…, the ministry’s press service said on Sunday, …": a subject, verb and a
// time fit; a clause with words of its own does not.
const LONGEST_ATTRIBUTION = 9;
// "He hoped, he said, that …", "It is in our interest, he says, to …": the clause goes on past the attribution.
const CONTINUATIONS = new Set(['that', 'to']);
const OPEN_ENDS = new Set(['ADP', 'DET', 'AUX', 'CCONJ', 'SCONJ', 'PART']);

// After the verb, only when and where ("said on Sunday", "argued in his
// email") or, after "told", the listener: not "asked Kasich", "criticized
// Tulsa", "said yes", "indicated as much". With the verb first ("said
// Sunshine") the subject closes the attribution.
function endsAttribution(view: TokenView, found: { subject: Range; cue: string }, close: number): boolean {
  let v = found.subject[1] + 1;
  while (v < close && view.tokens[v]!.text !== found.cue) v++;
  if (v + 1 >= close || TELLING_VERBS.has(found.cue.toLowerCase())) return true;
  const next = view.tokens[v + 1]!;
  return !NOT_AFTER_VERB.has(next.lower) && next.pos !== 'INTJ' && next.pos !== 'NUM' && !(isCapitalised(next) && next.pos === 'PROPN');
}

const NOT_AFTER_VERB = new Set(['as', 'yes', 'no', 'so']);

// A finite verb for the words before the attribution: not a participle
// that opens the writer's comparison ("…, the agency said, compared with
// 12 last year", "…, based on …").
function continuesSubject(view: TokenView, k: number): boolean {
  const t = view.tokens[k]!;
  if (!isFiniteVerb(t)) return false;
  return !(t.lower.endsWith('ed') && PARTICIPLE_LINKS.has(view.tokens[k + 1]?.lower ?? ''));
}

const PARTICIPLE_LINKS = new Set(['with', 'to', 'on', 'by']);

function clauseStart(view: TokenView, first: number, open: number): number {
  for (let k = open - 1; k > first; k--) {
    const t = view.tokens[k]!.text;
    if (t === ';' || t === ':' || (DASHES.has(t) && view.tokens[k - 1]!.end < view.tokens[k]!.start)) return k + 1;
  }
  return first;
}

// A clause that stands on its own, so that what follows the attribution
// ("…, he said, wiping sweat off his face", "…, the group said, compared
// with …") may be the writer's: a verb, and no "if", "even if", "rather
// than", "to", "by" or participle ("Asked if …") to make it hang on the
// next clause.
function isMainClause(view: TokenView, from: number, to: number): boolean {
  let opener = view.tokens[from]!.pos === 'CCONJ' ? from + 1 : from;
  if (view.tokens[opener]!.pos === 'ADV' && HANGING_AFTER_ADVERB.has(view.tokens[opener + 1]?.lower ?? '')) opener++;
  const word = view.tokens[opener]!;
  if (ADVERBIAL_OPENERS.has(word.lower) || HANGING.has(word.pos)) return false;
  return hasVerb(view, opener, to);
}

const HANGING_AFTER_ADVERB = new Set([...ADVERBIAL_OPENERS, 'than']);
const HANGING = new Set(['VERB', 'ADP', 'PART', 'SCONJ']);
