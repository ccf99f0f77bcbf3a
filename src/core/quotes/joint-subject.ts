/**
 * Speakers who say something together: "Ann Lee and Bob Stone said",
 * "…,” said Ann Lee and Bob Stone", "Mr. Tribe, Ms. Epstein and Mr. Amar
 * agreed". The subject phrase found before or after a reporting verb is one
 * member of such a list; giving the quote to that member alone would say
 * one person said what several did. The whole list is the speaker, named
 * as the text names it.
 */
import { ASIDE_DASHES, KIN_NOUNS } from './cues.ts';
import { givenNameGender } from './given-names.ts';
import { nameKey } from './name-key.ts';
import type { Mention } from './mention.ts';
import { chunkLeft, chunkRight, isPossessive, POSSESSIVE_DETERMINERS, type Range } from './noun-phrase.ts';
import { SUBORDINATORS } from './dependent-verb.ts';
import { isCapitalised, isTaggedPast, isTerminal, type TokenView } from './token-view.ts';

/** What reads one member of the list: collect-mentions.ts's mentionAt(), passed in to keep the modules apart. */
export type ReadMention = (view: TokenView, range: Range) => Mention | null;

/**
 * The list of speakers that `subject` (read as `own`) belongs to, as a
 * token range, and whether every member is named; null when `subject`
 * stands alone. A list with a pronoun in it ("he and Lee said") has members
 * the text names only through other sentences, so it names no one here:
 * `named` is false.
 */
export function jointSubject(view: TokenView, subject: Range, own: Mention, read: ReadMention): { range: Range; named: boolean } | null {
  const found = membersBefore(view, subject, own, read) ?? membersAfter(view, subject, own, read);
  return found && { range: [found.start, found.end], named: own.kind !== 'pronoun' && found.named };
}

/** The mention of a joint subject: a group that a later "they" can find, named as written. */
export function jointMention(written: string): Mention {
  return { kind: 'description', written, name: written, descriptors: [], group: true, gender: null, head: 'and', personEvidence: true, orSurname: false };
}

interface Members {
  start: number;
  end: number;
  named: boolean;
}

// "Ann Lee and [Bob Stone]", "Foner, Alba and [Ruiz]", "Foner, Alba, and
// [Ruiz]": members joined to the subject from the left. The list must open
// a clause (see opensClause()): in "Lee thanked Ruiz and Stone said", Ruiz
// is thanked, and Stone speaks alone.
function membersBefore(view: TokenView, subject: Range, own: Mention, read: ReadMention): Members | null {
  const first = subject[0];
  if (!isAnd(view, first - 1)) return null;
  let k = first - 2;
  // The serial comma: "Lee, Ruiz, and Stone".
  if (view.tokens[k]?.text === ',') k--;
  let start = -1;
  let named = true;
  for (;;) {
    const member = k >= 0 ? chunkLeft(view, k, 0) : null;
    const mention = member && read(view, member);
    // "that Russian forces liberated Gornal, and Gerasimov said": a clause, not a member.
    if (!member || !mention || hasTaggedPast(view, member)) return null;
    if (start < 0 && stacksRoles(view, mention, subject, own)) return null;
    named &&= mention.kind !== 'pronoun';
    start = member[0];
    if (view.tokens[start - 1]?.text !== ',') break;
    // "In Ohio, Lee and Stone said", "After meeting Trump, Cruz and Rubio
    // said": the phrase before a comma is a member only when it opens the
    // clause itself; otherwise the comma ends a phrase, and the list starts after it.
    const before = chunkLeft(view, start - 2, 0);
    if (!before || !opensList(view, before[0]) || !read(view, before)) break;
    k = start - 2;
  }
  return opensClause(view, start) ? { start, end: subject[1], named } : null;
}

// "…,” said [Ann Lee] and Bob Stone.": a member after the subject of an
// inverted verb, where the clause ends. "said Lee and Stone agreed" is
// another clause.
function membersAfter(view: TokenView, subject: Range, own: Mention, read: ReadMention): Members | null {
  if (!isAnd(view, subject[1] + 1)) return null;
  const member = chunkRight(view, subject[1] + 2, view.tokens.length - 1);
  const mention = member && read(view, member);
  if (!member || !mention || stacksRoles(view, own, member, mention)) return null;
  const next = member[1] + 1;
  const ends = next >= view.tokens.length || isTerminal(view, next) || view.tokens[next]!.text === ',' || view.roles[next] !== 'text';
  return ends ? { start: subject[0], end: member[1], named: mention.kind !== 'pronoun' } : null;
}

// "The Democratic front-runner and former secretary of state said",
// "Former prosecutor and New York City Mayor Rudy Giuliani", "Yahoo News
// and former TV network anchor Katie Couric": roles stacked on one person,
// whom the phrase after "and" names or describes with no determiner of its
// own. Two people each take their own ("the mayor and the governor"), and a
// name before "and" is someone of its own ("Lee and former governor Tom
// Hale"), as is a bare name or a pronoun after it ("the governor and Ann
// Lee", "the mayor and he").
function stacksRoles(view: TokenView, left: Mention, right: Range, rightMention: Mention): boolean {
  if (left.kind === 'name' || rightMention.kind === 'pronoun' || hasDeterminer(view, right)) return false;
  if (rightMention.kind === 'name' && rightMention.descriptors.length === 0) return false;
  if (left.kind === 'description' && !left.group) return true;
  return rightMention.kind === 'name' && !isCapitalised(view.tokens[right[0]]!);
}

function hasDeterminer(view: TokenView, [a, b]: Range): boolean {
  const first = view.tokens[a]!;
  if (first.pos === 'DET' || POSSESSIVE_DETERMINERS.has(first.lower)) return true;
  for (let k = a; k <= b; k++) if (isPossessive(view.tokens[k]!.text)) return true;
  return false;
}

function hasTaggedPast(view: TokenView, [a, b]: Range): boolean {
  for (let k = a + 1; k <= b; k++) if (isTaggedPast(view, k)) return true;
  return false;
}

function isAnd(view: TokenView, k: number): boolean {
  return view.tokens[k]?.lower === 'and' && view.roles[k] === 'text';
}

// The word before the list: the sentence's start, a comma, a dash (a
// dateline's), a quotation mark (the list closing a quote), "both", or a
// word that opens a clause ("that", "when"). After a verb or a preposition
// the list is an object.
function opensClause(view: TokenView, start: number): boolean {
  if (opensList(view, start)) return true;
  const lower = view.tokens[start - 1]!.lower;
  return SUBORDINATORS.has(lower) || ((lower === 'and' || lower === 'but') && view.tokens[start - 2]?.text === ',');
}

// Where a list's first member may stand when a comma follows it: "When
// Lee, Stone and Ruiz said" is rare beside "After meeting Trump, Cruz and
// Rubio said", so after a subordinator the comma ends the clause instead.
function opensList(view: TokenView, start: number): boolean {
  const prev = view.tokens[start - 1];
  if (!prev || view.sentenceOf[start - 1] !== view.sentenceOf[start]) return true;
  if (view.roles[start - 1] === 'mark') return closesClause(view, start - 1);
  return view.roles[start - 1] === 'text' && LIST_OPENERS.has(prev.lower);
}

// "…,” Lee and Stone said" follows a quote that ends its clause; in "the
// nation's “broken” campaign finance system and he" the quote is a word
// inside a phrase.
function closesClause(view: TokenView, mark: number): boolean {
  let k = mark;
  while (k >= 0 && view.roles[k] === 'mark') k--;
  const last = view.tokens[k];
  return !last || last.text === ',' || isTerminal(view, k);
}

const LIST_OPENERS = new Set([',', ';', 'both', 'that', ...ASIDE_DASHES]);

/**
 * The last member of the list that `first` opens ("…,” [Ann Lee], Tom Hale
 * and Bob Stone said"), or null when no "and" ends one: the verb after a
 * quote follows the whole list. Members after commas count only with the
 * "and" still to come, so "Ann Lee, the mayor, said" is no list.
 */
export function lastMember(view: TokenView, first: Range, upper: number): Range | null {
  let member = first;
  for (let members = 1; members < LONGEST_LIST; members++) {
    const j = member[1] + 1;
    const serial = view.tokens[j]?.text === ',' && isAnd(view, j + 1);
    const joiner = serial ? j + 1 : j;
    if (isAnd(view, joiner)) return chunkRight(view, joiner + 1, upper);
    if (view.tokens[j]?.text !== ',') return null;
    const next = chunkRight(view, j + 1, upper);
    if (!next) return null;
    member = next;
  }
  return null;
}

const LONGEST_LIST = 6;

/**
 * "Khizr and Ghazala Khan", "Bill and Hillary Clinton": a lone first name
 * before "and" shares the surname after it, so the article knows two
 * people of that surname, not a "Khizr" and one Khan. Only when the word is
 * known as a first name, or the pair follows a word for family ("the
 * parents, Khizr and …", "brothers David and …"): "Clinton and Bernie
 * Sanders" is two surnames.
 */
export function withSharedSurname(view: TokenView, [first, last]: Range, partner: Mention | null, mention: Mention): Mention {
  const surname = partner?.kind === 'name' ? partner.name.split(' ') : [];
  if (first !== last || surname.length < 2 || mention.kind !== 'name' || !isCapitalised(view.tokens[first]!)) return mention;
  if (!givenNameGender(nameKey(mention.name)) && !followsFamilyWord(view, first)) return mention;
  return { ...mention, name: `${mention.name} ${surname.at(-1)}`, personEvidence: true, orSurname: false };
}

// "the parents, Khizr and …", "brothers David and …", "the couple, …".
function followsFamilyWord(view: TokenView, first: number): boolean {
  const before = view.tokens[first - 1]?.text === ',' ? first - 2 : first - 1;
  const word = view.tokens[before]?.lower ?? '';
  return FAMILY_GROUPS.has(word) || (word.endsWith('s') && KIN_NOUNS.has(word.slice(0, -1)));
}

const FAMILY_GROUPS = new Set(['couple', 'children', 'twins']);
