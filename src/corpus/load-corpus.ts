/**
 * Reads a corpus folder into validated articles. The only module that reads
 * corpus files. A file that cannot be used is rejected with its reason and the
 * rest still load; only a missing or unreadable folder fails the whole load.
 *
 * @example
 * const result = await loadCorpus('corpus');
 * if (result.ok) console.log(result.articles.length, result.rejected);
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
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
  const outcomes = await mapInOrder(files, READS_IN_FLIGHT, ({ path, link }) => readArticle(root, path, link, relative(root, path).split(sep).join('/'), settings));
  const articles: Article[] = [];
  const rejected: RejectedFile[] = [];
  for (const outcome of outcomes) {
    if ('reason' in outcome) rejected.push(outcome);
    else articles.push(outcome);
  }
  return { ok: true, articles, rejected };
}

// Each file costs a few round trips to libuv's thread pool; one file at a time
// left a 100k-passage corpus (3,322 files) waiting on them for most of a second.
const READS_IN_FLIGHT = 16;

/** `fn` over `items` with at most `limit` calls pending, results in the items' order. */
async function mapInOrder<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

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

async function readArticle(
  root: string,
  path: string,
  link: boolean,
  file: string,
  { maxFileBytes }: LoadOptions,
): Promise<Article | RejectedFile> {
  const reject = (code: RejectCode, reason: string): RejectedFile => ({ file, code, reason });
  let bytes: Buffer;
  try {
    // A symlink may point anywhere; only files that really live in the corpus
    // are read. (Folders are walked without following links, so a plain file's
    // path is already real.)
    const real = link ? await realpath(path) : path;
    if (real !== root && !real.startsWith(root + sep)) return reject('outside-corpus', 'links to a file outside the corpus folder');
    const info = await stat(real);
    // A FIFO or device would block readFile forever; a folder cannot be read as text.
    if (!info.isFile()) return reject('unreadable', 'is not a regular file');
    if (info.size > maxFileBytes) return reject('too-large', `is ${info.size} bytes, over the ${maxFileBytes}-byte limit`);
    bytes = await readFile(real);
  } catch (error) {
    return reject('unreadable', `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  // Checked again after reading: the file may have grown since stat().
  if (bytes.length > maxFileBytes) return reject('too-large', `is over the ${maxFileBytes}-byte limit`);
  if (bytes.includes(0)) return reject('binary', 'is a binary file, not text');
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return reject('invalid-utf8', 'is not valid UTF-8 text');
  }
  const parsed = parseArticle(file, raw);
  return parsed.ok ? parsed.article : reject(parsed.code, parsed.reason);
}
