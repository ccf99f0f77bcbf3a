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

  it('starts the console with npm start’s entry point when no token is set', () => {
    const started = run(process.execPath, ['dist/src/main.js'], { DISCORD_TOKEN: '', CACHE_DIR: cacheDir }, 'who-said will never forget Korean friends\nquit\n');
    expect(started.status).toBe(0);
    expect(started.stdout).toContain('Zakharova');
  });
});
