/**
 * Reads the names, organisations and group descriptions of one passage into
 * the article's entities, in one left-to-right walk, so that pronouns and
 * descriptions later in the article have something to refer to.
 */
import { describeMention, type Mention } from './mention.ts';
import { chunkRight, isNominalWord, type Range } from './noun-phrase.ts';
import type { ArticleEntities, Entity } from './resolve-mention.ts';
import type { TokenView } from './token-view.ts';

/** Adds every mention outside quotes in `view` to `entities`; `offset` turns passage offsets into body offsets. */
export function collectMentions(view: TokenView, entities: ArticleEntities, offset: number): void {
  let pendingDescription: Mention | null = null;
  const votes = new GenderVotes(entities);
  for (let i = 0; i < view.tokens.length; i++) {
    votes.atSentence(view.sentenceOf[i]!);
    if (view.roles[i] !== 'text') continue;
    votes.countPronoun(view.tokens[i]!.lower);
    const range = chunkRight(view, i, view.tokens.length - 1);
    if (!range) {
      pendingDescription = null;
      continue;
    }
    const mention = mentionAt(view, range);
    i = range[1];
    if (!mention || mention.kind === 'pronoun') continue;
    if (mention.kind === 'description' && !mention.group) {
      pendingDescription = view.tokens[range[1] + 1]?.text === ',' ? mention : null;
      continue;
    }
    const sentence = offset + view.tokens[view.sentences[view.sentenceOf[range[0]]!]![0]]!.start;
    const entity = entities.add(mention, offset + view.tokens[range[0]]!.start, sentence, isSubject(view, range[1] + 1));
    if (entity?.kind === 'person') votes.people.add(entity);
    // "Russia's military Chief of Staff, Valery Gerasimov": the description before the comma is his.
    if (entity && pendingDescription && view.tokens[range[0] - 1]?.text === ',') entities.describe(entity, pendingDescription.descriptors);
    if (entity?.kind === 'person') describeFromAppositive(view, entities, entity, range[1] + 1);
    pendingDescription = null;
  }
  votes.atSentence(-1);
}

// "Ann Lee, a Democratic senator, said": the description between commas is
// hers, so "the senator" later in the article can find her.
function describeFromAppositive(view: TokenView, entities: ArticleEntities, entity: Entity, comma: number): void {
  if (view.tokens[comma]?.text !== ',') return;
  const range = chunkRight(view, comma + 1, view.tokens.length - 1);
  // "the city of Sumy, the president said": a description followed by a verb is the next clause's subject.
  if (!range || !/^[,;.]$/.test(view.tokens[range[1] + 1]?.text ?? '')) return;
  const mention = mentionAt(view, range);
  if (mention?.kind === 'description' && !mention.group && mention.personEvidence) entities.describe(entity, mention.descriptors);
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

// A phrase is a clause subject when a verb follows it, directly, after
// adverbs, or after an appositive between commas.
function isSubject(view: TokenView, next: number): boolean {
  let j = skipAdverbs(view, next);
  if (view.tokens[j]?.text === '(') {
    while (j < view.tokens.length && view.tokens[j]!.text !== ')') j++;
    j = skipAdverbs(view, j + 1);
  }
  if (view.tokens[j]?.text === ',') {
    let k = j + 1;
    while (k < view.tokens.length && k - j < 25 && view.tokens[k]!.text !== ',' && view.roles[k] === 'text') k++;
    if (view.tokens[k]?.text === ',') j = skipAdverbs(view, k + 1);
  }
  const t = view.tokens[j];
  return !!t && view.roles[j] === 'text' && (t.pos === 'VERB' || t.pos === 'AUX') && !isNominalWord(t);
}
