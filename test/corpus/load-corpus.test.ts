import { mkdtemp, writeFile, symlink, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, readRegularFile } from '../../src/corpus/load-corpus.ts';
import { deriveTitle } from '../../src/corpus/parse-article.ts';

const fixture = 'test/fixtures/small-corpus';

describe('loadCorpus', () => {
  it('loads .txt and .md files from sub-folders, sorted, with paths relative to the corpus', async () => {
    const result = await loadCorpus(fixture);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.articles.map((a) => a.file)).toEqual(['harbour.md', 'nested/council.txt']);
  });

  it('validates front matter and keeps body offsets pointing into the file', async () => {
    const result = await loadCorpus(fixture);
    if (!result.ok) throw new Error(result.error.message);
    const harbour = result.articles[0]!;
    expect(harbour).toMatchObject({ title: 'Harbour reopens after storm', source: 'Coast Courier', date: '2024-03-02', url: 'https://example.org/harbour' });
    expect(harbour.body.startsWith('Harbour reopens after storm')).toBe(true);
    expect(harbour.bodyOffset).toBeGreaterThan(0);
  });

  it('rejects a binary file and bad front matter with a reason, and still loads the rest', async () => {
    const result = await loadCorpus(fixture);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.rejected).toEqual([
      expect.objectContaining({ file: 'bad-front-matter.md', code: 'bad-front-matter' }),
      expect.objectContaining({ file: 'broken.txt', code: 'binary' }),
    ]);
    expect(result.rejected.every((r) => r.reason.length > 5)).toBe(true);
  });

  it('rejects empty files, invalid UTF-8, oversized files and links that leave the corpus', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'quotebook-'));
    const outside = await mkdtemp(join(tmpdir(), 'quotebook-outside-'));
    await mkdir(join(dir, 'corpus'));
    await writeFile(join(dir, 'corpus', 'empty.txt'), '  \n');
    await writeFile(join(dir, 'corpus', 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x21]));
    await writeFile(join(dir, 'corpus', 'big.txt'), 'word '.repeat(400));
    await writeFile(join(outside, 'secret.txt'), 'Not part of the corpus.');
    await symlink(join(outside, 'secret.txt'), join(dir, 'corpus', 'link.txt'));
    await writeFile(join(dir, 'corpus', 'good.txt'), 'A short good article.');
    const result = await loadCorpus(join(dir, 'corpus'), { maxFileBytes: 1000 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.articles.map((a) => a.file)).toEqual(['good.txt']);
    expect(Object.fromEntries(result.rejected.map((r) => [r.file, r.code]))).toEqual({
      'big.txt': 'too-large',
      'empty.txt': 'empty',
      'latin1.txt': 'invalid-utf8',
      'link.txt': 'outside-corpus',
    });
    await Promise.all([dir, outside].map((d) => rm(d, { recursive: true, force: true })));
  });

  it('fails with a clear message when the folder does not exist', async () => {
    const result = await loadCorpus('test/fixtures/no-such-folder');
    expect(result).toMatchObject({ ok: false, error: { code: 'corpus-missing' } });
    if (!result.ok) expect(result.error.message).toContain('no-such-folder');
  });

  it('ships the five seed articles unchanged', async () => {
    const result = await loadCorpus('corpus');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.articles).toHaveLength(5);
    expect(result.rejected).toEqual([]);
  });
});

describe('deriveTitle', () => {
  it.each([
    ['a short first line that reads like a headline', 'Russian army says Kursk fully freed\nBody text.', 'Russian army says Kursk fully freed'],
    ['the first sentence when the first line is a sentence', 'The council met. It voted.', 'The council met.'],
    [
      'the first sentence shortened at a word boundary',
      'The Russian Chief of General Staff Valery Gerasimov reported to Russian President Vladimir Putin that Russian forces have completely liberated the region.',
      'The Russian Chief of General Staff Valery Gerasimov reported to Russian President…',
    ],
  ])('uses %s', (_, body, title) => {
    expect(deriveTitle(body)).toBe(title);
  });
});

describe('readRegularFile', () => {
  // A file can grow between its fstat and its read; /proc files report a size
  // of 0 and still hold text, which exercises the same path without a race.
  it.runIf(process.platform === 'linux')('reads a file whose content outgrew its reported size, and stops one byte past the limit', () => {
    const whole = readRegularFile('/proc/self/status', 1 << 20);
    expect(Buffer.isBuffer(whole) && whole.toString('utf8')).toMatch(/^Name:[\s\S]*\nPid:/);
    const capped = readRegularFile('/proc/self/status', 10);
    expect(Buffer.isBuffer(capped) && capped.length).toBe(11);
  });

  it('gives the size of a file already over the limit without reading it, and refuses a folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'quotebook-read-'));
    await writeFile(join(dir, 'big.txt'), 'x'.repeat(100));
    expect(readRegularFile(join(dir, 'big.txt'), 50)).toBe(100);
    expect(readRegularFile(dir, 50)).toBe('not-a-file');
    await rm(dir, { recursive: true, force: true });
  });
});
