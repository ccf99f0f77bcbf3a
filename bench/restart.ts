/**
 * Restart and reload figures: time from process start to the first answer
 * (child processes), and event-loop delay while a full reload runs.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { buildFromFolder, openLibraryStore } from '../src/corpus/library-store.ts';
import { whoSaid } from '../src/core/who-said.ts';
import { packageRoot } from '../src/package-root.ts';
import { summarise, type Latency } from './measure.ts';

const run = promisify(execFile);
// Compiled, as the bot runs in production (`npm run bench` builds it first);
// it opens the store the way the bot does and answers one query.
const script = join(packageRoot(import.meta.url), 'dist', 'bench', 'first-answer.js');

/** Wall time of one fresh process from spawn to its first /who-said answer; `cacheDir` null rebuilds without a snapshot. */
export async function firstAnswerMs(corpusDir: string, cacheDir: string | null, query: string): Promise<number> {
  if (!existsSync(script)) throw new Error(`bench: ${script} is missing; run \`npm run build\` (npm run bench does)`);
  const started = performance.now();
  await run(process.execPath, [script, corpusDir, cacheDir ?? '-', query], { maxBuffer: 1 << 20 });
  return performance.now() - started;
}

export interface ReloadFigures {
  eventLoopP99: number;
  eventLoopMax: number;
  queries: Latency;
  reloadMs: number;
}

/** Event-loop delay and /who-said latency while the store rebuilds `corpusDir` from scratch; a query every 20 ms. */
export async function reloadUnderLoad(corpusDir: string, queries: string[]): Promise<ReloadFigures> {
  const opened = await openLibraryStore({ corpusDir, build: (dir) => buildFromFolder(dir, { rebuild: true }) });
  if (!opened.ok) throw new Error(opened.error);
  const store = opened.store;
  const times: number[] = [];
  let i = 0;
  const timer = setInterval(() => {
    const started = performance.now();
    whoSaid(store.current(), queries[i++ % queries.length]!);
    times.push(performance.now() - started);
  }, 20);
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const report = await store.reload();
  histogram.disable();
  clearInterval(timer);
  if (!report.ok) throw new Error(report.error ?? 'reload failed');
  return {
    eventLoopP99: histogram.percentile(99) / 1e6,
    eventLoopMax: histogram.max / 1e6,
    queries: summarise(times),
    reloadMs: report.durationMs,
  };
}
