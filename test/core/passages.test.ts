import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitPassages } from '../../src/core/passages.ts';

describe('splitPassages', () => {
  it('treats each line as a paragraph when the file puts one paragraph per line', () => {
    const body = 'First paragraph.\nSecond paragraph.\nThird.';
    expect(splitPassages('a.txt', body).map((p) => [p.paragraph, p.text])).toEqual([
      [1, 'First paragraph.'],
      [2, 'Second paragraph.'],
      [3, 'Third.'],
    ]);
  });

  it('joins hard-wrapped lines and splits at blank lines, with exact offsets', () => {
    const body = 'The harbour reopened on Friday after a\nthree-day closure.\n\nA second paragraph.';
    const passages = splitPassages('a.md', body);
    expect(passages.map((p) => p.text)).toEqual(['The harbour reopened on Friday after a\nthree-day closure.', 'A second paragraph.']);
    for (const p of passages) expect(body.slice(p.start, p.end)).toBe(p.text);
  });

  it.each([
    ['a "Read also:" link list', 'Real text.\nRead also:\n- Some headline\n- Another headline'],
    ['"Read the rest here."', 'Real text.\n\nRead the rest here.'],
    ['a lone dash line', 'Real text.\n-'],
    ['a social-media call to action', 'Real text.\n\nFollow Jane Doe on Twitter @janedoe.'],
  ])('never returns page furniture: %s', (_, body) => {
    expect(splitPassages('a.txt', body).map((p) => p.text)).toEqual(['Real text.']);
  });

  it('keeps paragraph numbers of the file even when furniture is dropped', () => {
    const body = 'Headline\n-\nFirst real paragraph.';
    expect(splitPassages('a.txt', body).map((p) => p.paragraph)).toEqual([1, 3]);
  });

  it('cuts a very long paragraph at sentence boundaries, all pieces keeping its number', () => {
    const sentence = 'The council debated the harbour budget for a long time. ';
    const body = sentence.repeat(40).trim();
    const passages = splitPassages('a.txt', body, { maxPassageChars: 300 });
    expect(passages.length).toBeGreaterThan(5);
    for (const p of passages) {
      expect(p.paragraph).toBe(1);
      expect(p.text.length).toBeLessThanOrEqual(300);
      expect(p.text.endsWith('.')).toBe(true);
      expect(body.slice(p.start, p.end)).toBe(p.text);
    }
  });

  it('numbers paragraphs from 1 over the whole body', () => {
    expect(splitParagraphs('A.\nB.\nC.').map((p) => p.number)).toEqual([1, 2, 3]);
  });
});

describe('hard wraps in files that separate paragraphs with blank lines', () => {
  it('joins a wrapped line even when it starts with a name', () => {
    const body = '“We are safe,” harbour master\nIngrid Solberg said.\n\nNext paragraph.';
    expect(splitPassages('a.md', body).map((p) => p.text)).toEqual(['“We are safe,” harbour master\nIngrid Solberg said.', 'Next paragraph.']);
  });

  it('ends a paragraph after a title-case headline line, as live blogs write them', () => {
    const body = 'Intro.\n\n8:10PM Mayor Vows To Reopen Harbor Bridge\nKari Lund said the bridge would reopen.\n\nEnd.';
    expect(splitPassages('a.md', body).map((p) => p.text)).toEqual(['Intro.', '8:10PM Mayor Vows To Reopen Harbor Bridge', 'Kari Lund said the bridge would reopen.', 'End.']);
  });

  it.each([
    ['a line in capitals: a quote, not a headline', 'Intro.\n\n“TAKEN, HELD AND LOST”\nKari Lund said the bridge would reopen.\n\nEnd.'],
    ['a line that ends in a closing mark, in a file without blank lines', 'Intro.\nShe called the claim “a lie”\nand the bridge reopened.\nEnd.'],
  ])('reads guillemets as it reads “…”: %s', (_case, english) => {
    const translated = english.replace('“', '«').replace('”', '»');
    expect(splitPassages('a.md', translated).map((p) => p.text.replace('«', '“').replace('»', '”'))).toEqual(splitPassages('a.md', english).map((p) => p.text));
  });

  it('still joins a wrapped line whose words happen to be mostly names', () => {
    const body = 'The panel heard from Gov. Ann Lee, Sen. Tom\nReyes and others.\n\nEnd.';
    expect(splitPassages('a.md', body).map((p) => p.text)).toEqual(['The panel heard from Gov. Ann Lee, Sen. Tom\nReyes and others.', 'End.']);
  });

  it('still drops a link list written without blank lines between its items', () => {
    const body = 'Real text.\n\nRead also:\n- Storm warnings\n- Ferry times\n\nMore text.';
    expect(splitPassages('a.md', body).map((p) => p.text)).toEqual(['Real text.', 'More text.']);
  });
});
