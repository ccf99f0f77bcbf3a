/**
 * Builds a Library with the NLP in worker threads while this thread indexes.
 * Workers run `analyseArticle` on batches of articles; this thread adds the
 * results in corpus order (so ids match `buildLibrary` exactly) in slices of a
 * few milliseconds, yielding between them so the event loop (gateway
 * heartbeats, queries against the old Library) never waits on the build.
 *
 * @example
 * const library = await buildLibraryInWorkers(articles, rejected, { onProgress: console.log });
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createLibraryAssembler, type AnalysedArticle, type Library } from '../core/library.ts';
import { copyQuote, type ExtractedQuote } from '../core/quotes/extract-quotes.ts';
import type { Article, RejectedFile } from '../core/types.ts';
import type { WireArticle } from './nlp-worker.ts';

export interface BuildProgress {
  files: number;
  filesTotal: number;
  passages: number;
  elapsedMs: number;
}

export interface ParallelBuildOptions {
  /** Worker threads; defaults to the cores available, at least one. */
  workers: number;
  /** Characters of article text per batch sent to a worker. */
  batchChars: number;
  /** Longest stretch this thread works before yielding to the event loop. */
  sliceMs: number;
  onProgress?: (progress: BuildProgress) => void;
}

const defaultOptions: ParallelBuildOptions = { workers: Math.max(1, availableParallelism()), batchChars: 100_000, sliceMs: 5 };

/** Same Library as `buildLibrary(articles, rejected)`, built with worker threads. */
export async function buildLibraryInWorkers(
  articles: readonly Article[],
  rejected: readonly RejectedFile[] = [],
  options: Partial<ParallelBuildOptions> = {},
): Promise<Library> {
  const settings = { ...defaultOptions, ...options };
  const started = performance.now();
  const batches = batchArticles(articles, settings.batchChars);
  const workers = Array.from({ length: Math.min(settings.workers, batches.length) }, startWorker);
  const assembler = createLibraryAssembler();
  const done = new Map<number, WireArticle[]>();
  const intern = createInterner();
  let files = 0;
  let passages = 0;
  try {
    const results = runBatches(workers, batches, (batch, analysed) => done.set(batch, analysed));
    let sliceStart = performance.now();
    for (let next = 0; next < batches.length; next++) {
      while (!done.has(next)) {
        await Promise.race([results.settled, results.progressed()]);
        results.throwIfFailed();
      }
      const batch = batches[next]!;
      for (const [i, wire] of done.get(next)!.entries()) {
        passages = assembler.add(rehydrate(wire, batch[i]!, intern));
        files++;
        if (performance.now() - sliceStart > settings.sliceMs) {
          await yieldToEventLoop();
          sliceStart = performance.now();
        }
      }
      done.delete(next);
      settings.onProgress?.({ files, filesTotal: articles.length, passages, elapsedMs: performance.now() - started });
    }
    // Merging speakers and numbering quotes is a few hundred ms at 100k passages: also in slices.
    const finishing = assembler.finishSteps(articles, rejected);
    for (;;) {
      const step = finishing.next();
      if (step.done) return step.value;
      if (performance.now() - sliceStart > settings.sliceMs) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Consecutive runs of articles of about `chars` characters each. */
function batchArticles(articles: readonly Article[], chars: number): Article[][] {
  const batches: Article[][] = [];
  let current: Article[] = [];
  let size = 0;
  for (const article of articles) {
    current.push(article);
    size += article.body.length;
    if (size >= chars) {
      batches.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length) batches.push(current);
  return batches;
}

/**
 * Feeds batches to workers, two in flight per worker so none idles while its
 * last result crosses the thread boundary.
 */
function runBatches(workers: Worker[], batches: Article[][], onResult: (batch: number, analysed: WireArticle[]) => void) {
  let sent = 0;
  let failure: Error | null = null;
  let wake: () => void = () => {};
  let remaining = batches.length;
  const send = (worker: Worker) => {
    if (sent < batches.length) worker.postMessage({ batch: sent, articles: batches[sent++] });
  };
  const settled = new Promise<void>((resolve) => {
    for (const worker of workers) {
      worker.on('message', (m: { batch: number; analysed?: WireArticle[]; error?: string }) => {
        if (m.error !== undefined) failure ??= new Error(`quotebook: NLP worker failed: ${m.error}`);
        else onResult(m.batch, m.analysed!);
        if (--remaining === 0 || failure) resolve();
        send(worker);
        wake();
      });
      worker.on('error', (error) => {
        failure ??= new Error(`quotebook: NLP worker failed: ${error.message}`);
        resolve();
      });
      send(worker);
      send(worker);
    }
  });
  return {
    settled,
    progressed: () => new Promise<void>((resolve) => (wake = resolve)),
    throwIfFailed() {
      if (failure) throw failure;
    },
  };
}

/**
 * An analysed article back from a worker, with the passage texts, file names
 * and quote texts cut from the article this thread holds: slices share the
 * body's memory, where the copies a message delivers would each hold their
 * own. Short strings that repeat (cues, kinds, names) are shared the same way.
 */
function rehydrate(wire: WireArticle, article: Article, intern: (s: string) => string): AnalysedArticle {
  const { body, file } = article;
  const shared = <T extends string | null | undefined>(s: T): T => (typeof s === 'string' ? (intern(s) as T) : s);
  return {
    ...wire,
    file,
    passages: wire.passages.map(([paragraph, start, end]) => ({ file, paragraph, start, end, text: body.slice(start, end) })),
    quotes: wire.quotes.map((q): ExtractedQuote => {
      const quote = copyQuote(q);
      quote.file = file;
      if (q.end - q.start === q.text.length && body.startsWith(q.text, q.start)) quote.text = body.slice(q.start, q.end);
      quote.kind = shared(q.kind);
      quote.mention = shared(q.mention);
      quote.cue = shared(q.cue);
      quote.hedge = shared(q.hedge);
      quote.speakerName = shared(q.speakerName);
      quote.speakerKind = shared(q.speakerKind);
      return quote;
    }),
  };
}

function createInterner(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    const known = seen.get(s);
    if (known !== undefined) return known;
    seen.set(s, s);
    return s;
  };
}

// Under tsx the worker must register the TypeScript loader itself: Node 20
// workers do not inherit `--import` hooks. Built JavaScript needs no loader.
function startWorker(): Worker {
  const script = new URL(`./nlp-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  if (!script.pathname.endsWith('.ts')) return new Worker(script);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(script.href)}); })`;
  return new Worker(boot, { eval: true });
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
