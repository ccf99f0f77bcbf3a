/**
 * `npm run index [-- --force]`: builds the Library of CORPUS_DIR and writes
 * its snapshot to CACHE_DIR ahead of time, so the bot and the CLI start from
 * the snapshot. Without --force an up-to-date snapshot is kept as it is.
 * Exit 0 when the snapshot is in place, 1 when the corpus cannot be built, 2
 * for bad settings.
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../config.ts';
import { buildFromFolder } from '../corpus/library-store.ts';
import { snapshotPath } from '../corpus/snapshot.ts';
import { progressBar } from './progress.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { force: { type: 'boolean', default: false } } });
  const config = readConfig();
  if (!config.success) return fail(2, config.error);
  const { CORPUS_DIR, CACHE_DIR } = config.data;
  if (!CACHE_DIR) return fail(2, 'quotebook: CACHE_DIR is empty, so there is nowhere to write a snapshot');
  const started = performance.now();
  const bar = progressBar();
  const built = await buildFromFolder(CORPUS_DIR, { cacheDir: CACHE_DIR, rebuild: values.force, onProgress: bar.update });
  bar.stop();
  if (!built.ok) return fail(1, built.error);
  const { articles, passages, quotes } = built.library.stats;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`quotebook: ${articles} articles, ${passages} passages, ${quotes} quotes in ${seconds} s; snapshot ${snapshotPath(CACHE_DIR, CORPUS_DIR)}\n`);
  return 0;
}

function fail(code: number, message: string): number {
  process.stderr.write(`${message}\n`);
  return code;
}

process.exitCode = await main();
