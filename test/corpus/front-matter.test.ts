import { describe, expect, it } from 'vitest';
import { readFrontMatter, splitFrontMatter } from '../../src/corpus/front-matter.ts';

describe('splitFrontMatter', () => {
  it.each([
    ['a block and a body', '---\ntitle: A\n---\nBody.', { yaml: '\ntitle: A', body: 'Body.' }],
    ['a byte-order mark and CRLF line ends', '\uFEFF---\r\ntitle: A\r\n---\r\nBody.\r\n', { yaml: '\r\ntitle: A\r', body: 'Body.\r\n' }],
    ['only one line break dropped after the block', '---\ntitle: A\n---\n\nBody.', { yaml: '\ntitle: A', body: '\nBody.' }],
    ['no closing delimiter: all front matter', '---\ntitle: A\n', { yaml: '\ntitle: A\n', body: '' }],
  ])('reads %s', (_name, raw, expected) => {
    expect(splitFrontMatter(raw)).toEqual(expected);
  });

  it.each([
    ['no opening delimiter', 'Body only.'],
    ['a longer rule, which is text', '----\ntitle: A\n---\nBody.'],
  ])('finds none with %s', (_name, raw) => {
    expect(splitFrontMatter(raw)).toBeNull();
  });
});

describe('readFrontMatter', () => {
  it('reads YAML fields, dates as dates', () => {
    expect(readFrontMatter('title: "A: b"\ndate: 2025-04-26')).toEqual({ title: 'A: b', date: new Date('2025-04-26') });
  });

  it('reads an empty or comment-only block as no fields', () => {
    expect(readFrontMatter('\n# nothing here\n')).toEqual({});
  });

  it('throws on YAML that does not parse', () => {
    expect(() => readFrontMatter('title: [unclosed')).toThrow();
  });
});
