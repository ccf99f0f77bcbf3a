/** PLACEHOLDER (being written). */
import type { AskAnswer } from './answers.ts';
import type { Library } from './library.ts';
export function ask(library: Library, question: string): AskAnswer { void library; return { question, answers: [], suggestions: [] }; }
