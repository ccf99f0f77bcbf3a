import { describe, expect, it } from 'vitest';
import { scanQuoteSpans } from '../../src/core/quotes/find-quote-spans.ts';

const quoted = (text: string) => scanQuoteSpans(text, null).spans.map((s) => text.slice(s.start, s.end));

describe('scanQuoteSpans', () => {
  it.each([
    ['curly marks', 'He said, “It failed.” Then he left.', ['It failed.']],
    ['straight marks', 'He said, "It failed." Then he left.', ['It failed.']],
    ['doubled apostrophes', "''This isn't reform,'' said the economist.", ["This isn't reform,"]],
    ['no space after a comma', 'Gerasimov said,“They took part.”', ['They took part.']],
    ['a curly quote closed by a straight mark', '“Deals are not a requirement," she said.', ['Deals are not a requirement,']],
    ['two quotes in one sentence', '“A,” he said, “B.”', ['A,', 'B.']],
    ['doubled apostrophes closing on a nested quote', "''I said, 'No daylight,''' he recalled.", ["I said, 'No daylight,'"]],
  ])('finds the quoted words with %s', (_case, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('keeps a nested single-quoted phrase inside the outer quote', () => {
    const text = '“Claims of our ‘defeat’ are propaganda,” officials said.';
    expect(quoted(text)).toEqual(['Claims of our ‘defeat’ are propaganda,']);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(quoted("Ukraine's army and the Kremlin's claims don't match.")).toEqual([]);
  });

  it('reports a quote still open at the end of a paragraph', () => {
    const result = scanQuoteSpans('“We will go on.', null);
    expect(result.openAtEnd).toBe('curly');
    expect(result.spans[0]).toMatchObject({ closed: false });
  });
});
