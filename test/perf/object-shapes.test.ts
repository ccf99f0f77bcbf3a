import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// Objects made in bulk must each be one object shape (V8 "map"). The quote
// code reads token fields millions of times per build, and answers read
// passages and quotes; one object of another shape makes those reads
// polymorphic, and copies made by spread ({ ...p, id }) each got a shape of
// their own. PolNeAR's one-thread build took 13% longer from a single spread
// token. Only V8 can tell shapes apart, so a child process with
// --allow-natives-syntax asks it.
type Report = Record<string, { count: number; odd: string[] }>;

function shapes(...args: string[]): Report {
  const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', 'test/support/object-shapes.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

describe('objects made in bulk share one shape', () => {
  it.each([
    ['plain words and punctuation', '“It failed,” Putin said on Monday, and left.'],
    ['a word repaired from a wrong text encoding', 'Enrique Pe\u00c3\u00b1a Nieto met Marc TrA\u0303\u00a9vidic.'],
    ['split possessives and contractions', "The party's, then Lee's plan can't fail."],
  ])('tokens: %s', (_what, text) => {
    const { tokens } = shapes('tokens', text);
    expect(tokens!.count).toBeGreaterThan(5);
    expect(tokens!.odd).toEqual([]);
  });

  it('view tokens: a full stop cut off a word the tokenizer kept it on ("in.")', () => {
    const { tokens } = shapes('view-tokens', 'She said she would weigh in. But the vote came early.');
    expect(tokens!.count).toBeGreaterThan(10);
    expect(tokens!.odd).toEqual([]);
  });

  it('a Library\'s passages and quotes, and /who-said matches and their sources', () => {
    const report = shapes('library');
    for (const [kind, { count, odd }] of Object.entries(report)) {
      expect(count, kind).toBeGreaterThan(10);
      expect(odd, kind).toEqual([]);
    }
  });
});
