/**
 * Secrets and run-time permission checks. The bot is started the way `npm
 * start` starts it (settings → logger → launchBot), a full session is played
 * against the fake Discord while everything printed is captured, and at the
 * end all of it, plus every REST request the bot made, is searched for the
 * token and its pieces.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readConfig } from '../../src/config.ts';
import type { Bot } from '../../src/discord/client.ts';
import { deployCommands } from '../../src/discord/deploy-commands.ts';
import { createLogger } from '../../src/discord/logger.ts';
import { launchBot } from '../../src/discord/run-bot.ts';
import { startFakeDiscord, unthrottledIdentify, type FakeDiscord, type FakeUser } from '../support/fake-discord/index.ts';
import { EVERYONE_PERMISSIONS } from '../support/fake-discord/state.ts';
import { buttonsOf, embedsOf, expectWellFormed, makeCorpus } from './harness.ts';

const EPHEMERAL = 64;
const ROOT = resolve(import.meta.dirname, '../..');

let fake: FakeDiscord;
let bot: Bot;
let corpusDir: string;
const printed: string[] = [];
const user = (n: number): FakeUser => ({ id: `${2000 + n}00000000000000`, username: `user_${n}` });

beforeAll(async () => {
  fake = await startFakeDiscord({ heartbeatIntervalMs: 1000 });
  for (const guildId of fake.guildIds) await deployCommands({ token: fake.token, apiUrl: fake.apiUrl, guildId });
  corpusDir = await makeCorpus();
  captureOutput();
  const env = { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: corpusDir, LOG_LEVEL: 'debug' };
  const config = readConfig(env);
  if (!config.success) throw new Error(config.error);
  const settings = { ...config.data, DISCORD_TOKEN: config.data.DISCORD_TOKEN! };
  // The logger run-bot makes, writing to the real stderr (captured above).
  const launched = await launchBot(settings, createLogger(settings.LOG_LEVEL, [settings.DISCORD_TOKEN]), { clientOptions: { ws: unthrottledIdentify } });
  if (!launched.ok) throw new Error(`launch failed: ${printed.join('')}`);
  bot = launched.bot;
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  vi.restoreAllMocks();
  await fake?.close();
  await rm(corpusDir, { recursive: true, force: true });
});

/** Everything written to stdout, stderr or the console goes into `printed` (and not to the terminal). */
function captureOutput(): void {
  const keep = (...args: unknown[]) => void printed.push(args.map((a) => (a instanceof Error ? `${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => (keep(Buffer.from(chunk).toString('utf8')), true));
  }
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) vi.spyOn(console, method).mockImplementation(keep);
}

async function answered(handle: ReturnType<FakeDiscord['runCommand']>, edit = false) {
  await handle.waitFor(edit ? (r) => r.kind === 'edit' : undefined, 10_000);
  expectWellFormed(handle);
  return handle.finalMessage();
}

describe('moderator checks at run time', () => {
  // Discord would hide /reload from these members, but the fake delivers it anyway, as a changed server setting could.
  it.each<[string, { user: FakeUser; permissions?: string; modRole?: boolean }]>([
    ['a member with no roles', { user: user(1) }],
    ['a member whose permissions are none at all', { user: user(2), permissions: '0' }],
    ['a member holding the "Moderators" role, which the bot was not configured with', { user: user(3), modRole: true, permissions: EVERYONE_PERMISSIONS.toString() }],
  ])('refuses %s, ephemerally and without deferring or reloading', async (_, who) => {
    await writeFile(join(corpusDir, '980_unreviewed.txt'), 'Unreviewed\n\n“Not yet,” said Pat Waiting.\n');
    const roleIds = who.modRole ? [fake.moderatorRoleId()] : [];
    const handle = fake.runCommand({ name: 'reload', user: who.user, permissions: who.permissions, roleIds });
    const refusal = await handle.waitFor(undefined, 5000);
    expect(handle.responses().map((r) => r.type)).toEqual([4]);
    expect(refusal.flags).toBe(EPHEMERAL);
    expect(refusal.data.content).toContain('Only moderators');
    const sources = fake.runCommand({ name: 'sources', user: user(9) });
    expect(embedsOf(await answered(sources))[0]!.description).toMatch(/^5 articles/);
  });
});

describe('a full session', () => {
  it('answers each command, a refusal, a page turn, an error and reloads', async () => {
    for (const [name, options] of [['who-said', { quote: 'liberation of Kursk' }], ['ask', { question: 'How many troops?' }], ['sources', {}]] as const) {
      expect(await answered(fake.runCommand({ name, options, user: fake.member }))).not.toBeNull();
    }
    const cooled = await fake.runCommand({ name: 'sources', user: fake.member }).waitFor(undefined, 5000);
    expect(cooled.data.content).toMatch(/^You're asking quickly/);
    await fake.autocomplete({ name: 'who-said', option: 'quote', value: 'liber', user: fake.member }).waitFor(undefined, 5000);

    const compare = await answered(fake.runCommand({ name: 'compare', options: { topic: 'North Korean troops' }, user: user(4) }));
    const next = buttonsOf(compare).Next;
    if (next) await fake.clickButton({ messageId: compare!.id, customId: next.custom_id, user: user(4) }).waitFor(undefined, 5000);

    fake.injectFault({ path: /\/callback$/, status: 400 });
    const failed = await fake.runCommand({ name: 'sources', user: user(5) }).waitFor((r) => r.flags === EPHEMERAL && r.type === 4, 10_000);
    expect(failed.data.content).toMatch(/something went wrong with \/sources \(error [0-9a-f]{6}\)/);

    await writeFile(join(corpusDir, '981_binary.txt'), Buffer.from([0, 1, 2, 255, 254, 0]));
    const reload = await answered(fake.runCommand({ name: 'reload', user: fake.moderator }), true);
    expect(embedsOf(reload)[0]!.fields!.map((f) => f.name)).toContain('Refused files (1)');
    await rename(corpusDir, `${corpusDir}-gone`);
    try {
      const broken = await answered(fake.runCommand({ name: 'reload', user: fake.moderator }), true);
      expect(embedsOf(broken)[0]!.title).toMatch(/^Reload failed/);
    } finally {
      await rename(`${corpusDir}-gone`, corpusDir);
    }
    fake.dropConnection(0, 'close');
    await fake.waitForSessions(1, 5000);
  });

  it('never prints, logs or sends the token or a piece of it', async () => {
    await bot.stop();
    const output = printed.join('');
    // The capture saw the run: start-up, the error path with its stack, the resume, the shutdown.
    expect(output).toMatch(/INFO quotebook: logged in as/);
    expect(output).toMatch(/ERROR quotebook: \/sources failed \(error [0-9a-f]{6}\) DiscordAPIError/);
    expect(output).toMatch(/shard 0 resumed/);
    const sent = fake.requests.map((r) => JSON.stringify({ method: r.method, path: r.path, query: r.query, headers: r.headers, body: r.body }));
    expect(sent.some((r) => r.includes('Corpus reloaded'))).toBe(true);
    expect(leaks(['a line with the token ' + fake.token])).not.toEqual([]);
    expect(leaks([output, ...sent])).toEqual([]);
  });
});

describe('where the token comes from', () => {
  it('names a bad setting without echoing its value', () => {
    const result = readConfig({ DISCORD_TOKEN: fake.token, MAX_CONCURRENT: fake.token, COOLDOWN_QUERIES: fake.token });
    expect(result).toMatchObject({ success: false });
    const error = result.success ? '' : result.error;
    expect(error).toMatch(/MAX_CONCURRENT/);
    expect(leaks([error])).toEqual([]);
  });

  it('is read from the environment in src/config.ts only', () => {
    const readers = sourceFiles(['src', 'commands', 'scripts']).filter((file) => /process\.env\b/.test(readFileSync(file, 'utf8')));
    expect(readers.map((f) => f.slice(ROOT.length + 1))).toEqual(['src/config.ts']);
  });
});

/** The token, each dot-separated (base64) piece of it, and the token itself base64-encoded. */
function leaks(texts: string[]): string[] {
  const token = fake.token;
  const needles = [token, ...token.split('.'), Buffer.from(token).toString('base64'), Buffer.from(token).toString('base64url')];
  return texts.flatMap((text) => needles.filter((n) => text.includes(n)).map((n) => `${n.slice(0, 4)}… in ${text.slice(0, 120)}`));
}

function sourceFiles(dirs: string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
    });
  return dirs.flatMap((d) => walk(join(ROOT, d)));
}
