/** PLACEHOLDER (being written). */
import type { CompareAnswer } from './answers.ts';
import type { Library } from './library.ts';
export function compare(library: Library, topic: string): CompareAnswer { void library; return { topic, covered: [], missing: [], figures: [], agreements: [], differences: [], summary: '' }; }
