import { describe, expect, it } from 'vitest';
import { extract, quoteWith } from './extract.ts';

// "Ukraine's General Staff, in a statement, said …. “…,” the statement
// said.": the statement speaks for whoever issued it.
describe('"the statement said" after someone issued one', () => {
  it.each([
    ['said something "in a statement"', 'Tom Hale spoke first. The Salem ministry, in a statement on Sunday, said its units were holding. “The situation is difficult,” the statement said.', 'Salem ministry'],
    ['"issued a statement"', 'Tom Hale spoke first. Ann Lee issued a statement on Sunday. “The bridge is ours,” the statement said.', 'Ann Lee'],
    ['"sent a letter", read by "the letter reads"', 'Tom Hale spoke first. Ann Lee sent a long letter to the board. “The bridge is ours,” the letter reads.', 'Ann Lee'],
    ['"a statement from" a body', 'Tom Hale spoke first. Ann Lee issued a statement on Sunday. Ben Cole criticised a statement from the Salem council. “The bridge is ours,” the statement said.', 'Salem council'],
    // PolNeAR: "The Cruz campaign sent a fundraising email … the email read" stayed "email".
    ['a document with a noun before its own ("sent a fundraising email")', 'Tom Hale spoke first. The Salem campaign sent a fundraising email on Wednesday. “The bridge is ours,” the email read.', 'Salem campaign'],
    // War-news probe: "In its morning update, the General Staff reported 97 combat clashes. “…,” the update said."
    ['a document in an opening phrase ("In its morning update, X reported …")', 'Tom Hale spoke first. In its morning update, the Salem command reported 97 combat clashes. “The bridge is ours,” the update said.', 'Salem command'],
  ])('gives the words to the issuer: %s', (_case, body, speaker) => {
    expect(quoteWith(extract(body), 'is ours') ?? quoteWith(extract(body), 'is difficult')).toMatchObject({ kind: 'direct', speakerName: speaker });
  });

  it.each([
    ['another statement mentioned since, whose issuer is not said', 'Tom Hale spoke first. Ann Lee issued a statement on Sunday. Ben Cole criticised a statement on Monday. “The bridge is ours,” the statement said.', 'statement'],
    ['a document several people issued', 'Tom Hale spoke first. Ann Lee and Ben Cole sent a letter to the board. “The bridge is ours,” the letter reads.', 'letter'],
    ['"a statement", which is a new one', 'Tom Hale spoke first. Ann Lee issued a statement on Sunday. “The bridge is ours,” a statement said.', 'statement'],
    ['a statement the speaker only mentions ("said she had read a statement")', 'Tom Hale spoke first. Ann Lee said she had read a statement on Monday. “The bridge is ours,” the statement said.', 'statement'],
    ['a statement only mentioned ("criticised a statement")', 'Tom Hale spoke first. Ann Lee criticised a statement on Sunday. “The bridge is ours,” the statement said.', 'statement'],
    ['a statement issued long before', `Tom Hale spoke first. Ann Lee issued a statement on Sunday. ${'The bridge was built of stone and has stood for a hundred years. '.repeat(25)}“The bridge is ours,” the statement said.`, 'statement'],
  ])('leaves the words with the document itself after %s', (_case, body, document) => {
    expect(quoteWith(extract(body), 'is ours')).toMatchObject({ kind: 'direct', speakerName: document });
  });
});

// War-news probe: "the Ministry of Defence published its daily intelligence
// update, which said Russian forces had “likely” taken …" and "The
// ministry's update said …" read no statement.
describe('a document that says something', () => {
  it.each([
    ['after its owner\'s possessive', 'Tom Hale spoke first. The Salem ministry’s update said its forces had taken the bridge.'],
    ['after its owner\'s possessive and words that describe it', 'Tom Hale spoke first. The Salem ministry’s daily intelligence update said its forces had taken the bridge.'],
    ['in a "which" clause after it', 'Tom Hale spoke first. The Salem ministry published a report, which said that its forces had taken the bridge.'],
    // War-news probe: "The statement, signed by Defence Minister Andrei Belousov, said …" went to "statement".
    ['with its signer between commas ("The statement, signed by X, said")', 'Tom Hale spoke first. The statement, signed by the Salem ministry, said its forces had taken the bridge.'],
  ])('speaks for its issuer: %s', (_case, body) => {
    expect(quoteWith(extract(body), 'its forces had taken')).toMatchObject({ kind: 'reported', speakerName: 'Salem ministry' });
  });

  it.each([
    ['a person, not a document ("Ann Lee, signed by …")', 'Tom Hale spoke first. Ann Lee, signed by the Salem club, said its forces had taken the bridge.', 'Ann Lee'],
    ['more than the signer in the aside', 'Tom Hale spoke first. The statement, signed by the Salem ministry on Sunday, said its forces had taken the bridge.', 'statement'],
  ])('keeps the subject for %s (guard)', (_case, body, speaker) => {
    expect(quoteWith(extract(body), 'its forces had taken')?.speakerName).toBe(speaker);
  });

  it('leaves a "which" clause after a name later in the sentence to no one (guard)', () => {
    const body = 'Tom Hale spoke first. The ruling came after a request by the Salem Globe, which said that its forces had taken the bridge.';
    expect(quoteWith(extract(body), 'its forces had taken')).toBeUndefined();
  });
});

// A war-news probe: "The statement from the Russian defence ministry was
// short. “The Kursk region has been fully liberated,” it read." gave the
// words to no one. A document reads; a body or a person does not.
describe('"it read" after a document', () => {
  it.each([
    ['"issued a statement"', 'Tom Hale spoke first. The Salem ministry issued a short statement on Sunday. “The bridge is ours,” it read.', 'Salem ministry'],
    ['"The statement from" a body', 'Tom Hale spoke first. The statement from the Salem ministry was short. “The bridge is ours,” it read.', 'Salem ministry'],
  ])('gives the words to the issuer: %s', (_case, body, speaker) => {
    expect(quoteWith(extract(body), 'is ours')).toMatchObject({ kind: 'direct', speakerName: speaker });
  });

  it.each([
    ['a later document whose issuer is not said', 'Tom Hale spoke first. The Salem ministry issued a statement on Sunday. Ben Cole found a letter. “The bridge is ours,” it read.'],
    ['a document long before', `Tom Hale spoke first. The Salem ministry issued a statement on Sunday. ${'The bridge was built of stone and has stood for a hundred years. '.repeat(25)}“The bridge is ours,” it read.`],
  ])('gives the words to no one after %s', (_case, body) => {
    expect(quoteWith(extract(body), 'is ours')?.speakerName ?? null).toBeNull();
  });
});

// A war-news probe lost "It added that Ukraine had evacuated “hundreds” of
// Russian civilians …" after "Vereshchuk's office later released a
// statement.": the office had not spoken, so no "it" could mean it.
describe('"it" after a body put out a statement', () => {
  // Session 54 left "The ministry released new figures. They showed heavy losses, it said." unread.
  it('is the body after it released figures', () => {
    const quote = quoteWith(extract('Tom Hale spoke first. The ministry released new figures on Monday. They showed heavy losses, it said.'), 'showed heavy losses');
    expect(quote).toMatchObject({ kind: 'reported', speakerName: 'ministry' });
  });

  it('is no one after the body released people (guard)', () => {
    expect(quoteWith(extract('Tom Hale spoke first. The ministry released three prisoners on Monday. They were tired, it said.'), 'were tired')).toBeUndefined();
  });

  it('is the body ("The ministry released a statement. It added that …")', () => {
    const quote = quoteWith(extract('Tom Hale spoke first. The ministry released a statement. It added that the town had been evacuated.'), 'town had been evacuated');
    expect(quote).toMatchObject({ kind: 'reported', speakerName: 'ministry' });
  });

  it('is not a body that only did something else ("The ministry moved offices. It added …") (guard)', () => {
    const quote = quoteWith(extract('Tom Hale spoke first. The ministry moved its offices. It added that the town had been evacuated.'), 'town had been evacuated');
    expect(quote?.speakerName ?? null).toBeNull();
  });
});

// A war-news probe gave "A readout of the call between Zelensky and Macron,
// released by the French presidency, said the two had discussed …" to
// Macron: the names the document is about are not who speaks.
describe('a document about people ("a readout of the call between X and Y said")', () => {
  it.each([
    ['with an aside on who released it', 'A readout of the call between Ann Lee and Tom Hale, released by the Salem presidency, said the two had discussed the front.'],
    ['alone', 'A readout of the call between Ann Lee and Tom Hale said the two had discussed the front.'],
  ])('is the document\'s, not a name\'s: %s', (_case, body) => {
    const quote = quoteWith(extract(`Ben Cole spoke first. ${body}`), 'discussed the front');
    expect(quote?.speakerName).toBe('readout');
  });

  // PolNeAR train: "a report released by the Brookings Institution last year estimated that …" is the institution's.
  it('is the body\'s that released it ("a report released by the Brookings Institution estimated") (guard)', () => {
    const quote = quoteWith(extract('Ben Cole spoke first. A report released by the Salem Institution last year estimated that the two had discussed the front.'), 'discussed the front');
    expect(quote?.speakerName).toBe('Salem Institution');
  });
});
