/** /compare's denials: a source's sentence reporting that a claim on the topic is disputed. */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/compare.ts';
import { reportsDenial } from '../../src/core/disputes.ts';
import { buildLibrary } from '../../src/core/library.ts';
import type { Article } from '../../src/core/types.ts';

const article = (file: string, body: string): Article => ({ file, title: file, source: null, url: null, date: null, author: null, body, bodyOffset: 0 });

describe('reportsDenial', () => {
  it.each([
    ['a denying verb and a claim noun after a possessive', 'The navy refuted the ministry’s claims about the sinking of the ferry.'],
    ['"rejected claims that"', 'The port authority rejected claims that the harbour was closed.'],
    ['"denied that"', 'The mayor denied that she knew of the leak.'],
    ['"dismissed reports of"', 'Oslo has dismissed reports of heavy losses at sea.'],
    ['"disputed their account"', 'A spokeswoman disputed their account.'],
    ['a claim said to be false, many words on', 'The minister has said that claims about thousands of sailors being trapped in the northern fjords were false.'],
    ['claims labelled propaganda', 'They insist that their ships are still at sea, labeling the ministry’s claims as mere propaganda.'],
  ])('finds %s', (_case, sentence) => {
    expect(reportsDenial(sentence)).toBe(true);
  });

  it.each([
    ['a rejected bill', 'The council rejected the bill on Monday.'],
    ['a negated denial ("did not deny")', 'The mayor did not deny that she knew of the leak.'],
    ['a contracted negation ("didn’t dispute")', 'The mayor didn’t dispute the reports.'],
    ['a claim noun in the next clause', 'He rejected the idea, saying the reports were due.'],
    ['a claim said to be not false', 'The reports were not false, the judge found.'],
    ['a claim noun past a preposition ("on account of")', 'I reject any plan to hold anyone on account of faith.'],
    ['"dispute" as a noun before "that"', 'Behind this lies a dispute that is really about the past.'],
  ])('does not take %s for a denial', (_case, sentence) => {
    expect(reportsDenial(sentence)).toBe(false);
  });
});

describe('compare: denials', () => {
  const library = buildLibrary([
    article('claim.txt', 'The ministry said the ferry Nordlys sank after a collision in the fjord.\n\nThe council rejected the harbour bill on Monday.'),
    article('denial.txt', 'The navy refuted the ministry’s claims about the ferry Nordlys, saying it ran aground.\n\nRescue crews reached the ferry Nordlys by noon.'),
  ]);

  it('lists the sentence on the topic that reports a denial, verbatim, with its source and paragraph', () => {
    const answer = compare(library, 'ferry Nordlys');
    expect(answer.disputes).toEqual([{ text: 'The navy refuted the ministry’s claims about the ferry Nordlys, saying it ran aground.', file: 'denial.txt', paragraph: 1 }]);
    expect(answer.differences).toContain('Disputed in denial.txt ¶1: “The navy refuted the ministry’s claims about the ferry Nordlys, saying it ran aground.”');
    expect(answer.summary).toContain('Disputed in denial.txt ¶1');
  });

  it('lists no denial for a topic whose sentences report none', () => {
    const answer = compare(library, 'harbour bill');
    expect(answer.disputes).toEqual([]);
    expect(answer.differences.some((d) => d.startsWith('Disputed'))).toBe(false);
  });

  it('takes a denial in a passage on the topic as on it, though it names no topic word', () => {
    const answer = compare(buildLibrary([article('a.txt', 'The ferry Nordlys sank, the ministry said. However, the navy quickly disputed this assertion.')]), 'ferry Nordlys');
    expect(answer.disputes.map((d) => d.text)).toEqual(['However, the navy quickly disputed this assertion.']);
  });

  it('shows one denial from each of the first three sources and names the others', () => {
    const files = ['a.txt', 'b.txt', 'c.txt', 'd.txt'];
    const answer = compare(buildLibrary(files.map((f) => article(f, `The ferry Nordlys sank. The navy denied that the ferry Nordlys sank.\n\nThe ferry Nordlys: officials dismissed reports of a fire.`))), 'ferry Nordlys');
    expect(answer.disputes).toHaveLength(8);
    const lines = answer.differences.filter((d) => d.startsWith('Disputed in'));
    expect(lines).toHaveLength(3);
    expect(new Set(lines.map((l) => l.split(' ')[2])).size).toBe(3);
    expect(answer.differences.at(-1)).toMatch(/^Denials also reported in [a-d]\.txt$/);
  });
});
