/**
 * A published interview: "Q: Is the operation over? / A: No. Our units
 * continue …". The answers are the words of the one person the introduction
 * says was interviewed ("Syrskyi gave a rare interview to Liga", "She sat
 * down this week with …", "Q&A with Vice President Joe Biden").
 *
 * An explainer is written as questions and answers too ("Q: Who holds
 * Sudzha? A: Russia says …"), in the writer's own words; so the introduction
 * must also speak of an interview, a transcript or "questions and answers",
 * and name one person who was interviewed. With none, or two, the answers
 * are no one's (read-passage.ts).
 */
import { INTERVIEW_VERBS } from './continue-speaker.ts';
import { SUBORDINATORS } from './dependent-verb.ts';
import type { Draft } from './draft.ts';
import { chunkRight, type Range } from './noun-phrase.ts';
import type { Entity } from './resolve-mention.ts';
import { subjectBefore } from './subject-before.ts';
import type { TokenView } from './token-view.ts';

export type InterviewLabel = 'question' | 'answer';

/** What the reader has learnt of an article's interview so far. */
export interface InterviewState {
  /** The people the introduction says were interviewed, each once. */
  people: Entity[];
  /** True once the introduction speaks of an interview (speaksOfInterview()). */
  spoken: boolean;
  /** The paragraph of the last question line, -1 before the first: the introduction ends there. */
  question: number;
  /** The answer being read, which the next passage of its paragraph goes on. */
  answer: Draft | null;
}

export function newInterviewState(): InterviewState {
  return { people: [], spoken: false, question: -1, answer: null };
}

/**
 * The label a paragraph opens with ("Q:", "A.", "Answer:"), with the first
 * token of the words after it; null when it opens with none. "QThere's no
 * shortage …" is a question whose bold "Q" lost its space when the page was
 * copied; such a question is still read as one.
 */
export function interviewLabel(view: TokenView): { label: InterviewLabel; first: number } | null {
  const first = view.tokens[0];
  if (!first || view.roles[0] !== 'text') return null;
  const word = first.text.replace(/\.$/, '');
  const dotted = word !== first.text;
  const colon = view.tokens[1]?.text === ':';
  const label = LABELS.get(word.toLowerCase());
  if (label && (colon || (dotted && word.length === 1))) return { label, first: colon ? 2 : 1 };
  if (GLUED_QUESTION.test(first.text)) return { label: 'question', first: 0 };
  return null;
}

const LABELS = new Map<string, InterviewLabel>([['q', 'question'], ['question', 'question'], ['a', 'answer'], ['answer', 'answer']]);
const GLUED_QUESTION = /^Q[A-Z][a-z]/;

/** True when the passage speaks of an interview as such ("the edited transcript of the interview"). */
export function speaksOfInterview(view: TokenView): boolean {
  for (let k = 0; k < view.tokens.length; k++) {
    const word = view.tokens[k]!.lower;
    if (INTERVIEW_WORDS.has(word)) return true;
    // "Questions and answers have been edited for length and clarity."
    if (word === 'questions' && view.tokens[k + 1]?.lower === 'and' && view.tokens[k + 2]?.lower === 'answers') return true;
  }
  return false;
}

const INTERVIEW_WORDS = new Set(['interview', 'interviewed', 'transcript', 'q&a']);

/**
 * Phrases of the passage naming who was interviewed: the subject of "gave an
 * interview", "sat down with", "spoke to" or "talked with", and the name
 * after "interview with" or "Q&A with". The caller keeps the people among them.
 */
export function intervieweePhrases(view: TokenView): Range[] {
  const found: Range[] = [];
  const last = view.tokens.length - 1;
  for (let k = 1; k <= last; k++) {
    if (view.roles[k] !== 'text') continue;
    const word = view.tokens[k]!.lower;
    if (word === 'with' && INTERVIEW_NOUNS.has(view.tokens[k - 1]!.lower)) {
      const named = chunkRight(view, k + 1, last);
      if (named) found.push(named);
      continue;
    }
    if (!givesInterview(view, k)) continue;
    const lower = view.sentences[view.sentenceOf[k]!]![0];
    const subject = subjectBefore(view, k, lower);
    // "After Putin spoke to Trump, …" is no introduction of an interview.
    if (subject && !SUBORDINATORS.has(view.tokens[subject[0] - 1]?.lower ?? '')) found.push(subject);
  }
  return found;
}

const INTERVIEW_NOUNS = new Set(['interview', 'q&a', 'conversation']);

// "gave a rare interview", "sat down this week with", "spoke with", "talked to":
// a verb, then its object or link within a few words.
function givesInterview(view: TokenView, k: number): boolean {
  const word = view.tokens[k]!.lower;
  if (view.tokens[k]!.pos !== 'VERB') return false;
  const ahead = (test: (w: string) => boolean) => {
    for (let j = k + 1; j <= Math.min(k + REACH, view.tokens.length - 1); j++) if (test(view.tokens[j]!.lower)) return true;
    return false;
  };
  if (GIVING_VERBS.has(word)) return ahead((w) => w === 'interview' || w === 'interviews');
  if (SITTING_VERBS.has(word)) return view.tokens[k + 1]?.lower === 'down' && ahead((w) => w === 'with');
  if (INTERVIEW_VERBS.has(word)) return LISTENER_LINKS.has(view.tokens[k + 1]?.lower ?? '');
  return false;
}

// Words between the verb and what shows it an interview: "gave a rare interview".
const REACH = 4;
const GIVING_VERBS = new Set(['gave', 'granted', 'gives', 'grants', 'give', 'grant']);
const SITTING_VERBS = new Set(['sat', 'sits', 'sit']);
const LISTENER_LINKS = new Set(['to', 'with']);
