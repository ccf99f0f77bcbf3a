/**
 * An article in British style writes its quotes in ‘…’ and quotes within
 * them in “…”: its quotes are found and attributed as American ones are,
 * and an American article's nested ‘…’ stay inside their quotes.
 */
import { describe, expect, it } from 'vitest';
import { extract, quoteWith } from './extract.ts';

describe('an article in British style', () => {
  const body = [
    'Ann Lee, the defence minister, spoke in Kyiv on Monday.',
    '‘The soldiers’ families have waited long enough,’ Ms Lee said. ‘Russia’s claim is false.’',
    'Tom Hale called it a ‘liberation’, which Ms Lee denied.',
    '‘He told me “no” to my face,’ Mr Hale said.',
  ].join('\n\n');
  const quotes = extract(body);

  it.each([
    ['a quote with a plural possessive inside', 'The soldiers’ families have waited long enough', 'Ann Lee'],
    ['the quote that carries on', 'Russia’s claim is false.', 'Ann Lee'],
    ['a scare quote', 'liberation', 'Tom Hale'],
    ['a quote holding a double-quoted phrase', 'He told me “no” to my face', 'Tom Hale'],
  ])('finds and attributes %s', (_case, words, speaker) => {
    expect(quoteWith(quotes, words)).toMatchObject({ text: expect.stringContaining(words), speakerName: speaker });
  });

  it('takes no apostrophe for a quotation mark', () => {
    expect(quotes.every((q) => !q.text.startsWith('s ') && !q.text.startsWith('s’'))).toBe(true);
    expect(quotes.map((q) => q.text)).not.toContain('no');
  });

  it('joins a quote that runs over paragraphs, each opening with ‘', () => {
    const running = extract('Ann Lee spoke on Monday.\n\n‘The army is ready. It will move at dawn.\n\n‘We are sure of it,’ she said.');
    expect(running.map((q) => [q.text, q.speakerName])).toEqual([['The army is ready. It will move at dawn.\nWe are sure of it', 'Ann Lee']]);
  });
});

// Probe: a British-style report typed with straight marks ('…') yielded no
// quotes at all: straight single marks were taken for apostrophes.
describe('an article in British style typed with straight marks', () => {
  const body = [
    "In a statement, the General Staff said: 'The operation fulfilled its tasks. Our forces held.'",
    "Putin said the army had 'suffered no defeat'.",
    "'We don't retreat,' he said. 'The soldiers' families know it.'",
  ].join('\n\n');
  const quotes = extract(body);

  it.each([
    ['a quote after a colon', 'The operation fulfilled its tasks. Our forces held.', 'General Staff'],
    ['a quoted phrase', 'suffered no defeat', 'Putin'],
    ['a quote with an apostrophe inside', "We don't retreat", 'Putin'],
    ['the quote that carries on, with a plural possessive', "The soldiers' families know it.", 'Putin'],
  ])('finds and attributes %s, its words as written', (_case, words, speaker) => {
    expect(quotes.find((q) => q.text === words)).toMatchObject({ speakerName: speaker });
  });
});

// War-news probe (Guardian style): a call sign in double marks ("Kit")
// made the article American, and none of its ‘…’ quotes was read.
describe('an article in British style with a name in double marks', () => {
  it.each([
    ['curly', 'A drone operator, who gave only his call sign "Kit", described the retreat. ‘We left Salem in March,’ he said.\n\n‘There are no units in Salem,’ said the commander.'],
    ['straight', 'A drone operator, who gave only his call sign "Kit", described the retreat. \'We left Salem in March,\' he said.\n\n\'There are no units in Salem,\' said the commander.'],
  ])('still reads its quotes in single marks (%s)', (_case, body) => {
    expect(extract(body).filter((q) => q.kind === 'direct').map((q) => q.text)).toEqual(['We left Salem in March', 'There are no units in Salem']);
  });
});

// War-news probe (Guardian style): "The Kremlin has claimed that the region
// has been 'completely liberated', …" kept the opening mark and lost the closing one.
describe('a reported statement ending in a quote in single marks', () => {
  it.each([
    ['straight marks', "Tom Hale spoke first. The Kremlin has claimed that Russia's Kursk region has been 'completely liberated', a statement Kyiv denied.", "Russia's Kursk region has been 'completely liberated'"],
    ['curly marks', 'Tom Hale spoke first. The Kremlin has claimed that Russia’s Kursk region has been ‘completely liberated’, a statement Kyiv denied.', 'Russia’s Kursk region has been ‘completely liberated’'],
  ])('keeps the closing mark: %s', (_case, body, text) => {
    expect(extract(body).find((q) => q.kind === 'reported')?.text).toBe(text);
  });
});
