/**
 * Snapshots of a built Library, so a restart skips the NLP: the passages (as
 * offsets into the article bodies), the quotes, the speakers and the search
 * index (its terms, and its postings as base64 of their typed arrays, which
 * load without building an object per posting). The file is written and read
 * in chunks, one JSON line each, because a single JSON string of a
 * million-passage index is longer than V8 allows (512 MiB). Typed arrays are
 * stored in this machine's byte order: a snapshot is a local cache, not an
 * exchange format.
 *
 * A snapshot is keyed to the corpus content and the code version; a stale,
 * truncated or corrupt one reads as a miss and the caller rebuilds.
 *
 * @example
 * const key = await snapshotKey(articles, rejected);
 * const hit = await readSnapshot(path, key, articles, rejected);
 * if (!hit.ok) await writeSnapshot(path, key, buildLibrary(articles, rejected));
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { libraryOf, type Library } from '../core/library.ts';
import type { Postings } from '../core/postings.ts';
import { restoreSearchIndex } from '../core/search-index.ts';
import type { Article, Passage, Quote, RejectedFile, Speaker } from '../core/types.ts';

const FORMAT = 'quotebook-snapshot/2';

export interface SnapshotOptions {
  /** Items (terms, quotes, passages, postings) per JSON line. */
  chunkItems: number;
}

const defaultSnapshotOptions: SnapshotOptions = { chunkItems: 5000 };

export type SnapshotRead = { ok: true; library: Library } | { ok: false; reason: 'missing' | 'stale' | 'corrupt'; detail: string };

/** The key of a corpus under the current code: a hash of every article (name and content), the rejects and the code version. */
export async function snapshotKey(articles: readonly Article[], rejected: readonly RejectedFile[]): Promise<string> {
  const hash = createHash('sha256').update(await codeVersion());
  for (const a of articles) hash.update(JSON.stringify([a.file, a.title, a.source, a.url, a.date, a.author, a.bodyOffset])).update(a.body);
  hash.update(JSON.stringify(rejected));
  return hash.digest('hex');
}

/** Writes the snapshot beside its final path and renames it, so readers never see half a file. */
export async function writeSnapshot(path: string, key: string, library: Library, options: Partial<SnapshotOptions> = {}): Promise<void> {
  const { chunkItems } = { ...defaultSnapshotOptions, ...options };
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  const out = createWriteStream(temporary);
  let lines = 0;
  const line = async (value: unknown) => {
    lines++;
    if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
  };
  const section = async (name: string, items: readonly unknown[]) => {
    for (let i = 0; i < items.length; i += chunkItems) await line({ s: name, items: items.slice(i, i + chunkItems) });
  };
  try {
    await line({ format: FORMAT, key });
    const fileIndex = new Map(library.articles.map((a, i) => [a.file, i]));
    await section('passages', library.passages.map((p) => [fileIndex.get(p.file), p.paragraph, p.start, p.end]));
    await section('quotes', library.quotes);
    await section('speakers', [...library.speakers.values()]);
    await section('terms', library.index.terms);
    for (const [name, postings] of [['passageIndex', library.index.passages], ['quoteIndex', library.index.quotes]] as const) {
      await line({ s: `${name}Meta`, items: [{ documentCount: postings.documentCount, averageLength: postings.averageLength }] });
      for (const part of POSTINGS_ARRAYS) {
        const array = postings[part];
        for (let i = 0; i < Math.max(1, array.length); i += chunkItems) {
          const slice = array.subarray(i, i + chunkItems);
          await line({ s: name, a: part, b64: Buffer.from(slice.buffer, slice.byteOffset, slice.byteLength).toString('base64') });
        }
      }
    }
    await line({ end: lines + 1 });
    out.end();
    await once(out, 'finish');
    await rename(temporary, path);
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Reads a snapshot written for `key`; the articles are the ones the key was computed from. */
export async function readSnapshot(path: string, key: string, articles: readonly Article[], rejected: readonly RejectedFile[]): Promise<SnapshotRead> {
  const sections = new Map<string, unknown[]>();
  const arrays = new Map<string, Buffer[]>();
  let header: { format?: string; key?: string } | null = null;
  let count = 0;
  let ended = false;
  try {
    for await (const text of readLines(path)) {
      count++;
      const record = JSON.parse(text) as { s?: string; items?: unknown[]; a?: string; b64?: string; end?: number; format?: string; key?: string };
      if (count === 1) {
        header = record;
        if (record.format !== FORMAT || record.key !== key) {
          return { ok: false, reason: 'stale', detail: 'snapshot is for another corpus or code version' };
        }
      } else if (record.end !== undefined) ended = record.end === count;
      else if (record.s && record.a && typeof record.b64 === 'string') {
        const name = `${record.s}.${record.a}`;
        const parts = arrays.get(name) ?? [];
        parts.push(Buffer.from(record.b64, 'base64'));
        arrays.set(name, parts);
      } else if (record.s && Array.isArray(record.items)) {
        const list = sections.get(record.s) ?? [];
        for (const item of record.items) list.push(item);
        sections.set(record.s, list);
      }
      else throw new Error(`line ${count} is not a snapshot record`);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'missing', detail: 'no snapshot yet' };
    return { ok: false, reason: 'corrupt', detail: (error as Error).message };
  }
  if (!header || !ended) return { ok: false, reason: 'corrupt', detail: 'snapshot is truncated' };
  try {
    return { ok: true, library: restore(sections, arrays, articles, rejected) };
  } catch (error) {
    return { ok: false, reason: 'corrupt', detail: (error as Error).message };
  }
}

/**
 * The lines of a file, read in 4 MiB chunks. readline's default 64 KiB reads
 * and its line-break regular expression were a fifth of a restart at 100k
 * passages; a newline byte never occurs inside a UTF-8 sequence, so lines can
 * be cut from the bytes directly.
 */
async function* readLines(path: string): AsyncGenerator<string> {
  const stream = createReadStream(path, { highWaterMark: 4 << 20 });
  let rest: Buffer | null = null;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let start = 0;
      let end = chunk.indexOf(10);
      if (rest) {
        // Only the line that spans two chunks is copied.
        if (end === -1) {
          rest = Buffer.concat([rest, chunk]);
          continue;
        }
        yield Buffer.concat([rest, chunk.subarray(0, end)]).toString('utf8');
        start = end + 1;
        end = chunk.indexOf(10, start);
      }
      for (; end !== -1; end = chunk.indexOf(10, start)) {
        yield chunk.toString('utf8', start, end);
        start = end + 1;
      }
      rest = start < chunk.length ? chunk.subarray(start) : null;
    }
    if (rest) yield rest.toString('utf8');
  } finally {
    stream.destroy();
  }
}

/** Where the snapshot of a corpus folder lives in the cache folder. */
export function snapshotPath(cacheDir: string, corpusDir: string): string {
  return join(cacheDir, `library-${createHash('sha256').update(corpusDir).digest('hex').slice(0, 16)}.ndjson`);
}

function restore(sections: Map<string, unknown[]>, arrays: Map<string, Buffer[]>, articles: readonly Article[], rejected: readonly RejectedFile[]): Library {
  const get = <T>(name: string) => (sections.get(name) ?? []) as T[];
  const passages: Passage[] = get<[number, number, number, number]>('passages').map(([file, paragraph, start, end], id) => {
    const article = articles[file];
    if (!article) throw new Error(`passage ${id} names no article`);
    return { id, file: article.file, paragraph, start, end, text: article.body.slice(start, end) };
  });
  const postingsOf = (name: string): Postings => {
    const [meta] = get<{ documentCount: number; averageLength: number }>(`${name}Meta`);
    if (!meta) throw new Error(`${name} is missing`);
    const part = <T>(a: string, make: (buffer: ArrayBuffer, length: number) => T, width: number): T => {
      const bytes = Buffer.concat(arrays.get(`${name}.${a}`) ?? []);
      if (bytes.length % width !== 0) throw new Error(`${name}.${a} is cut short`);
      // Copied into a fresh buffer: a Buffer's own memory may not be aligned for a wider type.
      const copy = new ArrayBuffer(bytes.length);
      new Uint8Array(copy).set(bytes);
      return make(copy, bytes.length / width);
    };
    const postings: Postings = {
      ...meta,
      offsets: part('offsets', (b) => new Uint32Array(b), 4),
      docs: part('docs', (b) => new Uint32Array(b), 4),
      freqs: part('freqs', (b) => new Uint16Array(b), 2),
      lengths: part('lengths', (b) => new Uint16Array(b), 2),
    };
    checkPostings(name, postings);
    return postings;
  };
  const index = restoreSearchIndex(get<string>('terms'), postingsOf('passageIndex'), postingsOf('quoteIndex'));
  return libraryOf(articles, passages, get<Quote>('quotes'), get<Speaker>('speakers'), rejected, index);
}

/** A snapshot that parses can still be damaged; postings that point outside their arrays would answer wrongly, not fail. */
function checkPostings(name: string, postings: Postings): void {
  const { offsets, docs, freqs, lengths, documentCount } = postings;
  let ok = lengths.length === documentCount && docs.length === freqs.length && offsets[offsets.length - 1] === docs.length;
  for (let t = 1; ok && t < offsets.length; t++) ok = offsets[t - 1]! <= offsets[t]!;
  for (let i = 0; ok && i < docs.length; i++) ok = docs[i]! < documentCount;
  if (!ok) throw new Error(`${name} is inconsistent`);
}

const POSTINGS_ARRAYS = ['offsets', 'docs', 'freqs', 'lengths'] as const;

let cachedVersion: Promise<string> | null = null;

/** Package version plus a hash of every source file of the core: any change to how a Library is built. */
function codeVersion(): Promise<string> {
  cachedVersion ??= (async () => {
    const root = new URL('../../', import.meta.url);
    const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8')) as { version: string };
    const hash = createHash('sha256').update(pkg.version);
    const core = new URL('src/core/', root).pathname;
    const files = (await readdir(core, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
    for (const file of files) hash.update(file.slice(core.length)).update(await readFile(file));
    return `${pkg.version}:${hash.digest('hex')}`;
  })();
  return cachedVersion;
}
