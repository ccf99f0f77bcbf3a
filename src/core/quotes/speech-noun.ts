/**
 * A quote inside what a noun of speech says, owned by its speaker: "her
 * claim that she “never sent” classified mail", "Trump's pledge to be
 * “neutral”", "his warning that Britain would go to the “back of the
 * queue”". The owner said it, as surely as with "she claimed that …".
 * Tried only when no verb in the sentence reports the quote, or when the
 * verb attacks the claim ("rejected Hale's claim that …").
 */
import { ASIDE_DASHES, ATTACKING_VERBS, BE_FORMS } from './cues.ts';
import { chunkLeft, chunkRight, isPossessive, POSSESSIVE_DETERMINERS, type Range } from './noun-phrase.ts';
import { isPersonWord } from './people-words.ts';
import { isReportingVerb } from './reporting-clause.ts';
import { afterSpan, isCapitalised, isTerminal, type TokenView } from './token-view.ts';

/** The owner of the noun of speech whose words hold span `s`, and the noun; null when there is none. */
export function speechNounOwner(view: TokenView, s: number, b0: number, b1: number): { subject: Range; noun: number } | null {
  for (let k = b1; k >= b0 && b1 - k < REACH; k--) {
    const t = view.tokens[k]!;
    // "her claim that the man, described as “the Fox,” …": a verb between
    // the noun and the quote says more of the quote than the noun does.
    if (isReportingVerb(view, k)) return null;
    if (t.pos !== 'NOUN' || !((SPEECH_NOUNS.has(t.lower) && opensContent(view, k, b1)) || saysWhatFollows(view, k, b1))) continue;
    const owner = ownerBefore(view, k, b0);
    return owner && !reportedAfter(view, s) && !isAttacked(view, b0, owner[0]) ? { subject: owner, noun: k } : null;
  }
  return null;
}

/**
 * After a verb ("Voters rejected Tom Hale's claim that the plan was “a
 * success”", "Lee said in response to Hale's claim that it was “a
 * shambles”"), a quote inside an owned noun of speech is the owner's words,
 * not the verb subject's. Returns the owner when it is a name or
 * description with "'s"; undefined when the words between verb and quote
 * hold such a noun but its owner is a pronoun, which might be the subject
 * itself ("Lee mocked her claim"), or no one ("rejected the claim that");
 * null when they hold no such noun. "dismissed Hale's claim … as
 * “nonsense”" is the dismisser's word.
 */
export function claimOwnerAfter(view: TokenView, verb: number, b1: number): { subject: Range; noun: number } | null | undefined {
  for (let k = verb + 1; k <= b1 && k - verb <= REACH; k++) {
    const t = view.tokens[k]!;
    if (t.pos !== 'NOUN' || !SPEECH_NOUNS.has(t.lower) || !opensContent(view, k, b1)) continue;
    for (let j = k + 1; j <= b1; j++) if (view.roles[j] === 'text' && view.tokens[j]!.lower === 'as') return null;
    const owner = ownerBefore(view, k, verb + 1);
    return owner && !POSSESSIVE_DETERMINERS.has(view.tokens[owner[0]]!.lower) ? { subject: owner, noun: k } : undefined;
  }
  return null;
}

/**
 * A quote right after a noun of speech or writing that a name owns ("Ruiz's
 * question, “…”", "a question from Ruiz: “…”", "Ruiz's remark — “…” —")
 * is that noun's content, whatever verb governs the noun: in "Lee answered
 * Ruiz's question, “Is it ready?”" the question is Ruiz's. Returns the
 * owner; null for a question whose quote asks nothing ("answered Ruiz's
 * question, “Yes.”" may be the answer); undefined when that is not the
 * shape, or the owner is "his" or "her", who may be the subject itself.
 */
export function ownedNounContent(view: TokenView, s: number, b0: number, b1: number): { subject: Range; noun: number } | null | undefined {
  // Without a mark between, the noun may be the subject of the quoted words
  // ("Ruiz's comment “was unfair”"); "Russia's claim that “…”" has "that".
  const that = view.tokens[b1]!.lower === 'that' && view.roles[b1] === 'text';
  if (!CONTENT_MARKS.has(view.tokens[b1]!.text) && !that) return undefined;
  let k = b1 - 1;
  // "a question from Ruiz:": the author's name follows the noun.
  let j = k;
  while (j > b0 && view.tokens[j]!.pos === 'PROPN') j--;
  const author: Range | null = j < k && AUTHOR_WORDS.has(view.tokens[j]!.lower) ? [j + 1, k] : null;
  if (author) k = j - 1;
  else k = beforeListener(view, k, b0);
  const t = view.tokens[k];
  if (k <= b0 || !t || t.pos !== 'NOUN' || view.roles[k] !== 'text' || !(SPEECH_NOUNS.has(t.lower) || CONTENT_NOUNS.has(t.lower))) return undefined;
  const owner = author ?? namedOwnerBefore(view, k, b0);
  // "Lee said the claim that “…” is false": a claim no one is named as making is no one's.
  if (!owner) return that && CLAIM_NOUNS.has(t.lower) && view.tokens[k - 1]?.lower === 'the' ? null : undefined;
  if (QUESTION_NOUNS.has(t.lower) && view.tokens[view.inner[s]![1]]!.text !== '?') return null;
  return { subject: owner, noun: k };
}

/**
 * A quote that goes on a claim's "that" clause ("Responding to the claim
 * that the region was “fully liberated,” Podolyak said …", "Hale's
 * assertion that Kyiv had “lost the war” drew scorn") is the claim's
 * wording, whoever speaks after it. Returns the owner when a name with "'s"
 * gives one; null for a claim no one is named as making ("the claim", "a
 * claim"); undefined when the quote is in no such clause, or the owner is
 * "his" or "her". The clause must hold its subject and at most one verb
 * group, ending at the quote: in "the claim that Lee lied was “absurd”" the
 * quote is what is said of the claim.
 */
export function claimClauseContent(view: TokenView, b0: number, b1: number): { subject: Range; noun: number } | null | undefined {
  for (let k = b1 - 1; k > b0 && b1 - k <= REACH; k--) {
    const t = view.tokens[k]!;
    if (view.roles[k] !== 'text' || t.text === ',' || t.text === ';' || isReportingVerb(view, k)) return undefined;
    if (t.pos !== 'NOUN' || !SPEECH_NOUNS.has(t.lower) || view.tokens[k + 1]!.lower !== 'that') continue;
    if (k + 2 > b1 || !oneVerbGroupToEnd(view, k + 2, b1)) return undefined;
    // "said in a statement that …": the means of a verb of speech, whose "that" clause it is.
    if (MEANS.has(view.tokens[k - 2]?.lower ?? '') || MEANS.has(view.tokens[k - 1]?.lower ?? '')) return undefined;
    const owner = ownerBefore(view, k, b0);
    if (owner) return POSSESSIVE_DETERMINERS.has(view.tokens[owner[0]]!.lower) ? undefined : { subject: possessorAfterThing(view, owner), noun: k };
    return UNOWNED_DETERMINERS.has(view.tokens[k - 1]!.lower) ? null : undefined;
  }
  return undefined;
}

// "the fallout from Ann Lee's conclusion": the chunker keeps "from Ann Lee"
// on "fallout", but the conclusion is hers. Not past a title ("Secretary of
// State John Kerry") or a word for people ("a lawyer for Ann Lee").
function possessorAfterThing(view: TokenView, [a, b]: Range): Range {
  for (let j = b - 1; j > a; j--) {
    const before = view.tokens[j - 1]!;
    if (view.tokens[j]!.pos === 'ADP' && before.pos === 'NOUN' && !isCapitalised(before) && !isPersonWord(before.lower)) return [j + 1, b];
  }
  return [a, b];
}

const UNOWNED_DETERMINERS = new Set(['the', 'a', 'an']);
const MEANS = new Set(['in', 'with', 'through', 'via']);

// "the region was", "Russian troops had": a subject, then no verb or one
// group of verbs that runs to the quote. A new group starts at any verb that
// does not follow an auxiliary ("Lee lied was" is two).
function oneVerbGroupToEnd(view: TokenView, a: number, b: number): boolean {
  let groups = 0;
  for (let k = a; k <= b; k++) {
    const t = view.tokens[k]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') {
      if (groups > 0 && t.pos !== 'ADV' && t.pos !== 'PART') return false;
      continue;
    }
    if (k === a) return false;
    if (view.tokens[k - 1]!.pos !== 'AUX' || groups === 0) groups++;
    if (groups > 1) return false;
  }
  return true;
}

/**
 * A quoted phrase that names a claim ("Kyiv dismissed the “liberation”
 * claim", "rejected talk of “liberation”", "mocked the Kremlin's talk of
 * “liberation”") is the claim's wording, not the words of whoever speaks of
 * the claim. Returns the claim's owner when a name with "'s" gives one;
 * null when none does; undefined when the quote names no claim.
 */
export function claimWording(view: TokenView, s: number, b0: number, b1: number): { subject: Range; noun: number } | null | undefined {
  const after = afterSpan(view, s);
  const next = view.tokens[after];
  // "the “liberation” claim": the noun right after the closing mark.
  if (next && next.pos === 'NOUN' && CLAIM_NOUNS.has(next.lower) && view.roles[after] === 'text') {
    const mark = b1;
    return ownerOf(view, isPossessive(view.tokens[mark]?.text ?? '') && mark - 1 >= b0 ? chunkLeft(view, mark - 1, b0) : null, after);
  }
  // "talk of “liberation”", "claims of a “complete defeat”": the noun and
  // "of" or "about", with an article at most, right before the quote.
  const link = view.tokens[b1]!.pos === 'DET' && b1 > b0 ? b1 - 1 : b1;
  const noun = link - 1;
  if (noun < b0 || !CLAIM_LINKS.has(view.tokens[link]!.lower) || view.tokens[noun]!.pos !== 'NOUN' || !CLAIM_NOUNS.has(view.tokens[noun]!.lower)) return undefined;
  // "the firm's claim of a “right to the water”": an owner that is no name
  // is left to the usual reading (speechNounOwner() finds the firm).
  const owner = possessorBefore(view, noun, b0);
  return owner && !isName(view, owner) ? undefined : ownerOf(view, owner, noun);
}

// "Putin's words to reporters:", "his message to the troops:": the token
// before a short phrase of whom the words were for, ending at `k`; `k`
// itself when there is none.
function beforeListener(view: TokenView, k: number, b0: number): number {
  if (view.tokens[k]!.pos !== 'NOUN' && view.tokens[k]!.pos !== 'PROPN') return k;
  for (let to = k - 1; to > b0 && k - to <= LISTENER_WORDS; to--) {
    const t = view.tokens[to]!;
    if (t.lower === 'to') return to - 1;
    if (!LISTENER_TAGS.has(t.pos)) return k;
  }
  return k;
}

const LISTENER_WORDS = 3;
const LISTENER_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

function ownerOf(view: TokenView, owner: Range | null, noun: number): { subject: Range; noun: number } | null {
  return owner && isName(view, owner) ? { subject: owner, noun } : null;
}

/** Nouns that name a claim as a whole, which a quoted phrase can label. */
const CLAIM_NOUNS = new Set(['claim', 'claims', 'talk', 'narrative', 'notion', 'rhetoric', 'story', 'allegation', 'allegations', 'assertion', 'assertions', 'charge', 'charges', 'label', 'slogan']);
const CLAIM_LINKS = new Set(['of', 'about']);

/** Nouns of a thing said or written whose content a quote can be, beyond SPEECH_NOUNS. */
const CONTENT_NOUNS = new Set(['question', 'questions', 'line', 'lines', 'phrase', 'words', 'letter', 'message', 'tweet', 'post', 'note', 'email', 'slogan', 'motto', 'quip', 'joke']);
const QUESTION_NOUNS = new Set(['question', 'questions']);
const CONTENT_MARKS = new Set([',', ':', ...ASIDE_DASHES]);
const AUTHOR_WORDS = new Set(['from', 'by']);

// "Ruiz's line", "Mia Ruiz's March letter": a name with "'s", up to two words before the noun.
function namedOwnerBefore(view: TokenView, k: number, b0: number): Range | null {
  const owner = possessorBefore(view, k, b0);
  return owner && isName(view, owner) ? owner : null;
}

// The phrase with "'s" up to two words before the noun at `k`, name or not.
function possessorBefore(view: TokenView, k: number, b0: number): Range | null {
  for (let j = k - 1; j > b0 && k - j <= 3; j--) {
    if (isPossessive(view.tokens[j]!.text)) return chunkLeft(view, j - 1, b0);
    if (!MODIFIER_TAGS.has(view.tokens[j]!.pos)) return null;
  }
  return null;
}

function isName(view: TokenView, phrase: Range): boolean {
  return view.tokens[phrase[1]]!.pos === 'PROPN';
}

/**
 * True when the quote after token `b1` is inside the "that" clause of the
 * noun of speech at `noun` ("Hale's claim that it was “a shambles”"), not
 * the predicate the noun is the subject of ("Hale's claim that Lee backs
 * amnesty is “simply not true”", "Hale's comments “show bias”"): the
 * clause holds one verb group, its own.
 */
export function inContentClause(view: TokenView, noun: number, b1: number): boolean {
  if (view.tokens[noun + 1]?.lower !== 'that') return false;
  let groups = 0;
  for (let k = noun + 2; k <= b1; k++) {
    const verb = view.tokens[k]!.pos === 'VERB' || view.tokens[k]!.pos === 'AUX';
    const previous = view.tokens[k - 1]!.pos === 'VERB' || view.tokens[k - 1]!.pos === 'AUX';
    if (verb && !previous) groups++;
  }
  return groups === 1;
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
  'recommendation', 'recommendations', 'conclusion', 'assessment', 'acknowledgment', 'acknowledgement',
]);

// The noun's content follows it: "claim that", "pledge to", "promise of",
// "comment that, “…”", or the quote itself ("his promise, “…”").
function opensContent(view: TokenView, k: number, b1: number): boolean {
  const next = view.tokens[k + 1]!;
  return k === b1 || CONTENT_WORDS.has(next.lower) || (next.text === ',' && k + 1 === b1);
}

// "Peskov's message was blunt: “…”", "His answer was short: “No.”": a noun
// of speech or of a reply, a form of "be" and only words on how it was
// said (the tagger reads some as verbs: "blunt"), then a colon before the
// quote, which is what was said.
function saysWhatFollows(view: TokenView, k: number, b1: number): boolean {
  const noun = view.tokens[k]!.lower;
  if (!(SPEECH_NOUNS.has(noun) || REPLY_NOUNS.has(noun)) || view.tokens[b1]!.text !== ':' || !BE_FORMS.has(view.tokens[k + 1]!.lower)) return false;
  for (let j = k + 2; j < b1; j++) if (!HOW_SAID_TAGS.has(view.tokens[j]!.pos)) return false;
  return true;
}

const REPLY_NOUNS = new Set(['message', 'reply', 'response', 'answer', 'verdict', 'advice', 'words']);
const HOW_SAID_TAGS = new Set(['ADJ', 'ADV', 'VERB']);

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
