import { describe, expect, it } from 'vitest';
import { innerQuoteRanges, withinOneInnerQuote } from '../../src/core/inner-quotes.ts';

const quoted = (text: string) => innerQuoteRanges(text).map(([s, e]) => text.slice(s, e));

describe('innerQuoteRanges', () => {
  it.each([
    ['curly single marks', 'She said on the trail, ‘I refuse to use the phrase,’ and that is a problem', ['I refuse to use the phrase,']],
    ['straight single marks', "He is like, 'Let's keep a few of those,' and we looked at each other", ["Let's keep a few of those,"]],
    ['double marks inside a quote that used doubled apostrophes', 'The memo said "stand down" twice', ['stand down']],
    ['two quotations', 'I said ‘no’ and she said ‘yes’', ['no', 'yes']],
    ['guillemets and low marks, as translations keep them', 'He said «stand down» and then ‹never›, and „no“ again', ['stand down', 'never', 'no']],
  ])('finds %s', (_case, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it.each([
    ['apostrophes inside words', 'We don’t know, and it’s not our job'],
    ['a plural possessive with no quotation open', "The voters' choice was clear"],
    ['a mark with a space after it', "He said ' no more"],
  ])('finds nothing in %s', (_case, text) => {
    expect(innerQuoteRanges(text)).toEqual([]);
  });
});

describe('withinOneInnerQuote', () => {
  const ranges: Array<[number, number]> = [[10, 30], [40, 50]];

  it('is true when every highlight lies in one quotation', () => {
    expect(withinOneInnerQuote([[12, 15], [16, 29]], ranges)).toBe(true);
  });

  it.each([
    ['a highlight outside', [[12, 15], [31, 35]]],
    ['highlights in two quotations', [[12, 15], [41, 45]]],
    ['no highlight', []],
  ] as Array<[string, Array<[number, number]>]>)('is false for %s', (_case, highlights) => {
    expect(withinOneInnerQuote(highlights, ranges)).toBe(false);
  });
});
