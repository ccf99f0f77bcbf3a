import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/core/who-said.ts';
import { suggestQuotes } from '../../src/core/autocomplete.ts';
import { buildLibrary } from '../../src/core/library.ts';
import { article } from '../quotes/extract.ts';
import { fixtureLibrary, seedLibrary } from '../support/libraries.ts';

// "Gorka said “She has said, ‘I refuse to …’”": the words in single marks
// are hers, which Gorka repeats; the match says so.
describe('whoSaid on words quoted inside a statement', () => {
  const library = buildLibrary([
    article('Sebastian Gorka spoke on Monday about the campaign.\n\n“She has actually said on the campaign trail, ‘I refuse to use the phrase radical Islam,’ and that is a problem for the country,” Gorka said.', 'trail.md'),
  ]);

  it('marks a match that lies inside the inner quotation', () => {
    const [first] = whoSaid(library, 'I refuse to use the phrase radical Islam').matches;
    expect(first).toMatchObject({ speaker: 'Sebastian Gorka', quotedWithin: true });
  });

  it.each([
    ['the speaker\'s own words', 'that is a problem for the country'],
    ['words on both sides of the inner quotation', 'the phrase radical Islam and that is a problem'],
  ])('does not mark %s', (_case, query) => {
    const [first] = whoSaid(library, query).matches;
    expect(first).toMatchObject({ speaker: 'Sebastian Gorka', quotedWithin: false });
  });
});

// "Hale reportedly told aides “…”" in one source, "“…,” Hale said" in another:
// the source that vouches for who said it leads, the hedged one is listed with its hedge.
describe('whoSaid on words one source attributes with a hedge', () => {
  const library = buildLibrary([
    article('Gen. Tom Hale spoke in Moscow on Monday.\n\nHale reportedly told aides, “The operation on the river has completely failed.”', 'a-hedged.md'),
    article('Gen. Tom Hale spoke in Moscow on Monday.\n\n“The operation on the river has completely failed,” Hale said.', 'b-plain.md'),
  ]);

  it('leads with the source that vouches and keeps the hedge on the other', () => {
    const [first] = whoSaid(library, 'operation on the river has completely failed').matches;
    expect(first).toMatchObject({ speaker: 'Tom Hale', hedge: null, source: { file: 'b-plain.md' } });
    expect(first!.alsoIn).toMatchObject([{ hedge: 'reportedly', source: { file: 'a-hedged.md' } }]);
  });
});

describe('whoSaid on the fixture corpus', () => {
  it('finds the speaker of a quote, with the verbatim quote and its place', async () => {
    const [first] = whoSaid(await fixtureLibrary(), 'every berth and the channel is safe again').matches;
    expect(first).toMatchObject({ speaker: 'Ingrid Solberg', kind: 'direct', source: { file: 'harbour.md', title: 'Harbour reopens after storm', paragraph: 3 } });
    expect(first!.quote).toContain('We have cleared every berth and the channel is safe again');
    expect(first!.passage).toContain(first!.quote);
  });

  it('resolves "he" to the person named before it', async () => {
    const [first] = whoSaid(await fixtureLibrary(), 'This budget keeps every library open').matches;
    expect(first).toMatchObject({ speaker: 'Tomas Berg', mention: 'he', source: { file: 'nested/council.txt' } });
  });

  it('marks reported speech as reported', async () => {
    const [first] = whoSaid(await fixtureLibrary(), 'the budget ignores the harbour').matches;
    expect(first).toMatchObject({ speaker: 'Clara Holm', kind: 'reported' });
  });

  it.each([
    ['a different case', 'EVERY BERTH AND THE CHANNEL IS SAFE'],
    ['straight quote marks and apostrophes', '"We have cleared every berth"'],
    ['typos', 'we have claered every berht'],
    ['a partial quote', 'channel is safe'],
    ['a light paraphrase', 'we cleared every berth, the channel is safe'],
  ])('tolerates %s', async (_, query) => {
    const [first] = whoSaid(await fixtureLibrary(), query).matches;
    expect(first?.speaker).toBe('Ingrid Solberg');
  });

  it('marks the matched words of the quote', async () => {
    const [first] = whoSaid(await fixtureLibrary(), 'channel is safe').matches;
    const marked = first!.highlights.map(([s, e]) => first!.quote.slice(s, e));
    expect(marked).toEqual(['channel is safe']);
  });

  it('returns no match for words that are in no statement, rather than the nearest passage', async () => {
    expect(whoSaid(await fixtureLibrary(), 'We shall fight on the beaches').matches).toEqual([]);
    expect(whoSaid(await fixtureLibrary(), 'the first ferry left at noon').matches).toEqual([]);
  });

  it('offers near statements as suggestions when nothing matches well enough', async () => {
    const answer = whoSaid(await fixtureLibrary(), 'every library will close tomorrow in the city');
    expect(answer.matches).toEqual([]);
    expect(answer.suggestions.some((s) => s.includes('library'))).toBe(true);
  });
});

describe('whoSaid across articles that describe their speaker', () => {
  it('still finds a wire story\'s quote of "a spokesman" in the other outlets that carry it', () => {
    const library = buildLibrary([
      article('The storm hit the coast. A spokesman said the harbour “will reopen on Monday after the storm.”', 'wire1.md'),
      article('Ferries stopped. A spokesman said the harbour “will reopen on Monday after the storm.”', 'wire2.md'),
    ]);
    const [first] = whoSaid(library, 'will reopen on Monday after the storm').matches;
    expect(first!.alsoIn.map((s) => s.source.file)).toEqual([first!.source.file === 'wire1.md' ? 'wire2.md' : 'wire1.md']);
  });
});

describe('whoSaid on the seed corpus', () => {
  it('lists the other sources that carry the same statement in another translation', async () => {
    const library = await seedLibrary();
    const [first] = whoSaid(library, 'demonstrated professionalism and coordination').matches;
    expect(first!.source.file.startsWith('000')).toBe(true);
    expect(first!.alsoIn.map((s) => s.source.file.slice(0, 3))).toContain('004');
    const translation = first!.alsoIn.find((s) => s.source.file.startsWith('004'))!;
    expect(translation.quote).toContain('professionalism and coherence');
  });

  it('shows one canonical name for every way the corpus writes a speaker', async () => {
    const library = await seedLibrary();
    const names = new Set(
      ['has completely failed', 'village of Gornal, has been liberated', 'heroism'].flatMap((q) => whoSaid(library, q).matches.slice(0, 1).map((m) => m.speaker)),
    );
    expect(names).toEqual(new Set(['Vladimir Putin', 'Valery Gerasimov']));
  });

  it('says the speaker is unknown when the text does not say who spoke', async () => {
    const library = await seedLibrary();
    const unattributed = library.quotes.filter((q) => q.speakerId === null);
    for (const quote of unattributed.slice(0, 3)) {
      const match = whoSaid(library, quote.text).matches.find((m) => m.quote === quote.text);
      expect(match?.speaker ?? null).toBeNull();
    }
  });

  it('never returns a quote that is not verbatim in its passage', async () => {
    const library = await seedLibrary();
    for (const q of ['failed', 'Kursk', 'troops', 'defeat', 'positions']) {
      for (const m of whoSaid(library, q).matches) {
        const body = library.articleByFile.get(m.source.file)!.body;
        for (const line of m.quote.split('\n')) expect(body).toContain(line);
      }
    }
  });
});

describe('suggestQuotes (autocomplete)', () => {
  it('offers quotes whose words start with what was typed, within Discord limits', async () => {
    const choices = suggestQuotes(await seedLibrary(), 'adventure has compl');
    expect(choices[0]!.value).toContain('adventure has completely failed');
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it('offers a speaker’s quotes when the speaker’s name is typed', async () => {
    const choices = suggestQuotes(await seedLibrary(), 'zakharova');
    expect(choices.some((c) => c.name.includes('Zakharova'))).toBe(true);
  });
});
