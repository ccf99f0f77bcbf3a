/**
 * Reads the names, organisations and group descriptions of one passage into
 * the article's entities, in one left-to-right walk, so that pronouns and
 * descriptions later in the article have something to refer to.
 */
import { describeMention, type Mention } from './mention.ts';
import { chunkRight, isNominalWord, skipFillers, type Range } from './noun-phrase.ts';
import type { ArticleEntities } from './resolve-mention.ts';
import type { TokenView } from './token-view.ts';

/** Adds every mention outside quotes in `view` to `entities`; `offset` turns passage offsets into body offsets. */
export function collectMentions(view: TokenView, entities: ArticleEntities, offset: number): void {
  let pendingDescription: Mention | null = null;
  for (let i = 0; i < view.tokens.length; i++) {
    if (view.roles[i] !== 'text') continue;
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
    const entity = entities.add(mention, offset + view.tokens[range[0]]!.start, isSubject(view, range[1] + 1));
    // "Russia's military Chief of Staff, Valery Gerasimov": the description before the comma is his.
    if (entity && pendingDescription && view.tokens[range[0] - 1]?.text === ',') entities.describe(entity, pendingDescription.descriptors);
    pendingDescription = null;
  }
}

/** The mention the tokens in `range` make. */
export function mentionAt(view: TokenView, [a, b]: Range): Mention | null {
  const written = view.text.slice(view.tokens[a]!.start, view.tokens[b]!.end);
  return describeMention(view.tokens.slice(a, b + 1), written);
}

// A phrase is a clause subject when a verb follows it, directly, after
// adverbs, or after an appositive between commas.
function isSubject(view: TokenView, next: number): boolean {
  let j = skipFillers(view, next, view.tokens.length - 1, 1);
  if (view.tokens[j]?.text === '(') {
    while (j < view.tokens.length && view.tokens[j]!.text !== ')') j++;
    j = skipFillers(view, j + 1, view.tokens.length - 1, 1);
  }
  if (view.tokens[j]?.text === ',') {
    let k = j + 1;
    while (k < view.tokens.length && k - j < 25 && view.tokens[k]!.text !== ',' && view.roles[k] === 'text') k++;
    if (view.tokens[k]?.text === ',') j = skipFillers(view, k + 1, view.tokens.length - 1, 1);
  }
  const t = view.tokens[j];
  return !!t && view.roles[j] === 'text' && (t.pos === 'VERB' || t.pos === 'AUX') && !isNominalWord(t);
}
