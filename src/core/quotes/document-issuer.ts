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
import { DOCUMENT_NOUNS, ISSUING_VERBS } from './cues.ts';
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
    while (j <= last && view.tokens[j]!.pos === 'ADJ') j++;
    const noun = view.tokens[j]?.lower ?? '';
    if (j > last || !DOCUMENT_NOUNS.has(noun)) continue;
    const before = view.tokens[k - 1]?.lower ?? '';
    const verb = ISSUING_VERBS.has(before) ? k - 1 : -1;
    found.push({ noun: noun.replace(/s$/, ''), at: j, issued: before === 'in' || verb >= 0, verb });
  }
  return found;
}

const INTRODUCING = new Set(['a', 'an', 'its', 'his', 'her', 'their']);
