/**
 * `npm run index [-- --force]`: builds the Library of CORPUS_DIR and writes
 * its snapshot to CACHE_DIR ahead of time, so the bot and the CLI start from
 * the snapshot. Without --force an up-to-date snapshot is kept as it is.
 * Exit 0 when the snapshot is in place, 1 when the corpus cannot be built or
 * the snapshot cannot be written, 2 for bad settings or options.
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../config.ts';
import { buildFromFolder, type SnapshotUse } from '../corpus/library-store.ts';
import { snapshotPath } from '../corpus/snapshot.ts';
import { progressBar } from './progress.ts';

const USAGE = 'usage: npm run index [-- --force]   (builds the snapshot of CORPUS_DIR in CACHE_DIR; --force rebuilds it even when it is up to date)';

const OUTCOME: Record<SnapshotUse, string> = {
  read: 'up to date, kept',
  written: 'written',
  unwritten: 'NOT written (see the warning above)',
  none: 'not written',
};

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    return fail(2, `quotebook: ${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) return fail(0, USAGE);
  const config = readConfig();
  if (!config.success) return fail(2, config.error);
  const { CORPUS_DIR, CACHE_DIR } = config.data;
  const started = performance.now();
  const bar = progressBar();
  const built = await buildFromFolder(CORPUS_DIR, { cacheDir: CACHE_DIR, rebuild: values.force, onProgress: bar.update });
  bar.stop();
  if (!built.ok) return fail(1, built.error);
  // Refused files are not in the snapshot: say which, as the other front ends do.
  for (const rejected of built.library.rejected) process.stderr.write(`quotebook: skipped ${rejected.file}: ${rejected.reason}\n`);
  const { articles, passages, quotes } = built.library.stats;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const path = snapshotPath(CACHE_DIR, CORPUS_DIR);
  process.stdout.write(`quotebook: ${articles} articles, ${passages} passages, ${quotes} quotes in ${seconds} s; snapshot ${path} ${OUTCOME[built.snapshot]}\n`);
  return built.snapshot === 'unwritten' ? 1 : 0;
}

function fail(code: number, message: string): number {
  (code === 0 ? process.stdout : process.stderr).write(`${message}\n`);
  return code;
}

process.exitCode = await main();
