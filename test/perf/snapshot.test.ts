import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/core/ask.ts';
import { compare } from '../../src/core/compare.ts';
import { buildLibrary, type Library } from '../../src/core/library.ts';
import { whoSaid } from '../../src/core/who-said.ts';
import { buildFromFolder } from '../../src/corpus/library-store.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { readSnapshot, snapshotKey, snapshotPath, writeSnapshot } from '../../src/corpus/snapshot.ts';
import type { Article, RejectedFile } from '../../src/core/types.ts';

const CORPUS = new URL('../../corpus', import.meta.url).pathname;
const QUERIES = ['has completely failed', 'North Korean troops', 'How many soldiers were killed?', 'Kursk'];

let articles: Article[];
let rejected: RejectedFile[];
let fresh: Library;
let dir: string;

beforeAll(async () => {
  const loaded = await loadCorpus(CORPUS);
  if (!loaded.ok) throw new Error(loaded.error.message);
  ({ articles, rejected } = loaded);
  fresh = buildLibrary(articles, rejected);
  dir = await mkdtemp(join(tmpdir(), 'quotebook-snapshot-'));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

function answers(library: Library) {
  return QUERIES.map((q) => [whoSaid(library, q), compare(library, q), ask(library, q)]);
}

describe('snapshot', () => {
  it('restores a Library that gives the same answers as a fresh build', async () => {
    const path = join(dir, 'round-trip.ndjson');
    const key = await snapshotKey(articles, rejected);
    await writeSnapshot(path, key, fresh);
    const read = await readSnapshot(path, key, articles, rejected);
    if (!read.ok) throw new Error(read.detail);
    expect(read.library.passages).toEqual(fresh.passages);
    expect(read.library.quotes).toEqual(fresh.quotes);
    expect(read.library.speakers).toEqual(fresh.speakers);
    expect(read.library.stats).toEqual(fresh.stats);
    expect(answers(read.library)).toEqual(answers(fresh));
  });

  // The seeds hedge no attribution, so a made-up article gives a quote that does.
  it('keeps a quote\'s hedge', async () => {
    const hedged = { ...articles[0]!, file: 'hedged.md', body: 'Tom Hale spoke first.\n\nAnn Lee reportedly said, “The army is ready to move.”' };
    const built = buildLibrary([hedged], []);
    const path = join(dir, 'hedged.ndjson');
    const key = await snapshotKey([hedged], []);
    await writeSnapshot(path, key, built);
    const read = await readSnapshot(path, key, [hedged], []);
    if (!read.ok) throw new Error(read.detail);
    expect(read.library.quotes.map((q) => q.hedge)).toEqual(['reportedly']);
  });

  it('writes and reads an index larger than one chunk', async () => {
    const path = join(dir, 'chunked.ndjson');
    const key = await snapshotKey(articles, rejected);
    await writeSnapshot(path, key, fresh, { chunkItems: 7 });
    const lines = (await readFile(path, 'utf8')).trim().split('\n');
    expect(lines.filter((l) => l.startsWith('{"s":"passageIndex"')).length).toBeGreaterThan(10);
    const read = await readSnapshot(path, key, articles, rejected);
    if (!read.ok) throw new Error(read.detail);
    expect(answers(read.library)).toEqual(answers(fresh));
  });

  it('reads a snapshot made for another corpus or code version as stale', async () => {
    const path = join(dir, 'stale.ndjson');
    await writeSnapshot(path, 'another-key', fresh);
    const read = await readSnapshot(path, await snapshotKey(articles, rejected), articles, rejected);
    expect(read).toMatchObject({ ok: false, reason: 'stale' });
  });

  it('changes the key when an article changes', async () => {
    const changed = articles.map((a, i) => (i === 0 ? { ...a, body: `${a.body} More.` } : a));
    expect(await snapshotKey(changed, rejected)).not.toBe(await snapshotKey(articles, rejected));
  });

  it.each([
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['garbled', (text: string) => text.replace('"passages"', '"passages"}{')],
    ['missing its end', (text: string) => text.split('\n').slice(0, -2).join('\n')],
  ])('reads a %s snapshot as corrupt', async (_name, damage) => {
    const path = join(dir, 'damaged.ndjson');
    const key = await snapshotKey(articles, rejected);
    await writeSnapshot(path, key, fresh);
    await writeFile(path, damage(await readFile(path, 'utf8')));
    expect(await readSnapshot(path, key, articles, rejected)).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('reads a snapshot whose postings point past the passages as corrupt', async () => {
    const path = join(dir, 'out-of-range.ndjson');
    const key = await snapshotKey(articles, rejected);
    await writeSnapshot(path, key, fresh);
    const lines = (await readFile(path, 'utf8')).split('\n');
    const at = lines.findIndex((l) => l.includes('"a":"docs"'));
    const record = JSON.parse(lines[at]!) as { b64: string };
    const ids = new Uint32Array(Buffer.from(record.b64, 'base64').length / 4).fill(fresh.stats.passages + 1000);
    lines[at] = JSON.stringify({ ...record, b64: Buffer.from(ids.buffer).toString('base64') });
    await writeFile(path, lines.join('\n'));
    expect(await readSnapshot(path, key, articles, rejected)).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('rebuilds over a corrupt snapshot and replaces it', async () => {
    const cacheDir = join(dir, 'cache');
    const first = await buildFromFolder(CORPUS, { cacheDir });
    if (!first.ok) throw new Error(first.error);
    const path = snapshotPath(cacheDir, CORPUS);
    await writeFile(path, '{"format":"quotebook-snapshot/1"');
    const again = await buildFromFolder(CORPUS, { cacheDir });
    if (!again.ok) throw new Error(again.error);
    expect(answers(again.library)).toEqual(answers(fresh));
    const key = await snapshotKey(articles, rejected);
    expect((await readSnapshot(path, key, articles, rejected)).ok).toBe(true);
  });
});
