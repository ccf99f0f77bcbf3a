/**
 * Runs the bot under discord.js's ShardingManager: one process per shard,
 * each running the bot's main module (src/main.ts, or dist/src/main.js when
 * compiled) with its own copy of the corpus. A /reload in any guild reaches
 * every shard through broadcastEval (see reload-shards.ts).
 *
 * @example
 * const sharded = await startSharding({ token, apiUrl, totalShards: 'auto', log });
 * process.once('SIGTERM', () => sharded.stop().then(() => process.exit(0)));
 */
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import type { Logger } from './logger.ts';

// Compiled (dist/), each shard runs the compiled main.js; from the sources, main.ts under tsx's loader.
const COMPILED = import.meta.url.endsWith('.js');
const SHARD_SCRIPT = fileURLToPath(new URL(COMPILED ? '../main.js' : '../main.ts', import.meta.url));

export interface ShardingOptions {
  token: string;
  apiUrl: string;
  /** 'auto' asks the API in `apiUrl` (not always discord.com) how many shards it recommends. */
  totalShards: number | 'auto';
  log: Logger;
  /** Pause between shard logins; Discord allows one identify per 5 s. Default 5500. */
  spawnDelayMs?: number;
  /** Extra environment for the shard processes (tests point them at a fake API and corpus). */
  env?: Record<string, string>;
}

export interface Sharded {
  manager: ShardingManager;
  totalShards: number;
  /** Sends SIGTERM to every shard (each finishes its replies and exits 0) and waits for them. */
  stop(): Promise<void>;
}

export async function startSharding(options: ShardingOptions): Promise<Sharded> {
  const { log } = options;
  const totalShards = options.totalShards === 'auto' ? await recommendedShards(options.token, options.apiUrl) : options.totalShards;
  const manager = new ShardingManager(SHARD_SCRIPT, {
    token: options.token,
    totalShards,
    mode: 'process',
    execArgv: COMPILED ? [] : ['--import', 'tsx'],
  });
  let stopping = false;
  manager.on('shardCreate', (shard) => {
    Object.assign(shard.env as Record<string, string>, options.env);
    log.info(`shard ${shard.id} of ${totalShards} starting`);
    shard.on('death', () => (stopping ? log.info : log.warn)(`shard ${shard.id} exited`));
  });
  await manager.spawn({ amount: totalShards, delay: options.spawnDelayMs ?? 5500, timeout: 60_000 });
  log.info(`all ${totalShards} shard(s) ready`);
  return {
    manager,
    totalShards,
    stop: () => {
      stopping = true;
      return stopShards(manager);
    },
  };
}

async function stopShards(manager: ShardingManager): Promise<void> {
  manager.respawn = false;
  await Promise.all(
    [...manager.shards.values()].map((shard) => {
      const child = shard.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return undefined;
      return new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    }),
  );
}

async function recommendedShards(token: string, apiUrl: string): Promise<number> {
  const rest = new REST({ api: apiUrl }).setToken(token);
  const { shards } = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return Math.max(1, shards);
}
