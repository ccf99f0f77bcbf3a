/**
 * Starts the bot from validated settings: opens the corpus, logs in, and on
 * SIGINT/SIGTERM finishes the replies in flight, destroys the client and
 * exits 0. Used by `npm start` and by each shard of `npm run start:sharded`.
 */
import type { Config } from '../config.ts';
import { openLibraryStore } from '../corpus/library-store.ts';
import { createBot } from './client.ts';
import { createLogger } from './logger.ts';

/** Runs until a signal; returns the process exit code for failures before login. */
export async function runBot(config: Config & { DISCORD_TOKEN: string }): Promise<number> {
  const log = createLogger(config.LOG_LEVEL, [config.DISCORD_TOKEN]);
  const opened = await openLibraryStore({ corpusDir: config.CORPUS_DIR });
  if (!opened.ok) {
    log.error(opened.error);
    return 1;
  }
  const stats = opened.store.current().stats;
  log.info(`corpus "${config.CORPUS_DIR}": ${stats.articles} articles, ${stats.passages} passages, ${stats.quotes} quotes`);
  const bot = createBot({
    token: config.DISCORD_TOKEN,
    apiUrl: config.DISCORD_API_URL,
    store: opened.store,
    moderatorRoleIds: config.MODERATOR_ROLE_IDS,
    log,
  });
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
  try {
    await bot.start();
  } catch (error) {
    // discord.js names the problem (TokenInvalid, a refused connection); the logger redacts the token.
    log.error('could not log in', error);
    await bot.client.destroy();
    return 1;
  }
  return 0;
}
