/**
 * Starts the fake Discord, a corpus (the seed corpus copied to a temp folder,
 * plus any extra files), the real bot pointed at the fake, and deploys the
 * commands: everything an end-to-end test needs to act as a user.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { openLibraryStore, type LibraryStore } from '../../src/corpus/library-store.ts';
import { createBot, type Bot, type BotOptions } from '../../src/discord/client.ts';
import { deployCommands } from '../../src/discord/deploy-commands.ts';
import { createLogger } from '../../src/discord/logger.ts';
import { startFakeDiscord, unthrottledIdentify, type FakeDiscord, type InteractionHandle, type StartOptions } from '../support/fake-discord/index.ts';
import { limitViolations } from './discord-limits.ts';

/** The seed corpus, relative to the repository root. */
export const SEED_CORPUS = resolve(import.meta.dirname, '../../corpus');

export interface Harness {
  fake: FakeDiscord;
  bot: Bot;
  store: LibraryStore;
  corpusDir: string;
  logs: string[];
  /** Milliseconds from dispatch to the first callback, per interaction. */
  ackTimes: number[];
  close(): Promise<void>;
}

export async function makeCorpus(extra: Record<string, string | Buffer> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'quotebook-corpus-'));
  await cp(SEED_CORPUS, dir, { recursive: true });
  for (const [name, body] of Object.entries(extra)) await writeFile(join(dir, name), body);
  return dir;
}

export async function startHarness(options: {
  extraFiles?: Record<string, string | Buffer>;
  fake?: StartOptions;
  bot?: (fake: FakeDiscord) => Partial<BotOptions>;
} = {}): Promise<Harness> {
  const corpusDir = await makeCorpus(options.extraFiles);
  const opened = await openLibraryStore({ corpusDir });
  if (!opened.ok) throw new Error(opened.error);
  const fake = await startFakeDiscord(options.fake);
  for (const guildId of fake.guildIds) await deployCommands({ token: fake.token, apiUrl: fake.apiUrl, guildId });
  const logs: string[] = [];
  const bot = createBot({
    token: fake.token,
    apiUrl: fake.apiUrl,
    store: opened.store,
    log: createLogger('debug', [fake.token], (line) => logs.push(line)),
    clientOptions: { ws: unthrottledIdentify },
    // Tests act as one member many times a second; the cooldown has its own tests (throttle.test.ts).
    cooldown: { limit: 0, windowMs: 1000 },
    ...options.bot?.(fake),
  });
  await bot.start();
  await fake.waitForSessions();
  return {
    fake,
    bot,
    store: opened.store,
    corpusDir,
    logs,
    ackTimes: [],
    async close() {
      await bot.stop();
      await fake.close();
      await rm(corpusDir, { recursive: true, force: true });
    },
  };
}

/**
 * Waits for the interaction's answer and checks every message the bot sent for
 * it: acknowledged within 3 s, no mention parsed, inside Discord's limits.
 */
export async function settled(harness: Harness, handle: InteractionHandle, predicate?: Parameters<InteractionHandle['waitFor']>[0]) {
  const ack = await handle.acknowledged(3000);
  const ackMs = ack.at - handle.sentAt;
  harness.ackTimes.push(ackMs);
  expect(ackMs).toBeLessThan(3000);
  const answer = await handle.waitFor(predicate, 10_000);
  expectWellFormed(handle);
  return answer;
}

export function expectWellFormed(handle: InteractionHandle): void {
  for (const response of handle.responses()) {
    const isMessage = response.kind === 'edit' || response.kind === 'followup' || (response.kind === 'callback' && (response.type === 4 || response.type === 7));
    if (!isMessage) continue;
    expect(response.data.allowed_mentions, `allowed_mentions on ${response.kind}`).toMatchObject({ parse: [] });
    expect(limitViolations(response.data), `limits on ${response.kind}`).toEqual([]);
  }
}

/** The answer message's embeds, typed loosely for assertions. */
export type SentEmbed = { title?: string; description?: string; footer?: { text: string }; fields?: Array<{ name: string; value: string }> };

export function embedsOf(message: { embeds: unknown[] } | null): SentEmbed[] {
  return (message?.embeds ?? []) as SentEmbed[];
}

/** Custom ids of the buttons on a message, by label. */
export function buttonsOf(message: { components: unknown[] } | null): Record<string, { custom_id: string; disabled?: boolean }> {
  const rows = (message?.components ?? []) as Array<{ components: Array<{ label: string; custom_id: string; disabled?: boolean }> }>;
  return Object.fromEntries(rows.flatMap((r) => r.components).map((b) => [b.label, b]));
}

/** Polls `check` every 10 ms until it holds; fails with `what` after `timeoutMs` so no test can hang. */
export async function eventually(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Records every unhandled promise rejection in this test process. Vitest fails
 * a run on them too, but only at the end and without saying which scenario;
 * asserting the list is empty after each test pins the blame.
 */
export function recordUnhandledRejections(): { reasons: unknown[]; stop(): void } {
  const reasons: unknown[] = [];
  const listener = (reason: unknown) => void reasons.push(reason);
  process.on('unhandledRejection', listener);
  return { reasons, stop: () => void process.off('unhandledRejection', listener) };
}
