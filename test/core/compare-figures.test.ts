/** /compare's claims about figures and dates: agree, differ, or say nothing. */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/compare.ts';
import { dateParts, datesFit, findDatesAt, sameDate } from '../../src/core/dates.ts';
import { eventDate } from '../../src/core/event-date.ts';
import { claimOf, claimsAgree } from '../../src/core/figure-claims.ts';
import { findFigures } from '../../src/core/figures.ts';
import { buildLibrary } from '../../src/core/library.ts';
import type { Article } from '../../src/core/types.ts';

const article = (file: string, body: string, date: string | null = null): Article => ({ file, title: file, source: null, url: null, date, author: null, body, bodyOffset: 0 });
const claim = (text: string) => {
  const [figure] = findFigures(text);
  return claimOf(figure!.text, figure!.about)!;
};

describe('claimsAgree', () => {
  it.each([
    ['10,000–12,000 troops', 'over 10,000 troops', true],
    ['10,000–12,000 troops', 'over 10,000 soldiers', true],
    ['approximately 76,000 military personnel', '76,000 military personnel', true],
    ['up to 300 people', '250 people', true],
    ['an estimated 3.5 million voters', '3,400,000 voters', true],
    ['$1 trillion dollars', '$4 trillion dollars', false],
    ['35 boats', 'about 40 boats', false],
    ['nearly 40 boats', '45 boats', false],
    ['thousands of soldiers', '500 soldiers', false],
    ['fewer than 20 ships', '25 ships', false],
    // A share's hedge is a point or two, not a tenth of it.
    ['about 56 percent of registered voters', '59 percent of registered voters', false],
    ['about 56 percent of registered voters', '57 percent of registered voters', true],
  ])('"%s" and "%s": %s', (a, b, agree) => {
    expect(claim(a).thing).toBe(claim(b).thing);
    expect(claimsAgree([claim(a), claim(b)])).toBe(agree);
  });

  it('reads whose things a figure counts from the capitalised words before the noun', () => {
    expect(claim('over 10,000 North Korean troops')).toMatchObject({ thing: 'troop', whose: 'north korean', counted: 'North Korean troops' });
    expect(claim('thousands of Ukrainian soldiers')).toMatchObject({ thing: 'troop', whose: 'ukrainian', low: 2000 });
  });
});

describe('findFigures', () => {
  it.each([
    ['the meeting on Saturday, April 26, 2025. (AP)', []],
    ['claims about thousands of Ukrainian soldiers being surrounded', ['thousands of Ukrainian soldiers']],
    ['prices rose 3.5% last year', ['3.5%']],
    ['a reliable 5-to-4 majority, won by nearly 3-to-1', []],
    ['he whittled $25 million off the price', ['25 million']],
    ['she led by 263 entering Tuesday', ['263']],
    ['with 16 involving business', ['16']],
    ['with 263 entering delegates', ['263 entering delegates']],
  ])('reads "%s" as %j', (text, figures) => {
    expect(findFigures(text).map((f) => f.text)).toEqual(figures);
  });
});

describe('dateParts', () => {
  it.each([
    ['April 26, 2025', null, { year: 2025, month: 4, day: 26 }],
    ['26 April', null, { month: 4, day: 26 }],
    ['late March', null, { month: 3, part: 'late' }],
    ['last year', '2025-04-27', { year: 2024 }],
    ['last month', '2025-01-10', { year: 2024, month: 12 }],
    ['last year', null, null],
    ['Saturday', '2025-04-27', null],
  ])('reads "%s" (published %s) as %j', (text, published, parts) => {
    expect(dateParts(text, published)).toEqual(parts);
  });

  it('takes a date without its year for the same date with one, but not March for late March', () => {
    expect(sameDate(dateParts('26 April', null)!, dateParts('April 26, 2025', null)!)).toBe(true);
    expect(sameDate(dateParts('March', null)!, dateParts('late March', null)!)).toBe(false);
    expect(sameDate(dateParts('April 26, 2024', null)!, dateParts('April 26, 2025', null)!)).toBe(false);
  });
});

describe('datesFit', () => {
  it.each([
    ['last year', 'November 2024', true],
    ['26 April', 'April 26, 2025', true],
    ['late March', 'March', true],
    ['late March', 'March 26', true],
    ['November 2024', 'October 2024', false],
    ['early March', 'March 26', false],
    ['2023', 'November 2024', false],
  ])('"%s" and "%s" fit: %s', (a, b, fit) => {
    expect(datesFit(dateParts(a, '2025-04-27')!, dateParts(b, '2025-04-27')!)).toBe(fit);
  });
});

describe('eventDate', () => {
  it.each([
    ['one figure and one date', 'North Korea became involved from November 2024, sending an estimated 10,000–12,000 troops.', 'November 2024'],
    ['a date in the reported clause', 'Officials claim that over 10,000 troops were deployed last year.', 'last year'],
    ['a date after the event, the saying dated too', 'Over 10,000 troops were sent in March, officials said on April 2.', 'March'],
    ['only a date of the saying, before "that"', 'The ministry said on 26 April that 10,000 troops left.', undefined],
    ['a date opening a sentence that reports', 'On 26 April, the ministry said that 10,000 troops had left.', undefined],
    ['two figures', 'Over 10,000 troops and 40 tanks were sent in March.', undefined],
    ['two dates', 'Over 10,000 troops were sent in March and left in May.', undefined],
  ])('%s', (_case, sentence, date) => {
    expect(eventDate(sentence, findFigures(sentence), findDatesAt(sentence))).toBe(date);
  });
});

describe('compare: figures', () => {
  const summaryOf = (topic: string, ...articles: Article[]) => compare(buildLibrary(articles), topic);

  it('says the sources differ when no value fits the figures they give for one thing', () => {
    const answer = summaryOf('storm', article('a.md', 'The storm damaged 35 boats in the harbour.'), article('b.md', 'The storm damaged about 40 boats in the harbour.'));
    expect(answer.differences).toEqual(['Different figures for boats: 35 boats (a.md); about 40 boats (b.md)']);
    expect(answer.agreements).toEqual([]);
  });

  it('says figures worded differently agree when one value fits them all', () => {
    const answer = summaryOf('troops', article('a.md', 'Officials say 10,000–12,000 troops were sent.'), article('b.md', 'Officials say over 10,000 troops were sent.'));
    expect(answer.differences).toEqual([]);
    expect(answer.agreements).toHaveLength(1);
    expect(answer.agreements[0]).toMatch(/^2 sources agree on troops, in different words: /);
    expect(answer.agreements[0]).toContain('10,000–12,000 troops (a.md)');
    expect(answer.agreements[0]).toContain('over 10,000 troops (b.md)');
  });

  it.each([
    ['different things', 'The storm damaged 35 boats.', 'The storm damaged 90 cars.'],
    ['different people’s troops', 'The storm hit 5,000 Ukrainian troops.', 'The storm hit 12,000 Russian troops.'],
    ['spans of time', 'The storm lasted six weeks.', 'The storm lasted two weeks.'],
    ['spans of time, even the same one', 'The storm lasted six weeks.', 'The storm lasted six weeks.'],
    ['different facts that share only the topic', 'In the storm a coalition of 13 states asked the court to block the rules.', 'The storm hit 25 states, forecasters warned.'],
    ['the same figure for different facts', 'After the storm the lead in the poll was 7 points.', 'The senator lost 7 points in the storm of criticism and now sits at 11 percent.'],
    ['a source that may count two things under one noun', 'In the storm 35 boats were damaged and 5 boats sank.', 'In the storm about 40 boats were damaged.'],
  ])('makes no claim about figures of %s', (_, a, b) => {
    const answer = summaryOf('storm', article('a.md', a), article('b.md', b));
    expect(answer.figures.length).toBeGreaterThanOrEqual(2);
    expect(answer.differences).toEqual([]);
    expect(answer.agreements).toEqual([]);
  });

  it('sets figures against each other only where the sentences tell the fact closely alike', () => {
    const answer = summaryOf(
      'crowd',
      article('a.md', 'Trump addressed a crowd of about 230 people at a rally in Salem, aides said.'),
      article('b.md', 'Rubio addressed a crowd of about 300 people at a rally in a high school cafeteria.'),
    );
    expect(answer.differences).toEqual([]);
  });

  it('does not call a count twice another or more a different telling of it', () => {
    const answer = summaryOf('storm', article('a.md', 'The storm damaged 35 boats in the harbour.'), article('b.md', 'The storm damaged 90 boats in the harbour.'));
    expect(answer.differences).toEqual([]);
  });

  it('says figures agree in other words only when the numbers they state are near', () => {
    const answer = summaryOf('delegates', article('a.md', 'Rubio has won at least 25 delegates in the primaries.'), article('b.md', 'Cruz has won 370 delegates in the primaries.'));
    expect(answer.agreements).toEqual([]);
  });

  it('weighs a source’s other count of the thing, even in a sentence about something else', () => {
    const answer = summaryOf(
      'boats',
      article('a.md', 'Fishermen said the storm destroyed about 40 boats. Mayor Lee said 35 boats were damaged and none were lost.'),
      article('b.md', 'Opposition leader Clara Holm said that the budget ignores the harbour, which lost about 40 boats in the storm.'),
    );
    expect(answer.agreements).toEqual(['2 sources give about 40 boats: a.md, b.md']);
    expect(answer.differences).toEqual([]);
  });

  it('counts soldiers and troops as one thing, and shows each source’s own noun', () => {
    const answer = summaryOf('officials', article('a.md', 'Officials say over 10,000 soldiers were sent.'), article('b.md', 'Officials say over 10,000 troops were sent.'));
    expect(answer.agreements).toEqual(['2 sources agree on soldiers, in different words: over 10,000 soldiers (a.md); over 10,000 troops (b.md)']);
  });

  it('does not count personnel as troops: staff who are not soldiers are among them', () => {
    const answer = summaryOf('officials', article('a.md', 'Officials say over 10,000 personnel were sent.'), article('b.md', 'Officials say over 10,000 troops were sent.'));
    expect(answer.figures.length).toBeGreaterThanOrEqual(2);
    expect(answer.agreements).toEqual([]);
  });

  it('takes a place and its people for one word the sentences share', () => {
    const answer = summaryOf('troops', article('a.md', 'Korea sent 10,000–12,000 troops.'), article('b.md', 'Over 10,000 Korean troops arrived.'));
    expect(answer.agreements).toHaveLength(1);
    expect(answer.agreements[0]).toMatch(/^2 sources agree on Korean troops, in different words: /);
  });

  it('does not take "said" for a word two facts share', () => {
    const answer = summaryOf('boats', article('a.md', 'Lee said 35 boats sank.'), article('b.md', 'Berg said 90 boats were sold.'));
    expect(answer.differences).toEqual([]);
  });

  // Two sources a.md and b.md, published on the two dates.
  const published = (topic: string, a: string, b: string) => (first: string, second: string) =>
    summaryOf(topic, article('a.md', a, first), article('b.md', b, second));

  it('sets figures against each other only from sources published within a few days of each other', () => {
    const answer = published('storm', 'The storm damaged 35 boats in the harbour.', 'The storm damaged about 40 boats in the harbour.');
    expect(answer('2025-04-27', '2025-04-29').differences).toEqual(['Different figures for boats: 35 boats (a.md); about 40 boats (b.md)']);
    expect(answer('2025-04-27', '2025-06-01').differences).toEqual([]);
  });

  it('takes a weekday for the same day only in sources published within a week of each other', () => {
    const answer = published('port', 'The harbour master closed the port on Wednesday.', 'On Wednesday the harbour master closed the port to ferries.');
    expect(answer('2025-04-24', '2025-04-25').agreements).toEqual(['2 sources give Wednesday: a.md, b.md']);
    expect(answer('2025-04-24', '2025-03-06').agreements).toEqual([]);
  });

  it('dates nothing alike by a date alone that two unrelated sentences give', () => {
    const answer = summaryOf('port', article('a.md', 'The port opened in 2008.'), article('b.md', 'Voters in the port city backed the mayor in 2008, a poll by Gallup found.'));
    expect(answer.agreements).toEqual([]);
  });

  it('still says so when two sources give the same figure, beside one it cannot compare', () => {
    const answer = summaryOf('storm', article('a.md', 'In the storm 35 boats were damaged and 5 boats sank.'), article('b.md', 'In the storm 35 boats were damaged.'));
    expect(answer.agreements).toEqual(['2 sources give 35 boats: a.md, b.md']);
    expect(answer.differences).toEqual([]);
  });

  it('dates one count of one thing alike when the dates fit together, and says so once', () => {
    const answer = summaryOf(
      'troops',
      article('a.md', 'The army began sending 10,000 troops in November 2024.', '2025-04-27'),
      article('b.md', 'Officials say that 10,000 troops were sent by the army last year.', '2025-04-27'),
    );
    // Sources come in the order of their passages' rank.
    expect(answer.agreements).toHaveLength(2);
    expect(answer.agreements[0]).toBe('2 sources give 10,000 troops: a.md, b.md');
    expect(answer.agreements[1]).toMatch(/^2 sources date troops to dates that fit together: /);
    expect(answer.agreements[1]).toContain('November 2024 (a.md)');
    expect(answer.agreements[1]).toContain('last year (b.md)');
    expect(answer.figures.filter((f) => f.about === 'troops').map((f) => f.when).sort()).toEqual(['November 2024', 'last year']);
  });

  it('says the dates differ when sources give one count of one thing different dates', () => {
    const answer = summaryOf('troops', article('a.md', 'The army sent 10,000 troops in March 2024.'), article('b.md', 'The army sent over 10,000 troops in October 2023.'));
    expect(answer.differences).toEqual(['Different dates for troops: March 2024 (a.md); October 2023 (b.md)']);
  });

  it.each([
    ['different counts (likely two events)', 'The army sent 10,000 troops in March 2024.', 'The army sent 3,000 troops in October 2023.'],
    ['a date that dates the saying', 'The ministry said on 26 April that 10,000 troops were sent.', 'The army sent 10,000 troops in March.'],
    ['a source giving one count two dates', 'The army sent 10,000 troops in March 2024. It sent 10,000 troops in May 2024.', 'The army sent 10,000 troops in October 2023.'],
    [
      'sentences that tell the count differently',
      'The army sent 10,000 troops to the border in March 2024, the ministry said in a statement.',
      'Over 10,000 troops were sent by the army in October 2023 to guard the eastern railway.',
    ],
  ])('makes no claim about dates of %s', (_case, a, b) => {
    const answer = summaryOf('troops', article('a.md', a), article('b.md', b));
    expect(answer.differences.filter((d) => d.includes('dates'))).toEqual([]);
    expect(answer.agreements.filter((d) => d.includes(' date '))).toEqual([]);
  });

  it('finds the same date in other words, counts "last year" from the publication date, and never calls dates different', () => {
    const answer = summaryOf(
      'ministry troops',
      article('a.md', 'The ministry said on 26 April that the troops left last year, after the siege of May 2023.', '2025-04-27'),
      article('b.md', 'The ministry said on April 26, 2025 that the troops left in 2024, before the siege of June 2023.', '2025-04-27'),
    );
    expect(answer.agreements).toEqual(['2 sources give the same date: 26 April (a.md); April 26, 2025 (b.md)', '2 sources give the same date: last year (a.md); 2024 (b.md)']);
    expect(answer.differences).toEqual([]);
  });
});
