/**
 * Starts the bot from validated settings: opens the corpus, logs in, and on
 * SIGINT/SIGTERM finishes the replies in flight, destroys the client and
 * exits 0. Used by `npm start` and by each shard of `npm run start:sharded`.
 */
import type { Config } from '../config.ts';
import { openLibraryStore } from '../corpus/library-store.ts';
import { createBot, type Bot, type BotOptions } from './client.ts';
import { progressLog } from '../cli/progress.ts';
import { logCorpus, withReloadLog } from './corpus-log.ts';
import { createLogger, type Logger } from './logger.ts';
import { logUnhandledRejections } from './process-guards.ts';

/** Settings with the token present (main.ts checks that before choosing the bot over the console). */
export type BotConfig = Config & { DISCORD_TOKEN: string };

export type Launch = { ok: true; bot: Bot } | { ok: false; code: number };

/** Runs until a signal; returns the process exit code for failures before login. */
export async function runBot(config: BotConfig): Promise<number> {
  const log = createLogger(config.LOG_LEVEL, [config.DISCORD_TOKEN]);
  logUnhandledRejections(log);
  const launched = await launchBot(config, log);
  if (!launched.ok) return launched.code;
  const { bot } = launched;
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: finishing ${bot.inFlight} interaction(s) in flight, then stopping`);
    bot.stop().then(
      () => process.exit(0),
      (error) => {
        log.error('stopping failed', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  return 0;
}

/**
 * Opens the corpus and logs in, without touching process handlers or signals,
 * so tests can run the bot exactly as configured and stop it themselves.
 * The token comes from the settings only and goes to the client and the logger's redaction list.
 */
export async function launchBot(config: BotConfig, log: Logger, extra: Partial<BotOptions> = {}): Promise<Launch> {
  // Start from the snapshot when one matches the corpus and code; a large first build logs its progress.
  const opened = await openLibraryStore({
    corpusDir: config.CORPUS_DIR,
    cacheDir: config.CACHE_DIR || null,
    onProgress: progressLog((line) => log.info(line)).update,
  });
  if (!opened.ok) {
    log.error(opened.error);
    return { ok: false, code: 1 };
  }
  logCorpus(log, config.CORPUS_DIR, opened.store.current());
  const bot = createBot({
    token: config.DISCORD_TOKEN,
    apiUrl: config.DISCORD_API_URL,
    store: withReloadLog(opened.store, log, config.CORPUS_DIR),
    moderatorRoleIds: config.MODERATOR_ROLE_IDS,
    cooldown: { limit: config.COOLDOWN_QUERIES, windowMs: config.COOLDOWN_WINDOW_MS },
    maxConcurrent: config.MAX_CONCURRENT,
    log,
    ...extra,
  });
  try {
    await bot.start();
  } catch (error) {
    // discord.js names the problem (TokenInvalid, a refused connection); the logger redacts the token.
    log.error('could not log in', error);
    await bot.client.destroy();
    return { ok: false, code: 1 };
  }
  return { ok: true, bot };
}
