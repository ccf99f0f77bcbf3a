/**
 * Documents a speaker issued, which a later "the statement said" goes on
 * quoting: "Ukraine's General Staff, in a statement on Telegram, said …"
 * then "“…,” the statement said." is the General Staff's, as "the General
 * Staff statement said" is. Only a document the speaker said something in
 * ("in a statement") or put out ("issued a statement") counts; one that is
 * only mentioned ("criticised a statement from Kyiv") belongs to someone
 * else, and from then on "the statement" is that one, whose issuer the
 * reader does not know.
 */
import { isFiniteVerb } from './bare-clause.ts';
import { DOCUMENT_NOUNS, ISSUING_VERBS } from './cues.ts';
import { chunkRight, POSSESSIVE_DETERMINERS, skipFillers, type Range } from './noun-phrase.ts';
import type { TokenView } from './token-view.ts';

/** A document introduced with "a" or a possessive: its noun in the singular, and its token. */
export interface DocumentMention {
  noun: string;
  at: number;
  /** Said in or put out by the speaker of its sentence ("in a statement", "issued a statement"). */
  issued: boolean;
  /** The verb that put it out ("issued"), or -1. */
  verb: number;
}

/** The documents the tokens `first`..`last` introduce. */
export function documentMentions(view: TokenView, first: number, last: number): DocumentMention[] {
  const found: DocumentMention[] = [];
  for (let k = first; k < last; k++) {
    if (view.roles[k] !== 'text' || !INTRODUCING.has(view.tokens[k]!.lower)) continue;
    let j = k + 1;
    // "its daily intelligence update": adjectives and nouns before the document's.
    while (j <= last && (view.tokens[j]!.pos === 'ADJ' || view.tokens[j]!.pos === 'NOUN') && !DOCUMENT_NOUNS.has(view.tokens[j]!.lower)) j++;
    const noun = view.tokens[j]?.lower ?? '';
    if (j > last || !DOCUMENT_NOUNS.has(noun)) continue;
    // "The statement from the Russian defence ministry": "the" introduces one whose issuer follows.
    if (view.tokens[k]!.lower === 'the' && !ISSUED_BY.has(view.tokens[j + 1]?.lower ?? '')) continue;
    const before = view.tokens[k - 1]?.lower ?? '';
    const verb = ISSUING_VERBS.has(before) ? k - 1 : -1;
    found.push({ noun: noun.replace(/s$/, ''), at: j, issued: before === 'in' || verb >= 0, verb });
  }
  return found;
}

const INTRODUCING = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);
/** The words before a document's issuer: "a statement from the Kremlin", "a letter by 200 Republicans". */
export const ISSUED_BY: ReadonlySet<string> = new Set(['from', 'by']);

/**
 * "In its morning update, the General Staff reported …": the subject of the
 * main clause after a sentence-opening "In its …" phrase that holds the
 * document at `d`, which that subject put out. Null for any other shape.
 */
export function openingIssuer(view: TokenView, d: DocumentMention): Range | null {
  const comma = d.at + 1;
  if (view.tokens[comma]?.text !== ',') return null;
  let k = d.at - 1;
  while (k >= 0 && (view.tokens[k]!.pos === 'ADJ' || view.tokens[k]!.pos === 'NOUN')) k--;
  const start = view.sentences[view.sentenceOf[d.at]!]![0];
  if (k - 1 !== start || !POSSESSIVE_DETERMINERS.has(view.tokens[k]!.lower) || view.tokens[k - 1]!.lower !== 'in') return null;
  const last = view.sentences[view.sentenceOf[d.at]!]![1];
  const subject = chunkRight(view, comma + 1, last);
  return subject && isFiniteVerb(view.tokens[skipFillers(view, subject[1] + 1, last, 1)]) ? subject : null;
}
