/** `/reload` (moderators only): re-read the corpus without a restart. */
import { MANAGE_GUILD, type CommandModule } from './command.ts';

export const reloadCommand: CommandModule = {
  data: {
    name: 'reload',
    description: 'Moderators: re-read the corpus folder without restarting the bot.',
    default_member_permissions: MANAGE_GUILD,
    dm_permission: false,
  },
  ephemeral: true,
  moderatorOnly: true,
  textOption: null,
  run: async (context) => ({ ok: true, value: { command: 'reload', answer: await context.store.reload() } }),
};
