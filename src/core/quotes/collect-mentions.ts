/**
 * Reads the names, organisations and group descriptions of one passage into
 * the article's entities, in one left-to-right walk, so that pronouns and
 * descriptions later in the article have something to refer to.
 */
import { INVERTING_VERBS, KIN_NOUNS } from './cues.ts';
import { isGerund, SUBORDINATORS } from './dependent-verb.ts';
import { describeMention, relationOf, type Mention } from './mention.ts';
import { chunkRight, endsInName, isNominalWord, type Range } from './noun-phrase.ts';
import type { ArticleEntities, Entity } from './resolve-mention.ts';
import { inHeadline, type TokenView } from './token-view.ts';

/** Adds every mention outside quotes in `view` to `entities`; `offset` turns passage offsets into body offsets. */
export function collectMentions(view: TokenView, entities: ArticleEntities, offset: number): void {
  // A description and a comma, waiting for a name: "Her father, Tom, …".
  let pendingDescription: Mention | null = null;
  let pendingKin = false;
  const votes = new GenderVotes(entities);
  for (let i = 0; i < view.tokens.length; i++) {
    votes.atSentence(view.sentenceOf[i]!);
    // A headline's capitals would make "Jeb Bush Hits Marco Rubio" one name.
    if (view.roles[i] !== 'text' || inHeadline(view, i)) continue;
    votes.countPronoun(view.tokens[i]!.lower);
    const range = chunkRight(view, i, view.tokens.length - 1);
    if (!range) {
      // The comma after "Her father" keeps the description for the name after it.
      if (view.tokens[i]!.text !== ',') pendingDescription = null;
      continue;
    }
    const mention = mentionAt(view, range);
    // "fans of Donald Trump": the name after a relation is read on its own too
    // (not as a subject: it follows "of"), so the article still learns it.
    const of = mention?.kind === 'description' ? relationOf(view.tokens.slice(range[0], range[1] + 1)) : -1;
    i = of > 0 ? range[0] + of : range[1];
    if (!mention || mention.kind === 'pronoun') continue;
    if (mention.kind === 'description' && !mention.group) {
      // Only one that shows a person: "In the city, Trump said" says nothing of Trump.
      pendingDescription = mention.personEvidence && view.tokens[range[1] + 1]?.text === ',' ? mention : null;
      pendingKin = KIN_NOUNS.has(mention.head) && ownedBySomeone(view, range[0]);
      continue;
    }
    const sentence = offset + view.tokens[view.sentences[view.sentenceOf[range[0]]!]![0]]!.start;
    const salient = afterInvertingVerb(view, range[0]) || (!afterPreposition(view, range[0]) && !afterVerb(view, range[0]) && isSubject(view, range[1] + 1));
    const entity = entities.add(mention, offset + view.tokens[range[0]]!.start, sentence, salient, !salient || !inSubordinateClause(view, range[0]));
    if (entity?.kind === 'person') votes.people.add(entity);
    // "Russia's military Chief of Staff, Valery Gerasimov": the description before the comma is his.
    if (entity && pendingDescription && view.tokens[range[0] - 1]?.text === ',') {
      entities.describe(entity, pendingDescription);
      if (pendingKin) entities.markRelative(entity);
    }
    if (entity?.kind === 'person') describeFromAppositive(view, entities, entity, range[1] + 1);
    pendingDescription = null;
  }
  votes.atSentence(-1);
}

// "his wife, Jane Lee," / "whose husband, Ty Lee,": family of someone the
// article is about. The tagger reads "whose" as a determiner, so it may open
// the phrase; "his" and "her" stand before it.
function ownedBySomeone(view: TokenView, first: number): boolean {
  return view.tokens[first]!.lower === 'whose' || OWNERS.has(view.tokens[first - 1]?.lower ?? '');
}

const OWNERS = new Set(['his', 'her', 'their', 'whose']);

// "Ann Lee, a Democratic senator, said": the description between commas is
// hers, so "the senator" later in the article can find her.
function describeFromAppositive(view: TokenView, entities: ArticleEntities, entity: Entity, comma: number): void {
  if (view.tokens[comma]?.text !== ',') return;
  const range = chunkRight(view, comma + 1, view.tokens.length - 1);
  // "the city of Sumy, the president said": a description followed by a verb is the next clause's subject.
  if (!range || !/^[,;.]$/.test(view.tokens[range[1] + 1]?.text ?? '')) return;
  // "Dora Lee, whose husband, …" opens a relative clause about someone else.
  if (view.tokens[range[0]]!.lower === 'whose') return;
  const mention = mentionAt(view, range);
  if (mention?.kind === 'description' && !mention.group && mention.personEvidence) entities.describe(entity, mention);
}

// "Filling in at the event where Lee and Ruiz appeared, West landed a dig":
// a subordinator since the last comma (or the sentence start) before the
// phrase puts it in a subordinate clause.
function inSubordinateClause(view: TokenView, first: number): boolean {
  const sentence = view.sentenceOf[first];
  for (let k = first - 1; k >= 0 && view.sentenceOf[k] === sentence && view.roles[k] === 'text'; k--) {
    const t = view.tokens[k]!;
    if (t.text === ',' || t.text === ';' || t.text === ':') return false;
    if (SUBORDINATORS.has(t.lower) && t.pos !== 'DET') return true;
  }
  return false;
}

function skipAdverbs(view: TokenView, j: number): number {
  while (j < view.tokens.length && view.tokens[j]!.pos === 'ADV' && view.roles[j] === 'text') j++;
  return j;
}

const MALE = new Set(['he', 'his', 'him', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);

// A sentence that names one person and says "he" or "his" (and never "she")
// is weak evidence of that person's gender; summed over the article it lets
// "she said" skip past the men.
class GenderVotes {
  people = new Set<Entity>();
  private sentence = -1;
  private male = 0;
  private female = 0;

  constructor(private readonly entities: ArticleEntities) {}

  // Only pronouns after the name count: in "She says Trump lied", "she" is someone else.
  countPronoun(word: string): void {
    if (this.people.size === 0) return;
    if (MALE.has(word)) this.male++;
    else if (FEMALE.has(word)) this.female++;
  }

  atSentence(sentence: number): void {
    if (sentence === this.sentence) return;
    const [only] = this.people;
    if (this.people.size === 1 && only && (this.male > 0) !== (this.female > 0)) {
      this.entities.voteGender(only, this.male > 0 ? 'male' : 'female');
    }
    this.people.clear();
    this.male = this.female = 0;
    this.sentence = sentence;
  }
}

/** The mention the tokens in `range` make. */
export function mentionAt(view: TokenView, [a, b]: Range): Mention | null {
  // A hard-wrapped name ("harbour master\nIngrid Solberg") is still one name: line breaks are layout.
  const text = view.text.slice(view.tokens[a]!.start, view.tokens[b]!.end);
  const written = UNUSUAL_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
  return describeMention(view.tokens.slice(a, b + 1), written);
}

// Space other than single plain spaces: only then has the phrase anything to collapse (testing is cheaper than replacing).
const UNUSUAL_SPACE = /\s\s|[^\S ]/;

// The object of a preposition is never a clause's subject, even when a verb
// follows it: in "monsoon patterns in South Asia could affect", the patterns
// affect. Words that may also open a clause ("as", "after", "before") are not here.
const PREPOSITIONS = new Set(['in', 'on', 'at', 'of', 'to', 'from', 'with', 'by', 'into', 'onto', 'about', 'against', 'among', 'between', 'during', 'through', 'toward', 'towards', 'under', 'over', 'within', 'without', 'across', 'behind', 'near', 'including', 'per', 'via', 'inside', 'outside', 'throughout']);

// "…, said David Axelrod, a former strategist": the name after the verb is its subject.
function afterInvertingVerb(view: TokenView, first: number): boolean {
  const before = view.tokens[first - 1];
  return !!before && view.roles[first - 1] === 'text' && INVERTING_VERBS.has(before.lower);
}

// "replacing Clinton would be acrimonious": the name right after an -ing verb
// is its object, and the verb's phrase is the subject. After other verbs a
// name may open a clause of its own ("a worker named Ann Lee has", "Did that
// mean Lee would vote").
function afterVerb(view: TokenView, first: number): boolean {
  return first > 0 && isVerbAt(view, first - 1) && isGerund(view, first - 1);
}

function afterPreposition(view: TokenView, first: number): boolean {
  const before = view.tokens[first - 1];
  return !!before && PREPOSITIONS.has(before.lower);
}

// A phrase is a clause subject when a verb follows it, directly, after
// adverbs, after an appositive between commas ("Ann Lee, who leads it, said"),
// or after a verbless appositive that holds commas of its own ("Scott Slinker,
// an entrepreneur in San Jose, Calif., gave").
function isSubject(view: TokenView, next: number): boolean {
  if (isContractedVerb(view, next)) return true;
  let j = skipAdverbs(view, next);
  if (view.tokens[j]?.text === '(') {
    while (j < view.tokens.length && view.tokens[j]!.text !== ')') j++;
    j = skipAdverbs(view, j + 1);
  }
  if (view.tokens[j]?.text === ',') {
    const comma = j;
    // "…to Mr. Sanders, said David Axelrod": a verb that news puts before its subject has one of its own.
    if (INVERTING_VERBS.has(view.tokens[skipAdverbs(view, comma + 1)]?.lower ?? '')) return false;
    // "Speaking in Salem, New Hampshire, Trump went on": a name and its verb
    // after the comma open a clause of their own; an appositive name has a comma after it.
    const next = chunkRight(view, comma + 1, view.tokens.length - 1);
    if (next && endsInName(view, next) && isVerbAt(view, skipAdverbs(view, next[1] + 1))) return false;
    let k = j + 1;
    while (k < view.tokens.length && k - j < 25 && view.tokens[k]!.text !== ',' && view.roles[k] === 'text') k++;
    if (view.tokens[k]?.text === ',') j = skipAdverbs(view, k + 1);
    if (!isVerbAt(view, j)) j = afterVerblessAppositive(view, comma);
  }
  return isVerbAt(view, j);
}

// "Christie's been making the case", "Lee's a fighter": after a name the
// tagger reads every "'s" as a possessive, but before these words it is "has"
// or "is", and the name is the subject. Not any verb: the tagger also reads
// "grasp" in "Trump's grasp of policy" as one.
function isContractedVerb(view: TokenView, j: number): boolean {
  const s = view.tokens[j];
  if (!s || (s.text !== "'s" && s.text !== '’s') || view.roles[j] !== 'text') return false;
  const next = view.tokens[j + 1];
  return !!next && view.roles[j + 1] === 'text' && AFTER_CONTRACTED_S.has(next.lower);
}

const AFTER_CONTRACTED_S = new Set(['been', 'got', 'gotten', 'going', 'getting', 'done', 'had', 'a', 'an', 'not', 'never']);

function isVerbAt(view: TokenView, j: number): boolean {
  const t = view.tokens[j];
  return !!t && view.roles[j] === 'text' && (t.pos === 'VERB' || t.pos === 'AUX') && !isNominalWord(t);
}

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which']);

// From the comma at `comma`, past further commas and words that are no verb
// (a relative clause may hold one: "Woodrow Benford, 58, who lives in Ames,
// says"), to the word after the last comma within the sentence; -1 when there
// is none. A comma then "and" is a list ("the Aral Sea, and the nation of
// Kiribati, which … is"), not an appositive.
function afterVerblessAppositive(view: TokenView, comma: number): number {
  let lastComma = -1;
  let relative = false;
  const sentence = view.sentenceOf[comma];
  for (let k = comma; k < view.tokens.length && k - comma < 25 && view.roles[k] === 'text' && view.sentenceOf[k] === sentence; k++) {
    const t = view.tokens[k]!;
    if (t.text === ',') {
      lastComma = k;
      relative = false;
    } else if (t.text === ';' || (t.pos === 'CCONJ' && k === lastComma + 1)) return -1;
    else if (RELATIVE_PRONOUNS.has(t.lower)) relative = true;
    else if ((t.pos === 'VERB' || t.pos === 'AUX') && !relative) break;
  }
  return lastComma < 0 ? -1 : skipAdverbs(view, lastComma + 1);
}
