/**
 * A quote signed on the line after it. Fact-checks, epigraphs and pull
 * quotes set a quote alone in its paragraph and the speaker's name in the
 * next one, after a dash:
 *
 *   "[Americans are] worried about the future of their kids …"
 *   - Bernie Sanders.
 */
import { DASHES } from './cues.ts';
import type { Draft } from './draft.ts';
import { chunkRight, type Range } from './noun-phrase.ts';
import type { TokenView } from './token-view.ts';

/**
 * The name a passage made of a dash and a name signs ("- Bernie Sanders.",
 * "— Sen. Ann Lee, in Tuesday's debate"), or null for any other passage.
 */
export function signOffName(view: TokenView): Range | null {
  const tokens = view.tokens;
  if (!DASHES.has(tokens[0]?.text ?? '') || view.roles[0] !== 'text') return null;
  const name = chunkRight(view, 1, tokens.length - 1);
  if (!name || name[0] !== 1) return null;
  // Nothing after the name but a full stop, or a comma and where it was said.
  const after = tokens[name[1] + 1]?.text;
  const ends = after === undefined || (after === '.' && name[1] + 2 === tokens.length) || after === ',';
  return ends ? name : null;
}


/**
 * True when `draft`, the last statement of the passage before, is the quote
 * such a passage signs: a quote that is the whole of its paragraph, marks
 * aside, with no speaker yet. After a paragraph of the writer's own, a dash
 * and a name is a byline ("- Amber Phillips."), no speaker; so it may be
 * after a quote that carries on the statement before it, and the speaker
 * that quote took over stays.
 */
export function isSignedQuote(draft: Draft | null): draft is Draft {
  if (!draft || draft.kind !== 'direct' || draft.entity || draft.pieces.length !== 1) return false;
  const { text, start } = draft.passage;
  const piece = draft.pieces[0]!;
  return OPENING_ONLY.test(text.slice(0, piece.start - start)) && CLOSING_ONLY.test(text.slice(piece.end - start));
}

const OPENING_ONLY = /^[\s"“'‘]*$/;
const CLOSING_ONLY = /^[\s"”'’.,!?]*$/;
