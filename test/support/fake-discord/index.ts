/**
 * A Discord-compatible server on 127.0.0.1 for end-to-end tests: REST under `/api/v10` and a JSON
 * gateway on the same port, enough for the real discord.js 14 client to log in, receive interactions
 * and answer them. Nothing here talks to any other address.
 *
 * @example
 * const discord = await startFakeDiscord();
 * const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiUrl } });
 * await client.login(discord.token);
 * await discord.waitForSessions();
 * const reply = await discord.runCommand({ name: 'ping' }).waitFor();
 * await discord.close();
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Gateway } from './gateway.ts';
import { HttpFront } from './http.ts';
import { interactionRoutes } from './interaction-routes.ts';
import { visibleMessage } from './payloads.ts';
import { Interactions } from './interactions.ts';
import { restRoutes } from './rest-routes.ts';
import { World } from './state.ts';
import type { FakeDiscord, StartOptions } from './types.ts';

export type * from './types.ts';

/**
 * discord.js spaces IDENTIFYs of a shard 5 s apart (+ up to 1.5 s jitter), so a re-identify right
 * after login waits that long. Pass as the Client's `ws` option in tests that re-identify quickly:
 * `new Client({ ..., ws: unthrottledIdentify })`.
 */
export const unthrottledIdentify = {
  buildIdentifyThrottler: () => ({ waitForIdentify: async () => undefined }),
};

const defaultOptions = { guildCount: 1, heartbeatIntervalMs: 41_250, shards: 1 };
const DEFAULT_SESSION_WAIT_MS = 10_000;

/** Starts a fake Discord on an ephemeral 127.0.0.1 port; call `close()` when done. */
export async function startFakeDiscord(options: StartOptions = {}): Promise<FakeDiscord> {
  const { token, guildCount, heartbeatIntervalMs, shards } = { ...defaultOptions, ...options };
  const world = new World(token, guildCount);
  let port = 0;
  const gatewayUrl = () => `ws://127.0.0.1:${port}`;
  const http = new HttpFront([...restRoutes(world, { gatewayUrl, shards }), ...interactionRoutes(world)], world.token);
  const server = createServer((req, res) => void http.handle(req, res));
  const gateway = new Gateway(world, server, { heartbeatIntervalMs, url: gatewayUrl });
  const interactions = new Interactions(world, gateway);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    gatewayUrl: gatewayUrl(),
    token: world.token,
    applicationId: world.applicationId,
    botUser: world.botUser,
    guildIds: world.guilds.map((g) => g.id),
    channelId: (guildId) => world.guild(guildId).channelId,
    moderator: world.moderator,
    member: world.member,
    moderatorRoleId: (guildId) => world.guild(guildId).moderatorRoleId,
    waitForSessions: (count = 1, timeoutMs = DEFAULT_SESSION_WAIT_MS) => gateway.waitForSessions(count, timeoutMs),
    sessions: () => gateway.sessions(),
    registeredCommands: (guildId) => [...(world.commands.get(guildId ?? 'global') ?? [])],
    runCommand: (opts) => interactions.runCommand(opts),
    autocomplete: (opts) => interactions.autocomplete(opts),
    clickButton: (opts) => interactions.clickButton(opts),
    requests: http.requests,
    message: (id) => {
      const message = world.messages.get(id);
      return message && !message.deleted ? visibleMessage(message) : null;
    },
    dropConnection: (shardId = 0, how = 'close') => gateway.dropConnection(shardId, how),
    injectFault: (fault) => http.injectFault(fault),
    expireToken: (t) => void world.expiredTokens.add(t),
    close: async () => {
      http.abortDelays();
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
