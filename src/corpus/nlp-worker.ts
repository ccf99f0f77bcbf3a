/**
 * Worker thread of the parallel build: runs the costly phase
 * (`analyseArticle`: passages, wink-nlp, quotes, index terms) for batches of
 * articles and posts back plain data. Started by `parallel-build.ts`.
 *
 * What the main thread already holds is left out of the message: passage
 * texts and file names are cut from the article again on arrival
 * (`rehydrate` in parallel-build.ts), which makes the message smaller and
 * lets the Library share the article's strings instead of holding copies.
 */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { analyseArticle, type AnalysedArticle } from '../core/library.ts';
import type { Article, Passage } from '../core/types.ts';

export interface WorkerRequest {
  batch: number;
  articles: Article[];
}

/** An analysed article as sent to the main thread: passages as `[paragraph, start, end]`. */
export interface WireArticle extends Omit<AnalysedArticle, 'passages' | 'file'> {
  passages: Array<[Passage['paragraph'], Passage['start'], Passage['end']]>;
}

// The build is background work: on a machine with as many workers as cores,
// the main thread (gateway heartbeats, queries against the old Library) must
// get a core the moment it wakes. On Linux a thread has its own nice value and
// priority 0 names the calling thread, so this lowers only this worker; on
// other systems it would lower the whole process, so it is left alone there.
const WORKER_NICE = 10;
if (process.platform === 'linux') {
  try {
    setPriority(WORKER_NICE);
  } catch {
    // Not allowed here (some sandboxes): the build still works, only less politely.
  }
}

parentPort?.on('message', ({ batch, articles }: WorkerRequest) => {
  try {
    parentPort!.postMessage({ batch, analysed: articles.map((article) => toWire(analyseArticle(article))) });
  } catch (error) {
    parentPort!.postMessage({ batch, error: `${(error as Error).stack ?? error}` });
  }
});

function toWire({ file: _file, passages, ...rest }: AnalysedArticle): WireArticle {
  return { ...rest, passages: passages.map((p) => [p.paragraph, p.start, p.end]) };
}
