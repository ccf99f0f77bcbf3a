import { describe, expect, it } from 'vitest';
import { extract, quoteWith } from './extract.ts';

// A war-news probe read nothing from the Kremlin's transcript of
// Gerasimov's report to Putin: its lines carry no quotation marks.
describe('lines of a transcript ("Vladimir Putin: Thank you.")', () => {
  const transcript = [
    'The Kremlin published a transcript of the meeting.',
    'Valery Gerasimov: The Salem region has been completely liberated.',
    'Vladimir Putin: Thank you. I congratulate all the personnel.',
    'Gerasimov: I would also like to note the courage of the border units.',
  ].join('\n\n');

  it.each([
    ['region has been completely liberated', 'Valery Gerasimov'],
    ['I congratulate all the personnel', 'Vladimir Putin'],
    ['courage of the border units', 'Valery Gerasimov'],
  ])('are the words of the one named before the colon: "%s"', (words, speaker) => {
    expect(quoteWith(extract(transcript), words)).toMatchObject({ kind: 'direct', speakerName: speaker });
  });

  it('reads two lines in a row when each says a few words', () => {
    const body = 'Tom Hale spoke first.\n\nKate Bolduan: Why will he not debate her at all?\n\nJoel Benenson: This is a man who said he would never run a negative ad.';
    expect(quoteWith(extract(body), 'This is a man who said')?.speakerName).toBe('Joel Benenson');
  });

  // War-news probe (a foreign ministry's briefing as published): the
  // reporters' lines between the spokeswoman's answers broke her run.
  it('reads the answers between "Question:" lines, and no one\'s words from the questions', () => {
    const body = [
      'Spokeswoman Ann Lee held a briefing on Monday.',
      'Question: How do you assess the claims that the operation continues?',
      'Ann Lee: These statements have nothing to do with reality.',
      'Question: Will there be new talks?',
      'Ann Lee: We have always been open to negotiations.',
    ].join('\n\n');
    const lines = extract(body).filter((q) => q.cue === ':');
    expect(lines.map((q) => [q.text, q.speakerName])).toEqual([
      ['These statements have nothing to do with reality.', 'Ann Lee'],
      ['We have always been open to negotiations.', 'Ann Lee'],
    ]);
  });

  it('reads no run across a paragraph of prose between two lines', () => {
    const body = 'Spokeswoman Ann Lee held a briefing on Monday.\n\nAnn Lee: These statements have nothing to do with reality.\n\nShe then left the room without taking questions.\n\nAnn Lee: We have always been open to negotiations.';
    expect(extract(body).filter((q) => q.cue === ':')).toEqual([]);
  });

  it.each([
    ['one line alone, under a subhead ("Ted Cruz: Just hang on.")', 'Ted Cruz spoke first.\n\nTed Cruz: Just hang on to second place.\n\nThe senator needs a strong finish in New Hampshire.'],
    ['two short lines of a summary ("Cruz: Win.")', 'Ted Cruz and Marco Rubio spoke.\n\nTed Cruz: Just hang on.\n\nMarco Rubio: Finish second.'],
    ['labels that name no person ("Photo:", "Update:")', 'Tom Hale spoke first.\n\nPhoto: Kremlin press service handout.\n\nUpdate: This story has been corrected.\n\nCorrection Appended: An earlier version misstated the date.'],
  ])('reads none from %s', (_case, body) => {
    expect(extract(body).filter((q) => q.cue === ':')).toEqual([]);
  });
});
