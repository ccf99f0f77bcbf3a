/**
 * Run by test/perf/token-shape.test.ts under `node --allow-natives-syntax`:
 * prints, for the text given as the argument, how many tokens do not share
 * V8's hidden class ("map") with the first token.
 */
import { analyse } from '../../src/core/nlp.ts';

// V8's intrinsic, reachable only with --allow-natives-syntax (a parse error
// otherwise, so it is compiled at run time rather than written in the source).
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

const tokens = analyse(process.argv[2] ?? '').sentences.flatMap((s) => s.tokens);
const odd = tokens.filter((t) => !haveSameMap(t, tokens[0]!)).map((t) => t.text);
process.stdout.write(JSON.stringify({ tokens: tokens.length, odd }));
