/**
 * The shape every slash command module has: its definition as plain data (the
 * JSON Discord's API takes) and a `run()` that returns an answer, never a reply.
 * The Discord adapter and the command line call the same `run()` and differ
 * only in how they render.
 */
import type { AskAnswer, CompareAnswer, SourcesAnswer, WhoSaidAnswer } from '../src/core/answers.ts';
import type { QueryError } from '../src/core/limits.ts';
import type { LibraryStore, ReloadReport } from '../src/corpus/library-store.ts';

/** Discord application command option types used here (API values). */
export const OptionType = { String: 3 } as const;
/** Discord permission bit for Manage Server (Manage Guild), as a decimal string. */
export const MANAGE_GUILD = String(1n << 5n);

/** A chat-input command as Discord's REST API takes it. */
export interface CommandData {
  name: string;
  description: string;
  options?: Array<{
    type: number;
    name: string;
    description: string;
    required?: boolean;
    autocomplete?: boolean;
    max_length?: number;
  }>;
  default_member_permissions?: string | null;
  dm_permission?: boolean;
}

/** Every answer a command can give, tagged by command so renderers can switch on it. */
export type Answer =
  | { command: 'who-said'; answer: WhoSaidAnswer }
  | { command: 'compare'; answer: CompareAnswer }
  | { command: 'ask'; answer: AskAnswer }
  | { command: 'sources'; answer: SourcesAnswer }
  | { command: 'reload'; answer: ReloadReport };

export type CommandResult = { ok: true; value: Answer } | { ok: false; error: QueryError };

/** One render function per command: a front end (terminal, Discord) is one such table. */
export type AnswerRenderers<T> = { [K in Answer['command']]: (answer: Extract<Answer, { command: K }>['answer']) => T };

/**
 * Renders an answer with the table's function for its command. The table's
 * type makes a front end that forgets a command fail to compile.
 */
export function renderWith<T>(renderers: AnswerRenderers<T>, answer: Answer): T {
  return (renderers[answer.command] as (value: Answer['answer']) => T)(answer.answer);
}

export interface CommandContext {
  store: LibraryStore;
}

export interface AutocompleteChoice {
  name: string;
  value: string;
}

export interface CommandModule {
  data: CommandData;
  /** Whether the reply is visible only to the person who asked. */
  ephemeral: boolean;
  /** Checked again at run time by the adapter, not only through Discord's default permissions. */
  moderatorOnly: boolean;
  /** The option that carries the query text, if any. */
  textOption: string | null;
  run(context: CommandContext, text: string | null): CommandResult | Promise<CommandResult>;
  autocomplete?(context: CommandContext, partial: string): AutocompleteChoice[];
}
