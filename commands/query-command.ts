/**
 * Builds a command whose one option is a query (who-said, compare, ask): the
 * input is checked once here, so every front end refuses the same inputs.
 */
import { checkQuery, MAX_QUERY_CHARS } from '../src/core/limits.ts';
import type { Library } from '../src/core/library.ts';
import { OptionType, type Answer, type CommandModule } from './command.ts';

interface QueryCommandSpec {
  name: string;
  description: string;
  option: string;
  optionDescription: string;
  answer(library: Library, text: string): Answer;
  autocomplete?: CommandModule['autocomplete'];
}

export function defineQueryCommand(spec: QueryCommandSpec): CommandModule {
  return {
    data: {
      name: spec.name,
      description: spec.description,
      options: [
        {
          type: OptionType.String,
          name: spec.option,
          description: spec.optionDescription,
          required: true,
          autocomplete: spec.autocomplete ? true : undefined,
          max_length: MAX_QUERY_CHARS,
        },
      ],
    },
    ephemeral: false,
    moderatorOnly: false,
    textOption: spec.option,
    run(context, text) {
      const checked = checkQuery(text, spec.option);
      if (!checked.success) return { ok: false, error: checked.error };
      return { ok: true, value: spec.answer(context.store.current(), checked.data) };
    },
    autocomplete: spec.autocomplete,
  };
}
