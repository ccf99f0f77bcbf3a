/**
 * Run by test/perf/object-shapes.test.ts under `node --allow-natives-syntax`.
 * For each kind of object the build and the answers make in bulk, prints how
 * many do not share V8's hidden class ("map") with the first of their kind.
 *
 * `tokens TEXT`: the tokens of TEXT. `view-tokens TEXT`: the tokens of the quote
 * reader's view of TEXT, which may cut a glued full stop off a word. `library`: the passages and quotes of a
 * Library built from the bundled corpus, and the matches of /who-said answers.
 */
import { buildLibrary } from '../../src/core/library.ts';
import { analyse } from '../../src/core/nlp.ts';
import { buildTokenView } from '../../src/core/quotes/token-view.ts';
import { whoSaid } from '../../src/core/who-said.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';

// V8's intrinsic, reachable only with --allow-natives-syntax (a parse error
// otherwise, so it is compiled at run time rather than written in the source).
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
// An object made before a field first held another kind of value (a score of
// 1, then 0.75) keeps a deprecated map until it is next used; V8 would move it
// to the current one then, so it is moved first here.
const migrate = new Function('o', '%TryMigrateInstance(o)') as (o: object) => void;

function odd<T extends object>(objects: readonly T[], name: (o: T) => string): { count: number; odd: string[] } {
  objects.forEach(migrate);
  return { count: objects.length, odd: objects.filter((o) => !haveSameMap(o, objects[0]!)).map(name) };
}

const [mode, text] = process.argv.slice(2);
if (mode === 'tokens') {
  const tokens = analyse(text ?? '').sentences.flatMap((s) => s.tokens);
  process.stdout.write(JSON.stringify({ tokens: odd(tokens, (t) => t.text) }));
} else if (mode === 'view-tokens') {
  const tokens = buildTokenView(text ?? '', analyse(text ?? ''), []).tokens;
  process.stdout.write(JSON.stringify({ tokens: odd(tokens, (t) => t.text) }));
} else {
  const loaded = await loadCorpus(new URL('../../corpus', import.meta.url).pathname);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const library = buildLibrary(loaded.articles);
  const matches = library.quotes.slice(0, 20).flatMap((q) => whoSaid(library, q.text.split(/\s+/).slice(0, 6).join(' ')).matches);
  process.stdout.write(
    JSON.stringify({
      passages: odd(library.passages, (p) => `${p.file}:${p.paragraph}`),
      quotes: odd(library.quotes, (q) => q.text.slice(0, 30)),
      matches: odd(matches, (m) => m.quote.slice(0, 30)),
      sources: odd(matches.map((m) => m.source), (s) => s.file),
    }),
  );
}
