/**
 * Speech someone else witnessed or relays: "Mitchell recalled the president
 * telling him …", "Lee heard a soldier shouting …", "Reuters quoted the
 * minister as saying …". The object of the witnessing verb is the one who
 * spoke, not its subject, who only remembers, heard or quotes the words.
 */
import { WITNESSING_VERBS } from './cues.ts';
import { chunkLeft, chunkRight, isNominalWord, wordBeforePhrase, type Range } from './noun-phrase.ts';
import { isReportingVerb } from './reporting-clause.ts';
import type { TokenView } from './token-view.ts';

/**
 * For the -ing verb of speech at `k` ("telling", "saying"), the object of a
 * witnessing verb right before it ("recalled the president telling"), or
 * null when that is not the shape.
 */
export function witnessedBefore(view: TokenView, k: number, lower: number): Range | null {
  if (!view.tokens[k]!.lower.endsWith('ing')) return null;
  const as = view.tokens[k - 1]?.lower === 'as';
  const object = chunkLeft(view, as ? k - 2 : k - 1, lower);
  if (!object) return null;
  const v = wordBeforePhrase(view, object);
  if (v < lower) return null;
  // "told of a soldier saying", "spoke of her father telling her": a verb's "of" names whom the words are told of.
  if (view.tokens[v]!.lower === 'of' && view.roles[v] === 'text') return view.tokens[v - 1]?.pos === 'VERB' && v - 1 >= lower ? object : null;
  return isWitnessing(view, v) ? object : null;
}

/**
 * After the witnessing verb at `v` ("…,” Mitchell recalled the president
 * telling him."), the object that spoke, or null when no -ing verb of speech
 * follows it within `upper`.
 */
export function witnessedAfter(view: TokenView, v: number, upper: number): Range | null {
  if (!isWitnessing(view, v)) return null;
  const object = chunkRight(view, v + 1, upper);
  if (!object) return null;
  const next = view.tokens[object[1] + 1]?.lower === 'as' ? object[1] + 2 : object[1] + 1;
  return next <= upper && view.tokens[next]!.lower.endsWith('ing') && isReportingVerb(view, next) ? object : null;
}

function isWitnessing(view: TokenView, v: number): boolean {
  const verb = view.tokens[v]!;
  return view.roles[v] === 'text' && WITNESSING_VERBS.has(verb.lower) && verb.pos === 'VERB' && !isNominalWord(verb);
}
