/**
 * Reads a corpus folder into validated articles. The only module that reads
 * corpus files. A file that cannot be used is rejected with its reason and the
 * rest still load; only a missing or unreadable folder fails the whole load.
 *
 * @example
 * const result = await loadCorpus('corpus');
 * if (result.ok) console.log(result.articles.length, result.rejected);
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseArticle } from './parse-article.ts';
import type { Article, RejectCode, RejectedFile } from '../core/types.ts';

export type { RejectCode, RejectedFile };

export interface LoadOptions {
  /** Files larger than this are rejected rather than read. */
  maxFileBytes: number;
}

const defaultLoadOptions: LoadOptions = { maxFileBytes: 5 * 1024 * 1024 };

export type LoadResult =
  | { ok: true; articles: Article[]; rejected: RejectedFile[] }
  | { ok: false; error: { code: 'corpus-missing' | 'corpus-unreadable'; message: string } };

const ARTICLE_FILE = /\.(txt|md)$/i;

/** Loads every `.txt` and `.md` file under `dir`, sorted by path. */
export async function loadCorpus(dir: string, options: Partial<LoadOptions> = {}): Promise<LoadResult> {
  const settings = { ...defaultLoadOptions, ...options };
  let root: string;
  try {
    root = await realpath(dir);
    if (!(await stat(root)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const missing = code === 'ENOENT' || code === 'ENOTDIR';
    return {
      ok: false,
      error: {
        code: missing ? 'corpus-missing' : 'corpus-unreadable',
        message: `quotebook: corpus folder "${dir}" ${missing ? 'does not exist or is not a folder' : `cannot be read (${code})`}`,
      },
    };
  }
  const files = (await listFiles(root, root)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const articles: Article[] = [];
  const rejected: RejectedFile[] = [];
  let sliceStart = performance.now();
  for (const { path, link } of files) {
    const outcome = readArticle(root, path, link, relative(root, path).split(sep).join('/'), settings);
    if ('reason' in outcome) rejected.push(outcome);
    else articles.push(outcome);
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
  return { ok: true, articles, rejected };
}

// Files are read with synchronous calls, a few milliseconds' worth at a time
// between turns of the event loop. Each promise-based read costs several
// round trips to libuv's thread pool: 3,322 small files took 0.5-1.5 s that
// way against 30-40 ms synchronously, and a restart waits for all of them.
// A file is stat'ed before it is read, so only regular files of bounded size
// are ever read (a FIFO, which would block, is refused first).
const SLICE_MS = 4;

interface Listed {
  path: string;
  /** A symbolic link, which may point outside the corpus; anything else was reached through real folders under the root. */
  link: boolean;
}

async function listFiles(root: string, dir: string): Promise<Listed[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    // The root itself was checked by the caller; an unreadable sub-folder is
    // skipped rather than failing the whole corpus.
    if (dir === root) throw error;
    return [];
  }
  const found: Listed[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await listFiles(root, path)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && ARTICLE_FILE.test(entry.name)) found.push({ path, link: entry.isSymbolicLink() });
  }
  return found;
}

function readArticle(
  root: string,
  path: string,
  link: boolean,
  file: string,
  { maxFileBytes }: LoadOptions,
): Article | RejectedFile {
  const reject = (code: RejectCode, reason: string): RejectedFile => ({ file, code, reason });
  let bytes: Buffer;
  try {
    // A symlink may point anywhere; only files that really live in the corpus
    // are read. (Folders are walked without following links, so a plain file's
    // path is already real.)
    const real = link ? realpathSync(path) : path;
    if (real !== root && !real.startsWith(root + sep)) return reject('outside-corpus', 'links to a file outside the corpus folder');
    const read = readRegularFile(real, maxFileBytes);
    if (read === 'not-a-file') return reject('unreadable', 'is not a regular file');
    if (typeof read === 'number') return reject('too-large', `is ${read} bytes, over the ${maxFileBytes}-byte limit`);
    bytes = read;
  } catch (error) {
    return reject('unreadable', `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  // Checked again after reading: the file may have grown since stat().
  if (bytes.length > maxFileBytes) return reject('too-large', `is over the ${maxFileBytes}-byte limit`);
  if (bytes.includes(0)) return reject('binary', 'is a binary file, not text');
  let raw: string;
  try {
    raw = UTF8.decode(bytes);
  } catch {
    return reject('invalid-utf8', 'is not valid UTF-8 text');
  }
  const parsed = parseArticle(file, raw);
  return parsed.ok ? parsed.article : reject(parsed.code, parsed.reason);
}

// Stateless between calls (no `stream` option), so one decoder serves every file.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The bytes of a regular file, read up to one byte past `maxBytes` (the
 * caller rejects a file that grew over the limit since it was measured); its
 * size when it is already larger; 'not-a-file' for anything else.
 * Opened non-blocking, so a FIFO, which would block a plain open forever, is
 * refused instead; one open and fstat replace a stat and a second open.
 */
export function readRegularFile(path: string, maxBytes: number): Buffer | number | 'not-a-file' {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    // A FIFO or device would block or never end; a folder cannot be read as text.
    if (!info.isFile()) return 'not-a-file';
    if (info.size > maxBytes) return info.size;
    // One byte over the size it has now, so that the end of the file is seen
    // by the read that returns nothing; a file that grew meanwhile is read on.
    let buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) break;
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
