/**
 * What a query that found nothing can be told: the words of it that no
 * source uses, and the parts of it, in the user's own words, that some
 * sources do cover ("ceasefire" for "ceasefire talks"). These are offered,
 * never answered with: a topic no source covers stays "not covered", so the
 * silent sources stay silent.
 *
 * @example
 * unusedWords(library, 'ceasefire talks', queryTerms('ceasefire talks')); // ['talks']
 * narrowerTopics(library, 'ceasefire talks', hits); // ['ceasefire']
 */
import type { Library } from './library.ts';
import { tokenize } from './nlp.ts';
import { findsTerm, termsOfToken } from './search-index.ts';

const MAX_NARROWER = 3;

/** A passage that holds some of the query's terms, and their share of its weight. */
export interface PartialHit {
  id: number;
  matchedTerms: string[];
  share: number;
}

/**
 * Words of the query (`terms` are `queryTerms(query)`, `closed` its
 * `closedForms`) that no source uses, not even as a typo or another form of
 * the word, as written.
 */
export function unusedWords(library: Library, query: string, terms: string[], closed?: ReadonlyMap<string, string>): string[] {
  const unused = new Set(terms.filter((t) => !findsTerm(library.index, t, closed)));
  const seen = new Set<string>();
  return wordsFor(query, unused).filter((w) => !seen.has(w.toLowerCase()) && seen.add(w.toLowerCase()));
}

/**
 * Parts of the query, as written, that some passage holds whole, from the
 * passages holding part of it: the weightiest first. A part of a weightier
 * one is left out: "North Korean" is not offered beside "North Korean Kursk".
 */
export function narrowerTopics(library: Library, query: string, hits: PartialHit[]): string[] {
  const groups = new Map<string, { terms: Set<string>; share: number; files: Set<string> }>();
  for (const hit of hits) {
    const key = [...hit.matchedTerms].sort().join(' ');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { terms: new Set(hit.matchedTerms), share: hit.share, files: new Set() }));
    group.files.add(library.passages[hit.id]!.file);
  }
  const ranked = [...groups.values()].sort((a, b) => b.share - a.share || b.files.size - a.files.size);
  const chosen: Array<Set<string>> = [];
  for (const group of ranked) {
    if (chosen.length === MAX_NARROWER) break;
    if (chosen.some((c) => [...group.terms].every((t) => c.has(t)))) continue;
    chosen.push(group.terms);
  }
  return chosen.map((terms) => wordsFor(query, terms).join(' '));
}

/**
 * The query's words whose terms are in `terms`, as written and in order.
 * Two kept words joined by punctuation alone ("cease-fire") stay one word.
 */
function wordsFor(query: string, terms: Set<string>): string[] {
  const words: Array<{ start: number; end: number }> = [];
  for (const token of tokenize(query)) {
    if (!termsOfToken(token).some((t) => terms.has(t))) continue;
    const last = words[words.length - 1];
    if (last && token.start > last.end && !/\s/.test(query.slice(last.end, token.start))) last.end = token.end;
    else words.push({ start: token.start, end: token.end });
  }
  return words.map((w) => query.slice(w.start, w.end));
}

/** "No source uses “talks” or “casualties”.": the sentence every front end shows for unused words. */
export function noSourceUses(words: string[]): string {
  const quoted = words.slice(0, 5).map((w) => `“${w}”`);
  const list = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : quoted[0];
  return `No source uses ${list}.`;
}
