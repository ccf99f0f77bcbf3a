/**
 * Subjects that stand for people the text does not name: "“…,” another
 * said", "said a third", "One said", "Some said". The words are someone's,
 * and not the speaker's before: news writes "another" precisely because it
 * is someone else. Who, the text does not say, so the speaker stays unknown
 * and the phrase is kept as written.
 *
 * So is a share of people it names with a pronoun: "one of them", "two of
 * us". Otherwise only the word alone: "another soldier", "one of the
 * residents" and "some officials" are descriptions, read as any other.
 * "The former" and "the latter" point back at people the text named, whom
 * the reader finds only when it named them together (see
 * ArticleEntities.pairMember()); otherwise they too are no one it names.
 */
import { chunkRight, type Range } from './noun-phrase.ts';
import { namesPeople } from './people-words.ts';
import type { TokenView } from './token-view.ts';

/** Words that may stand alone, their noun left out ("another said"). */
export const LONE_WORDS: ReadonlySet<string> = new Set(['one', 'another', 'some', 'many', 'both', 'each', 'several', 'others', 'either']);

// After "a" or "the": "a third said", "the other said", "the former said".
const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'other', 'others', 'former', 'latter']);

// The one person each stands for; "some", "many", "both", "several" and "others" are several.
const SINGULAR = new Set(['one', 'another', 'each', 'either', 'second', 'third', 'fourth', 'fifth', 'sixth', 'other', 'former', 'latter']);

/** True when tokens `a`..`b` (a phrase the chunker read whole) are such a subject. */
export function isUnnamedOne(view: TokenView, [a, b]: Range): boolean {
  if (!opensClause(view, a)) return false;
  if (a === b) return LONE_WORDS.has(view.tokens[a]!.lower);
  if (b === a + 2) return isShare(view, a) && SHARE_PRONOUNS.has(view.tokens[b]!.lower);
  return b === a + 1 && ARTICLES.has(view.tokens[a]!.lower) && ORDINALS.has(view.tokens[b]!.lower);
}

/** Such a subject starting at token `k` ("said another", "said a third", "one of them said"), or null. */
export function unnamedOneAt(view: TokenView, k: number, end: number): Range | null {
  if (k > end || view.roles[k] !== 'text') return null;
  for (const b of [k + 2, k, k + 1]) {
    if (b <= end && view.roles[b] === 'text' && isUnnamedOne(view, [k, b])) return [k, b];
  }
  return null;
}

/** Such a subject ending at token `j` ("another said", "A third said", "one of them said"), or null. */
export function unnamedOneEndingAt(view: TokenView, j: number): Range | null {
  if (j < 0 || view.roles[j] !== 'text') return null;
  for (const a of [j - 2, j - 1, j]) {
    if (a >= 0 && view.roles[a] === 'text' && isUnnamedOne(view, [a, j])) return [a, j];
  }
  return null;
}

/**
 * "one of the officials", "one of them": a share of people, from the word
 * at `k` through the people; null when `k` opens no such phrase. The
 * phrase reader stops at "of".
 */
export function shareOfPeopleAt(view: TokenView, k: number, end: number): Range | null {
  if (!isShare(view, k) || view.tokens[k + 1]?.lower !== 'of' || view.roles[k + 1] !== 'text') return null;
  // "one of those advisers" before "one of those".
  const people = chunkRight(view, k + 2, end);
  if (people && namesPeople(view.tokens[people[1]]!.lower)) return [k, people[1]];
  return k + 2 <= end && SHARE_PRONOUNS.has(view.tokens[k + 2]!.lower) ? [k, k + 2] : null;
}

/** True when the subject at `range` is one person ("another", "a third", "one of them"), not several ("some", "others"). */
export function isSingularUnnamed(view: TokenView, [a, b]: Range): boolean {
  return SINGULAR.has(view.tokens[b === a + 2 ? a : b]!.lower);
}

// "one of", "some of", "two of".
function isShare(view: TokenView, k: number): boolean {
  const t = view.tokens[k];
  return !!t && view.roles[k] === 'text' && (LONE_WORDS.has(t.lower) || (t.pos === 'NUM' && /^\p{Ll}+$/u.test(t.text)));
}

const SHARE_PRONOUNS = new Set(['them', 'us', 'those']);

const ARTICLES = new Set(['a', 'the']);

// "Edwards and others said" names Edwards. After a noun, a pronoun or an
// auxiliary the word floats off the subject ("The Times and the Post each
// called it", "Trump and Sanders have both argued"),
// and after a relative pronoun it opens an aside ("the announcement, which
// some have argued was …, was an “insult”"), whose end the reader of
// reported speech does not find, so its "some" would take the quotes after.
// Prepositions take objects ("according to some").
function opensClause(view: TokenView, a: number): boolean {
  const prev = view.tokens[a - 1];
  if (!prev || view.roles[a - 1] !== 'text') return true;
  return !NOT_OPENING.has(prev.lower) && !NOT_BEFORE_SUBJECT.has(prev.pos);
}

const NOT_BEFORE_SUBJECT = new Set(['ADP', 'NOUN', 'PROPN', 'PRON', 'AUX']);

const NOT_OPENING = new Set(['and', 'or', 'nor', '&']);

