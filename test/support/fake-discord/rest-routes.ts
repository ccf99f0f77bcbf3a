/** Bot-authenticated REST routes: gateway info, application, users, commands, channels, guilds. */
import { json, notFound, type Route, type RouteContext } from './http.ts';
import {
  applicationObject, channelObject, guildObject, memberObject, messageObject, roleObjects, userObject,
} from './payloads.ts';
import { applyMessageData, EPHEMERAL, recordResponse } from './responses.ts';
import { snowflake } from './snowflake.ts';
import type { World } from './state.ts';

export interface RestRouteOptions {
  gatewayUrl: () => string;
  shards: number;
}

export function restRoutes(world: World, options: RestRouteOptions): Route[] {
  const route = (method: Route['method'], pattern: string, handle: Route['handle']): Route =>
    ({ method, pattern, auth: true, handle });
  return [
    { method: 'GET', pattern: '/gateway', auth: false, handle: () => json(200, { url: options.gatewayUrl() }) },
    route('GET', '/gateway/bot', () => json(200, {
      url: options.gatewayUrl(), shards: options.shards,
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
    })),
    route('GET', '/applications/@me', () => json(200, applicationObject(world))),
    route('GET', '/oauth2/applications/@me', () => json(200, applicationObject(world))),
    route('GET', '/users/@me', () => json(200, { ...userObject(world.botUser, true), verified: true, mfa_enabled: false })),
    route('GET', '/users/:userId', ({ params }) => {
      const user = knownUsers(world).find((u) => u.id === params.userId);
      return user ? json(200, userObject(user, user === world.botUser)) : notFound('Unknown User', 10013);
    }),
    ...commandRoutes(world, route),
    ...channelRoutes(world, route),
    ...guildRoutes(world, route),
  ];
}

type RouteFactory = (method: Route['method'], pattern: string, handle: Route['handle']) => Route;

function commandRoutes(world: World, route: RouteFactory): Route[] {
  const scopes = [
    { base: '/applications/:appId/commands', key: () => 'global' },
    { base: '/applications/:appId/guilds/:guildId/commands', key: (ctx: RouteContext) => ctx.params.guildId! },
  ];
  return scopes.flatMap(({ base, key }) => {
    const guarded = (handle: Route['handle']): Route['handle'] => (ctx) => {
      if (ctx.params.appId !== world.applicationId) return notFound('Unknown Application', 10002);
      if (ctx.params.guildId && !world.guilds.some((g) => g.id === ctx.params.guildId)) return notFound('Unknown Guild', 10004);
      return handle(ctx);
    };
    const list = (ctx: RouteContext) => world.commands.get(key(ctx)) ?? [];
    return [
      route('GET', base, guarded((ctx) => json(200, list(ctx)))),
      route('PUT', base, guarded((ctx) => {
        if (!Array.isArray(ctx.body)) return json(400, { message: 'Invalid Form Body', code: 50035 });
        const saved = ctx.body.map((c: Record<string, unknown>) => withIds(world, c, list(ctx), ctx.params.guildId));
        world.commands.set(key(ctx), saved);
        return json(200, saved);
      })),
      route('POST', base, guarded((ctx) => {
        const saved = withIds(world, ctx.body, list(ctx), ctx.params.guildId);
        world.commands.set(key(ctx), [...list(ctx).filter((c) => c.id !== saved.id), saved]);
        return json(201, saved);
      })),
      route('GET', `${base}/:commandId`, guarded((ctx) => {
        const command = list(ctx).find((c) => c.id === ctx.params.commandId);
        return command ? json(200, command) : notFound('Unknown application command', 10063);
      })),
      route('DELETE', `${base}/:commandId`, guarded((ctx) => {
        world.commands.set(key(ctx), list(ctx).filter((c) => c.id !== ctx.params.commandId));
        return json(204);
      })),
    ];
  });
}

/** Adds what Discord adds to a registered command; a command keeps its id when its name is reused. */
function withIds(
  world: World, command: Record<string, unknown>, existing: Array<Record<string, unknown>>, guildId?: string,
): Record<string, unknown> {
  const type = command.type ?? 1;
  const previous = existing.find((c) => c.name === command.name && c.type === type);
  return {
    default_member_permissions: null, nsfw: false, name_localizations: null, description_localizations: null,
    options: [], contexts: null, integration_types: [0],
    ...command,
    id: previous?.id ?? snowflake(), application_id: world.applicationId, version: snowflake(), type,
    ...(guildId && { guild_id: guildId }),
  };
}

function channelRoutes(world: World, route: RouteFactory): Route[] {
  const withChannel = (handle: (ctx: RouteContext, guildId: string) => ReturnType<Route['handle']>): Route['handle'] =>
    (ctx) => {
      const guild = world.guildOfChannel(ctx.params.channelId!);
      return guild ? handle(ctx, guild.id) : notFound('Unknown Channel', 10003);
    };
  const findMessage = (ctx: RouteContext) => {
    const message = world.messages.get(ctx.params.messageId!);
    return message && !message.deleted && message.channelId === ctx.params.channelId ? message : undefined;
  };
  return [
    route('GET', '/channels/:channelId', withChannel((ctx) => json(200, channelObject(world.guildOfChannel(ctx.params.channelId!)!)))),
    route('POST', '/channels/:channelId/messages', withChannel((ctx, guildId) => {
      const body = ctx.body ?? {};
      const message = world.createMessage({
        channelId: ctx.params.channelId!, guildId, content: body.content ?? '', embeds: body.embeds ?? [],
        components: body.components ?? [], flags: body.flags ?? 0, allowed_mentions: body.allowed_mentions,
      });
      return json(200, messageObject(world, message));
    })),
    route('GET', '/channels/:channelId/messages/:messageId', withChannel((ctx) => {
      const message = findMessage(ctx);
      return message ? json(200, messageObject(world, message)) : notFound('Unknown Message', 10008);
    })),
    // Bots may edit their own non-ephemeral messages, interaction replies included; such edits count for that interaction.
    route('PATCH', '/channels/:channelId/messages/:messageId', withChannel((ctx) => {
      const message = findMessage(ctx);
      if (!message || message.flags & EPHEMERAL) return notFound('Unknown Message', 10008);
      applyMessageData(message, ctx.body ?? {}, true);
      const state = message.interactionId ? world.interactions.get(message.interactionId) : undefined;
      if (state) recordResponse(state, { kind: 'edit', data: ctx.body ?? {}, flags: message.flags, messageId: message.id });
      return json(200, messageObject(world, message));
    })),
    route('DELETE', '/channels/:channelId/messages/:messageId', withChannel((ctx) => {
      const message = findMessage(ctx);
      if (!message) return notFound('Unknown Message', 10008);
      message.deleted = true;
      return json(204);
    })),
  ];
}

function guildRoutes(world: World, route: RouteFactory): Route[] {
  const withGuild = (handle: (ctx: RouteContext, guild: ReturnType<World['guild']>) => ReturnType<Route['handle']>): Route['handle'] =>
    (ctx) => {
      const guild = world.guilds.find((g) => g.id === ctx.params.guildId);
      return guild ? handle(ctx, guild) : notFound('Unknown Guild', 10004);
    };
  return [
    route('GET', '/guilds/:guildId', withGuild((_ctx, guild) => json(200, {
      ...guildObject(world, guild, false), approximate_member_count: 4, approximate_presence_count: 1,
    }))),
    route('GET', '/guilds/:guildId/channels', withGuild((_ctx, guild) => json(200, [channelObject(guild)]))),
    route('GET', '/guilds/:guildId/roles', withGuild((_ctx, guild) => json(200, roleObjects(guild)))),
    route('GET', '/guilds/:guildId/members/:userId', withGuild((ctx, guild) => {
      const user = knownUsers(world).find((u) => u.id === ctx.params.userId);
      if (!user) return notFound('Unknown Member', 10007);
      return json(200, memberObject(world, guild, user, world.defaultRoleIds(guild, user), user === world.botUser));
    })),
  ];
}

function knownUsers(world: World) {
  return [world.botUser, world.moderator, world.member, world.owner];
}
