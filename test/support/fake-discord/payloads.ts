/** Builders of Discord API objects (v10 JSON) from the fake world's state. */
import {
  BOT_PERMISSIONS, EVERYONE_PERMISSIONS, MODERATOR_PERMISSIONS,
  type GuildState, type StoredMessage, type World,
} from './state.ts';
import type { FakeMessage, FakeUser } from './types.ts';

const JOINED_AT = '2024-01-01T00:00:00.000000+00:00';

export function userObject(user: FakeUser, bot = false): Record<string, unknown> {
  return {
    id: user.id, username: user.username, discriminator: '0', global_name: user.username,
    avatar: null, bot, system: false, public_flags: 0, flags: 0, banner: null, accent_color: null,
  };
}

export function roleObjects(guild: GuildState): Array<Record<string, unknown>> {
  const role = (id: string, name: string, position: number, permissions: bigint) => ({
    id, name, position, permissions: permissions.toString(), color: 0, colors: { primary_color: 0 },
    hoist: false, managed: false, mentionable: false, icon: null, unicode_emoji: null, flags: 0,
  });
  return [
    role(guild.everyoneRoleId, '@everyone', 0, EVERYONE_PERMISSIONS),
    role(guild.moderatorRoleId, 'Moderators', 1, EVERYONE_PERMISSIONS | MODERATOR_PERMISSIONS),
  ];
}

export function channelObject(guild: GuildState): Record<string, unknown> {
  return {
    id: guild.channelId, type: 0, guild_id: guild.id, name: 'general', position: 0, topic: null,
    nsfw: false, parent_id: null, last_message_id: null, rate_limit_per_user: 0, flags: 0,
    permission_overwrites: [],
  };
}

export function memberObject(
  world: World, guild: GuildState, user: FakeUser, roleIds: string[], bot = false,
): Record<string, unknown> {
  return {
    user: userObject(user, bot), nick: null, avatar: null, banner: null, roles: roleIds,
    joined_at: JOINED_AT, premium_since: null, deaf: false, mute: false, flags: 0, pending: false,
    communication_disabled_until: null,
    permissions: world.permissionsFor(guild, user, roleIds).toString(),
  };
}

/** The full guild object of GUILD_CREATE / `GET /guilds/{id}`. */
export function guildObject(world: World, guild: GuildState, withGatewayFields: boolean): Record<string, unknown> {
  const members = [
    memberObject(world, guild, world.botUser, [], true),
    memberObject(world, guild, world.moderator, world.defaultRoleIds(guild, world.moderator)),
    memberObject(world, guild, world.member, []),
    memberObject(world, guild, world.owner, []),
  ];
  const base: Record<string, unknown> = {
    id: guild.id, name: guild.name, icon: null, splash: null, discovery_splash: null, banner: null,
    description: null, owner_id: guild.ownerId, afk_channel_id: null, afk_timeout: 300,
    verification_level: 0, default_message_notifications: 0, explicit_content_filter: 0,
    mfa_level: 0, nsfw_level: 0, premium_tier: 0, premium_subscription_count: 0,
    premium_progress_bar_enabled: false, preferred_locale: 'en-US', features: [], emojis: [],
    stickers: [], roles: roleObjects(guild), system_channel_id: guild.channelId,
    system_channel_flags: 0, rules_channel_id: null, public_updates_channel_id: null,
    safety_alerts_channel_id: null, vanity_url_code: null, application_id: null,
    max_members: 500_000, max_video_channel_users: 25, max_stage_video_channel_users: 50,
    widget_enabled: false, widget_channel_id: null,
  };
  if (!withGatewayFields) return base;
  return {
    ...base, unavailable: false, large: false, member_count: members.length, joined_at: JOINED_AT,
    members, channels: [channelObject(guild)], threads: [], presences: [], voice_states: [],
    stage_instances: [], guild_scheduled_events: [], soundboard_sounds: [],
  };
}

export function applicationObject(world: World): Record<string, unknown> {
  return {
    id: world.applicationId, name: world.botUser.username, icon: null, description: '',
    bot_public: true, bot_require_code_grant: false, verify_key: '0'.repeat(64), flags: 0,
    owner: userObject(world.owner), team: null, summary: '', tags: [], approximate_guild_count: world.guilds.length,
    bot: userObject(world.botUser, true), integration_types_config: { '0': {} }, install_params: null,
  };
}

/** A full message object as discord.js parses it; `allowed_mentions` is kept server-side only. */
export function messageObject(world: World, message: StoredMessage): Record<string, unknown> {
  const interaction = message.interactionId ? world.interactions.get(message.interactionId) : undefined;
  return {
    id: message.id, channel_id: message.channelId, guild_id: message.guildId,
    author: userObject(world.botUser, true), content: message.content, embeds: message.embeds,
    components: message.components, attachments: [], flags: message.flags, type: message.type,
    timestamp: message.createdAt.toISOString(), edited_timestamp: message.editedAt?.toISOString() ?? null,
    tts: false, mention_everyone: false, mentions: [], mention_roles: [], mention_channels: [],
    pinned: false, reactions: [], sticker_items: [], position: 0,
    ...(interaction && {
      webhook_id: world.applicationId, application_id: world.applicationId,
      interaction_metadata: {
        id: interaction.id, type: interaction.type, user: userObject(interaction.user),
        authorizing_integration_owners: { '0': interaction.guildId },
        ...(interaction.commandName && { name: interaction.commandName }),
      },
    }),
  };
}

/** What a test sees of a message: its visible fields and the allowed_mentions the bot asked for. */
export function visibleMessage(message: StoredMessage): FakeMessage {
  const { id, content, embeds, components, flags, allowed_mentions } = message;
  return { id, content, embeds, components, flags, ...(allowed_mentions !== undefined && { allowed_mentions }) };
}

export { BOT_PERMISSIONS };
