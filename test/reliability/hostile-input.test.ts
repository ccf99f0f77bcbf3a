import fc from 'fast-check';
import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { CommandContext } from '../../commands/command.ts';
import { renderText } from '../../src/cli/render-text.ts';
import { MAX_QUERY_CHARS } from '../../src/core/limits.ts';
import type { LibraryStore } from '../../src/corpus/library-store.ts';
import { renderAnswer, renderQueryError, type Page } from '../../src/discord/render.ts';
import { seedLibrary } from '../support/libraries.ts';

// Pieces trolls paste into a bot: markup, mentions, control characters, scripts that reorder text.
const HOSTILE = [
  '', ' ', '\t\n', '\u0000', '\u001b[31m', '\u202e', 'שלום עולם', 'مرحبا', 'Z̷̡̛̬͎a̸̢̛l̶g̵o̷', '👩‍👩‍👧‍👦', '🇺🇦',
  '\ud800', '\udfff', '.*+?^${}()|[]\\', '**bold**', '__u__', '```js\ncode```', '> quote', '||spoiler||', '~~x~~', '`',
  '@everyone', '@here', '<@123456789012345678>', '<@&123456789012345678>', '<#123456789012345678>',
  'https://example.com/a?b=c', '[link](https://evil.example)', 'Putin', 'Kursk', 'heroism',
];

const hostileText = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.array(fc.constantFrom(...HOSTILE), { maxLength: 8 }).map((parts) => parts.join(' ')),
  fc.constantFrom('x'.repeat(10_000), '@everyone '.repeat(1_000), `${'a'.repeat(MAX_QUERY_CHARS)}b`),
);

describe('hostile queries', () => {
  it('never throw, always fit Discord, and name the limit when too long', async () => {
    const library = await seedLibrary();
    const context: CommandContext = { store: { current: () => library } as LibraryStore };
    const queryCommands = ['who-said', 'compare', 'ask'].map((name) => commands.get(name)!);
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        for (const command of queryCommands) {
          const result = await command.run(context, text);
          if (!result.ok) {
            expect(['empty-input', 'input-too-long', 'invalid-input']).toContain(result.error.code);
            if (result.error.code === 'input-too-long') expect(result.error.message).toContain(String(MAX_QUERY_CHARS));
            expectFits(renderQueryError(result.error).pages);
            continue;
          }
          expect(typeof renderText(result.value)).toBe('string');
          expectFits(renderAnswer(result.value).pages);
        }
      }),
      { numRuns: 250 },
    );
  });

  it('renders user text literally: markup in a query cannot format or break the reply', async () => {
    const library = await seedLibrary();
    const context: CommandContext = { store: { current: () => library } as LibraryStore };
    const result = await commands.get('who-said')!.run(context, '**bold** `code` ||spoiler|| zzqx');
    if (!result.ok) throw new Error(result.error.message);
    const content = renderAnswer(result.value).pages[0]!.content!;
    expect(content).toContain('\\*\\*bold\\*\\*');
    expect(content).toContain('\\|\\|spoiler\\|\\|');
    expect(content).not.toMatch(/(^|[^\\])`code/);
  });
});

/** Discord's documented limits for one message. */
function expectFits(pages: Page[]): void {
  expect(pages.length).toBeGreaterThan(0);
  for (const page of pages) {
    expect(page.content?.length ?? 0).toBeLessThanOrEqual(2000);
    expect(page.embeds.length).toBeLessThanOrEqual(10);
    expect(page.content || page.embeds.length).toBeTruthy();
    expect(page.embeds.reduce((sum, e) => sum + embedChars(e), 0)).toBeLessThanOrEqual(6000);
    for (const embed of page.embeds) {
      expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
      expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
      for (const field of embed.fields ?? []) {
        expect(field.name.length).toBeLessThanOrEqual(256);
        expect(field.value.length).toBeLessThanOrEqual(1024);
      }
      expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(2048);
    }
  }
}

function embedChars(e: APIEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
}
