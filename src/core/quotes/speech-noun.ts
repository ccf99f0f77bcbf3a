/**
 * A quote inside what a noun of speech says, owned by its speaker: "her
 * claim that she “never sent” classified mail", "Trump's pledge to be
 * “neutral”", "his warning that Britain would go to the “back of the
 * queue”". The owner said it, as surely as with "she claimed that …".
 * Tried only when no verb in the sentence reports the quote, or when the
 * verb attacks the claim ("rejected Hale's claim that …").
 */
import { ATTACKING_VERBS } from './cues.ts';
import { chunkLeft, chunkRight, isPossessive, POSSESSIVE_DETERMINERS, type Range } from './noun-phrase.ts';
import { isPersonWord } from './people-words.ts';
import { isReportingVerb } from './reporting-clause.ts';
import { isTerminal, type TokenView } from './token-view.ts';

/** The owner of the noun of speech whose words hold span `s`, and the noun; null when there is none. */
export function speechNounOwner(view: TokenView, s: number, b0: number, b1: number): { subject: Range; noun: number } | null {
  for (let k = b1; k >= b0 && b1 - k < REACH; k--) {
    const t = view.tokens[k]!;
    // "her claim that the man, described as “the Fox,” …": a verb between
    // the noun and the quote says more of the quote than the noun does.
    if (isReportingVerb(view, k)) return null;
    if (t.pos !== 'NOUN' || !SPEECH_NOUNS.has(t.lower) || !opensContent(view, k, b1)) continue;
    const owner = ownerBefore(view, k, b0);
    return owner && !reportedAfter(view, s) && !isAttacked(view, b0, owner[0]) ? { subject: owner, noun: k } : null;
  }
  return null;
}

/**
 * After a verb that attacks what it reports ("Voters rejected Tom Hale's
 * claim that the plan was “a success”"), a quote inside an owned noun of
 * speech is the owner's words, not the verb subject's. Returns the owner
 * when it is a name or description with "'s"; undefined when the object is
 * such a noun but its owner is a pronoun, which might be the subject itself
 * ("Lee mocked her claim"), or no one ("rejected the claim that"); null when
 * the words between verb and quote are no such object. "dismissed Hale's
 * claim … as “nonsense”" is the dismisser's word.
 */
export function attackedClaimOwner(view: TokenView, verb: number, b1: number): { subject: Range; noun: number } | null | undefined {
  for (let k = verb + 1; k <= b1 && k - verb <= REACH; k++) {
    const t = view.tokens[k]!;
    if (t.pos !== 'NOUN' || !SPEECH_NOUNS.has(t.lower) || !opensContent(view, k, b1)) continue;
    for (let j = k + 1; j <= b1; j++) if (view.roles[j] === 'text' && view.tokens[j]!.lower === 'as') return null;
    const owner = ownerBefore(view, k, verb + 1);
    return owner && !POSSESSIVE_DETERMINERS.has(view.tokens[owner[0]]!.lower) ? { subject: owner, noun: k } : undefined;
  }
  return null;
}

// Tokens back from the quote to the noun: "her argument that she is
// popular in states across the country, rather than just a".
const REACH = 25;

/** Nouns that name something said: "claim", "remarks", "suggestion". */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'assertion', 'assertions', 'statement', 'statements', 'promise', 'promises', 'pledge', 'pledges',
  'vow', 'vows', 'insistence', 'admission', 'remark', 'remarks', 'comment', 'comments', 'warning', 'warnings',
  'suggestion', 'argument', 'accusation', 'accusations', 'charge', 'boast', 'contention', 'declaration',
  'prediction', 'predictions', 'complaint', 'allegation', 'allegations', 'description', 'characterization',
]);

// The noun's content follows it: "claim that", "pledge to", "promise of",
// "comment that, “…”", or the quote itself ("his promise, “…”").
function opensContent(view: TokenView, k: number, b1: number): boolean {
  const next = view.tokens[k + 1]!;
  return k === b1 || CONTENT_WORDS.has(next.lower) || (next.text === ',' && k + 1 === b1);
}

const CONTENT_WORDS = new Set(['that', 'to', 'of']);

// "his", "her", "their", "its", or a name or description with "'s" ("Donald
// Trump's"), with up to two words between it and the noun ("her March
// comment", "Trump's controversial pledge"). "the claim" has no owner.
function ownerBefore(view: TokenView, k: number, b0: number): Range | null {
  for (let j = k - 1; j >= b0 && k - j <= 3; j--) {
    const t = view.tokens[j]!;
    if (POSSESSIVE_DETERMINERS.has(t.lower) && t.pos === 'PRON') return othersBefore(view, j) ? null : [j, j];
    if (isPossessive(t.text)) return j - 1 >= b0 ? chunkLeft(view, j - 1, b0) : null;
    if (!MODIFIER_TAGS.has(t.pos)) return null;
  }
  return null;
}

const MODIFIER_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

// "Critics attacked Tom Ruiz over his claim that …": "his" may be Ruiz,
// whom no rule for pronouns finds, since he is no one's subject. A person
// named in the sentence before the owner, other than its opening subject
// and what an appositive says of it ("Madeleine Albright, a Clinton
// supporter, …"), leaves the owner unsure.
function othersBefore(view: TokenView, j: number): boolean {
  const start = view.sentences[view.sentenceOf[j]!]![0];
  const subject = chunkRight(view, start, j - 1);
  let k = subject ? subject[1] + 1 : start;
  if (subject && view.tokens[k]?.text === ',') {
    let close = k + 1;
    while (close < j && view.tokens[close]!.text !== ',') close++;
    if (close < j) k = close + 1;
  }
  for (; k < j; k++) {
    const t = view.tokens[k]!;
    if (view.roles[k] === 'text' && (t.pos === 'PROPN' || isPersonWord(t.lower))) return true;
  }
  return false;
}

// "Ann Lee mocked her claim that …": "her" is someone else, whom no rule
// for pronouns can tell from Lee (attackedClaimOwner).
function isAttacked(view: TokenView, b0: number, owner: number): boolean {
  for (let j = b0; j < owner; j++) if (ATTACKING_VERBS.has(view.tokens[j]!.lower)) return true;
  return false;
}

// "…a “regional” candidate, as Sanders’ campaign manager suggested": a verb
// after the quote in its sentence may report it; the noun before is then no
// sure owner.
function reportedAfter(view: TokenView, s: number): boolean {
  for (let k = view.inner[s]![1] + 1; k < view.tokens.length && !isTerminal(view, k); k++) {
    if (view.roles[k] === 'text' && isReportingVerb(view, k)) return true;
  }
  return false;
}
