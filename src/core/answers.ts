/**
 * The answers the core returns. Front ends (the command line, Discord) only
 * render these; the `--json` output of the command line is these objects.
 */
import type { QuoteKind } from './types.ts';

/** Where a passage or quote comes from, precise enough to find it in the file. */
export interface SourceRef {
  /** File name relative to the corpus folder. */
  file: string;
  title: string;
  /** The outlet, when the front matter names one. */
  source: string | null;
  date: string | null;
  url: string | null;
  /** 1-based paragraph number in the article body. */
  paragraph: number;
}

/** Character ranges `[start, end)` within a text that the query matched, for highlighting. */
export type Highlights = Array<[number, number]>;

export interface QuoteSighting {
  /** Canonical speaker name, or null when the text does not say who spoke. */
  speaker: string | null;
  /** The speaker as written in this article ("he", "Gen. Valery Gerasimov"). */
  mention: string | null;
  /** Verbatim from the corpus. */
  quote: string;
  kind: QuoteKind;
  /**
   * The article's hedge on who said it ("reportedly", "allegedly"), or null
   * when it attributes the words without one. The front ends show it, or the
   * answer would vouch for more than the source does.
   */
  hedge: string | null;
  source: SourceRef;
}

export interface WhoSaidMatch extends QuoteSighting {
  /** The whole passage that holds the quote, verbatim. */
  passage: string;
  /** Ranges of `quote` that the query matched. */
  highlights: Highlights;
  /** How much of the query this quote covers, 0..1. */
  score: number;
  /**
   * True when every matched word lies inside a quotation within the
   * statement (“She said, ‘I refuse to …’”): the speaker repeats someone
   * else's words, and the text around them says whose, if anything does.
   */
  quotedWithin: boolean;
  /** Other sources that carry the same or nearly the same quote. */
  alsoIn: QuoteSighting[];
}

export interface WhoSaidAnswer {
  query: string;
  matches: WhoSaidMatch[];
  /** Quotes that come close when nothing matched well enough to answer ("did you mean"). */
  suggestions: string[];
}

export interface ArticleRef {
  file: string;
  title: string;
  source: string | null;
  date: string | null;
  url: string | null;
}

/** A number or a date the sources state about a topic ("10,000–12,000 troops", "November 2024"). */
export interface Figure {
  /** As written in the article. */
  text: string;
  /** The thing counted or measured, as a normalised noun ("troops"); "date" for dates. */
  about: string;
  file: string;
  paragraph: number;
  /**
   * For a count, the date its sentence gives for what it counts ("sending
   * 10,000 troops … from November 2024"), as written; absent when the
   * sentence gives none, several, or only when something was said.
   */
  when?: string;
}

/** A sentence of a source, verbatim, with where it stands. */
export interface SourceSentence {
  text: string;
  file: string;
  paragraph: number;
}

/** A speaker quoted on a topic, the sources that quote them, and one of their statements. */
export interface QuotedOnTopic {
  speaker: string;
  files: string[];
  quote: string;
  kind: QuoteKind;
  /** The article's hedge on who said `quote` ("reportedly"), or null when it vouches for it. */
  hedge: string | null;
  /** Of `files`, those that only report the speaker's words with a hedge ("reportedly said"). */
  hedgedIn: string[];
}

export interface CompareAnswer {
  topic: string;
  covered: Array<{
    source: ArticleRef;
    passages: Array<{ text: string; paragraph: number; highlights: Highlights }>;
  }>;
  /** Sources that say nothing on the topic. */
  missing: ArticleRef[];
  /** Every figure the covering sources give about the topic. */
  figures: Figure[];
  /** Who is quoted on the topic in the covering passages: the claims to weigh against each other. */
  quoted: QuotedOnTopic[];
  /** Sentences, verbatim, of the passages on the topic that report a claim denied or disputed ("… refuted … claims about …"). */
  disputes: SourceSentence[];
  /** Points every covering source makes. */
  agreements: string[];
  /** Where the sources' figures or claims differ. */
  differences: string[];
  /** One short paragraph in words: agreements first, then differences. */
  summary: string;
  /** When no source covers the topic: its words that no source uses. */
  unusedWords: string[];
  /** When no source covers the topic: parts of it, as written, that some sources cover. */
  suggestions: string[];
}

export interface AskAnswer {
  question: string;
  answers: Array<{ passage: string; source: SourceRef; score: number; highlights: Highlights }>;
  /** When no passage answers: words of the question that no source uses. */
  unusedWords: string[];
  suggestions: string[];
}

export interface SourcesAnswer {
  sources: Array<ArticleRef & { author: string | null; passages: number; quotes: number }>;
  totals: { articles: number; passages: number; quotes: number; speakers: number };
  /** Files that were not loaded, with the reason. */
  rejected: Array<{ file: string; reason: string }>;
}
