/**
 * Registers the slash commands with Discord (or a Discord-compatible API):
 * to one guild when a guild id is given (instant, for testing), else globally.
 * The definitions are the plain data in `commands/`, sent as they are.
 *
 * @example
 * await deployCommands({ token, apiUrl: 'https://discord.com/api', guildId: '123…' });
 */
import { REST, Routes } from 'discord.js';
import { commands as allCommands } from '../../commands/index.ts';
import type { CommandModule } from '../../commands/command.ts';

export interface DeployOptions {
  token: string;
  apiUrl: string;
  /** The application id; asked from the API when absent. */
  clientId?: string;
  guildId?: string;
  commands?: ReadonlyMap<string, CommandModule>;
}

export interface DeployResult {
  applicationId: string;
  scope: { guildId: string } | 'global';
  names: string[];
}

export async function deployCommands(options: DeployOptions): Promise<DeployResult> {
  const rest = new REST({ api: options.apiUrl }).setToken(options.token);
  const applicationId = options.clientId ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
  const body = [...(options.commands ?? allCommands).values()].map((c) => c.data);
  const route = options.guildId ? Routes.applicationGuildCommands(applicationId, options.guildId) : Routes.applicationCommands(applicationId);
  // PUT replaces the whole set, so a command removed from commands/ disappears from Discord too.
  const saved = (await rest.put(route, { body })) as Array<{ name: string }>;
  return { applicationId, scope: options.guildId ? { guildId: options.guildId } : 'global', names: saved.map((c) => c.name) };
}
