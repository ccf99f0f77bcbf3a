/**
 * The bot: a discord.js Client (Guilds intent only) wired to the router, with
 * the interactions in flight tracked so `stop()` can let them finish before
 * the client is destroyed.
 *
 * @example
 * const bot = createBot({ token, store, apiUrl: 'https://discord.com/api' });
 * await bot.start();
 * process.once('SIGTERM', () => bot.stop().then(() => process.exit(0)));
 */
import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';
import { commands as allCommands } from '../../commands/index.ts';
import type { CommandModule } from '../../commands/command.ts';
import type { LibraryStore } from '../corpus/library-store.ts';
import { createLogger, type Logger } from './logger.ts';
import { createPageStore, type PageStore, type PageStoreOptions } from './pagination.ts';
import { installReloadHook, reloadEverywhere } from './reload-shards.ts';
import { handleInteraction } from './router.ts';
import { createGuards, type CooldownOptions } from './throttle.ts';

export interface BotOptions {
  token: string;
  store: LibraryStore;
  /** REST base of a Discord-compatible API; the gateway address is asked from it. Default: Discord's own. */
  apiUrl?: string;
  moderatorRoleIds?: readonly string[];
  log?: Logger;
  pages?: Partial<PageStoreOptions>;
  /** A pending `run()` older than this is deferred. Default 1500 ms, well inside Discord's 3 s. */
  deferAfterMs?: number;
  /** How long `stop()` waits for interactions in flight. Default 10 s. */
  drainTimeoutMs?: number;
  /** Commands per user per window; `limit: 0` turns it off. Default 3 per 10 s (settings COOLDOWN_*). */
  cooldown?: CooldownOptions;
  /** Slash commands handled at once before new ones are told the bot is busy. Default 8 (MAX_CONCURRENT). */
  maxConcurrent?: number;
  commands?: ReadonlyMap<string, CommandModule>;
  /** Extra Client options, e.g. `{ shards: [0], shardCount: 2 }` in tests. */
  clientOptions?: Partial<ClientOptions>;
}

export interface Bot {
  client: Client;
  pages: PageStore;
  /** Logs in and resolves once the gateway session is ready. */
  start(): Promise<void>;
  /** Waits for interactions in flight, disables live page buttons, destroys the client. */
  stop(): Promise<void>;
  /** Interactions being handled now. */
  readonly inFlight: number;
}

const defaults = {
  apiUrl: 'https://discord.com/api',
  deferAfterMs: 1500,
  drainTimeoutMs: 10_000,
  cooldown: { limit: 3, windowMs: 10_000 },
  maxConcurrent: 8,
};

export function createBot(options: BotOptions): Bot {
  const settings = { ...defaults, ...options };
  const log = options.log ?? createLogger('info', [options.token]);
  const client = new Client({
    ...options.clientOptions,
    // Slash commands, autocomplete and buttons arrive as interactions; no message content or members needed.
    intents: [GatewayIntentBits.Guilds],
    rest: { ...options.clientOptions?.rest, api: settings.apiUrl },
    allowedMentions: { parse: [], repliedUser: false },
  });
  const pages = createPageStore(options.pages, (error) => log.warn('could not disable expired page buttons', error));
  const pending = new Set<Promise<void>>();
  installReloadHook(client, options.store);
  const deps = {
    commands: options.commands ?? allCommands,
    store: options.store,
    moderatorRoleIds: options.moderatorRoleIds ?? [],
    pages,
    log,
    deferAfterMs: settings.deferAfterMs,
    guards: createGuards({ cooldown: settings.cooldown, maxConcurrent: settings.maxConcurrent }),
    reloadEverywhere: () => reloadEverywhere(client, options.store),
  };

  client.on(Events.InteractionCreate, (interaction) => {
    const work = handleInteraction(interaction, deps).finally(() => pending.delete(work));
    pending.add(work);
  });
  client.on(Events.Error, (error) => log.error('client error', error));
  client.on(Events.Warn, (message) => log.warn(message));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn(`shard ${shard} disconnected (${event.code})`));
  client.on(Events.ShardResume, (shard) => log.info(`shard ${shard} resumed`));

  return {
    client,
    pages,
    get inFlight() {
      return pending.size;
    },
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(options.token);
      await ready;
      log.info(`logged in as ${client.user?.tag ?? 'the bot'} on shard(s) ${[...client.ws.shards.keys()].join(', ')}`);
    },
    async stop() {
      // Loop: an interaction may arrive while earlier ones drain, and it deserves an answer too.
      const deadline = Date.now() + settings.drainTimeoutMs;
      while (pending.size > 0 && Date.now() < deadline) {
        await Promise.race([Promise.allSettled([...pending]), sleep(deadline - Date.now())]);
      }
      if (pending.size > 0) log.warn(`stopping with ${pending.size} interaction(s) still in flight`);
      await pages.expireAll(3000);
      await client.destroy();
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
