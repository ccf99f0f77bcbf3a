/**
 * The bench's corpora: the seeds, the real PolNeAR articles (read where they
 * are, never copied into the project) and a large corpus recombined from
 * PolNeAR's real paragraphs, generated into a temporary folder.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seeded } from './random.ts';
import { loadCorpus } from '../src/corpus/load-corpus.ts';
import { packageRoot } from '../src/package-root.ts';
import { splitParagraphs } from '../src/core/passages.ts';
import type { Article, RejectedFile } from '../src/core/types.ts';

const ROOT = packageRoot(import.meta.url);
/** The PolNeAR articles, beside the project (../shared/eval/polnear), never copied into it. */
export const POLNEAR = join(ROOT, '..', 'shared', 'eval', 'polnear');
export const SEEDS = join(ROOT, 'corpus');

export interface BenchCorpus {
  name: string;
  /** A folder `loadCorpus` can read (for restart and reload runs). */
  dir: string | null;
  articles: Article[];
  rejected: RejectedFile[];
}

export async function loadFolder(name: string, dir: string): Promise<BenchCorpus> {
  const loaded = await loadCorpus(dir);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return { name, dir, articles: loaded.articles, rejected: loaded.rejected };
}

/** PolNeAR's three splits as one corpus; file names keep the split so they stay unique. */
export async function loadPolnear(): Promise<BenchCorpus> {
  const articles: Article[] = [];
  for (const split of ['train', 'dev', 'test']) {
    const part = await loadFolder(split, join(POLNEAR, split, 'articles'));
    articles.push(...part.articles.map((a) => ({ ...a, file: `${split}/${a.file}` })));
  }
  return { name: 'PolNeAR', dir: null, articles, rejected: [] };
}

/**
 * Writes articles of 20-40 real paragraphs drawn at random (seeded) from
 * `source` until about `passages` paragraphs exist, and loads them back.
 */
export async function generateCorpus(source: Article[], passages: number, seed = 1): Promise<BenchCorpus & { cleanup: () => Promise<void> }> {
  const paragraphs = source.flatMap((a) => splitParagraphs(a.body).map((p) => p.text)).filter((t) => t.length > 40);
  const random = seeded(seed);
  const dir = await mkdtemp(join(tmpdir(), 'quotebook-bench-'));
  let written = 0;
  for (let n = 0; written < passages; n++) {
    const count = 20 + Math.floor(random() * 21);
    const body = Array.from({ length: count }, () => paragraphs[Math.floor(random() * paragraphs.length)]!).join('\n\n');
    const folder = join(dir, String(Math.floor(n / 1000)).padStart(3, '0'));
    if (n % 1000 === 0) await mkdir(folder, { recursive: true });
    await writeFile(join(folder, `gen_${String(n).padStart(6, '0')}.txt`), `---\ntitle: "Generated ${n}"\nsource: "bench"\n---\n${body}\n`);
    written += count;
  }
  const loaded = await loadFolder(`generated`, dir);
  return { ...loaded, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

