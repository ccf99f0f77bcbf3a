/** Every slash command, by name. Deploy, the Discord router and the command line all read this list. */
import { askCommand } from './ask.ts';
import type { CommandModule } from './command.ts';
import { compareCommand } from './compare.ts';
import { reloadCommand } from './reload.ts';
import { sourcesCommand } from './sources.ts';
import { whoSaidCommand } from './who-said.ts';

export const commands: ReadonlyMap<string, CommandModule> = new Map(
  [whoSaidCommand, compareCommand, askCommand, sourcesCommand, reloadCommand].map((c) => [c.data.name, c]),
);
