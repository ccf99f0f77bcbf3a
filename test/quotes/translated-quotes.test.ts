/**
 * Translated reports keep their source's quotation marks: «…» (Russian,
 * Ukrainian, French), ‹…› inside them, „…“ and „…”. Their quotes are found
 * and attributed as the same report's in English marks are, and the words
 * kept are the original's, marks and all.
 */
import { describe, expect, it } from 'vitest';
import { asCurlyMarks } from '../../src/core/quote-marks.ts';
import { extract, quoteWith } from './extract.ts';

// One report, written here with guillemets; `inEnglishMarks` is the same report in “…”.
const report = [
  'Russian Chief of the General Staff Valery Gerasimov reported to the president on Saturday.',
  '«The Kiev regime’s adventure has completely failed,» the president said in response. «Our soldiers did their duty.»',
  'Kremlin spokesman Dmitry Peskov told reporters that the operation had been «a complete success».',
  '«We are still fighting in the region,» said Oleksandr Syrskyi, the Ukrainian commander-in-chief. He called the claim ‹propaganda›.',
  'Governor Alexander Khinshtein wrote on Telegram: «The enemy has been driven out.»',
  // Hard-wrapped: wink-nlp, given guillemets, ended the first sentence after its last mark and lost the reported statement.
  'The Red Cross did not want to address «that person,» telling the BBC that the organization is focused on «getting civilians out of Sudzha.» \n«This season, we are focused on that mission,» the group said.',
].join('\n\n');
const inEnglishMarks = report.replace(/«/g, '“').replace(/»/g, '”').replace(/‹/g, '‘').replace(/›/g, '’');

describe('a report in guillemets', () => {
  const quotes = extract(report);

  it('yields the statements and speakers of the same report in English marks', () => {
    const asRead = (q: { text: string; speakerName: string | null; kind: string; paragraph: number }) => [q.kind, q.paragraph, q.speakerName, asCurlyMarks(q.text)];
    const english = extract(inEnglishMarks).map(asRead);
    expect(english.length).toBeGreaterThan(5);
    expect(quotes.map(asRead)).toEqual(english);
  });

  it.each([
    ['a quote before its speaker', 'The Kiev regime’s adventure has completely failed', 'president'],
    ['the quote that carries on', 'Our soldiers did their duty.', 'president'],
    ['a quote before an inverted "said"', 'We are still fighting in the region', 'Oleksandr Syrskyi'],
    ['a quote after a colon', 'The enemy has been driven out.', 'Alexander Khinshtein'],
  ])('finds and attributes %s', (_case, words, speaker) => {
    expect(quotes.find((q) => q.text === words)).toMatchObject({ kind: 'direct', speakerName: speaker });
  });

  it('keeps the original marks in the words of a reported statement', () => {
    expect(quoteWith(quotes, 'the operation had been')).toMatchObject({ kind: 'reported', text: 'the operation had been «a complete success»', speakerName: 'Dmitry Peskov' });
  });
});

describe('other marks of translated reports', () => {
  it.each([
    ['„…“, closed by a mark that opens in English', 'Andriy Kovalenko wrote: „This is another fake. The operation continues.“ He said no more.'],
    ['„…”, as Polish writes it', 'Andriy Kovalenko wrote: „This is another fake. The operation continues.” He said no more.'],
  ])('reads %s', (_case, body) => {
    expect(extract(body).filter((q) => q.kind === 'direct').map((q) => [q.text, q.speakerName])).toEqual([['This is another fake. The operation continues.', 'Andriy Kovalenko']]);
  });

  it('leaves out the spaces French style puts inside the marks', () => {
    const quotes = extract('« We are holding the line », the brigade commander told Le Monde.');
    expect(quotes.map((q) => [q.text, q.speakerName])).toEqual([['We are holding the line', 'brigade commander']]);
  });

  // Translators often nest straight marks inside guillemets; read as “…”,
  // the second straight mark closed the whole quote and lost its speaker.
  it('keeps a quote whole around a phrase in straight marks', () => {
    const quotes = extract('«Claims of a "complete liberation" are not true. Our units hold,» the General Staff said.');
    expect(quotes.map((q) => [q.text, q.speakerName])).toEqual([['Claims of a "complete liberation" are not true. Our units hold', 'General Staff']]);
  });

  it('still lets a straight mark close a quote opened with a curly one, as archives mix them', () => {
    const quotes = extract('“It is over," Ann Lee said. “We won."');
    expect(quotes.map((q) => [q.text, q.speakerName])).toEqual([
      ['It is over', 'Ann Lee'],
      ['We won.', 'Ann Lee'],
    ]);
  });
});

describe('asCurlyMarks', () => {
  it.each([
    ['guillemets', '«Нет,» he said, ‹no›.', '“Нет,” he said, ‘no’.'],
    ['a low mark closed by a high one', 'He wrote: „Fake.“ Then “more”.', 'He wrote: “Fake.” Then “more”.'],
    ['a low mark closed by a closing mark', '„Fake.” Then “more”.', '“Fake.” Then “more”.'],
    ['a low mark left open at a line end', '„Fake.\n“Then” more', '“Fake.\n“Then” more'],
  ])('reads %s as curly marks, one character for one', (_case, text, expected) => {
    expect(asCurlyMarks(text)).toBe(expected);
    expect(asCurlyMarks(text)).toHaveLength(text.length);
  });

  it('returns English text unchanged', () => {
    const text = '“It failed,” he said, ‘twice’.';
    expect(asCurlyMarks(text)).toBe(text);
  });
});
