/**
 * A quote inside what a noun of speech says, owned by its speaker: "her
 * claim that she “never sent” classified mail", "Trump's pledge to be
 * “neutral”", "his warning that Britain would go to the “back of the
 * queue”". The owner said it, as surely as with "she claimed that …".
 * Tried only when no verb in the sentence reports the quote.
 */
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
    return owner && !reportedAfter(view, s) ? { subject: owner, noun: k } : null;
  }
  return null;
}

// Tokens back from the quote to the noun: "her argument that she is
// popular in states across the country, rather than just a".
const REACH = 25;

const SPEECH_NOUNS = new Set([
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

// "…a “regional” candidate, as Sanders’ campaign manager suggested": a verb
// after the quote in its sentence may report it; the noun before is then no
// sure owner.
function reportedAfter(view: TokenView, s: number): boolean {
  for (let k = view.inner[s]![1] + 1; k < view.tokens.length && !isTerminal(view, k); k++) {
    if (view.roles[k] === 'text' && isReportingVerb(view, k)) return true;
  }
  return false;
}
