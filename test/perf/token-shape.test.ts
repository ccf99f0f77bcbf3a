import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// Every token must be one object shape (V8 "map"). The quote code reads token
// fields millions of times per build; one token of another shape anywhere
// makes those reads polymorphic, and PolNeAR's one-thread build took 13% longer
// when a repaired token was built by spreading another. Only V8 can tell
// shapes apart, so a child process with --allow-natives-syntax asks it.
function oddTokens(text: string): { tokens: number; odd: string[] } {
  const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', 'test/support/token-maps.ts', text], { encoding: 'utf8', timeout: 30_000 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

describe('tokens', () => {
  it.each([
    ['plain words and punctuation', '“It failed,” Putin said on Monday, and left.'],
    ['a word repaired from a wrong text encoding', 'Enrique Pe\u00c3\u00b1a Nieto met Marc TrA\u0303\u00a9vidic.'],
    ['split possessives and contractions', "The party's, then Lee's plan can't fail."],
  ])('share one object shape: %s', (_what, text) => {
    const { tokens, odd } = oddTokens(text);
    expect(tokens).toBeGreaterThan(5);
    expect(odd).toEqual([]);
  });
});
