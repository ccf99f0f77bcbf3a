/** `npm run start:sharded`: the bot under a ShardingManager; SHARD_COUNT shards ('auto' by default). */
import { readConfig } from './config.ts';
import { createLogger } from './discord/logger.ts';
import { startSharding, type Sharded } from './discord/sharding.ts';

const config = readConfig();
if (!config.success) {
  console.error(config.error);
  process.exit(2);
}
const { DISCORD_TOKEN: token, DISCORD_API_URL: apiUrl, SHARD_COUNT, LOG_LEVEL } = config.data;
if (!token) {
  console.error('quotebook: bad setting DISCORD_TOKEN: required to run the bot sharded (see .env.example)');
  process.exit(2);
}
const log = createLogger(LOG_LEVEL, [token]);
let sharded: Sharded | null = null;
let stopping = false;
const shutdown = (signal: string) => {
  if (stopping) return;
  stopping = true;
  log.info(`${signal}: stopping the shards`);
  // A terminal's Ctrl-C reaches the shards directly too; SIGTERM to them is then harmless.
  void (sharded?.stop() ?? Promise.resolve()).then(() => process.exit(0));
};
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
try {
  sharded = await startSharding({ token, apiUrl, totalShards: SHARD_COUNT, log });
} catch (error) {
  log.error('could not start the shards', error);
  process.exit(1);
}
