import { fakeToken, guildSnowflake, snowflake } from './snowflake.ts';
import type { BotResponse, FakeUser } from './types.ts';

/** Permission bits used by the fake world (see discord-api-types PermissionFlagsBits). */
export const Permission = {
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  UseApplicationCommands: 1n << 31n,
} as const;

export const EVERYONE_PERMISSIONS =
  Permission.ViewChannel | Permission.SendMessages | Permission.AddReactions |
  Permission.EmbedLinks | Permission.ReadMessageHistory | Permission.UseApplicationCommands;
export const MODERATOR_PERMISSIONS = Permission.ManageGuild | Permission.ManageMessages;
export const BOT_PERMISSIONS = EVERYONE_PERMISSIONS | Permission.AttachFiles;

export interface GuildState {
  id: string;
  name: string;
  channelId: string;
  /** The @everyone role shares the guild's id, as on Discord. */
  everyoneRoleId: string;
  moderatorRoleId: string;
  ownerId: string;
}

/** A message the bot created, as stored (visible fields plus where it lives). */
export interface StoredMessage {
  id: string;
  channelId: string;
  guildId: string;
  content: string;
  embeds: unknown[];
  components: unknown[];
  flags: number;
  allowed_mentions?: unknown;
  /** 0 default, 20 chat-input command reply, 19 reply. */
  type: number;
  interactionId?: string;
  createdAt: Date;
  editedAt: Date | null;
  deleted: boolean;
}

/** What the server remembers about one interaction it dispatched. */
export interface InteractionState {
  id: string;
  token: string;
  type: number;
  guildId: string;
  channelId: string;
  user: FakeUser;
  commandName?: string;
  /** For component interactions: the message the component is on. */
  sourceMessageId?: string;
  /** The message `@original` points at, once acknowledged. */
  originalMessageId?: string;
  acknowledged: boolean;
  /** Message ids in the order the bot last created/edited them, newest last. */
  touched: string[];
  responses: BotResponse[];
  listeners: Set<() => void>;
}

/** The mutable world of one fake Discord: users, guilds, commands, messages, interactions. */
export class World {
  readonly applicationId = snowflake();
  readonly botUser: FakeUser = { id: this.applicationId, username: 'quotebook-test' };
  readonly moderator: FakeUser = { id: snowflake(), username: 'mod_mara' };
  readonly member: FakeUser = { id: snowflake(), username: 'member_milo' };
  readonly owner: FakeUser = { id: snowflake(), username: 'owner_olga' };
  readonly token: string;
  readonly guilds: GuildState[] = [];
  /** Registered commands: key 'global' or a guild id. */
  readonly commands = new Map<string, Array<Record<string, unknown>>>();
  readonly messages = new Map<string, StoredMessage>();
  readonly interactions = new Map<string, InteractionState>();
  readonly interactionsByToken = new Map<string, InteractionState>();
  readonly expiredTokens = new Set<string>();

  constructor(token: string | undefined, guildCount: number) {
    this.token = token ?? fakeToken(this.botUser.id);
    for (let i = 0; i < guildCount; i++) {
      const id = guildSnowflake(i);
      this.guilds.push({
        id, name: `Test Guild ${i + 1}`, channelId: snowflake(), everyoneRoleId: id,
        moderatorRoleId: snowflake(), ownerId: this.owner.id,
      });
    }
  }

  guild(guildId?: string): GuildState {
    const guild = guildId === undefined ? this.guilds[0] : this.guilds.find((g) => g.id === guildId);
    if (!guild) throw new Error(`fake-discord: unknown guild ${guildId ?? '(none: guildCount is 0)'}`);
    return guild;
  }

  guildOfChannel(channelId: string): GuildState | undefined {
    return this.guilds.find((g) => g.channelId === channelId);
  }

  /** Roles a user has in a guild when a test does not say: moderators get the Moderators role. */
  defaultRoleIds(guild: GuildState, user: FakeUser): string[] {
    return user.id === this.moderator.id ? [guild.moderatorRoleId] : [];
  }

  /** The member's guild-wide permissions from @everyone plus the given roles. */
  permissionsFor(guild: GuildState, user: FakeUser, roleIds: string[]): bigint {
    let bits = EVERYONE_PERMISSIONS;
    if (roleIds.includes(guild.moderatorRoleId)) bits |= MODERATOR_PERMISSIONS;
    if (user.id === guild.ownerId) bits |= 1n << 3n; // Administrator
    return bits;
  }

  createMessage(init: Partial<StoredMessage> & { channelId: string; guildId: string }): StoredMessage {
    const message: StoredMessage = {
      id: snowflake(), content: '', embeds: [], components: [], flags: 0, type: 0,
      createdAt: new Date(), editedAt: null, deleted: false, ...init,
    };
    this.messages.set(message.id, message);
    return message;
  }
}
