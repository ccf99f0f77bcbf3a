/** `/sources`: what is in the corpus. */
import { listSources } from '../src/core/sources.ts';
import type { CommandModule } from './command.ts';

export const sourcesCommand: CommandModule = {
  data: { name: 'sources', description: 'What articles the bot can quote from.' },
  ephemeral: true,
  moderatorOnly: false,
  textOption: null,
  run: (context) => ({ ok: true, value: { command: 'sources', answer: listSources(context.store.current()) } }),
};
