/** PLACEHOLDER (being written). */
import type { WhoSaidAnswer } from './answers.ts';
import type { Library } from './library.ts';
import type { AutocompleteChoice } from '../../commands/command.ts';
export function whoSaid(library: Library, query: string): WhoSaidAnswer { void library; return { query, matches: [], suggestions: [] }; }
export function suggestQuotes(library: Library, partial: string): AutocompleteChoice[] { void library; void partial; return []; }
