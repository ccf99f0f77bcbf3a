/**
 * The plain data the core hands around. Everything here is JSON-serialisable
 * (a snapshot of a Library is just these objects), and nothing here refers to
 * wink-nlp, minisearch, discord.js or the file system.
 */

/** An article as read from the corpus, before any NLP. */
export interface Article {
  /** File name relative to the corpus folder, with `/` separators: `003_19494c22fb0dafbb.txt`. */
  file: string;
  title: string;
  source: string | null;
  url: string | null;
  /** ISO date (`2025-04-26`) when the front matter gives one. */
  date: string | null;
  author: string | null;
  /** The article text without front matter, exactly as in the file. */
  body: string;
  /** Where `body` starts in the file, so offsets can point into the file itself. */
  bodyOffset: number;
}

/** A paragraph (or a sentence-aligned piece of a very long one) of an article. */
export interface Passage {
  /** Index in `Library.passages`; stable for one Library only. */
  id: number;
  file: string;
  /** 1-based paragraph number within the article body. */
  paragraph: number;
  /** Character offsets into `Article.body`, `end` exclusive. `text === body.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
}

/** A token as the NLP layer sees it: offsets are into the analysed text. */
export interface Token {
  text: string;
  /** Lower-cased, for matching. */
  lower: string;
  /** Universal POS tag (`PROPN`, `VERB`, `PRON`, `PUNCT`, ...). */
  pos: string;
  /** Porter stem of the lower-cased word; punctuation keeps its text. */
  stem: string;
  /** A function word ("the", "of", "said" is not one) that search leaves out. */
  stop: boolean;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

/** The NLP layer's reading of one text: sentences of tagged tokens plus entities. */
export interface Analysis {
  sentences: Sentence[];
  /** wink-nlp's entities (DATE, CARDINAL, ORDINAL, MONEY, PERCENT, ...), offsets into the text. */
  entities: Array<{ type: string; text: string; start: number; end: number }>;
}

export type QuoteKind = 'direct' | 'reported';

/** A person or organisation that speaks in the corpus, merged across mentions and articles. */
export interface Speaker {
  /** Stable key within one Library: the normalised canonical name. */
  id: string;
  /** The name to show: the fullest form the corpus uses ("Valery Gerasimov"). */
  name: string;
  /** A description ("the spokesman") is one article's: it names no one the other articles could be quoting. */
  kind: 'person' | 'organisation' | 'description';
  /** Every distinct way the corpus writes this speaker ("Gerasimov", "Gen. Valery Gerasimov"). */
  aliases: string[];
}

/** One statement found in the corpus: a direct quote or reported speech. */
export interface Quote {
  id: number;
  file: string;
  /** The passage that holds the quote's opening; `paragraphs` lists every paragraph it spans. */
  passageId: number;
  paragraph: number;
  paragraphs: number[];
  /** Offsets into `Article.body` of the quoted words (without the quote marks). */
  start: number;
  end: number;
  /** Verbatim: `body.slice(start, end)` for single-paragraph quotes; paragraphs joined by "\n" otherwise. */
  text: string;
  kind: QuoteKind;
  /** `Speaker.id`, or null when the text does not say who spoke. */
  speakerId: string | null;
  /** The speaker as written at this place ("he", "the General Staff statement", "Gen. Valery Gerasimov"). */
  mention: string | null;
  /** The reporting verb or cue ("said", "according to"), when there is one. */
  cue: string | null;
  /** The writer's hedge on who said it ("reportedly", "allegedly"), as written, or null when the text vouches for it. */
  hedge: string | null;
}

/** A corpus file that was not loaded, and why, in words a moderator can act on. */
export interface RejectedFile {
  file: string;
  code: RejectCode;
  reason: string;
}

export type RejectCode =
  | 'unreadable'
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'invalid-utf8'
  | 'bad-front-matter'
  | 'outside-corpus';
