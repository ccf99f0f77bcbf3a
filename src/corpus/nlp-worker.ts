/**
 * Worker thread of the parallel build: runs the costly phase
 * (`analyseArticle`: passages, wink-nlp, quotes, index terms) for batches of
 * articles and posts back plain data. Started by `parallel-build.ts`.
 */
import { parentPort } from 'node:worker_threads';
import { analyseArticle } from '../core/library.ts';
import type { Article } from '../core/types.ts';

export interface WorkerRequest {
  batch: number;
  articles: Article[];
}

parentPort?.on('message', ({ batch, articles }: WorkerRequest) => {
  try {
    parentPort!.postMessage({ batch, analysed: articles.map(analyseArticle) });
  } catch (error) {
    parentPort!.postMessage({ batch, error: `${(error as Error).stack ?? error}` });
  }
});
