/**
 * The compiled bot (`npm run build`, dist/), which is what `npm start` and
 * production run: it must answer exactly as the sources do under tsx, start
 * its NLP workers without a TypeScript loader, and share snapshots with them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../src/discord/deploy-commands.ts';
import { createLogger } from '../src/discord/logger.ts';
import { makeCorpus, type SentEmbed } from './discord/harness.ts';
import { startFakeDiscord } from './support/fake-discord/index.ts';

const run = (command: string, args: string[], env: Record<string, string> = {}, input?: string) =>
  spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env }, input, timeout: 60_000 });

describe('the compiled bot (npm run build)', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'quotebook-build-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  beforeAll(() => {
    const built = run('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json']);
    expect(built.stdout + built.stderr).toBe('');
    expect(built.status).toBe(0);
  }, 60_000);

  it('answers the command line exactly as the TypeScript sources do', () => {
    const args = ['who-said', 'has completely failed', '--json'];
    const compiled = run(process.execPath, ['dist/src/cli/main.js', ...args], { CACHE_DIR: cacheDir });
    const sources = run('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], { CACHE_DIR: cacheDir });
    expect(compiled.status).toBe(0);
    expect(JSON.parse(compiled.stdout).matches.length).toBeGreaterThan(0);
    expect(compiled.stdout).toBe(sources.stdout);
  });

  it('builds in worker threads started from the compiled worker, to the same Library as one thread', () => {
    // A module file, not --eval: workers inherit the parent's flags, and --input-type would stop them.
    const at = (path: string) => JSON.stringify(pathToFileURL(path).href);
    const script = join(cacheDir, 'build-in-workers.mjs');
    writeFileSync(
      script,
      `import { loadCorpus } from ${at('dist/src/corpus/load-corpus.js')};
      import { buildLibrary } from ${at('dist/src/core/library.js')};
      import { buildLibraryInWorkers } from ${at('dist/src/corpus/parallel-build.js')};
      const loaded = await loadCorpus('corpus');
      const digest = (l) => JSON.stringify([l.stats, l.quotes.map((q) => [q.file, q.start, q.end, q.speakerId])]);
      const inWorkers = await buildLibraryInWorkers(loaded.articles, loaded.rejected, { workers: 2, batchChars: 5000 });
      console.log(digest(inWorkers) === digest(buildLibrary(loaded.articles, loaded.rejected)) ? 'same' : 'different', inWorkers.stats.quotes);`,
    );
    const built = run(process.execPath, [script]);
    expect(built.stderr).toBe('');
    expect(built.stdout).toMatch(/^same [1-9]\d*\n$/);
  });

  it('runs sharded from dist/ (npm run start:sharded): each shard runs the compiled bot without tsx', async () => {
    // Imported once dist/ exists: the module decides from its own file name what each shard runs.
    const { startSharding } = (await import(pathToFileURL('dist/src/discord/sharding.js').href)) as typeof import('../src/discord/sharding.ts');
    const fake = await startFakeDiscord({ guildCount: 2, shards: 2 });
    const corpusDir = await makeCorpus();
    try {
      for (const guildId of fake.guildIds) await deployCommands({ token: fake.token, apiUrl: fake.apiUrl, guildId });
      const sharded = await startSharding({
        token: fake.token,
        apiUrl: fake.apiUrl,
        totalShards: 'auto',
        spawnDelayMs: 0,
        log: createLogger('warn', [fake.token]),
        env: { DISCORD_API_URL: fake.apiUrl, CORPUS_DIR: corpusDir, CACHE_DIR: cacheDir, LOG_LEVEL: 'warn' },
      });
      const shards = [...sharded.manager.shards.values()];
      expect(sharded.manager.file).toMatch(/dist\/src\/main\.js$/);
      expect(shards.flatMap((shard) => shard.execArgv)).not.toContain('tsx');
      await fake.waitForSessions(2, 30_000);
      for (const guildId of fake.guildIds) {
        const sources = fake.runCommand({ name: 'sources', guildId });
        await sources.waitFor(undefined, 10_000);
        expect((sources.finalMessage()!.embeds as SentEmbed[])[0]!.description).toMatch(/^5 articles/);
      }
      const exits = shards.map((shard) => new Promise((resolve) => shard.process!.once('exit', resolve)));
      await sharded.stop();
      expect(await Promise.all(exits)).toEqual([0, 0]);
    } finally {
      await fake.close();
      rmSync(corpusDir, { recursive: true, force: true });
    }
  }, 90_000);

  it('starts the console with npm start’s entry point when no token is set', () => {
    const started = run(process.execPath, ['dist/src/main.js'], { DISCORD_TOKEN: '', CACHE_DIR: cacheDir }, 'who-said will never forget Korean friends\nquit\n');
    expect(started.status).toBe(0);
    expect(started.stdout).toContain('Zakharova');
  });
});
