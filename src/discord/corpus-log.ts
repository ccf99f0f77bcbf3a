/**
 * Logs what the bot's corpus holds and every file it refused, at start-up and
 * after each reload, so an operator reading the logs sees the same reasons a
 * moderator sees in the /reload reply.
 */
import type { Library } from '../core/library.ts';
import type { LibraryStore, ReloadReport } from '../corpus/library-store.ts';
import type { Logger } from './logger.ts';

export function logCorpus(log: Logger, corpusDir: string, library: Library): void {
  const { stats } = library;
  log.info(`corpus "${corpusDir}": ${stats.articles} articles, ${stats.passages} passages, ${stats.quotes} quotes`);
  for (const r of library.rejected) log.warn(`corpus file refused: ${r.file} ${r.reason}`);
}

/**
 * The store, with every reload's outcome logged once. Concurrent reloads share
 * one report (the store coalesces them), so a report is logged only the first time it is seen.
 */
export function withReloadLog(store: LibraryStore, log: Logger, corpusDir: string): LibraryStore {
  const logged = new WeakSet<ReloadReport>();
  return {
    current: () => store.current(),
    async reload() {
      const report = await store.reload();
      if (!logged.has(report)) {
        logged.add(report);
        if (report.ok) logCorpus(log, corpusDir, store.current());
        else log.error(`reload failed, the previous corpus keeps serving: ${report.error}`);
      }
      return report;
    },
  };
}
