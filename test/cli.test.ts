import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS } from '../src/core/limits.ts';

// The command line is a contract other tools depend on: run it as they do.
const tsx = 'node_modules/.bin/tsx';
const cli = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(tsx, ['src/cli/main.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 30_000 });

describe('npm run ask', () => {
  it('prints one JSON object with --json and exits 0', () => {
    const run = cli(['who-said', 'has completely failed', '--json']);
    expect(run.status).toBe(0);
    const answer = JSON.parse(run.stdout);
    expect(answer.matches[0]).toMatchObject({ speaker: expect.any(String), kind: 'direct', source: { file: expect.stringMatching(/\.txt$/), paragraph: expect.any(Number) } });
    expect(answer.matches[0]).toHaveProperty('alsoIn');
  });

  it.each([
    ['compare', 'Gornal', 'covered'],
    ['ask', 'What was the last village retaken?', 'answers'],
    ['sources', '', 'sources'],
  ])('answers %s with its documented JSON shape', (command, text, key) => {
    const run = cli([command, ...(text ? [text] : []), '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveProperty(key);
  });

  it('exits 0 with an empty list when nothing is found', () => {
    const run = cli(['who-said', 'We shall fight on the beaches', '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).matches).toEqual([]);
  });

  it('prints a readable answer without --json', () => {
    const run = cli(['who-said', 'will never forget Korean friends']);
    expect(run.stdout).toMatch(/Zakharova/);
    expect(run.stdout).toMatch(/paragraph \d+/);
  });

  it.each([
    ['empty text', ['who-said', '   ']],
    ['text over the limit', ['ask', 'x'.repeat(MAX_QUERY_CHARS + 1)]],
    ['an unknown command', ['shout', 'hello']],
  ])('exits 2 with a one-line message on stderr for %s', (_, args) => {
    const run = cli([...args, '--json']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toBe('');
  });

  it('names the limit when the text is too long', () => {
    expect(cli(['compare', 'x'.repeat(MAX_QUERY_CHARS + 1)]).stderr).toContain(String(MAX_QUERY_CHARS));
  });

  it('exits 1 with a clear message when the corpus folder is missing', () => {
    const run = cli(['sources'], { CORPUS_DIR: 'test/fixtures/missing-folder' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('missing-folder');
  });
});

describe('npm run ask -- batch --json', () => {
  it('answers each line as it arrives, like a pipe, and carries on past a bad line', async () => {
    const child = spawn(tsx, ['src/cli/main.ts', 'batch', '--json'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
    const next = async () => JSON.parse((await lines.next()).value as string);

    child.stdin!.write(`${JSON.stringify({ command: 'who-said', text: 'heroism' })}\n`);
    // The first answer arrives while stdin is still open: nothing waits for the end of input.
    expect((await next()).matches.length).toBeGreaterThan(0);
    child.stdin!.write('not json\n');
    expect(await next()).toHaveProperty('error');
    child.stdin!.write(`${JSON.stringify({ command: 'who-said', text: '' })}\n`);
    expect((await next()).error).toMatch(/empty/);
    child.stdin!.write(`${JSON.stringify({ command: 'compare', text: 'Sumy' })}\n`);
    expect(await next()).toHaveProperty('covered');
    child.stdin!.end();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
  });
});

describe('npm run index', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'quotebook-index-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
  const index = (args: string[] = []) =>
    spawnSync(tsx, ['src/cli/index-command.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, CORPUS_DIR: 'test/fixtures/small-corpus', CACHE_DIR: cacheDir },
      timeout: 30_000,
    });

  it('writes the snapshot, then keeps it while the corpus is unchanged, and rebuilds it with --force', () => {
    const first = index();
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/snapshot .* written$/m);
    expect(readdirSync(cacheDir).some((f) => f.endsWith('.ndjson'))).toBe(true);
    expect(index().stdout).toMatch(/up to date, kept$/m);
    expect(index(['--force']).stdout).toMatch(/written$/m);
  });

  it('names the files it skipped, since they are not in the snapshot', () => {
    expect(index().stderr).toMatch(/skipped .*broken\.txt/);
  });

  it('prints its usage for --help and exits 2 with a one-line reason for an unknown option', () => {
    const help = index(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run index/);
    const wrong = index(['--fast']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/'--fast'/);
    expect(wrong.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
