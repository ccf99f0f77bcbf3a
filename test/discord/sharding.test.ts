/**
 * Two shards under discord.js's ShardingManager (one process each, running
 * src/main.ts as `npm run start:sharded` does) against the fake Discord: a
 * /reload in one guild reloads the corpus on both shards.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { deployCommands } from '../../src/discord/deploy-commands.ts';
import { createLogger } from '../../src/discord/logger.ts';
import { startSharding, type Sharded } from '../../src/discord/sharding.ts';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.ts';
import { expectWellFormed, makeCorpus, type SentEmbed } from './harness.ts';

let fake: FakeDiscord;
let corpusDir: string;
let sharded: Sharded;
const exitCodes: Array<number | null> = [];

beforeAll(async () => {
  fake = await startFakeDiscord({ guildCount: 2, shards: 2 });
  corpusDir = await makeCorpus();
  for (const guildId of fake.guildIds) await deployCommands({ token: fake.token, apiUrl: fake.apiUrl, guildId });
  sharded = await startSharding({
    token: fake.token,
    apiUrl: fake.apiUrl,
    totalShards: 'auto',
    spawnDelayMs: 0,
    log: createLogger('warn', [fake.token]),
    env: { DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: corpusDir, LOG_LEVEL: 'warn', MODERATOR_ROLE_IDS: '' },
  });
  for (const shard of sharded.manager.shards.values()) shard.process!.once('exit', (code) => exitCodes.push(code));
  await fake.waitForSessions(2, 30_000);
}, 90_000);

afterAll(async () => {
  await sharded?.stop();
  await fake?.close();
  await rm(corpusDir, { recursive: true, force: true });
});

it('asks the API for the shard count and runs one session per shard', () => {
  expect(sharded.totalShards).toBe(2);
  expect(fake.sessions().filter((s) => !s.closed).map((s) => s.shardId).sort()).toEqual([0, 1]);
});

it('reloads every shard when a moderator runs /reload in one guild', async () => {
  const [guildA, guildB] = fake.guildIds as [string, string];
  await writeFile(join(corpusDir, '970_new.txt'), 'Added on both shards\n\n“Both shards see me,” said Ann Example.\n');
  const reload = fake.runCommand({ name: 'reload', user: fake.moderator, guildId: guildA });
  const ack = await reload.acknowledged(3000);
  expect(ack.at - reload.sentAt).toBeLessThan(3000);
  await reload.waitFor((r) => r.kind === 'edit', 30_000);
  expectWellFormed(reload);
  const [embed] = reload.finalMessage()!.embeds as SentEmbed[];
  expect(embed!.title).toBe('Corpus reloaded');
  expect(embed!.description).toContain('Reloaded on 2 of 2 shards.');
  expect(embed!.fields!.find((f) => f.name === 'Added (1)')!.value).toContain('970\\_new.txt');

  // The other guild lives on the other shard, whose Library must hold the new article too.
  const sources = fake.runCommand({ name: 'sources', guildId: guildB });
  await sources.waitFor(undefined, 10_000);
  const [listing] = sources.finalMessage()!.embeds as SentEmbed[];
  expect(listing!.description).toMatch(/^6 articles/);
}, 60_000);

it('stops every shard gracefully on SIGTERM (exit code 0)', async () => {
  await sharded.stop();
  expect(exitCodes).toEqual([0, 0]);
}, 30_000);
