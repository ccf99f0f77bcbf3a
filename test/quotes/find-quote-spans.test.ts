import { describe, expect, it } from 'vitest';
import { curlySingles, scanQuoteSpans, usesSingleQuotes, usesStraightSingleQuotes } from '../../src/core/quotes/find-quote-spans.ts';

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

// British style: quotes in ‘…’, quotes within them in “…”.
describe('scanQuoteSpans with single quotation marks', () => {
  const singles = (text: string) => scanQuoteSpans(text, null, true).spans.map((s) => text.slice(s.start, s.end));

  it.each([
    ['a quote handed on with a comma', '‘It failed,’ he said.', ['It failed,']],
    ['apostrophes inside the quote', '‘Russia’s army didn’t win,’ he said.', ['Russia’s army didn’t win,']],
    ['a plural possessive before a sure close', '‘The soldiers’ families are angry,’ he said.', ['The soldiers’ families are angry,']],
    ['a scare quote before a comma', 'He called it a ‘liberation’, which Kyiv denied.', ['liberation']],
    ['scare quotes closing before a space', 'The ‘heroes’ were praised and the ‘villains’ were not.', ['heroes', 'villains']],
    ['a double-quoted phrase nested inside', '‘He told me “no”,’ she said.', ['He told me “no”,']],
  ])('finds %s', (_case, text, expected) => {
    expect(singles(text)).toEqual(expected);
  });

  it('leaves an open quote open at the end of the paragraph', () => {
    expect(scanQuoteSpans('‘We will go on. We will win.', null, true).openAtEnd).toBe('single');
  });
});

describe('usesSingleQuotes', () => {
  it.each([
    ['British style', 'Tom Hale spoke.\n\n‘It failed,’ he said. ‘He told me “no”.’', true],
    ['American style with a nested quote', 'Tom Hale spoke.\n\n“He told me ‘no,’” he said.', false],
    ['a headline in single quotes over American quotes', 'Lee: Plan Is ‘A Failure’\n\n“It failed,” Lee said.', false],
    ['a year written with a turned apostrophe', 'The ‘16 candidates’ debates were long.\n\nLee won.', false],
    ['a double quote beside a single one', 'Lee called it ‘a failure’ and “a disgrace,” Hale said.', false],
    ['no single quotes at all', '“It failed,” he said.', false],
    ['British style with a call sign in double marks', 'A soldier with the call sign “Kit” spoke.\n\n‘We left in March,’ he said. ‘We held the border.’', true],
    ['as many short double quotes as single ones', 'Lee called it “a disgrace.”\n\nHale called it “a failure.”\n\n‘No,’ said Ruiz. ‘Never.’', false],
    ['a long double quote beside single ones', 'The order read “hold the line at all costs.”\n\n‘We left,’ he said. ‘We held.’', false],
  ])('%s', (_case, body, expected) => {
    expect(usesSingleQuotes(body)).toBe(expected);
  });
});

describe('usesStraightSingleQuotes', () => {
  it.each([
    ['British style typed with straight marks', "Tom Hale spoke.\n\n'It failed,' he said. 'The soldiers' families waited.'", true],
    ['a single straight mark beside a double one', "Lee called it 'a failure' and \"a disgrace,\" Hale said.", false],
    ['doubled apostrophes for quotes', "''It failed,'' he said of the 'new plan.'", false],
    ['only apostrophes, one at a word start', "They told 'em the soldiers' pay was late, and the '90s were over.", false],
    ['only apostrophes, one before a full stop', "They told 'em about the soldiers'.", false],
    ['a one-word quote before a full stop', "Lee called it a 'liberation'.", true],
    ['a one-word quote with no punctuation beside its close', "Lee called it a 'liberation' on Monday.", false],
    ['curly single marks (usesSingleQuotes() reads those)', 'Tom Hale spoke.\n\n‘It failed,’ he said.', false],
    ['British style typed with straight marks, with a call sign in double marks', "A soldier with the call sign \"Kit\" spoke.\n\n'We left in March,' he said. 'We held the border.'", true],
    ['straight single marks beside a long double quote', "The order read \"hold the line at all costs.\"\n\n'We left,' he said. 'We held.'", false],
  ])('%s', (_case, body, expected) => {
    expect(usesStraightSingleQuotes(body)).toBe(expected);
  });

  it('makes opening marks ‘ and the rest ’, keeping every offset', () => {
    const text = "'It's over,' Lee said of the soldiers' 'orderly' retreat, rock 'n' roll and all.";
    const curly = curlySingles(text);
    expect(curly).toBe('‘It’s over,’ Lee said of the soldiers’ ‘orderly’ retreat, rock ’n’ roll and all.');
    expect(curly.length).toBe(text.length);
  });
});
