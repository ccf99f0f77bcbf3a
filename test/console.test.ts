import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../src/cli/console.ts';

/** Runs the console on a corpus with the given typed lines; returns its exit code and everything it printed. */
async function session(corpusDir: string, typed: string): Promise<{ code: number; printed: string }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk) => (printed += String(chunk)));
  const done = runConsole({ corpusDir, input, output });
  input.end(typed);
  return { code: await done, printed };
}

describe('the terminal console (npm start without DISCORD_TOKEN)', () => {
  it('says how to connect to Discord, then answers typed commands until quit', async () => {
    const { code, printed } = await session('corpus', 'who-said will never forget Korean friends\nsources\nwho-said\nquit\n');
    expect(code).toBe(0);
    expect(printed).toContain('DISCORD_TOKEN');
    expect(printed).toContain('Zakharova');
    expect(printed).toMatch(/5 articles, \d+ passages/);
    expect(printed).toMatch(/quote is empty/);
  });

  it('lists the files it skipped, with their reasons', async () => {
    const { printed } = await session('test/fixtures/small-corpus', 'quit\n');
    expect(printed).toMatch(/Skipped broken.txt: is a binary file/);
    expect(printed).toMatch(/Skipped bad-front-matter.md: has front matter/);
  });
});
