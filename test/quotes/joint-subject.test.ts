import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../src/core/library.ts';
import { article, extract, quoteWith } from './extract.ts';

// Made-up sentences where several people say one thing together:
// [case, body, words of the quote, expected speaker as the text names them].
describe('a quote several speakers give together', () => {
  it.each([
    ['"X and Y said" before reported speech', 'Tom Hale spoke first. Ann Lee and Bob Stone said that the bill would hurt farmers in the valley.', 'hurt farmers', 'Ann Lee and Bob Stone'],
    ['"X and Y, who …, said" past a relative clause', 'Ann Lee and Bob Stone, who both sit on the panel, said that a vote now would be unfair to the nominee.', 'unfair to the nominee', 'Ann Lee and Bob Stone'],
    ['"…,” X and Y said" after the quote', 'Tom Hale spoke first. “We will fight it,” Ann Lee and Bob Stone said in a statement.', 'fight it', 'Ann Lee and Bob Stone'],
    ['"…,” X, Y and Z said" after the quote', 'Tom Hale spoke first. “We will fight it,” Ann Lee, Mia Ruiz and Bob Stone said in a statement.', 'fight it', 'Ann Lee, Mia Ruiz and Bob Stone'],
    ['"…,” said X and Y" inverted', 'Tom Hale spoke first. “We will fight it,” said Ann Lee and Bob Stone.', 'fight it', 'Ann Lee and Bob Stone'],
    ['a list after a dateline dash', 'DAYTON — Senators Ann Lee and Bob Stone said the bill was “a disaster for farmers.”', 'disaster for farmers', 'Senators Ann Lee and Bob Stone'],
    ['a person and a body', 'Tom Hale spoke first. Ann Lee and the State Department have said that none of the messages was marked secret.', 'none of the messages', 'Ann Lee and the State Department'],
    ['two roles, each with its determiner', 'Tom Hale spoke first. The mayor and the governor said the plan was “dead on arrival.”', 'dead on arrival', 'The mayor and the governor'],
    ['a role and a bare name', 'Tom Hale spoke first. “It is dead,” said the governor and Ann Lee.', 'It is dead', 'the governor and Ann Lee'],
    // War-news probe: "Officials from France, Germany and Britain said …" gave the words to "Germany and Britain".
    ['a list of places after a role that opens the sentence', 'Tom Hale spoke first.\n\nOfficials from Salem, Dover and Kent said the talks had “stalled for now.”', 'stalled for now', 'Officials from Salem, Dover and Kent'],
    ['a list after an opening phrase that is no member (guard)', 'After meeting Tom Hale, Ann Lee and Bob Stone said they were “very pleased.”', 'very pleased', 'Ann Lee and Bob Stone'],
  ])('gives %s to the whole list', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)).toMatchObject({ speakerName: speaker, speakerKind: 'description' });
  });

  it.each([
    ['an object before "and" ("Lee thanked Ruiz and Stone said")', 'Ann Lee thanked Mia Ruiz and Bob Stone said the deal was “done at last.”', 'done at last', 'Bob Stone'],
    ['another clause after "said X and"', 'Tom Hale spoke first. “It is dead,” said Ann Lee and Bob Stone agreed.', 'It is dead', 'Ann Lee'],
    ['a quoted word inside the phrase before "and"', 'Tom Hale spoke first. He vowed to fix the “broken” tax system and he said the rich would “pay their share.”', 'pay their share', 'Tom Hale'],
    ['two roles of one person ("The front-runner and former senator said")', 'Ann Lee spoke in Ohio. The Democratic front-runner and former senator said the plan was “dead on arrival.”', 'dead on arrival', 'former senator'],
    ['a role stacked on a named person', 'Tom Hale spoke first. Former prosecutor and Dayton Mayor Ann Lee said the plan was “dead on arrival.”', 'dead on arrival', 'Ann Lee'],
    ['a named member after an inverted verb of two roles (guard)', 'Tom Hale spoke first. “It is dead,” said former governor and party chairman Ann Lee.', 'It is dead', 'Ann Lee'],
  ])('keeps one speaker for %s', (_case, body, words, speaker) => {
    expect(quoteWith(extract(body), words)?.speakerName).toBe(speaker);
  });

  it('names no one when a member is a pronoun, keeping the list as written', () => {
    const quote = quoteWith(extract('Ann Lee spoke first. Early on, she and Bob Stone complained that the debates were “hidden on Saturday nights.”'), 'hidden on Saturday');
    expect(quote).toMatchObject({ speakerName: null, mention: 'she and Bob Stone' });
  });

  it('names no one for a role and a pronoun', () => {
    const quote = quoteWith(extract('Tom Hale spoke first. The mayor and he said the plan was “dead on arrival.”'), 'dead on arrival');
    expect(quote).toMatchObject({ speakerName: null, mention: 'The mayor and he' });
  });

  it('is the group a later "they" refers to', () => {
    const quotes = extract('Ann Lee and Bob Stone said that the bill would hurt farmers. “It is a disgrace,” they wrote in May.');
    expect(quoteWith(quotes, 'a disgrace')?.speakerName).toBe('Ann Lee and Bob Stone');
  });

  it('stays apart from each member when speakers merge across the corpus', () => {
    const library = buildLibrary([
      article('“We will fight it,” Ann Lee and Bob Stone said in a statement. “The bill is dead,” Ann Lee said later.', 'a.txt'),
    ]);
    const names = library.quotes.map((q) => library.speakers.get(q.speakerId!)?.name);
    expect(names).toEqual(['Ann Lee and Bob Stone', 'Ann Lee']);
  });
});
