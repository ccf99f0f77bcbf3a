import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/ask.ts';
import { buildLibrary, type Library } from '../../src/core/library.ts';
import { whoSaid } from '../../src/core/who-said.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { buildLibraryInWorkers } from '../../src/corpus/parallel-build.ts';

const CORPUS = new URL('../../corpus', import.meta.url).pathname;

describe('worker build', () => {
  it('gives the same Library and answers as the single-thread build', async () => {
    const loaded = await loadCorpus(CORPUS);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const single = buildLibrary(loaded.articles, loaded.rejected);
    const progress: number[] = [];
    // Small batches and two workers, so results arrive out of order and must be put back in corpus order.
    const parallel = await buildLibraryInWorkers(loaded.articles, loaded.rejected, {
      workers: 2,
      batchChars: 1,
      onProgress: (p) => progress.push(p.files),
    });
    expect(parallel.passages).toEqual(single.passages);
    expect(parallel.quotes).toEqual(single.quotes);
    expect(parallel.speakers).toEqual(single.speakers);
    expect(parallel.stats).toEqual(single.stats);
    const answers = (library: Library) => ['has completely failed', 'Kursk'].map((q) => [whoSaid(library, q), ask(library, q)]);
    expect(answers(parallel)).toEqual(answers(single));
    expect(progress.at(-1)).toBe(loaded.articles.length);
  });
});
