/**
 * A statement while its article is still being read: the quoted pieces found
 * so far and the entity it is attributed to. Entities keep learning fuller
 * names as the article goes on, so the speaker's name is read only at the end.
 */
import type { Passage, QuoteKind } from '../types.ts';
import type { ExtractedQuote } from './extract-quotes.ts';
import type { Entity } from './resolve-mention.ts';

export interface Draft {
  passage: Passage;
  paragraphs: number[];
  /** Body offsets of each paragraph's part of the quote. */
  pieces: Array<{ start: number; end: number }>;
  kind: QuoteKind;
  mention: string | null;
  entity: Entity | null;
  cue: string | null;
  hedge: string | null;
}

/** A new draft for a statement starting in `passage`. */
export function newDraft(passage: Passage, kind: QuoteKind, start: number, end: number): Draft {
  return { passage, paragraphs: [passage.paragraph], pieces: [{ start, end }], kind, mention: null, entity: null, cue: null, hedge: null };
}

/** Adds the next paragraph's part of a quote that runs over several paragraphs. */
export function extendDraft(draft: Draft, paragraph: number, start: number, end: number): void {
  if (!draft.paragraphs.includes(paragraph)) draft.paragraphs.push(paragraph);
  draft.pieces.push({ start, end });
}

/** The finished statement, with the speaker's fullest name in the article. */
export function finishDraft(draft: Draft, file: string, body: string): ExtractedQuote {
  const first = draft.pieces[0]!;
  const last = draft.pieces[draft.pieces.length - 1]!;
  const text = draft.pieces.map((p, i) => (i === 0 ? '' : joint(body, draft.pieces[i - 1]!.end, p.start)) + body.slice(p.start, p.end)).join('');
  return {
    file,
    passageId: draft.passage.id,
    paragraph: draft.passage.paragraph,
    paragraphs: draft.paragraphs,
    start: first.start,
    end: last.end,
    text,
    kind: draft.kind,
    mention: draft.mention,
    speakerName: draft.entity?.name ?? null,
    cue: draft.cue,
    hedge: draft.hedge,
    speakerKind: draft.entity?.kind,
    speakerGender: draft.entity?.gender ?? null,
  };
}

// Between paragraphs a quote's pieces join on a line break. Pieces of one long
// paragraph, read in parts, are one run of text: the space between them is
// kept as written.
function joint(body: string, end: number, start: number): string {
  const gap = body.slice(end, start);
  return /^[^\S\n]*\n?[^\S\n]*$/.test(gap) ? gap : '\n';
}
