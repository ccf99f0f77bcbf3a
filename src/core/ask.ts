/**
 * `ask(library, question)`: the passages that best answer a plain question.
 * Passages are ranked by how much of the question's weight they hold and by
 * the search score; a question that asks for a quantity ("how many", "how
 * much") or a time ("when") prefers passages that state one.
 *
 * @example
 * ask(library, 'What was the last village retaken in Kursk?').answers[0].passage;
 */
import type { AskAnswer } from './answers.ts';
import { findFigures } from './figures.ts';
import type { Library } from './library.ts';
import { closedForms, queryTerms, searchPassages, termWeight } from './search-index.ts';
import { sourceRef } from './source-ref.ts';
import { topicHighlighter } from './topic-text.ts';
import { unusedWords } from './topic-misses.ts';

const MAX_ANSWERS = 5;
const CANDIDATES = 200;
/** Below this share of the question's weight a passage is not an answer. */
const MIN_COVERAGE = 0.34;
/** How much a passage stating the kind of thing asked for (a quantity, a date) gains. */
const ANSWER_TYPE_BOOST = 1.6;

// "When did the incursion start?": a verb that only says something began,
// ended or went on names no topic; a passage that shares just that verb
// ("troops … starting in November") is no answer about the incursion.
const ASPECTUAL = new Set(['start', 'begin', 'began', 'begun', 'end', 'finish', 'stop', 'continu', 'happen', 'occur']);
const ASPECTUAL_SHARE = 0.25;

type Expected = 'quantity' | 'time' | 'any';

export function ask(library: Library, question: string): AskAnswer {
  const terms = queryTerms(question);
  const closed = closedForms(question);
  const hits = searchPassages(library.index, terms, { combineWith: 'OR', limit: CANDIDATES, closed });
  const best = hits[0]?.score ?? 1;
  const weight = (t: string) => termWeight(library.index, t) * (ASPECTUAL.has(t) ? ASPECTUAL_SHARE : 1);
  const total = terms.reduce((sum, t) => sum + weight(t), 0) || 1;
  const expected = expectedAnswer(question);
  const ranked = hits
    .map((hit) => {
      const passage = library.passages[hit.id]!;
      const coverage = hit.matchedTerms.reduce((sum, t) => sum + weight(t), 0) / total;
      const boost = states(passage.text, expected) ? ANSWER_TYPE_BOOST : 1;
      return { passage, coverage, score: (0.7 * coverage + 0.3 * (hit.score / best)) * boost };
    })
    .filter((r) => r.coverage >= MIN_COVERAGE)
    .sort((a, b) => b.score - a.score || a.passage.id - b.passage.id)
    .slice(0, MAX_ANSWERS);
  const highlight = topicHighlighter(question);
  return {
    question,
    answers: ranked.map(({ passage, score }) => ({
      passage: passage.text,
      source: sourceRef(library, passage.file, passage.paragraph),
      score: Math.round(score * 100) / 100,
      highlights: highlight(passage.text),
    })),
    unusedWords: ranked.length > 0 ? [] : unusedWords(library, question, terms, closed),
    suggestions: [],
  };
}

function expectedAnswer(question: string): Expected {
  const q = question.trim().toLowerCase();
  if (/^(how (many|much|large|big|far|long|often)|what (number|share|percentage))\b/.test(q)) return 'quantity';
  if (/^(when|what (day|date|year|month|time))\b/.test(q)) return 'time';
  return 'any';
}

const DATE = /\b(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(1[89]|20)\d\d|yesterday|today|last (week|month|year))\b/i;

function states(text: string, expected: Expected): boolean {
  if (expected === 'quantity') return findFigures(text).some((f) => f.about !== '');
  if (expected === 'time') return DATE.test(text);
  return false;
}
