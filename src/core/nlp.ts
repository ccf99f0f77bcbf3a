/**
 * The only module that imports wink-nlp. It turns text into plain data
 * (`Analysis`) so the rest of the code never holds wink objects.
 *
 * @example
 * const { sentences } = analyse('“It failed,” Putin said.');
 * sentences[0].tokens.map((t) => t.pos); // ['PUNCT', 'PRON', 'VERB', ...]
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Analysis, Sentence, Token } from './types.ts';

// NER is left out on purpose: the lite model's entities are dates and numbers,
// which the core finds with plain patterns, and the ['sbd', 'pos'] pipeline is
// about 1.5x faster than the default one on news text.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;
// `its.stem` is the model's Porter stemmer applied to the token's value, so a
// stem depends on the word alone. News text repeats its words, so memoising
// the stemmer makes stemming nearly free (it was a third of the NLP cost).
const porterStem = (model as unknown as { addons: { stem: (word: string) => string } }).addons.stem;
const stems = new Map<string, string>();
// Bounds the memo on an endless stream of new words (a worker lives through a whole build).
const MAX_STEMS = 200_000;

/** Sentences of tagged tokens, with character offsets into `text`. */
export function analyse(text: string): Analysis {
  const doc = nlp.readDoc(joinWrappedLines(text));
  const { tokens, firstOf } = readTokens(text, doc);
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  const sentences: Sentence[] = [];
  for (const [first, last] of spans) {
    // Sentence spans count wink's tokens; ours may be more (split possessives) or fewer (spaces).
    const slice = tokens.slice(firstOf[first], firstOf[last + 1]);
    if (slice.length === 0) continue;
    sentences.push({ start: slice[0]!.start, end: slice[slice.length - 1]!.end, tokens: slice });
  }
  return { sentences, entities: [] };
}

/** Tokens only, for queries: the same tokenisation and stems as the corpus. */
export function tokenize(text: string): Token[] {
  return readTokens(text, nlp.readDoc(joinWrappedLines(text))).tokens;
}

// wink-nlp ends a sentence at a line break, which would cut a hard-wrapped
// attribution ("harbour master\nIngrid Solberg said") in two. A passage never
// holds a blank line, so every line break inside it is a wrap; a space has the
// same length, so offsets into the original text stay exact.
function joinWrappedLines(text: string): string {
  return text.replace(/\r?\n/g, (lineBreak) => ' '.repeat(lineBreak.length));
}

function readTokens(text: string, doc: ReturnType<typeof nlp.readDoc>): LocatedTokens {
  const all = doc.tokens();
  return locateTokens(text, all.out(its.value) as string[], all.out(its.pos) as string[], all.out(its.stopWordFlag) as unknown as boolean[]);
}

function stemOf(value: string): string {
  let stem = stems.get(value);
  if (stem === undefined) {
    if (stems.size >= MAX_STEMS) stems.clear();
    stem = porterStem(value);
    stems.set(value, stem);
  }
  return stem;
}

// wink-nlp reports token values, not offsets; find each one in order. A value
// that cannot be found verbatim (wink rarely rewrites text) keeps the cursor's
// position with zero width rather than inventing an offset.
interface LocatedTokens {
  tokens: Token[];
  /** `firstOf[i]`: where wink's token i starts in `tokens` (one extra entry marks the end). */
  firstOf: number[];
}

function locateTokens(text: string, values: string[], tags: string[], stops: boolean[]): LocatedTokens {
  const tokens: Token[] = [];
  const firstOf: number[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    firstOf.push(tokens.length);
    const value = values[i]!;
    // Line breaks come back as SPACE tokens; they carry no meaning here.
    if (tags[i] === 'SPACE' || value.trim() === '') continue;
    const at = text.indexOf(value, cursor);
    const start = at === -1 ? cursor : at;
    const end = at === -1 ? cursor : at + value.length;
    cursor = end;
    const lower = value.toLowerCase();
    const pos = tags[i] ?? 'X';
    const stem = pos === 'PUNCT' ? lower : stemOf(value);
    const token: Token = { text: value, lower, pos, stem, stop: stops[i] === true, start, end };
    if (mayBePossessive(value)) tokens.push(...splitPossessive(token));
    else tokens.push(token);
  }
  firstOf.push(tokens.length);
  return { tokens, firstOf };
}

// A cheap test before the regular expression: does the value end in "'s" or "’s"?
function mayBePossessive(value: string): boolean {
  const n = value.length;
  if (n < 3) return false;
  const s = value.charCodeAt(n - 1);
  const mark = value.charCodeAt(n - 2);
  return s === 115 && (mark === 39 || mark === 0x2019);
}

const GLUED_POSSESSIVE = /^(\p{L}[\p{L}.-]*)(['’]s)$/u;

// wink-nlp learns words as it reads: after a few hundred articles it stops
// splitting "Trump's" into "Trump" + "'s", so the same sentence would be read
// differently depending on what came before (and on which worker read it).
// Splitting here keeps every reading the same as a fresh instance's.
function splitPossessive(token: Token): Token[] {
  const glued = token.pos !== 'PUNCT' ? GLUED_POSSESSIVE.exec(token.text) : null;
  if (!glued) return [token];
  const base = glued[1]!;
  const mark = glued[2]!;
  const baseLower = base.toLowerCase();
  const baseStem = token.stem.endsWith(mark.toLowerCase()) ? token.stem.slice(0, -mark.length) : baseLower;
  return [
    { ...token, text: base, lower: baseLower, stem: baseStem || baseLower, stop: false, end: token.start + base.length },
    { text: mark, lower: mark.toLowerCase(), pos: 'PART', stem: mark.toLowerCase(), stop: false, start: token.start + base.length, end: token.end },
  ];
}
