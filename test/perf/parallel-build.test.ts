import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
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
    expect(parallel.index).toEqual(single.index);
    const answers = (library: Library) => ['has completely failed', 'Kursk'].map((q) => [whoSaid(library, q), ask(library, q)]);
    expect(answers(parallel)).toEqual(answers(single));
    expect(progress.at(-1)).toBe(loaded.articles.length);
  });

  it('keeps a quote\'s hedge', async () => {
    const hedged = { file: 'hedged.md', title: 'T', source: null, url: null, date: null, author: null, bodyOffset: 0, body: 'Tom Hale spoke first.\n\nAnn Lee reportedly said, “The army is ready to move.”' };
    const parallel = await buildLibraryInWorkers([hedged], [], { workers: 1, batchChars: 1 });
    expect(parallel.quotes.map((q) => q.hedge)).toEqual(['reportedly']);
  });

  // Linux gives each thread its own nice value; elsewhere the workers leave priority alone.
  it.runIf(process.platform === 'linux')('runs its workers at a lower priority than the main thread', async () => {
    const loaded = await loadCorpus(CORPUS);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const seen: number[][] = [];
    // Progress arrives on the main thread while the workers are alive: look at every thread of this process then.
    await buildLibraryInWorkers(loaded.articles, loaded.rejected, { workers: 2, batchChars: 1, onProgress: () => seen.push(threadNiceValues()) });
    const self = Number(readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ')[16]);
    expect(seen.some((values) => values.filter((n) => n > self).length >= 1)).toBe(true);
    // A terminated worker's thread can linger in /proc for a moment after
    // `terminate()` resolves (seen once under a loaded CI run): wait for it to go.
    await vi.waitFor(() => expect(threadNiceValues().every((n) => n === self)).toBe(true), { timeout: 5_000, interval: 50 });
  });
});

/**
 * The nice value of every live thread of this process (field 19 of
 * /proc/<pid>/task/<tid>/stat). A thread that ends between listing and
 * reading is skipped: it has no priority left to check.
 */
function threadNiceValues(): number[] {
  return readdirSync('/proc/self/task').flatMap((tid) => {
    let stat: string;
    try {
      stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    } catch {
      return [];
    }
    return [Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])];
  });
}
