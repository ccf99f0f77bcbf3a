import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../src/cli/console.ts';

describe('the terminal console (npm start without DISCORD_TOKEN)', () => {
  it('says how to connect to Discord, then answers typed commands until quit', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => (printed += String(chunk)));
    const done = runConsole({ corpusDir: 'corpus', input, output });
    input.end('who-said will never forget Korean friends\nsources\nwho-said\nquit\n');
    expect(await done).toBe(0);
    expect(printed).toContain('DISCORD_TOKEN');
    expect(printed).toContain('Zakharova');
    expect(printed).toMatch(/5 articles, \d+ passages/);
    expect(printed).toMatch(/quote is empty/);
  });

  it('lists the files it skipped, with their reasons', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => (printed += String(chunk)));
    const done = runConsole({ corpusDir: 'test/fixtures/small-corpus', input, output });
    input.end('quit\n');
    await done;
    expect(printed).toMatch(/Skipped broken.txt: is a binary file/);
    expect(printed).toMatch(/Skipped bad-front-matter.md: has front matter/);
  });
});
