/**
 * `npm start`: with DISCORD_TOKEN set, the Discord bot; without it, the same
 * commands in the terminal. Each shard of `npm run start:sharded` runs this
 * file too (the ShardingManager passes the token and the shard ids).
 */
import { readConfig } from './config.ts';

const config = readConfig();
if (!config.success) {
  console.error(config.error);
  process.exit(2);
}
const { DISCORD_TOKEN } = config.data;
if (DISCORD_TOKEN) {
  const { runBot } = await import('./discord/run-bot.ts');
  const code = await runBot({ ...config.data, DISCORD_TOKEN });
  if (code !== 0) process.exit(code);
} else {
  // Imported only here, so the bot does not load the terminal front end.
  const { runConsole } = await import('./cli/console.ts');
  process.exitCode = await runConsole({ corpusDir: config.data.CORPUS_DIR });
}
