/** The terminal renderer, on answers the engine gives for small made-up articles. */
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/cli/render-text.ts';
import { buildLibrary } from '../../src/core/library.ts';
import type { Article } from '../../src/core/types.ts';
import { whoSaid } from '../../src/core/who-said.ts';
import { ask } from '../../src/core/ask.ts';
import { compare } from '../../src/core/compare.ts';

const article = (file: string, body: string): Article => ({ file, title: file, source: null, url: null, date: null, author: null, body, bodyOffset: 0 });

describe('renderText: who-said', () => {
  // Quotation marks say "these are the speaker's words"; a reported statement is the writer's.
  const library = buildLibrary([
    article('quoted.md', 'The storm cut the town off.\n\n“The old bridge over the river will stay closed until spring,” Mayor Ann Lee said on Monday.'),
    article('reported.md', 'Roads were flooded.\n\nMayor Ann Lee said that the old bridge over the river will stay closed until spring.'),
  ]);

  it('puts a direct quote in quotation marks and marks another source that only reports it', () => {
    const answer = whoSaid(library, 'the old bridge over the river will stay closed');
    const text = renderText({ command: 'who-said', answer });
    const first = answer.matches[0]!;
    expect(first.kind).toBe('direct');
    expect(text).toContain('   “The old bridge over the river will stay closed until spring”');
    expect(first.alsoIn.map((s) => s.kind)).toEqual(['reported']);
    expect(text).toMatch(/also in .*\[reported\.md\]: \[reported\] the old bridge over the river will stay closed until spring \(Ann Lee\)/);
  });

  it('says when the matched words are a quote inside the statement', () => {
    const answer = whoSaid(library, 'the old bridge over the river will stay closed');
    const inside = { ...answer, matches: [{ ...answer.matches[0]!, quotedWithin: true }] };
    expect(renderText({ command: 'who-said', answer: inside }).split('\n')[0]).toMatch(/ \[quoting someone else: these words are a quote inside the statement\]$/);
    expect(renderText({ command: 'who-said', answer }).split('\n')[0]).not.toContain('quoting someone else');
  });

  it('prints reported speech without quotation marks, marked as reported', () => {
    const answer = whoSaid(library, 'the old bridge over the river will stay closed');
    const reportedFirst = { ...answer, matches: [{ ...answer.matches[0]!.alsoIn[0]!, passage: '', highlights: [], score: 1, quotedWithin: false, alsoIn: [] }] };
    const lines = renderText({ command: 'who-said', answer: reportedFirst }).split('\n');
    expect(lines[0]).toBe('1. Ann Lee (as “Mayor Ann Lee”) [reported speech, not a direct quote]');
    expect(lines[1]).toBe('   the old bridge over the river will stay closed until spring');
  });
});

describe('renderText: a hedged attribution', () => {
  const library = buildLibrary([
    article('quoted.md', 'The storm cut the town off.\n\n“The old bridge over the river will stay closed until spring,” Mayor Ann Lee reportedly said on Monday.'),
    article('reported.md', 'Roads were flooded.\n\nMayor Ann Lee allegedly said that the old bridge over the river will stay closed until spring.'),
  ]);

  it('says the article only reports who said it, in the match and in the other source', () => {
    const text = renderText({ command: 'who-said', answer: whoSaid(library, 'the old bridge over the river will stay closed') });
    expect(text.split('\n')[0]).toBe('1. Ann Lee (as “Mayor Ann Lee”) [only “reportedly”: the article does not vouch that these words were said]');
    expect(text).toMatch(/\[reported\.md\]: .* \(Ann Lee, allegedly\)$/m);
  });
});

describe('renderText: a speaker the text does not name', () => {
  const library = buildLibrary([
    article('front.md', 'Tom Hale said the withdrawal had been chaotic.\n\n“We lost many vehicles on the road,” another said.'),
  ]);

  it('gives the words the text uses for the speaker, and no name', () => {
    const text = renderText({ command: 'who-said', answer: whoSaid(library, 'We lost many vehicles on the road') });
    expect(text.split('\n')[0]).toBe('1. Speaker not named: the text says only “another”');
  });

  it('says the text does not say who, when it has no words for the speaker either', () => {
    const answer = whoSaid(library, 'We lost many vehicles on the road');
    const bare = { ...answer, matches: [{ ...answer.matches[0]!, mention: null }] };
    expect(renderText({ command: 'who-said', answer: bare }).split('\n')[0]).toBe('1. Speaker unknown: the text does not say who said this');
  });
});

describe('renderText: misses', () => {
  const library = buildLibrary([
    article('storm.md', 'The storm sank about 40 boats in the harbour.'),
    article('wall.md', 'Talks on the harbour wall stalled.'),
  ]);

  it('says which words no source uses and which part of the topic sources cover', () => {
    expect(renderText({ command: 'compare', answer: compare(library, 'harbour casualties') })).toBe(
      'No source covers “harbour casualties”. No source uses “casualties”.\nDid you mean:\n  “harbour”',
    );
  });

  it('says which words of a question no source uses', () => {
    expect(renderText({ command: 'ask', answer: ask(library, 'Who paid for the hurricane repairs?') })).toBe(
      'No passage answers “Who paid for the hurricane repairs?”. No source uses “paid”, “hurricane” or “repairs”.',
    );
  });
});
