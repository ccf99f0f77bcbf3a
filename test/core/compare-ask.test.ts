import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/ask.ts';
import { compare } from '../../src/core/compare.ts';
import { findDatesAt } from '../../src/core/dates.ts';
import { findFigures } from '../../src/core/figures.ts';
import { buildLibrary } from '../../src/core/library.ts';
import { listSources } from '../../src/core/sources.ts';
import { article } from '../quotes/extract.ts';
import { fixtureLibrary, seedLibrary } from '../support/libraries.ts';

const prefixes = (files: Array<{ file: string }>) => files.map((f) => f.file.slice(0, 3)).sort();

describe('compare', () => {
  it('counts only sources that deal with the topic and lists the silent ones', async () => {
    const answer = compare(await seedLibrary(), 'Belgorod');
    expect(prefixes(answer.covered.map((c) => c.source))).toEqual(['002', '004']);
    expect(prefixes(answer.missing)).toEqual(['000', '001', '003']);
  });

  it('gives each covering source its best passages, verbatim, with paragraph numbers', async () => {
    const library = await seedLibrary();
    for (const section of compare(library, 'Sumy').covered) {
      const body = library.articleByFile.get(section.source.file)!.body;
      for (const p of section.passages) {
        expect(body).toContain(p.text);
        expect(p.text.toLowerCase()).toContain('sumy');
        expect(p.paragraph).toBeGreaterThan(0);
      }
    }
  });

  it('marks the topic words of each shown passage, and the marks travel in JSON', async () => {
    const answer = compare(await seedLibrary(), 'Sumy');
    const marked = answer.covered.flatMap((c) => c.passages.flatMap((p) => p.highlights.map(([s, e]) => p.text.slice(s, e))));
    expect(marked.length).toBeGreaterThan(0);
    expect(new Set(marked.map((w) => w.toLowerCase()))).toEqual(new Set(['sumy']));
    // --json prints the answer with JSON.stringify: highlights must not be lost on the way.
    const marksOf = (covered: typeof answer.covered) => covered.map((c) => c.passages.map((p) => p.highlights));
    expect(marksOf(JSON.parse(JSON.stringify(answer)).covered)).toEqual(marksOf(answer.covered));
  });

  // harbour.md gives both figures ("destroyed about 40", "35 damaged"): they
  // may count two things, so no difference is claimed (compare-figures.test.ts).
  it('surfaces every figure the sources give, even those it cannot compare', async () => {
    const answer = compare(await fixtureLibrary(), 'boats storm');
    expect(answer.figures.map((f) => f.text)).toEqual(expect.arrayContaining(['about 40 boats', '35 boats']));
    expect(answer.differences).toEqual([]);
  });

  it('reports agreement when two sources give the same figure', async () => {
    const answer = compare(await fixtureLibrary(), 'boats');
    expect(answer.agreements.join(' ')).toContain('about 40 boats');
  });

  it('finds nothing, and says so, for a topic no source mentions', async () => {
    const answer = compare(await seedLibrary(), 'volcano eruption');
    expect(answer.covered).toEqual([]);
    expect(answer.missing).toHaveLength(5);
    expect(answer.summary).toMatch(/no source/i);
  });
});

describe('findFigures', () => {
  it.each([
    ['sending an estimated 10,000–12,000 troops to support', 'an estimated 10,000–12,000 troops', 'troops'],
    ['over 10,000 North Korean soldiers were sent', 'over 10,000 North Korean soldiers', 'soldiers'],
    ['captured over 1,300 square kilometers of land', 'over 1,300 square kilometers', 'kilometers'],
    ['have repelled five Russian assault attempts', 'five Russian assault attempts', 'assault attempts'],
    ['claims about thousands of Ukrainian soldiers being surrounded', 'thousands of Ukrainian soldiers', 'soldiers'],
  ])('reads the figure in "%s"', (text, figure, about) => {
    expect(findFigures(text)[0]).toMatchObject({ text: figure, about });
  });

  it.each([['in August 2024'], ['on 26 April'], ['As of 3:00 pm local time'], ['on April 26'], ['on Saturday, April 26, 2025. (AP)']])('does not take the date or time in "%s" for a figure', (text) => {
    expect(findFigures(text)).toEqual([]);
  });
});

describe('ask', () => {
  it('puts the passage that states a quantity first for a "how many" question', async () => {
    const [first] = ask(await fixtureLibrary(), 'How many boats were damaged in the storm?').answers;
    expect(first!.passage).toContain('35 boats were');
  });

  it('answers with the passage holding the most of the question, with its source', async () => {
    const [first] = ask(await fixtureLibrary(), 'When did the harbour reopen?').answers;
    expect(first).toMatchObject({ source: { file: 'harbour.md', paragraph: 2 } });
    expect(first!.passage).toContain('reopened on Friday');
  });

  // wink-nlp keeps "party's" whole before punctuation, and then everywhere;
  // the index must still hold the stem of "party", as for the plain word.
  it('finds a word in its possessive form, whatever the library read before', () => {
    const library = buildLibrary([
      article("Leaders of the party's, not the voters', choice spoke.", 'a.md'),
      article("The party's candidate won the vote.", 'b.md'),
      article('A party was held after the vote.', 'c.md'),
    ]);
    const found = ask(library, 'which party').answers.map((a) => a.source.file).sort();
    expect(found).toEqual(['a.md', 'b.md', 'c.md']);
  });

  // The seeds' "When did the Kursk incursion start?" had put "troops … starting in November" first.
  it('does not let a verb that only says something started outweigh the topic', () => {
    const library = buildLibrary([
      article('Supply convoys kept moving along the coast road, starting in May.', 'convoys.md'),
      article('The strike on the bridge came in June, hitting the main span.', 'june.md'),
      article('Officials said the strike cost millions.', 'cost.md'),
      article('A second strike was ruled out by the command.', 'second.md'),
    ]);
    expect(ask(library, 'When did the strike start?').answers[0]!.source.file).toBe('june.md');
  });

  it('returns no answer when no passage holds enough of the question', async () => {
    expect(ask(await seedLibrary(), 'What is the recipe for sourdough bread?').answers).toEqual([]);
  });
});

describe('listSources', () => {
  it('lists every article with title, source, date and counts, and the files that were refused', async () => {
    const answer = listSources(await fixtureLibrary());
    expect(answer.sources.map((s) => s.file)).toEqual(['harbour.md', 'nested/council.txt']);
    expect(answer.sources[0]).toMatchObject({ title: 'Harbour reopens after storm', source: 'Coast Courier', date: '2024-03-02' });
    expect(answer.sources.every((s) => s.passages > 0)).toBe(true);
    expect(answer.totals.articles).toBe(2);
    expect(answer.rejected.map((r) => r.file)).toEqual(['bad-front-matter.md', 'broken.txt']);
  });
});

describe('findDatesAt', () => {
  it.each([
    ['North Korea became involved from November 2024, sending troops', ['November 2024']],
    ['during a videoconference meeting on Saturday, April 26, 2025.', ['Saturday', 'April 26, 2025']],
    ['since the beginning of 26 April, forces have repelled', ['26 April']],
    ['soldiers were sent to Russia last year to aid', ['last year']],
    ['which has occupied parts since the conflict escalated in 2022.', ['2022']],
    ['10,000 troops and 1,300 square kilometers', []],
  ])('reads the dates in "%s"', (text, dates) => {
    expect(findDatesAt(text).map((d) => d.text)).toEqual(dates);
  });
});

describe('compare: who is quoted on the topic', () => {
  it('lists each speaker quoted in the covering passages with the sources that quote them', async () => {
    const answer = compare(await fixtureLibrary(), 'library budget');
    expect(answer.quoted).toEqual([expect.objectContaining({ speaker: 'Tomas Berg', files: ['nested/council.txt'], kind: 'direct' })]);
    expect(answer.quoted[0]!.quote).toContain('keeps every library open');
    expect(answer.summary).toContain('Quoted on this: Tomas Berg (1 source)');
  });

  it('puts the speaker quoted by the most sources first', async () => {
    const quoted = compare(await seedLibrary(), 'North Korean troops').quoted;
    expect(quoted[0]!.speaker).toBe('Valery Gerasimov');
    expect(quoted[0]!.files.length).toBeGreaterThanOrEqual(2);
    for (const q of quoted.slice(1)) expect(q.files.length).toBeLessThanOrEqual(quoted[0]!.files.length);
  });

  it('does not count two articles\' spokesmen as one speaker, and shows each as its article writes it', () => {
    const library = buildLibrary([
      article('Tom Hale runs the port. A spokesman for the port said crews working through the storm “have cleared the wreck from the channel at last.”', 'port.md'),
      article('Ann Ruiz runs the airline. A spokesman for the airline said crews working through the storm “finished the repairs to the runway lights.”', 'air.md'),
    ]);
    const quoted = compare(library, 'storm crews').quoted;
    expect(quoted.map((q) => [q.speaker, q.files])).toEqual([
      ['A spokesman for the airline', ['air.md']],
      ['A spokesman for the port', ['port.md']],
    ]);
  });
});

describe('compare: a speaker some sources only hedge', () => {
  const vouched = 'Ann Lee leads the council. Ann Lee said the harbour plan “will open every berth by spring.”';
  const hedged = 'Ann Lee leads the council. Ann Lee reportedly said the harbour plan “will close two berths for good.” The harbour plan is due in May.';

  it('says a speaker is quoted only with a hedge, and shows it beside the count', () => {
    const answer = compare(buildLibrary([article(hedged, 'rumour.md')]), 'harbour plan');
    expect(answer.quoted).toEqual([expect.objectContaining({ speaker: 'Ann Lee', hedge: 'reportedly', hedgedIn: ['rumour.md'] })]);
    expect(answer.summary).toContain('Quoted on this: Ann Lee, reportedly (1 source).');
  });

  it('shows the words a source vouches for, and counts the source that only hedges them apart', () => {
    // The hedged source ranks first on the topic, so the vouched words must win the place.
    const answer = compare(buildLibrary([article(hedged, 'a-rumour.md'), article(vouched, 'b-record.md')]), 'harbour plan');
    expect(answer.quoted).toEqual([expect.objectContaining({ speaker: 'Ann Lee', files: ['a-rumour.md', 'b-record.md'], hedge: null, hedgedIn: ['a-rumour.md'] })]);
    expect(answer.quoted[0]!.quote).toContain('every berth');
    expect(answer.summary).toContain('Quoted on this: Ann Lee (2 sources; 1 of them does not vouch for the words).');
  });

  it('says nothing of hedges when every source vouches', () => {
    const answer = compare(buildLibrary([article(vouched, 'record.md')]), 'harbour plan');
    expect(answer.quoted[0]).toMatchObject({ hedge: null, hedgedIn: [] });
    expect(answer.summary).toContain('Quoted on this: Ann Lee (1 source).');
  });
});

describe('compare summary', () => {
  it('finds all five seeds agree on the North Korean troops, soldiers in two of them, and claims no difference', async () => {
    const answer = compare(await seedLibrary(), 'North Korean troops');
    expect(answer.agreements.join(' ')).toMatch(
      /5 sources agree on North Korean (troops|soldiers), in different words: (?=.*10,000.12,000 troops)(?=.*over 10,000 North Korean troops)(?=.*over 10,000 North Korean soldiers)/,
    );
    expect(answer.differences).toEqual([]);
  });
});

describe('compare, on a topic more passages hold than it ranks', () => {
  // One source says "harbour" in hundreds of short passages; another once,
  // in a long one that ranks below them all. It covers the topic too.
  const busy = Array.from({ length: 450 }, (_, i) => `The harbour opened berth ${i + 1}.`).join('\n\n');
  const library = buildLibrary([
    article(busy, 'busy.md'),
    article(`${'The council met on Tuesday to hear the budget, the schools report and the parks plan. '.repeat(8)}The harbour was mentioned once.`, 'once.md'),
    article('The council met again on Friday.', 'never.md'),
  ]);

  it('still counts every source that holds it, and only those', () => {
    const answer = compare(library, 'harbour');
    expect(answer.covered.map((c) => c.source.file).sort()).toEqual(['busy.md', 'once.md']);
    expect(answer.missing.map((m) => m.file)).toEqual(['never.md']);
  });
});
