import { describe, expect, it } from 'vitest';
import { extract, quoteWith } from './extract.ts';

// A war-news probe (a commander's interview published as questions and
// answers) read nothing from the answers: they carry no quotation marks.
describe('an interview published as questions and answers', () => {
  const interview = (intro: string, ...lines: string[]) => [intro, ...lines].join('\n\n');
  const exchange = ['Q: Is the operation over?', 'A: No. Our units continue to carry out their tasks.', 'Q: What did it achieve?', 'A. It forced the enemy to pull back forces from the south.'];

  it.each([
    ['the one who "gave an interview"', 'Gen. Ivo Marsh, Salem\'s top commander, gave a rare interview to the outlet Liga on Friday.', 'Ivo Marsh'],
    ['the one who "sat down with" a reporter, named by "she"', 'Ann Ruiz, the former minister, wrote a book this year. She sat down this week with reporters. Questions and answers have been edited.', 'Ann Ruiz'],
    ['the one a "Q&A with" names', 'Q&A with Defence Minister Ivo Marsh.\n\nThe minister flew to Salem on Friday. Here is the edited transcript.', 'Ivo Marsh'],
    ['the one who "spoke to" the paper, in an interview', 'In a wide-ranging interview, Ivo Marsh spoke to the Salem Herald about the war.', 'Ivo Marsh'],
  ])('gives the answers to %s', (_case, intro, speaker) => {
    const quotes = extract(interview(intro, ...exchange));
    expect(quoteWith(quotes, 'Our units continue to carry out their tasks')).toMatchObject({ kind: 'direct', speakerName: speaker });
    expect(quoteWith(quotes, 'It forced the enemy to pull back')).toMatchObject({ kind: 'direct', speakerName: speaker });
    expect(quoteWith(quotes, 'Is the operation over')).toBeUndefined();
  });

  it('reads a question whose "Q" lost its space ("QWhat did it achieve?")', () => {
    const body = interview('Ivo Marsh gave an interview to Liga.', 'QWhat did it achieve?', 'A: It forced the enemy to pull back forces from the south.');
    expect(quoteWith(extract(body), 'It forced the enemy')?.speakerName).toBe('Ivo Marsh');
  });

  it.each([
    // An explainer writes its own answers: nothing says anyone was interviewed.
    ['an explainer that speaks of no interview', 'Ivo Marsh spoke to reporters on Monday. Here is what we know.'],
    ['two people the introduction says were interviewed', 'Ivo Marsh gave an interview to Liga. Ann Ruiz spoke to the Salem Herald. Here are the transcripts.'],
    ['someone who only spoke to someone else, in a clause', 'After Ivo Marsh spoke to Ann Ruiz, the paper asked for an interview.'],
  ])('gives the answers to no one after %s', (_case, intro) => {
    const quotes = extract(interview(intro, ...exchange));
    expect(quoteWith(quotes, 'Our units continue to carry out their tasks')?.speakerName ?? null).toBeNull();
  });

  it('takes an "A:" line only as the answer to the question just before it', () => {
    const body = interview('Ivo Marsh gave an interview to Liga.', 'Q: Is the operation over?', 'Marsh paused.', 'A: No. Our units continue to carry out their tasks.');
    expect(quoteWith(extract(body), 'Our units continue')).toBeUndefined();
  });
});
