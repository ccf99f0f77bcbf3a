/** Builds INTERACTION_CREATE payloads (commands, autocomplete, buttons), dispatches them and hands back handles. */
import { performance } from 'node:perf_hooks';
import type { Gateway } from './gateway.ts';
import { BOT_PERMISSIONS, channelObject, memberObject, messageObject, userObject, visibleMessage } from './payloads.ts';
import { interactionToken, snowflake } from './snowflake.ts';
import type { GuildState, InteractionState, World } from './state.ts';
import type {
  AutocompleteOptions, BotResponse, ButtonOptions, CommandOptions, FakeMessage, FakeUser, InteractionHandle,
} from './types.ts';
import { waitUntil } from './wait.ts';

const DEFAULT_WAIT_MS = 5_000;

export class Interactions {
  constructor(private readonly world: World, private readonly gateway: Gateway) {}

  /** `name` may be `'command subcommand'`; option values are typed from the registered definition. */
  runCommand(opts: CommandOptions): InteractionHandle {
    const guild = this.world.guild(opts.guildId);
    return this.dispatch(2, guild, opts.user, opts, (state) => {
      state.commandName = opts.name;
      return this.commandData(guild, opts.name, Object.entries(opts.options ?? {}));
    });
  }

  autocomplete(opts: AutocompleteOptions): InteractionHandle {
    const guild = this.world.guild(opts.guildId);
    return this.dispatch(4, guild, opts.user, {}, (state) => {
      state.commandName = opts.name;
      return this.commandData(guild, opts.name, [[opts.option, opts.value]], opts.option);
    });
  }

  clickButton(opts: ButtonOptions): InteractionHandle {
    const message = this.world.messages.get(opts.messageId);
    if (!message || message.deleted) throw new Error(`fake-discord: no message ${opts.messageId} from the bot to click on`);
    const guild = this.world.guild(opts.guildId ?? message.guildId);
    return this.dispatch(3, guild, opts.user, {}, (state, payload) => {
      state.sourceMessageId = message.id;
      payload.message = messageObject(this.world, message);
      return { custom_id: opts.customId, component_type: 2 };
    });
  }

  private dispatch(
    type: number, guild: GuildState, user: FakeUser = this.world.member,
    access: { permissions?: string; roleIds?: string[] },
    data: (state: InteractionState, payload: Record<string, unknown>) => Record<string, unknown>,
  ): InteractionHandle {
    const state: InteractionState = {
      id: snowflake(), token: interactionToken(), type, guildId: guild.id, channelId: guild.channelId, user,
      acknowledged: false, touched: [], responses: [], listeners: new Set(),
    };
    const member = memberObject(this.world, guild, user, access.roleIds ?? this.world.defaultRoleIds(guild, user));
    if (access.permissions !== undefined) member.permissions = access.permissions;
    const payload: Record<string, unknown> = {
      id: state.id, application_id: this.world.applicationId, type, token: state.token, version: 1,
      guild_id: guild.id, guild: { id: guild.id, locale: 'en-US', features: [] },
      channel_id: guild.channelId, channel: channelObject(guild), member,
      app_permissions: BOT_PERMISSIONS.toString(), locale: 'en-US', guild_locale: 'en-US',
      entitlements: [], authorizing_integration_owners: { '0': guild.id }, context: 0,
      attachment_size_limit: 10_485_760,
    };
    payload.data = data(state, payload);
    this.world.interactions.set(state.id, state);
    this.world.interactionsByToken.set(state.token, state);
    this.gateway.dispatchToGuild(guild.id, 'INTERACTION_CREATE', payload);
    return interactionHandle(this.world, state, performance.now());
  }

  private commandData(guild: GuildState, fullName: string, values: Array<[string, string]>, focused?: string) {
    const [name = '', subcommand] = fullName.split(' ');
    const registered = [...(this.world.commands.get(guild.id) ?? []), ...(this.world.commands.get('global') ?? [])]
      .find((c) => c.name === name && (c.type ?? 1) === 1);
    let definitions = (registered?.options ?? []) as OptionDefinition[];
    if (subcommand) definitions = definitions.find((o) => o.name === subcommand)?.options ?? [];
    const options = values.map(([optionName, value]) => {
      const type = definitions.find((o) => o.name === optionName)?.type ?? 3;
      return { name: optionName, type, value: focused ? value : typedValue(type, value), ...(optionName === focused && { focused: true }) };
    });
    return {
      id: registered?.id ?? snowflake(), name, type: 1, guild_id: registered?.guild_id,
      options: subcommand ? [{ name: subcommand, type: 1, options }] : options,
      ...(this.resolvedUsers(options)),
    };
  }

  /** User options need `resolved.users` or discord.js cannot build `getUser()`. */
  private resolvedUsers(options: Array<{ type: number; value: unknown }>) {
    const users = [this.world.botUser, this.world.moderator, this.world.member, this.world.owner]
      .filter((u) => options.some((o) => o.type === 6 && o.value === u.id));
    return users.length ? { resolved: { users: Object.fromEntries(users.map((u) => [u.id, userObject(u)])) } } : {};
  }
}

interface OptionDefinition { name: string; type: number; options?: OptionDefinition[] }

function typedValue(type: number, value: string): string | number | boolean {
  if (type === 4) return Number.parseInt(value, 10);
  if (type === 10) return Number(value);
  if (type === 5) return value === 'true';
  return value;
}

/** A reply, update, autocomplete result, edit or follow-up: something the user would see. */
const carriesAnswer = (r: BotResponse) =>
  r.kind === 'edit' || r.kind === 'followup' || (r.kind === 'callback' && [4, 7, 8].includes(r.type ?? 0));

export function interactionHandle(world: World, state: InteractionState, sentAt: number): InteractionHandle {
  const waitFor = async (predicate: (r: BotResponse) => boolean = carriesAnswer, timeoutMs = DEFAULT_WAIT_MS) => {
    await waitUntil(state.listeners, () => state.responses.some(predicate), timeoutMs, () =>
      `fake-discord: interaction ${state.commandName ?? state.id} got no matching response in ${timeoutMs}ms; got ${JSON.stringify(state.responses)}`);
    return state.responses.find(predicate)!;
  };
  return {
    id: state.id, token: state.token, sentAt,
    responses: () => [...state.responses],
    acknowledged: (timeoutMs) => waitFor((r) => r.kind === 'callback', timeoutMs),
    waitFor,
    finalMessage: () => finalMessage(world, state),
  };
}

/** The message this interaction most recently created or edited and did not delete. */
function finalMessage(world: World, state: InteractionState): FakeMessage | null {
  for (const id of [...state.touched].reverse()) {
    const message = world.messages.get(id);
    if (message && !message.deleted) return visibleMessage(message);
  }
  return null;
}
