/**
 * The only module that imports wink-nlp. It turns text into plain data
 * (`Analysis`) so the rest of the code never holds wink objects.
 *
 * @example
 * const { sentences } = analyse('“It failed,” Putin said.');
 * sentences[0].tokens.map((t) => t.pos); // ['PUNCT', 'PRON', 'VERB', ...]
 */
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { givenNameGender } from './quotes/given-names.ts';
import { nameKey } from './quotes/name-key.ts';
import { asCurlyMarks } from './quote-marks.ts';
import type { Analysis, Token } from './types.ts';

// NER is left out on purpose: the lite model's entities are dates and numbers,
// which the core finds with plain patterns, and the ['sbd', 'pos'] pipeline is
// about 1.5x faster than the default one on news text.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;
// `its.stem` is the model's Porter stemmer applied to the token's value; it
// lower-cases first, so a stem depends on the lower-cased word alone.
const porterStem = (model as unknown as { addons: { stem: (word: string) => string } }).addons.stem;

/** Sentences of tagged tokens, with character offsets into `text`. */
export function analyse(text: string): Analysis {
  return analysePassages([text])[0]!;
}

/**
 * `analyse` of each passage of an article, read by wink-nlp as few texts:
 * one `readDoc` per article is about 8% faster than one per passage (PolNeAR:
 * 1.18 s against 1.32 s), and gives the same tokens and tags, because the
 * passages are joined by line breaks and wink tags each sentence on its own.
 * A line break does not always end wink's sentence (not after a colon), so
 * sentences are cut again where a passage ends. Offsets stay per passage.
 */
export function analysePassages(texts: readonly string[]): Analysis[] {
  const analyses: Analysis[] = [];
  let first = 0;
  while (first < texts.length) {
    // A bounded group, so one huge file never becomes one huge wink document.
    let last = first + 1;
    let chars = texts[first]!.length;
    while (last < texts.length && chars + texts[last]!.length < MAX_GROUP_CHARS) chars += texts[last++]!.length + 1;
    for (const analysis of analyseGroup(texts.slice(first, last))) analyses.push(analysis);
    first = last;
  }
  return analyses;
}

// Larger than nearly every news article (PolNeAR's longest is about 34,000
// characters), small enough that a book-length file is read in pieces.
const MAX_GROUP_CHARS = 64_000;

function analyseGroup(texts: readonly string[]): Analysis[] {
  // Quotation marks read as curly ones once, for wink-nlp and for finding its tokens.
  const curly = texts.map(asCurlyMarks);
  const joined = curly.join('\n');
  const doc = nlp.readDoc(curly.map(textForWink).join('\n'));
  const starts: number[] = [];
  let offset = 0;
  for (const text of texts) {
    starts.push(offset);
    offset += text.length + 1;
  }
  const { tokens, firstOf, passageOf } = readTokens(joined, doc, starts);
  const analyses: Analysis[] = texts.map(() => ({ sentences: [], entities: [] }));
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  for (const [first, last] of spans) {
    // Sentence spans count wink's tokens; ours may be more (split possessives) or fewer (spaces).
    const end = firstOf[last + 1]!;
    let from = firstOf[first]!;
    while (from < end) {
      const passage = passageOf[from]!;
      let to = from + 1;
      while (to < end && passageOf[to] === passage) to++;
      analyses[passage]!.sentences.push({ start: tokens[from]!.start, end: tokens[to - 1]!.end, tokens: tokens.slice(from, to) });
      from = to;
    }
  }
  return analyses;
}

/**
 * True when `lower`, a lower-case word, is in wink-nlp's own English lexicon
 * rather than a word it learned from the text: "critics" and "sessions" are,
 * "sanders" is not. wink-nlp gives each word it learns the next id after its
 * lexicon's, so the first word learned marks where the lexicon ends.
 */
export function isDictionaryWord(lower: string): boolean {
  let known = dictionaryWords.get(lower);
  if (known === undefined) {
    if (dictionaryWords.size >= MAX_WORDS) dictionaryWords.clear();
    known = idOf(lower) < FIRST_LEARNED_ID;
    dictionaryWords.set(lower, known);
  }
  return known;
}

function idOf(word: string): number {
  return nlp.readDoc(word).tokens().itemAt(0).out(its.uniqueId) as unknown as number;
}

// Read before anything else, so that no word has been learned yet.
const FIRST_LEARNED_ID = idOf('qzxjvwkq');
const dictionaryWords = new Map<string, boolean>();

/** The Porter stem of a lower-case word, as the corpus's tokens get it. */
export function stemWord(lower: string): string {
  let stem = stems.get(lower);
  if (stem === undefined) {
    stem = porterStem(lower);
    stems.set(lower, stem);
  }
  return stem;
}

/**
 * WordNet's irregular verb forms, as the model ships them for its lemmatiser
 * ("lost" → "lose", "fought" → "fight"): a form to its base verb. The model
 * exposes the lemmatiser but not its table, so the table is read from the
 * model's own file; a test fails if an upgrade moves it.
 */
export function irregularVerbForms(): Readonly<Record<string, string>> {
  return createRequire(import.meta.url)('wink-eng-lite-web-model/dist/wn-verb-exceptions.js') as Record<string, string>;
}

let irregularForms: Readonly<Record<string, string>> | null = null;

/** True for an irregular past tense or participle ("saw", "took", "said"), not a form that is also the base ("put", "cut"). */
export function isIrregularVerbForm(lower: string): boolean {
  irregularForms ??= irregularVerbForms();
  const base = Object.hasOwn(irregularForms, lower) ? irregularForms[lower] : undefined;
  return base !== undefined && base !== lower;
}

/** Tokens only, for queries: the same tokenisation and stems as the corpus. */
export function tokenize(text: string): Token[] {
  const curly = asCurlyMarks(text);
  return readTokens(curly, nlp.readDoc(textForWink(curly)), [0]).tokens;
}

/**
 * The text as wink-nlp is given it, from text whose quotation marks are
 * already read as curly ones (see the last point). No change alters a word,
 * and `readTokens` finds each token in that text, so offsets stay exact.
 *
 * - wink-nlp ends a sentence at a line break, which would cut a hard-wrapped
 *   attribution ("harbour master\nIngrid Solberg said") in two. A passage never
 *   holds a blank line, so every line break inside it is a wrap: a space.
 * - Before punctuation ("the party's, then"), wink-nlp keeps a possessive whole
 *   and learns "party's" as a new word, tagged as a guess; from then on it reads
 *   "party's" whole everywhere. A space after the "'s" lets it split the
 *   possessive as it does before a space, so a sentence reads the same whatever
 *   was read before it (and whichever worker reads it).
 * - Its callers read «…» and „…“ as “…” first (asCurlyMarks()): wink-nlp tags a guillemet
 *   X rather than PUNCT and ends sentences differently around it, so a
 *   translated report would otherwise read unlike the same report in English marks.
 */
function textForWink(text: string): string {
  return text.replace(/\r?\n/g, (lineBreak) => ' '.repeat(lineBreak.length)).replace(POSSESSIVE_BEFORE_PUNCTUATION, '$& ');
}

const POSSESSIVE_BEFORE_PUNCTUATION = /\p{L}['’]s(?=[^\s\p{L}\p{N}])/gu;

type Doc = ReturnType<typeof nlp.readDoc>;

// wink-nlp reports token values, not offsets; find each one in order. A value
// that cannot be found verbatim (wink rarely rewrites text) keeps the cursor's
// position with zero width rather than inventing an offset.
interface LocatedTokens {
  /** Offsets are into the token's own passage. */
  tokens: Token[];
  /** `firstOf[i]`: where wink's token i starts in `tokens` (one extra entry marks the end). */
  firstOf: number[];
  /** `passageOf[k]`: the passage of `tokens[k]`. */
  passageOf: number[];
}

/** `starts`: where each passage starts in `text`, in order, the first at 0. */
function readTokens(text: string, doc: Doc, starts: readonly number[]): LocatedTokens {
  const all = doc.tokens();
  // Lexeme ids rather than values: everything that depends on the word alone
  // (lower case, stem, stop flag) is then one array read per token.
  const ids = all.out(its.uniqueId) as unknown as number[];
  const tags = all.out(its.pos) as string[];
  // A contraction's parts ("ca" + "n't") take their stop flag from the
  // expansion, so only they need it read per token; any other token's flag is
  // its lexeme's, and reading the flags of a whole document costs twice this pass.
  const contracted = all.out(its.contractionFlag) as unknown as boolean[];
  const tokens: Token[] = [];
  const firstOf: number[] = new Array(ids.length + 1);
  const passageOf: number[] = [];
  let passage = 0;
  let base = 0;
  let cursor = 0;
  for (let i = 0; i < ids.length; i++) {
    firstOf[i] = tokens.length;
    const word = words[ids[i]!] ?? learnWord(ids[i]!, all.itemAt(i).out(its.value));
    // Line breaks come back as SPACE tokens; they carry no meaning here.
    const pos = tags[i] ?? 'X';
    if (pos === 'SPACE' || word.blank) continue;
    const value = word.text;
    const at = text.indexOf(value, cursor);
    const start = at === -1 ? cursor : at;
    const end = at === -1 ? cursor : at + value.length;
    while (passage + 1 < starts.length && start >= starts[passage + 1]!) base = starts[++passage]!;
    const previous = tokens[tokens.length - 1];
    // A joint has no line break in it, so `previous` is of the same passage.
    if (previous && previous.end + base === start && isMojibakeJoint(text, start)) {
      tokens[tokens.length - 1] = joined(text, base, previous, end - base);
      cursor = end;
      continue;
    }
    // "Radosław", "Mackevičius", "Erdoğan": wink-nlp's English tokenizer
    // splits a word at each letter past Latin-1 ("Rados" "ł" "aw"), which
    // cut speakers' names short ("Ernest Mackevi"). The pieces are one word.
    if (previous && previous.end + base === start && isLetterJoint(text, start)) {
      tokens[tokens.length - 1] = joinedWord(text, base, previous, end - base, pos);
      cursor = end;
      continue;
    }
    if (previous?.text === '-' && previous.end + base === start && isGivenNameHalf(tokens, word.text)) {
      tokens.pop();
      passageOf.pop();
      tokens[tokens.length - 1] = joined(text, base, tokens[tokens.length - 1]!, end - base);
      cursor = end;
      continue;
    }
    cursor = end;
    const punct = pos === 'PUNCT';
    const afterSpace = !!previous && previous.end + base + 1 === start;
    let tag = repairedTag(pos, word.lower, value, previous, afterSpace);
    if (previous?.text === 'Will' && previous.pos === 'AUX' && pos === 'VERB' && isTensed(word.lower)) previous.pos = 'PROPN';
    if (previous && isRankAfterDeterminer(tokens, previous) && (pos === 'AUX' || pos === 'VERB' || value === ',')) previous.pos = 'NOUN';
    // "a US think tank, said": wink-nlp reads "think" as a verb, whose subject "US" then seemed to be.
    if (previous?.lower === 'think' && (word.lower === 'tank' || word.lower === 'tanks')) previous.pos = tag = 'NOUN';
    if (previous && tag === 'PROPN' && isParticipleInName(tokens, previous)) previous.pos = 'PROPN';
    if (previous && isNounBeforeVerb(tokens, previous, tag, word.lower)) {
      previous.pos = 'NOUN';
      // "said" after the noun now is its verb (repairedTag()).
      tag = repairedTag(pos, word.lower, value, previous, afterSpace);
    }
    if (previous && isVerbAfterPerson(tokens, previous, tag, word.lower)) previous.pos = 'VERB';
    const participle = (tag === 'VERB' || tag === 'AUX') && previous ? modifyingParticiple(tokens) : null;
    if (participle) participle.pos = 'ADJ';
    const stop = contracted[i] ? isStopWord(all, i) : (word.stop ??= isStopWord(all, i));
    tokens.push({ text: value, lower: word.lower, pos: tag, stem: punct ? word.lower : stemOf(word), stop, start: start - base, end: end - base });
    passageOf.push(passage);
  }
  firstOf[ids.length] = tokens.length;
  return { tokens, firstOf, passageOf };
}

// Tags wink-nlp gets wrong in news, set right by the word before;
// `afterSpace` when one space parts the two.
function repairedTag(pos: string, lower: string, value: string, previous: Token | undefined, afterSpace: boolean): string {
  // "George Will said": a name, not the modal (see isTensed() for the other order).
  if (pos === 'AUX' && value === 'Will' && previous && isNameWord(previous) && afterSpace) return 'PROPN';
  // "according to people familiar with the talks".
  if (pos === 'VERB' && lower === 'people') return 'NOUN';
  // "The ministry's update said …", "Russia's shelling of Sumy": a verb
  // form after a possessive is the thing owned ("Russia's claimed
  // victory" keeps its participle).
  if (pos === 'VERB' && previous?.pos === 'PART' && POSSESSIVE_MARKS.has(previous.lower) && !lower.endsWith('ed')) return 'NOUN';
  // "The ministry's update said troops …": "said" after a noun is its
  // verb; wink-nlp reads it as "the said document" would have it.
  if (pos === 'ADJ' && lower === 'said' && previous?.pos === 'NOUN') return 'VERB';
  return pos;
}

const POSSESSIVE_MARKS = new Set(["'s", '’s']);

// "its daily intelligence update said": a plain verb form after a noun and
// right before a verb in the past is the last noun of the phrase, the
// subject of that verb. wink-nlp reads "update" as a verb there. Not "the
// meeting began vowing": "began" is a past form itself.
function isNounBeforeVerb(tokens: Token[], previous: Token, tag: string, lower: string): boolean {
  // wink-nlp may read that "said" as an adjective too.
  const verb = tag === 'VERB' || lower === 'said';
  if (!verb || !(lower.endsWith('ed') || isIrregularVerbForm(lower)) || lower.endsWith('ing')) return false;
  if (previous.pos !== 'VERB' || /(?:ed|ing|s)$/.test(previous.lower) || isIrregularVerbForm(previous.lower)) return false;
  const before = tokens[tokens.length - 2];
  return before?.pos === 'NOUN' || before?.pos === 'ADJ';
}

// "Viktor Marchenko points to a crater", "Tatiana, 68, sweeps the steps":
// wink-nlp reads a verb in the present after a name as a plural noun, and
// the name then as a modifier of it ("Viktor Marchenko points"), so he was
// no subject and a "he" after it passed him by. A word ending in -s, after
// a name led by a common given name (or its ", 68," age), is the verb when
// what follows can only follow a verb: an article or pronoun, "to", or a
// noun. Not before "this", "that", an adverb or an -ing form, which follow
// a plural subject too ("Bernie Sanders supporters still hope", "Hillary
// Clinton emails that …", "Sanders supporters planning …").
function isVerbAfterPerson(tokens: Token[], previous: Token, tag: string, lower: string): boolean {
  if (!mayBePresentVerb(previous)) return false;
  const follows = (tag === 'DET' || tag === 'PRON') ? !NOT_AFTER_VERB_ONLY.has(lower) : lower === 'to' || (tag === 'NOUN' && !lower.endsWith('ing'));
  if (!follows) return false;
  let k = tokens.length - 2;
  // "Tatiana, 68, sweeps": past the age.
  if (tokens[k]?.text === ',' && tokens[k - 1]?.pos === 'NUM' && tokens[k - 2]?.text === ',') k -= 3;
  if (tokens[k]?.pos !== 'PROPN') return false;
  while (tokens[k - 1]?.pos === 'PROPN') k--;
  return givenNameGender(nameKey(tokens[k]!.text)) !== null;
}

// "told The Associated Press that …", "the Organized Crime … Project":
// wink-nlp reads a capitalised participle inside a name as a verb, which
// cut the name short and made "Associated" the verb. Before a name word,
// and not opening its sentence (where a capital says nothing), it is part
// of the name.
function isParticipleInName(tokens: Token[], previous: Token): boolean {
  if (previous.pos !== 'VERB' || !previous.lower.endsWith('ed') || !/^\p{Lu}\p{Ll}/u.test(previous.text)) return false;
  const before = tokens[tokens.length - 2];
  return !!before && !SENTENCE_ENDS.has(before.text);
}

const SENTENCE_ENDS = new Set(['.', '!', '?', '"', '“', '”', ':', '—']);

// "The ministry said captured soldiers had confirmed …", "said geolocated
// footage showed …": wink-nlp reads a participle right after a verb as a
// verb of its own, and the reported clause then had no subject. Between a
// verb and a noun (an adjective or name may come between) that a finite
// verb follows, an -ed form describes the noun. Called at that last verb;
// not after an auxiliary ("had confirmed losses were" keeps its verb).
function modifyingParticiple(tokens: Token[]): Token | null {
  let k = tokens.length - 1;
  if (tokens[k]?.pos !== 'NOUN') return null;
  k--;
  if (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'PROPN') k--;
  const participle = tokens[k];
  if (participle?.pos !== 'VERB' || !participle.lower.endsWith('ed') || participle.text !== participle.lower) return null;
  return tokens[k - 1]?.pos === 'VERB' ? participle : null;
}

/**
 * True for a lower-case word tagged as a plural noun that may be a verb in
 * the present ("points", "lives"), as wink-nlp often reads one after a name.
 */
export function mayBePresentVerb(t: Token): boolean {
  return t.pos === 'NOUN' && t.text === t.lower && PRESENT_ENDING.test(t.lower);
}

// "-s", not "-ss" ("press") or "-us" ("census").
const PRESENT_ENDING = /[^su]s$/;

// Words tagged DET or PRON that follow a plural noun as readily as a verb.
const NOT_AFTER_VERB_ONLY = new Set(['this', 'that', 'these', 'those', 'which', 'who', 'whom', 'what', 'whose']);

// "The general said", "the general, who …": wink-nlp tags a rank after a
// determiner as an adjective; before a verb or a comma it is the noun.
function isRankAfterDeterminer(tokens: Token[], previous: Token): boolean {
  return previous.pos === 'ADJ' && RANKS.has(previous.lower) && tokens[tokens.length - 2]?.pos === 'DET';
}

const RANKS = new Set(['general', 'major', 'private', 'chief', 'marshal', 'commander', 'lieutenant', 'sergeant', 'corporal', 'admiral', 'colonel', 'captain']);

// "Ban Ki-moon", "Park Geun-hye": wink-nlp splits a Korean given name at
// its hyphen and reads the lower-case half as a word of its own ("moon"),
// which ends the name at "Ki". The halves are one token again when a short
// capitalised syllable (six letters at most: "Byoung-sam"), glued to the
// hyphen, follows a family name; not an English compound ("President
// Bush-era rules", "the Ohio-born man", "Lee Chicago-ish").
function isGivenNameHalf(tokens: Token[], half: string): boolean {
  const hyphen = tokens[tokens.length - 1]!;
  const first = tokens[tokens.length - 2];
  const family = tokens[tokens.length - 3];
  if (!first || !family || first.end !== hyphen.start || family.end >= first.start) return false;
  return /^\p{Ll}{1,4}$/u.test(half) && !COMPOUND_HALVES.has(half) && /^\p{Lu}\p{Ll}{0,5}$/u.test(first.text) && /^\p{Lu}\p{Ll}+$/u.test(family.text) && NAME_POS.has(family.pos);
}

const NAME_POS = new Set(['PROPN', 'NOUN']);
const COMPOUND_HALVES = new Set(['era', 'led', 'run', 'age', 'like', 'wide', 'free', 'only', 'born', 'made', 'held', 'old', 'new', 'style', 'type', 'size', 'area', 'bred', 'fed', 'owned', 'year', 'day', 'way', 'term', 'time']);

// "according to people familiar with the matter": after "to" wink-nlp reads
// "people" as an infinitive's verb; news never uses it so. (See readTokens.)

// "George Will said": wink-nlp tags a capitalised "Will" as the modal verb
// wherever it stands, which cuts the name to "George". Right after a name
// word it is that name's last word; a modal opening a question ("Will Lee
// run?") follows no name.
function isNameWord(t: Token): boolean {
  return t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text);
}

// "…,” Will wrote.", "Will urged": a modal comes before a verb's base form,
// so a capitalised "Will" before a past or "-s" form is the surname.
function isTensed(verb: string): boolean {
  return FINITE_ENDING.test(verb) || IRREGULAR_PASTS.has(verb);
}

const FINITE_ENDING = /(?:ed|[^s]s)$/;
const IRREGULAR_PASTS = new Set(['said', 'wrote', 'told', 'thought', 'took', 'gave', 'made', 'saw', 'felt', 'knew', 'spoke', 'went', 'came', 'held', 'kept', 'found', 'left', 'led', 'sent', 'began', 'became', 'won', 'lost']);

// UTF-8 read as Latin-1 turns "Peña" into "PeÃ±a" ("Ã" sometimes written as
// "A" and a combining tilde), and wink-nlp splits the word at the symbol:
// "PeÃ" "±" "a". News archives carry such damage, and a name cut in three is
// no name ("Nieto" alone, or "vidic" from "TrÃ©vidic"), so the pieces are one
// token again. The text itself is never changed. A joint counts only inside
// the two-character mark: after "Ã"/"Â", or after the mark's second half
// when a letter follows.
function isMojibakeJoint(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  if (isContinuation(after)) return isMojibakeLead(text, at - 1);
  return isContinuation(before) && isMojibakeLead(text, at - 2) && /\p{L}/u.test(text[at]!);
}

// Two letters either side of `at`, one of them past ASCII, with no space between.
function isLetterJoint(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  if (before < 0x80 && after < 0x80) return false;
  return LETTER.test(text[at - 1]!) && LETTER.test(text[at]!);
}

const LETTER = /\p{L}/u;

// U+0080–U+00BF: the second byte of a two-byte UTF-8 letter, read as Latin-1.
function isContinuation(code: number): boolean {
  return code >= 0x80 && code <= 0xbf;
}

// "Ã" or "Â" ending at `i`, composed or as "A" and a combining tilde or circumflex.
function isMojibakeLead(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 0xc3 || code === 0xc2) return true;
  return (code === 0x303 || code === 0x302) && text[i - 1] === 'A';
}

// One token for `previous` and the piece that ends at `end`, tagged as the first piece.
// Written out in the same order as readTokens' literal, not spread from
// `previous`: a spread copy is an object of another shape, and one such
// token makes every read of a token field in the quote code slower
// (PolNeAR's one-thread build: 3.8 s cold before, 4.3 s with the spread).
function joined(text: string, base: number, previous: Token, end: number): Token {
  const value = text.slice(base + previous.start, base + end);
  const lower = value.toLowerCase();
  return { text: value, lower, pos: previous.pos, stem: porterStem(lower), stop: false, start: previous.start, end };
}

// As joined(), tagged as a name when capitalised ("Radosław", whose first
// piece the tagger called a name and whose others it could not read), and
// otherwise as the first piece it could read.
function joinedWord(text: string, base: number, previous: Token, end: number, pos: string): Token {
  const value = text.slice(base + previous.start, base + end);
  const lower = value.toLowerCase();
  const tag = value !== lower && value[0] !== lower[0] ? 'PROPN' : previous.pos === 'X' ? pos : previous.pos;
  return { text: value, lower, pos: tag, stem: porterStem(lower), stop: false, start: previous.start, end };
}

function isStopWord(tokens: ReturnType<Doc['tokens']>, i: number): boolean {
  return (tokens.itemAt(i).out(its.stopWordFlag) as unknown) === true;
}

/** What the read-out needs of one wink lexeme, worked out when the lexeme is first met. */
interface Word {
  text: string;
  lower: string;
  /** Only white space: never a token of ours. */
  blank: boolean;
  // The rest is filled in on first use, undefined until then. Every field is
  // there from the start so that all words share one shape (faster reads).
  /** wink's stop-word flag (the same for every token of the lexeme but contractions). */
  stop: boolean | undefined;
  /** Porter stem (punctuation never needs one). */
  stem: string | undefined;
}

// By wink's lexeme id. wink keeps every word it has read under a fixed id, so
// this grows no faster than wink's own vocabulary; the bound only keeps a
// worker's memory flat on an endless stream of new words. Ids run up to
// wink's vocabulary size (about 87,000 words in the lite model, then one per
// word it learns); the array is filled up to the largest id seen, because an
// array with holes that large falls back to a slow dictionary.
let words: Array<Word | undefined> = [];
let learned = 0;
const MAX_WORDS = 200_000;
// News text repeats its words, so memoising the stemmer makes stemming nearly
// free; by lower case, since "The" and "the" are two lexemes with one stem.
const stems = new Map<string, string>();

function learnWord(id: number, text: string): Word {
  if (learned >= MAX_WORDS) {
    words = [];
    stems.clear();
    learned = 0;
  }
  const word: Word = { text, lower: text.toLowerCase(), blank: text.trim() === '', stop: undefined, stem: undefined };
  while (words.length <= id) words.push(undefined);
  words[id] = word;
  learned++;
  return word;
}

function stemOf(word: Word): string {
  if (word.stem === undefined) word.stem = stemWord(word.lower);
  return word.stem;
}
