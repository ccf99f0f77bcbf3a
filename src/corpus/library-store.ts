/**
 * Holds the Library that answers queries and swaps in a new one on reload.
 * The new Library is built beside the old; the swap is one assignment, and on
 * any failure the old one keeps serving. Reloads asked for while one runs
 * share its result instead of starting another.
 *
 * @example
 * const store = await openLibraryStore({ corpusDir: 'corpus' });
 * const report = await store.reload();
 */
import { buildLibrary, type Library, type LibraryStats } from '../core/library.ts';
import type { Article, RejectedFile } from '../core/types.ts';
import { loadCorpus } from './load-corpus.ts';
import { buildLibraryInWorkers, type BuildProgress } from './parallel-build.ts';
import { readSnapshot, snapshotKey, snapshotPath, writeSnapshot } from './snapshot.ts';

export interface ReloadReport {
  ok: boolean;
  /** Why the reload failed; the old corpus is still serving. */
  error: string | null;
  before: LibraryStats;
  after: LibraryStats;
  added: string[];
  changed: string[];
  removed: string[];
  rejected: RejectedFile[];
  durationMs: number;
}

export interface LibraryStore {
  /** The Library serving now. Never changes under a caller that holds it. */
  current(): Library;
  /** Re-reads the corpus folder. Concurrent calls share one reload. */
  reload(): Promise<ReloadReport>;
}

export interface StoreOptions {
  corpusDir: string;
  /** Builds a Library from the folder; a seam for snapshots and worker builds. */
  build?: (corpusDir: string) => Promise<{ ok: true; library: Library } | { ok: false; error: string }>;
  /** Where the default build keeps its snapshot; null (the default) builds from scratch every time. */
  cacheDir?: string | null;
  /** Called as the default build indexes a large corpus. */
  onProgress?: (progress: BuildProgress) => void;
}

export type OpenResult = { ok: true; store: LibraryStore } | { ok: false; error: string };

/** Loads the corpus for the first time; fails only when no Library can be built at all. */
export async function openLibraryStore(options: StoreOptions): Promise<OpenResult> {
  const build = options.build ?? ((dir: string) => buildFromFolder(dir, { cacheDir: options.cacheDir ?? null, onProgress: options.onProgress }));
  const first = await build(options.corpusDir);
  if (!first.ok) return first;
  let library = first.library;
  let inFlight: Promise<ReloadReport> | null = null;

  async function reloadOnce(): Promise<ReloadReport> {
    const started = performance.now();
    const before = library;
    let next: Awaited<ReturnType<typeof build>>;
    try {
      next = await build(options.corpusDir);
    } catch (error) {
      next = { ok: false, error: `quotebook: reload failed (${(error as Error).message})` };
    }
    if (next.ok) library = next.library;
    return describeReload(before, next.ok ? next.library : null, next.ok ? null : next.error, performance.now() - started);
  }

  return {
    ok: true,
    store: {
      current: () => library,
      reload() {
        inFlight ??= reloadOnce().finally(() => {
          inFlight = null;
        });
        return inFlight;
      },
    },
  };
}

/**
 * What became of the snapshot: `read` (the Library came from it), `written`
 * (built, then saved), `unwritten` (built, saving failed) or `none` (no cache).
 */
export type SnapshotUse = 'read' | 'written' | 'unwritten' | 'none';

export interface FolderBuildOptions {
  /** Snapshot folder; null builds from scratch and writes nothing. */
  cacheDir: string | null;
  /** Corpora with at least this many characters of article text are analysed in worker threads. */
  workerThresholdChars: number;
  /** Ignore any snapshot and build from scratch (the snapshot is still written). */
  rebuild: boolean;
  onProgress?: (progress: BuildProgress) => void;
}

// Below about a thousand passages, starting workers (each loads the wink model)
// costs more than it saves; the CLI answers a 5-file corpus in one thread.
const defaultFolderBuild: FolderBuildOptions = { cacheDir: null, workerThresholdChars: 1_000_000, rebuild: false };

/**
 * Reads the folder and builds a Library, from the snapshot in `cacheDir` when
 * one matches the corpus and code; an empty or missing corpus is a failure.
 */
export async function buildFromFolder(
  corpusDir: string,
  options: Partial<FolderBuildOptions> = {},
): Promise<{ ok: true; library: Library; snapshot: SnapshotUse } | { ok: false; error: string }> {
  const settings = { ...defaultFolderBuild, ...options };
  const loaded = await loadCorpus(corpusDir);
  if (!loaded.ok) return { ok: false, error: loaded.error.message };
  if (loaded.articles.length === 0) {
    const why = loaded.rejected.length ? `; ${loaded.rejected.length} file(s) rejected` : '';
    return { ok: false, error: `quotebook: corpus folder "${corpusDir}" holds no usable article${why}` };
  }
  const { articles, rejected } = loaded;
  if (!settings.cacheDir) return { ok: true, library: await buildArticles(articles, rejected, settings), snapshot: 'none' };
  const path = snapshotPath(settings.cacheDir, corpusDir);
  const key = await snapshotKey(articles, rejected);
  if (!settings.rebuild) {
    const snapshot = await readSnapshot(path, key, articles, rejected);
    if (snapshot.ok) return { ok: true, library: snapshot.library, snapshot: 'read' };
    if (snapshot.reason === 'corrupt') process.emitWarning(`quotebook: ignoring corrupt snapshot ${path} (${snapshot.detail}); rebuilding`, { code: 'QUOTEBOOK_SNAPSHOT' });
  }
  const library = await buildArticles(articles, rejected, settings);
  try {
    await writeSnapshot(path, key, library);
  } catch (error) {
    // The Library is good; only the next start will be slower.
    process.emitWarning(`quotebook: could not write snapshot ${path} (${(error as Error).message})`, { code: 'QUOTEBOOK_SNAPSHOT' });
    return { ok: true, library, snapshot: 'unwritten' };
  }
  return { ok: true, library, snapshot: 'written' };
}

function buildArticles(articles: Article[], rejected: RejectedFile[], settings: FolderBuildOptions): Promise<Library> | Library {
  const chars = articles.reduce((sum, a) => sum + a.body.length, 0);
  if (chars < settings.workerThresholdChars) return buildLibrary(articles, rejected);
  return buildLibraryInWorkers(articles, rejected, { onProgress: settings.onProgress });
}

function describeReload(before: Library, after: Library | null, error: string | null, durationMs: number): ReloadReport {
  const oldBodies = new Map(before.articles.map((a) => [a.file, a.body]));
  const newBodies = new Map((after ?? before).articles.map((a) => [a.file, a.body]));
  return {
    ok: after !== null,
    error,
    before: before.stats,
    after: (after ?? before).stats,
    added: after ? [...newBodies.keys()].filter((f) => !oldBodies.has(f)) : [],
    changed: after ? [...newBodies].filter(([f, body]) => oldBodies.has(f) && oldBodies.get(f) !== body).map(([f]) => f) : [],
    removed: after ? [...oldBodies.keys()].filter((f) => !newBodies.has(f)) : [],
    rejected: [...(after ?? before).rejected],
    durationMs,
  };
}
