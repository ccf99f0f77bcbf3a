/**
 * Runs one command by name for the command line and the console: the same
 * command modules the Discord bot uses, with the same input checks.
 */
import type { CommandContext, CommandResult } from '../../commands/command.ts';
import { commands } from '../../commands/index.ts';

export const CLI_COMMANDS = ['who-said', 'compare', 'ask', 'sources'] as const;

export type CliResult = CommandResult | { ok: false; error: { code: 'unknown-command'; message: string } };

export async function runCommand(context: CommandContext, name: string, text: string | null): Promise<CliResult> {
  const command = commands.get(name);
  if (!command) {
    return {
      ok: false,
      error: { code: 'unknown-command', message: `Unknown command "${name}". Commands: ${[...CLI_COMMANDS, 'batch'].join(', ')}.` },
    };
  }
  return command.run(context, command.textOption ? (text ?? '') : null);
}
