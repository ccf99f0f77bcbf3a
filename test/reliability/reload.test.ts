import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { openLibraryStore, type LibraryStore } from '../../src/corpus/library-store.ts';
import { whoSaid } from '../../src/core/who-said.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

async function seedCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'quotebook-reload-'));
  made.push(dir);
  await cp('corpus', dir, { recursive: true });
  return dir;
}

async function open(dir: string): Promise<LibraryStore> {
  const opened = await openLibraryStore({ corpusDir: dir });
  if (!opened.ok) throw new Error(opened.error);
  return opened.store;
}

describe('reload', () => {
  it('reports articles, passages and quotes before and after, and files added, changed and removed', async () => {
    const dir = await seedCopy();
    const store = await open(dir);
    await writeFile(join(dir, 'new.txt'), '“We will rebuild the bridge by May,” mayor Anna Lind said.');
    await writeFile(join(dir, '004_11be348500d17b79.txt'), 'Rewritten: the article is now one line.');
    await rm(join(dir, '000_c09653457aff27c7.txt'));
    await writeFile(join(dir, 'bad.md'), '---\nurl: not a url\n---\nText.');
    const report = await store.reload();
    expect(report).toMatchObject({ ok: true, added: ['new.txt'], changed: ['004_11be348500d17b79.txt'], removed: ['000_c09653457aff27c7.txt'] });
    expect(report.before.articles).toBe(5);
    expect(report.after.articles).toBe(5);
    expect(report.rejected).toEqual([expect.objectContaining({ file: 'bad.md', code: 'bad-front-matter' })]);
    expect(whoSaid(store.current(), 'rebuild the bridge by May').matches[0]?.speaker).toBe('Anna Lind');
  });

  it.each([
    ['the corpus folder is removed', async (dir: string) => rm(dir, { recursive: true })],
    ['the corpus folder is emptied', async (dir: string) => { await rm(dir, { recursive: true }); await mkdir(dir); }],
    ['every file is broken', async (dir: string) => { await rm(dir, { recursive: true }); await mkdir(dir); await writeFile(join(dir, 'a.txt'), Buffer.from([0, 1, 2])); }],
  ])('keeps the old corpus serving when %s', async (_, breakIt) => {
    const dir = await seedCopy();
    const store = await open(dir);
    const before = store.current();
    await breakIt(dir);
    const report = await store.reload();
    expect(report.ok).toBe(false);
    expect(report.error).toMatch(/corpus folder/);
    expect(store.current()).toBe(before);
    expect(whoSaid(store.current(), 'will never forget Korean friends').matches).not.toEqual([]);
  });

  it('coalesces reloads asked for at the same time into one', async () => {
    const store = await open(await seedCopy());
    const [a, b, c] = await Promise.all([store.reload(), store.reload(), store.reload()]);
    expect(a).toBe(b);
    expect(b).toBe(c);
  });

  it('stays consistent while a file is rewritten and deleted during reloads', async () => {
    const dir = await seedCopy();
    const store = await open(dir);
    const path = join(dir, 'live.txt');
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        if (i % 3 === 2) await rm(path, { force: true });
        else await writeFile(path, `“Version ${i} is final,” editor Mara Quist said.\n`.repeat(1 + (i % 40)));
      }
    })();
    for (let i = 0; i < 30; i++) {
      const report = await store.reload();
      expect(report.ok).toBe(true);
      const library = store.current();
      // Whatever moment a reload caught the file in, every quote is verbatim in the article it names.
      for (const quote of library.quotes) expect(library.articleByFile.get(quote.file)!.body).toContain(quote.text.split('\n')[0]);
      expect(library.articles.length).toBeGreaterThanOrEqual(5);
    }
    writing = false;
    await writer;
  });

  it('rejects with a reason a file that vanished or cannot be read, and loads the rest', async () => {
    const dir = await seedCopy();
    await symlink(join(dir, 'deleted-meanwhile.txt'), join(dir, 'dangling.txt'));
    await mkdir(join(dir, 'folder-not-file'));
    await symlink(join(dir, 'folder-not-file'), join(dir, 'folder.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe-target')]);
    await symlink(join(dir, 'pipe-target'), join(dir, 'pipe.txt'));
    const loaded = await loadCorpus(dir);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.articles).toHaveLength(5);
    expect(Object.fromEntries(loaded.rejected.map((r) => [r.file, r.code]))).toEqual({
      'dangling.txt': 'unreadable',
      'folder.txt': 'unreadable',
      'pipe.txt': 'unreadable',
    });
  });
});

describe('200 reloads while queries flow', () => {
  it('gives no failed or wrong answer and returns memory to its baseline', async () => {
    const dir = await seedCopy();
    const store = await open(dir);
    const questions = ['has completely failed', 'will never forget Korean friends', 'heroism', 'achieved most of its goals'];
    const expected = questions.map((q) => whoSaid(store.current(), q).matches[0]!.speaker);
    const gc = exposeGc();
    gc();
    const baseline = process.memoryUsage().heapUsed;

    let asked = 0;
    let wrong = 0;
    let reloading = true;
    const queries = (async () => {
      while (reloading) {
        const i = asked++ % questions.length;
        if (whoSaid(store.current(), questions[i]!).matches[0]?.speaker !== expected[i]) wrong++;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    let failed = 0;
    for (let i = 0; i < 200; i++) if (!(await store.reload()).ok) failed++;
    reloading = false;
    await queries;

    expect(failed).toBe(0);
    expect(wrong).toBe(0);
    expect(asked).toBeGreaterThan(200);
    gc();
    // Old libraries must be collectable: the heap ends near where it began, not 200 libraries up.
    const growth = process.memoryUsage().heapUsed - baseline;
    expect(growth).toBeLessThan(20 * 1024 * 1024);
  }, 120_000);
});

function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
