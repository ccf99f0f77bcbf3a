/**
 * Who may run moderator commands. Discord's `default_member_permissions`
 * hides /reload from most members, but server admins can change that, so the
 * bot checks again when the command runs.
 */
import { PermissionFlagsBits, type Interaction } from 'discord.js';

/** Manage Server, or one of the configured moderator roles. */
export function isModerator(interaction: Interaction, moderatorRoleIds: readonly string[]): boolean {
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  if (moderatorRoleIds.length === 0) return false;
  return memberRoleIds(interaction).some((id) => moderatorRoleIds.includes(id));
}

/** Role ids of the member, whether discord.js cached a GuildMember or gave the raw API member. */
function memberRoleIds(interaction: Interaction): string[] {
  const roles = interaction.member?.roles;
  if (!roles) return [];
  return Array.isArray(roles) ? roles : [...roles.cache.keys()];
}
