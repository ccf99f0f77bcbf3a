import { describe, expect, it } from 'vitest';
import type { ExtractedQuote } from '../../src/core/quotes/extract-quotes.ts';
import { buildLibrary } from '../../src/core/library.ts';
import { buildSpeakers } from '../../src/core/quotes/speakers.ts';
import type { Article } from '../../src/core/types.ts';

const said = (speakerName: string, mention = speakerName, speakerKind?: ExtractedQuote['speakerKind'], speakerGender: ExtractedQuote['speakerGender'] = null): ExtractedQuote => ({
  file: 'a.txt',
  passageId: 0,
  paragraph: 1,
  paragraphs: [1],
  start: 0,
  end: 1,
  text: 'x',
  kind: 'direct',
  mention,
  speakerName,
  cue: 'said',
  hedge: null,
  speakerKind,
  speakerGender,
});
const directoryOf = (...quotes: ExtractedQuote[]) => buildSpeakers([{ file: 'a.txt', quotes }]);

describe('buildSpeakers', () => {
  it.each([
    [['Gerasimov', 'Valery Gerasimov', 'Gen. Valery Gerasimov'], 'Valery Gerasimov'],
    [['Zelensky', 'Volodymyr Zelenskyy'], 'Volodymyr Zelenskyy'],
    [['Volodymyr Zelensky', 'Volodymyr Zelenskyy'], 'Volodymyr Zelensky'],
  ])('merges %j into one speaker named %s', (names, canonical) => {
    const directory = directoryOf(...names.map((n) => said(n)));
    expect(new Set(names.map((n) => directory.idFor(n))).size).toBe(1);
    expect(directory.speakers).toHaveLength(1);
    expect(directory.speakers[0]!.name).toBe(canonical);
  });

  it('keeps two people who share a surname apart', () => {
    const directory = directoryOf(said('Bill Clinton'), said('Hillary Clinton'));
    expect(directory.idFor('Bill Clinton')).not.toBe(directory.idFor('Hillary Clinton'));
  });

  it('keeps apart two people whose names differ only in their middle initials', () => {
    const directory = directoryOf(said('Arthur P. Vance'), said('Arthur Q. Vance'), said('Arthur Vance'), said('Vance'));
    const ids = ['Arthur P. Vance', 'Arthur Q. Vance', 'Arthur Vance', 'Vance'].map((n) => directory.idFor(n));
    expect(new Set(ids).size).toBe(4);
  });

  it('merges a name written with and without its one middle name', () => {
    const directory = directoryOf(said('Lena Marsh Ortiz'), said('Lena M. Ortiz'), said('Lena Ortiz'), said('Ortiz'));
    expect(directory.speakers).toHaveLength(1);
  });

  it('does not guess which of two people a bare surname means', () => {
    const directory = directoryOf(said('Bill Clinton'), said('Hillary Clinton'), said('Clinton'));
    expect(directory.speakers.map((s) => s.name).sort()).toEqual(['Bill Clinton', 'Clinton', 'Hillary Clinton']);
  });

  it('joins a bare surname to a full name from other articles only when several quote that person', () => {
    const inFile = (file: string, ...names: string[]) => ({ file, quotes: names.map((n) => ({ ...said(n), file })) });
    const once = buildSpeakers([inFile('a.txt', 'Barney Frank'), inFile('b.txt', 'Frank')]);
    expect(once.idFor('Frank')).not.toBe(once.idFor('Barney Frank'));
    const often = buildSpeakers([inFile('a.txt', 'Barney Frank'), inFile('c.txt', 'Barney Frank'), inFile('b.txt', 'Frank')]);
    expect(often.idFor('Frank')).toBe(often.idFor('Barney Frank'));
  });

  it('does not join a bare surname that "reported" to a person named in full elsewhere: it may be a news outlet', () => {
    const inFile = (file: string, name: string, cue = 'said') => ({ file, quotes: [{ ...said(name), file, cue }] });
    const directory = buildSpeakers([inFile('a.txt', 'Ann Hearst'), inFile('c.txt', 'Ann Hearst'), inFile('b.txt', 'Hearst', 'reported'), inFile('d.txt', 'Hearst')]);
    const [reported, told] = [directory.speakerOf({ ...said('Hearst'), file: 'b.txt', cue: 'reported' }), directory.speakerOf({ ...said('Hearst'), file: 'd.txt' })];
    expect(reported).not.toBe(directory.idFor('Ann Hearst'));
    expect(told).toBe(directory.idFor('Ann Hearst'));
  });

  it('does not join a bare surname shown to be a woman\'s to the one full name, shown to be a man\'s', () => {
    const quotes = [said('Bill Clinton', 'Mr. Clinton', 'person', 'male'), said('Clinton', 'Mrs. Clinton', 'person', 'female'), said('Clinton', 'Clinton', 'person')];
    const directory = buildSpeakers([{ file: 'a.txt', quotes }]);
    const [bill, mrs, bare] = quotes.map((q) => directory.speakerOf(q));
    expect(mrs).not.toBe(bill);
    expect(bare).toBe(bill);
  });

  it('keeps "Mr. Khan" and "Ms. Khan" apart when the surname alone is all the corpus gives them, named with their honorifics', () => {
    const quotes = [said('Khan', 'Mr. Khan', 'person', 'male'), said('Khan', 'Ms. Khan', 'person', 'female'), said('Khan', 'she', 'person', 'female')];
    const directory = buildSpeakers([{ file: 'a.txt', quotes }]);
    const [mr, ms, she] = quotes.map((q) => directory.speakerOf(q));
    expect(mr).not.toBe(ms);
    expect(she).toBe(ms);
    expect(directory.speakers.map((s) => s.name).sort()).toEqual(['Mr. Khan', 'Ms. Khan']);
  });

  it('keeps one speaker for a surname the corpus shows only as a man\'s (guard)', () => {
    const quotes = [said('Khan', 'Mr. Khan', 'person', 'male'), said('Khan', 'Khan', 'person')];
    const directory = buildSpeakers([{ file: 'a.txt', quotes }]);
    expect(directory.speakers.map((s) => s.name)).toEqual(['Khan']);
  });

  it('does not merge a bare title description into a named person', () => {
    const directory = directoryOf(said('Valery Gerasimov'), said('Chief of Staff', 'the Chief of Staff', 'description'));
    expect(directory.idFor('Chief of Staff')).not.toBe(directory.idFor('Valery Gerasimov'));
  });

  it('keeps a description to its own article: the spokesman of one story is not the next one\'s', () => {
    const inFile = (file: string) => ({ file, quotes: [{ ...said('spokesman', 'a spokesman', 'description'), file }, { ...said('spokesman', 'the spokesman', 'description'), file }] });
    const directory = buildSpeakers([inFile('a.txt'), inFile('b.txt')]);
    expect(directory.speakers.map((s) => [s.name, s.kind])).toEqual([['spokesman', 'description'], ['spokesman', 'description']]);
    expect(directory.idFor('spokesman', 'a.txt')).not.toBe(directory.idFor('spokesman', 'b.txt'));
  });

  it('keeps every written form as an alias, but not pronouns', () => {
    const directory = directoryOf(said('Valery Gerasimov', 'Gen. Valery Gerasimov'), said('Valery Gerasimov', 'he'));
    expect(directory.speakers[0]!.aliases).toEqual(['Gen. Valery Gerasimov', 'Valery Gerasimov']);
  });

  describe('a "he" or "she" that the speaker\'s gender across the corpus contradicts', () => {
    const inFile = (file: string, ...quotes: ExtractedQuote[]) => ({ file, quotes: quotes.map((q) => ({ ...q, file })) });
    const mr = (file: string) => inFile(file, said('Tom Hale', 'Mr. Hale', 'person', 'male'));

    it('leaves the quote without a speaker, and keeps the ones that fit', () => {
      const she = said('Tom Hale', 'she', 'person');
      const he = said('Tom Hale', 'he', 'person');
      const directory = buildSpeakers([mr('a.txt'), mr('b.txt'), inFile('c.txt', she, he)]);
      expect(directory.speakerOf({ ...she, file: 'c.txt' })).toBeNull();
      expect(directory.speakerOf({ ...he, file: 'c.txt' })).toBe(directory.idFor('Tom Hale'));
    });

    it('drops a speaker that only contradicted pronouns named', () => {
      // "she" resolved early in each article to a man the article later calls "Mr. Hale".
      const early = (file: string) => inFile(file, said('Tom Hale', 'she', 'person', 'male'));
      const directory = buildSpeakers([early('a.txt'), early('b.txt'), inFile('c.txt', said('Ann Lee'))]);
      expect(directory.speakers.map((s) => s.name)).toEqual(['Ann Lee']);
      expect(directory.speakerOf({ ...said('Tom Hale', 'she', 'person', 'male'), file: 'a.txt' })).toBeNull();
    });

    it.each([
      ['one article shows the gender (guard: a wrong merge within it must not decide)', [mr('a.txt')]],
      ['articles disagree (guard)', [mr('a.txt'), mr('b.txt'), inFile('d.txt', said('Tom Hale', 'Ms. Hale', 'person', 'female'))]],
    ])('keeps the speaker when %s', (_case, others) => {
      const she = { ...said('Tom Hale', 'she', 'person'), file: 'c.txt' };
      const directory = buildSpeakers([...others, inFile('c.txt', she)]);
      expect(directory.speakerOf(she)).toBe(directory.idFor('Tom Hale'));
    });
  });

  it('reads the gender from articles that write "Mr." and drops the "she" another article gave him', () => {
    const article = (file: string, body: string): Article => ({ file, title: file, source: null, url: null, date: null, author: null, body, bodyOffset: 0 });
    const library = buildLibrary([
      article('a.md', 'Tom Hale spoke first. “We will win the county,” Mr. Hale said.'),
      article('b.md', '“The farms come first,” Mr. Tom Hale said.'),
      article('c.md', 'Tom Hale won the county. “It was close,” she said.'),
    ]);
    const byFile = new Map(library.quotes.map((q) => [q.file, q]));
    expect(byFile.get('a.md')?.speakerId).toBe(byFile.get('b.md')?.speakerId);
    expect(byFile.get('a.md')?.speakerId).not.toBeNull();
    expect(byFile.get('c.md')).toMatchObject({ text: 'It was close', mention: 'she', speakerId: null });
  });
});
