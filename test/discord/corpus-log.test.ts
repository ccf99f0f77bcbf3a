import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLibraryStore } from '../../src/corpus/library-store.ts';
import { logCorpus, withReloadLog } from '../../src/discord/corpus-log.ts';
import { createLogger } from '../../src/discord/logger.ts';

const made: string[] = [];
afterAll(() => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));

async function setUp() {
  const dir = await mkdtemp(join(tmpdir(), 'quotebook-log-'));
  made.push(dir);
  await cp('corpus', dir, { recursive: true });
  await writeFile(join(dir, 'scan.txt'), Buffer.from([0, 1, 2, 3]));
  const opened = await openLibraryStore({ corpusDir: dir });
  if (!opened.ok) throw new Error(opened.error);
  const lines: string[] = [];
  const log = createLogger('info', [], (line) => lines.push(line));
  return { dir, store: opened.store, log, lines };
}

describe('corpus logging', () => {
  it('logs every refused file with its reason at start-up', async () => {
    const { dir, store, log, lines } = await setUp();
    logCorpus(log, dir, store.current());
    expect(lines.some((l) => l.includes('5 articles'))).toBe(true);
    expect(lines.some((l) => l.includes('scan.txt') && l.includes('binary'))).toBe(true);
  });

  it('logs each reload once, even when reloads asked for together share one', async () => {
    const { dir, store, log, lines } = await setUp();
    const logged = withReloadLog(store, log, dir);
    await writeFile(join(dir, 'notes.md'), '---\nurl: not a url\n---\nText.');
    await Promise.all([logged.reload(), logged.reload()]);
    expect(lines.filter((l) => l.includes('notes.md')).length).toBe(1);
    await rm(dir, { recursive: true });
    const failed = await logged.reload();
    expect(failed.ok).toBe(false);
    expect(lines.some((l) => l.includes('reload failed') && l.includes('previous corpus keeps serving'))).toBe(true);
  });
});
