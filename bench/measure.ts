/**
 * The bench's measurements: ingest throughput beside raw wink-nlp, query
 * latency beside FlexSearch and naive minisearch, and memory per passage.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Index as FlexIndex } from 'flexsearch';
import MiniSearch from 'minisearch';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { ask } from '../src/core/ask.ts';
import { compare } from '../src/core/compare.ts';
import { buildLibrary, type Library } from '../src/core/library.ts';
import { splitPassages } from '../src/core/passages.ts';
import { whoSaid } from '../src/core/who-said.ts';
import { buildLibraryInWorkers } from '../src/corpus/parallel-build.ts';
import { packageRoot } from '../src/package-root.ts';
import type { Article } from '../src/core/types.ts';

// Plain JavaScript, so it runs as it is from bench/ whether the bench itself
// runs compiled (dist/bench/, as `npm run bench` does) or under tsx.
const RAW_WINK_WORKER = join(packageRoot(import.meta.url), 'bench', 'raw-wink-worker.mjs');

export interface Latency {
  p50: number;
  p99: number;
  n: number;
}

/** wink-nlp's readDoc alone, one thread, with the pipeline the core uses. */
export function rawWink(articles: readonly Article[]): { passages: number; tokens: number; ms: number } {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const texts = articles.flatMap((a) => splitPassages(a.file, a.body).map((p) => p.text));
  let tokens = 0;
  const started = performance.now();
  for (const text of texts) tokens += nlp.readDoc(text).tokens().length();
  return { passages: texts.length, tokens, ms: performance.now() - started };
}

/**
 * readDoc alone in `threads` worker threads at once, each on an equal share of
 * the passages; wall time from starting the threads to the last one done. The
 * ceiling for any build that runs wink-nlp in that many workers.
 */
export async function rawWinkThreads(articles: readonly Article[], threads: number): Promise<{ passages: number; ms: number }> {
  const texts = articles.flatMap((a) => splitPassages(a.file, a.body).map((p) => p.text));
  const share = Math.ceil(texts.length / threads);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: threads }, (_, i) => {
      const worker = new Worker(RAW_WINK_WORKER, { workerData: texts.slice(i * share, (i + 1) * share) });
      return new Promise<void>((resolve, reject) => {
        worker.once('message', () => void worker.terminate().then(() => resolve()));
        worker.once('error', reject);
      });
    }),
  );
  return { passages: texts.length, ms: performance.now() - started };
}

export function timeSingleThread(articles: readonly Article[]): { library: Library; ms: number } {
  const started = performance.now();
  const library = buildLibrary(articles);
  return { library, ms: performance.now() - started };
}

export async function timeWorkers(articles: readonly Article[]): Promise<{ library: Library; ms: number }> {
  const started = performance.now();
  const library = await buildLibraryInWorkers(articles);
  return { library, ms: performance.now() - started };
}

export function latency(queries: readonly string[], run: (q: string) => unknown): Latency {
  const times = queries.map((q) => {
    const started = performance.now();
    run(q);
    return performance.now() - started;
  });
  return summarise(times);
}

export function summarise(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99), n: sorted.length };
}

export const commands = {
  whoSaid: (library: Library) => (q: string) => whoSaid(library, q),
  compare: (library: Library) => (q: string) => compare(library, q),
  ask: (library: Library) => (q: string) => ask(library, q),
};

/** FlexSearch's default index over the same passage texts, queried exactly. */
export function flexSearch(library: Library): (q: string) => unknown {
  const index = new FlexIndex();
  for (const p of library.passages) index.add(p.id, p.text);
  return (q) => index.search(q, { limit: 60 });
}

/** Minisearch as the README shows it: raw text, fuzzy 0.2 and prefix on every term. */
export function naiveMiniSearch(library: Library): (q: string) => unknown {
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  mini.addAll(library.passages.map((p) => ({ id: p.id, text: p.text })));
  return (q) => mini.search(q, { fuzzy: 0.2, prefix: true });
}

/** Heap and RSS growth while `build` runs and its result stays reachable; needs --expose-gc. */
export async function memoryOf<T>(build: () => Promise<T>): Promise<{ value: T; heap: number; rss: number }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  const value = await build();
  gc?.();
  const after = process.memoryUsage();
  return { value, heap: after.heapUsed - before.heapUsed, rss: after.rss - before.rss };
}
