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
import { dirname, join, sep } from 'node:path';
import { once } from 'node:events';
import { libraryOf, type Library } from '../core/library.ts';
import { packageRoot } from '../package-root.ts';
import type { Postings } from '../core/postings.ts';
import { restoreSearchIndex } from '../core/search-index.ts';
import type { Article, Passage, Quote, RejectedFile, Speaker } from '../core/types.ts';

const FORMAT = 'quotebook-snapshot/3';

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
  const typed = async (name: string, part: string, array: Uint32Array | Uint16Array) => {
    for (let i = 0; i < Math.max(1, array.length); i += chunkItems) {
      const slice = array.subarray(i, i + chunkItems);
      await line({ s: name, a: part, b64: Buffer.from(slice.buffer, slice.byteOffset, slice.byteLength).toString('base64') });
    }
  };
  try {
    await line({ format: FORMAT, key });
    const fileIndex = new Map(library.articles.map((a, i) => [a.file, i]));
    const { passages } = library;
    await typed('passages', 'file', Uint32Array.from(passages, (p) => fileIndex.get(p.file)!));
    await typed('passages', 'paragraph', Uint32Array.from(passages, (p) => p.paragraph));
    await typed('passages', 'start', Uint32Array.from(passages, (p) => p.start));
    await typed('passages', 'end', Uint32Array.from(passages, (p) => p.end));
    await section('quotes', library.quotes.map((q) => quoteRow(q, library)));
    await section('speakers', [...library.speakers.values()]);
    await section('terms', library.index.terms);
    for (const [name, postings] of [['passageIndex', library.index.passages], ['quoteIndex', library.index.quotes]] as const) {
      await line({ s: `${name}Meta`, items: [{ documentCount: postings.documentCount, averageLength: postings.averageLength }] });
      for (const part of POSTINGS_ARRAYS) await typed(name, part, postings[part]);
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
  const u32 = (name: string, part: string) => typedArray(arrays, name, part, 4, (b) => new Uint32Array(b));
  const u16 = (name: string, part: string) => typedArray(arrays, name, part, 2, (b) => new Uint16Array(b));
  const [files, paragraphs, starts, ends] = [u32('passages', 'file'), u32('passages', 'paragraph'), u32('passages', 'start'), u32('passages', 'end')];
  if (new Set([files.length, paragraphs.length, starts.length, ends.length]).size !== 1) throw new Error('passages are inconsistent');
  const passages: Passage[] = Array.from(files, (file, id) => {
    const article = articles[file];
    if (!article) throw new Error(`passage ${id} names no article`);
    const [start, end] = [starts[id]!, ends[id]!];
    return { id, file: article.file, paragraph: paragraphs[id]!, start, end, text: article.body.slice(start, end) };
  });
  const quotes = get<QuoteRow>('quotes').map((row, id) => quoteOf(row, id, passages, articles, files));
  const postingsOf = (name: string): Postings => {
    const [meta] = get<{ documentCount: number; averageLength: number }>(`${name}Meta`);
    if (!meta) throw new Error(`${name} is missing`);
    const postings: Postings = { ...meta, offsets: u32(name, 'offsets'), docs: u32(name, 'docs'), freqs: u16(name, 'freqs'), lengths: u16(name, 'lengths') };
    checkPostings(name, postings);
    return postings;
  };
  const index = restoreSearchIndex(get<string>('terms'), postingsOf('passageIndex'), postingsOf('quoteIndex'));
  return libraryOf(articles, passages, quotes, get<Speaker>('speakers'), rejected, index);
}

/**
 * A quote as the snapshot holds it: a row rather than an object (no key names
 * repeated 65k times), without its file (its passage's) and without its text
 * when that is the article's own words at its offsets, which the reader slices
 * again; both make a restart parse less and collect less garbage.
 */
type QuoteRow = [
  passageId: number,
  paragraph: number,
  paragraphs: number[],
  start: number,
  end: number,
  text: string | null,
  kind: Quote['kind'],
  speakerId: string | null,
  mention: string | null,
  cue: string | null,
  hedge: string | null,
];

function quoteRow(q: Quote, library: Library): QuoteRow {
  const body = library.articleByFile.get(q.file)!.body;
  const sliced = q.end - q.start === q.text.length && body.startsWith(q.text, q.start);
  return [q.passageId, q.paragraph, q.paragraphs, q.start, q.end, sliced ? null : q.text, q.kind, q.speakerId, q.mention, q.cue, q.hedge];
}

function quoteOf(row: QuoteRow, id: number, passages: Passage[], articles: readonly Article[], files: Uint32Array): Quote {
  const [passageId, paragraph, paragraphs, start, end, text, kind, speakerId, mention, cue, hedge] = row;
  const passage = passages[passageId];
  if (!passage) throw new Error(`quote ${id} names no passage`);
  const body = articles[files[passageId]!]!.body;
  return { id, file: passage.file, passageId, paragraph, paragraphs, start, end, text: text ?? body.slice(start, end), kind, speakerId, mention, cue, hedge };
}

/** The typed array a snapshot holds as base64 chunks, in a fresh buffer (a Buffer's own memory may not be aligned for a wider type). */
function typedArray<T>(arrays: Map<string, Buffer[]>, name: string, part: string, width: number, make: (buffer: ArrayBuffer) => T): T {
  const bytes = Buffer.concat(arrays.get(`${name}.${part}`) ?? []);
  if (bytes.length % width !== 0) throw new Error(`${name}.${part} is cut short`);
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  return make(copy);
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

/**
 * Package version plus a hash of every source file of the core: any change to
 * how a Library is built. The TypeScript sources count also when this runs
 * compiled (dist/ beside src/), so a snapshot written under one serves the other.
 */
function codeVersion(): Promise<string> {
  cachedVersion ??= (async () => {
    const root = packageRoot(import.meta.url);
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
    const hash = createHash('sha256').update(pkg.version);
    const core = join(root, 'src', 'core') + sep;
    const files = (await readdir(core, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
    for (const file of files) hash.update(file.slice(core.length)).update(await readFile(file));
    return `${pkg.version}:${hash.digest('hex')}`;
  })();
  return cachedVersion;
}
