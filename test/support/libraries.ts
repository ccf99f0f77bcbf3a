/** Libraries built once per test file from real corpora: the seeds and the small fixture. */
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { buildLibrary, type Library } from '../../src/core/library.ts';

const cache = new Map<string, Promise<Library>>();

export function libraryOf(dir: string): Promise<Library> {
  let library = cache.get(dir);
  if (!library) {
    library = loadCorpus(dir).then((loaded) => {
      if (!loaded.ok) throw new Error(loaded.error.message);
      return buildLibrary(loaded.articles, loaded.rejected);
    });
    cache.set(dir, library);
  }
  return library;
}

export const seedLibrary = () => libraryOf('corpus');
export const fixtureLibrary = () => libraryOf('test/fixtures/small-corpus');
