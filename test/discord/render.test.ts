/** The Discord renderer, on answers built by hand (the engine is tested elsewhere). */
import { describe, expect, it } from 'vitest';
import type { AskAnswer, CompareAnswer, SourceRef, WhoSaidAnswer, WhoSaidMatch } from '../../src/core/answers.ts';
import type { ReloadReport } from '../../src/corpus/library-store.ts';
import { escapeText, quoteBlock } from '../../src/discord/markdown.ts';
import { renderAnswer } from '../../src/discord/render.ts';
import { limitViolations } from './discord-limits.ts';

const source: SourceRef = {
  file: '000_c09653457aff27c7.txt',
  title: 'Russia claims Kursk Oblast fully liberated',
  source: 'Kyiv Independent',
  date: '2025-04-26',
  url: 'https://kyivindependent.com/kursk',
  paragraph: 4,
};

function match(overrides: Partial<WhoSaidMatch> = {}): WhoSaidMatch {
  const quote = 'They took active part in the liberation of Kursk and demonstrated professionalism and coordination.';
  return {
    speaker: 'Valery Gerasimov',
    mention: 'Gerasimov',
    quote,
    kind: 'direct',
    source,
    passage: `Gerasimov acknowledged the contribution of North Korean troops, saying, “${quote}”`,
    highlights: [[43, 48]],
    score: 0.9,
    quotedWithin: false,
    hedge: null,
    alsoIn: [{ speaker: 'Valery Gerasimov', mention: 'the general', quote, kind: 'direct', hedge: null, source: { ...source, file: '003_x.txt', source: 'Reuters', url: null } }],
    ...overrides,
  };
}

const allText = (r: ReturnType<typeof renderAnswer>) => JSON.stringify(r.pages);

describe('renderWhoSaid', () => {
  it('names the speaker in bold and quotes the words as a block quote with the match marked', () => {
    const answer: WhoSaidAnswer = { query: 'liberation of Kursk', matches: [match()], suggestions: [] };
    const rendered = renderAnswer({ command: 'who-said', answer });
    const embed = rendered.pages[0]!.embeds[0]!;
    expect(rendered.ephemeral).toBe(false);
    expect(embed.description).toMatch(/^\*\*Valery Gerasimov\*\* \(as “Gerasimov”\)\n> They took/);
    expect(embed.description).toContain('**Kursk**');
  });

  it('gives the article title as a link, the outlet, date, paragraph and file', () => {
    const answer: WhoSaidAnswer = { query: 'Kursk', matches: [match()], suggestions: [] };
    const field = renderAnswer({ command: 'who-said', answer }).pages[0]!.embeds[0]!.fields![0]!;
    expect(field.value).toContain('[Russia claims Kursk Oblast fully liberated](<https://kyivindependent.com/kursk>)');
    expect(field.value).toContain('Kyiv Independent · 2025-04-26 · paragraph 4 · `000_c09653457aff27c7.txt`');
  });

  it('lists the other sources carrying the same quote', () => {
    const answer: WhoSaidAnswer = { query: 'Kursk', matches: [match()], suggestions: [] };
    const field = renderAnswer({ command: 'who-said', answer }).pages[0]!.embeds[0]!.fields![1]!;
    expect(field.name).toBe('Also in 1 other source');
    expect(field.value).toContain('Reuters');
  });

  it('marks reported speech, in the match and in another source that only reports it', () => {
    const reported = { ...match().alsoIn[0]!, kind: 'reported' as const };
    const answer: WhoSaidAnswer = { query: 'Kursk', matches: [match({ kind: 'reported', alsoIn: [reported, match().alsoIn[0]!] })], suggestions: [] };
    const embed = renderAnswer({ command: 'who-said', answer }).pages[0]!.embeds[0]!;
    expect(embed.description).toMatch(/^\*\*Valery Gerasimov\*\* \(as “Gerasimov”\) — reported speech, in the article’s words, not a direct quote\n/);
    const [reportedLine, quotedLine] = embed.fields![1]!.value.split('\n');
    expect(reportedLine).toMatch(/Valery Gerasimov \(reported speech\)$/);
    expect(quotedLine).not.toContain('reported');
  });

  it('says when the matched words are a quote inside the statement, and only then', () => {
    const inside = renderAnswer({ command: 'who-said', answer: { query: 'Kursk', matches: [match({ quotedWithin: true })], suggestions: [] } });
    expect(inside.pages[0]!.embeds[0]!.description).toMatch(/^\*\*Valery Gerasimov\*\* \(as “Gerasimov”\) — quoting someone else: these words are a quote inside the statement\n/);
    const own = renderAnswer({ command: 'who-said', answer: { query: 'Kursk', matches: [match()], suggestions: [] } });
    expect(own.pages[0]!.embeds[0]!.description).not.toContain('quoting someone else');
  });

  // "Gerasimov reportedly said": dropping the hedge would vouch for more than the article does.
  it('keeps the article\'s hedge on who said it, in the match and in another source', () => {
    const hedged = { ...match().alsoIn[0]!, hedge: 'allegedly' };
    const answer: WhoSaidAnswer = { query: 'Kursk', matches: [match({ hedge: 'reportedly', alsoIn: [hedged] })], suggestions: [] };
    const embed = renderAnswer({ command: 'who-said', answer }).pages[0]!.embeds[0]!;
    expect(embed.description).toMatch(/^\*\*Valery Gerasimov\*\* \(as “Gerasimov”\) — only “reportedly”: the article does not vouch that these words were said\n/);
    expect(embed.fields![1]!.value).toMatch(/Valery Gerasimov, allegedly$/);
    expect(renderAnswer({ command: 'who-said', answer: { query: 'Kursk', matches: [match()], suggestions: [] } }).pages[0]!.embeds[0]!.description).not.toContain('vouch');
  });

  it('splits many matches into pages that each fit a message', () => {
    const matches = Array.from({ length: 8 }, () => match({ quote: 'x '.repeat(2000) }));
    const rendered = renderAnswer({ command: 'who-said', answer: { query: 'x', matches, suggestions: [] } });
    expect(rendered.pages.length).toBe(3);
    for (const page of rendered.pages) expect(limitViolations(page)).toEqual([]);
    expect(rendered.pages[2]!.embeds.at(-1)!.footer!.text).toBe('Page 3 of 3');
  });

  it('answers nothing found ephemerally with "did you mean" suggestions', () => {
    const rendered = renderAnswer({ command: 'who-said', answer: { query: 'liberaton', matches: [], suggestions: ['the liberation of Kursk'] } });
    expect(rendered.ephemeral).toBe(true);
    expect(rendered.pages[0]!.content).toContain('Nothing found for “liberaton”');
    expect(rendered.pages[0]!.content).toContain('Did you mean:\n• the liberation of Kursk');
  });

  it('cannot be broken by markdown, code fences or block quotes in the corpus', () => {
    const quote = '```js\n> # heading\n**not bold** [link](https://evil.example) @everyone';
    const rendered = renderAnswer({ command: 'who-said', answer: { query: '@everyone', matches: [match({ quote, highlights: [] })], suggestions: [] } });
    const description = rendered.pages[0]!.embeds[0]!.description!;
    expect(description).not.toContain('```');
    expect(description).toContain('\\`\\`\\`js');
    expect(description).toContain('> \\> # heading');
    expect(description).toContain('\\*\\*not bold\\*\\*');
    expect(description).not.toMatch(/[^\\]\[link\]\(/);
  });
});

describe('quoteBlock', () => {
  it.each([
    ['one highlighted word', 'alpha beta gamma', [[6, 10]], '> alpha **beta** gamma'],
    ['a range that starts and ends on spaces', 'alpha beta gamma', [[5, 11]], '> alpha **beta** gamma'],
    ['overlapping ranges merge', 'alpha beta gamma', [[0, 7], [6, 10]], '> **alpha beta** gamma'],
    ['words apart only by a space make one bold run', 'North Korea sent', [[0, 5], [6, 11]], '> **North Korea** sent'],
    ['a range past the end is clamped', 'alpha', [[2, 99]], '> al**pha**'],
    ['a line break inside a range', 'one\ntwo', [[0, 7]], '> **one**\n> **two**'],
  ] as const)('%s', (_name, text, highlights, expected) => {
    expect(quoteBlock(text, highlights.map(([a, b]) => [a, b] as [number, number]), 500)).toBe(expected);
  });

  it('fits a long quote without cutting an escape or a bold marker in half', () => {
    const text = '*star* '.repeat(400);
    const block = quoteBlock(text, [[0, 6]], 300);
    expect(block.length).toBeLessThanOrEqual(300);
    expect(block).toMatch(/…$/);
    expect(block.endsWith('\\…')).toBe(false);
  });
});

describe('escapeText', () => {
  it('escapes a heading, a list and a subtext line at the start of a line', () => {
    expect(escapeText('# big\n- item\n-# small')).toBe('\\# big\n\\- item\n\\-# small');
  });
});

describe('renderCompare', () => {
  const article = { file: 'a.txt', title: 'Article A', source: 'Outlet A', date: '2025-04-26', url: null };
  const answer: CompareAnswer = {
    topic: 'North Korean troops',
    covered: [{ source: article, passages: [{ text: 'An estimated 10,000–12,000 troops were sent.', paragraph: 5, highlights: [[13, 26]] }] }],
    missing: [{ file: 'b.txt', title: 'Article B', source: 'Outlet B', date: null, url: null }],
    figures: [{ text: '10,000–12,000', about: 'troops', file: 'a.txt', paragraph: 5, when: 'November 2024' }],
    quoted: [{ speaker: 'Valery Gerasimov', files: ['a.txt'], quote: 'heroism', kind: 'direct', hedge: null, hedgedIn: [] }],
    disputes: [],
    agreements: ['North Korean troops fought in Kursk'],
    differences: ['Outlet A says 10,000–12,000 troops; Outlet C says 11,000'],
    summary: 'Both agree troops fought; they differ on how many.',
    unusedWords: [],
    suggestions: [],
  };

  it('gives a summary with the differing figures and the silent sources, then one section per source', () => {
    const page = renderAnswer({ command: 'compare', answer }).pages[0]!;
    const [summary, section] = page.embeds;
    expect(summary!.description).toBe('Both agree troops fought; they differ on how many.');
    expect(summary!.fields!.map((f) => f.name)).toEqual(['Where they differ', 'What they agree on', 'Figures', 'Silent sources']);
    expect(summary!.fields![2]!.value).toContain('**10,000–12,000** troops, November 2024 — Outlet A ¶5');
    expect(summary!.fields![3]!.value).toContain('Article B');
    expect(section!.title).toBe('Article A');
    expect(section!.description).toContain('¶5\n> An estimated **10,000–12,000**');
  });

  it('shows thirty sources with their passages and names the rest on a last page', () => {
    const covered = Array.from({ length: 75 }, (_, i) => ({
      source: { ...article, file: `s${i}.txt`, title: `Source number ${i}` },
      passages: [{ text: `Passage ${i} on troops.`, paragraph: 1, highlights: [] as Array<[number, number]> }],
    }));
    const { pages } = renderAnswer({ command: 'compare', answer: { ...answer, covered } });
    const embeds = pages.flatMap((p) => p.embeds);
    expect(pages[0]!.content).toContain('75 of 76 sources');
    expect(embeds.filter((e) => e.description?.includes('> Passage')).map((e) => e.title)).toEqual(covered.slice(0, 30).map((c) => c.source.title));
    const rest = embeds.at(-1)!;
    expect(rest.title).toBe('45 more sources cover this topic');
    expect(rest.description).toContain('Source number 30');
    expect(rest.description).toContain('Source number 74');
    expect(pages.flatMap(limitViolations)).toEqual([]);
  });

  it('says nothing found, ephemerally, when no source covers the topic', () => {
    const rendered = renderAnswer({ command: 'compare', answer: { ...answer, covered: [] } });
    expect(rendered.ephemeral).toBe(true);
  });

  it('names the words no source uses and offers the parts of the topic that sources cover', () => {
    const missed = { ...answer, topic: 'troop *casualties*', covered: [], unusedWords: ['*casualties*', 'talks'], suggestions: ['troop'] };
    const content = renderAnswer({ command: 'compare', answer: missed }).pages[0]!.content;
    expect(content).toContain('No source uses “\\*casualties\\*” or “talks”.');
    expect(content).toContain('Did you mean:\n• troop');
  });
});

describe('renderAsk', () => {
  it('quotes each passage with its source', () => {
    const answer: AskAnswer = { question: 'how many troops?', answers: [{ passage: 'About 76,000 personnel.', source, score: 1, highlights: [] }], unusedWords: [], suggestions: [] };
    const embed = renderAnswer({ command: 'ask', answer }).pages[0]!.embeds[0]!;
    expect(embed.description).toBe('> About 76,000 personnel.');
    expect(embed.fields![0]!.value).toContain('Kyiv Independent');
  });
});

describe('renderReload', () => {
  const stats = { articles: 5, passages: 40, quotes: 12, speakers: 6 };
  const report: ReloadReport = {
    ok: true, error: null, before: stats, after: { ...stats, articles: 6 },
    added: ['005_new.txt'], changed: ['001_x.txt'], removed: [], rejected: [{ file: 'bad.txt', code: 'binary', reason: 'looks like a binary file' }], durationMs: 42,
  };

  it('reports sizes before and after, the files added and changed, and each refused file with its reason', () => {
    const embed = renderAnswer({ command: 'reload', answer: report }, { total: 2, succeeded: 2, failures: [] }).pages[0]!.embeds[0]!;
    expect(embed.title).toBe('Corpus reloaded');
    expect(embed.description).toContain('Reloaded on 2 of 2 shards.');
    expect(embed.fields!.map((f) => f.name)).toEqual(['Before', 'After', 'Added (1)', 'Changed (1)', 'Refused files (1)']);
    expect(embed.fields![4]!.value).toContain('`bad.txt`: looks like a binary file');
  });

  it('says a failed reload left the previous corpus serving', () => {
    const failed = { ...report, ok: false, error: 'quotebook: corpus folder "x" does not exist', after: stats, added: [], changed: [] };
    const rendered = renderAnswer({ command: 'reload', answer: failed });
    expect(rendered.ephemeral).toBe(true);
    expect(rendered.pages[0]!.embeds[0]!.title).toBe('Reload failed: the previous corpus is still serving');
  });
});

describe('every renderer', () => {
  it('stays inside Discord limits with huge answers', () => {
    const huge = 'Lorem ipsum dolor sit amet. '.repeat(400);
    const big = match({ speaker: huge, mention: huge, quote: huge, alsoIn: Array.from({ length: 200 }, () => match()) });
    const pages = [
      ...renderAnswer({ command: 'who-said', answer: { query: huge.slice(0, 300), matches: Array(10).fill(big), suggestions: [] } }).pages,
      ...renderAnswer({ command: 'who-said', answer: { query: huge, matches: [], suggestions: Array(40).fill(huge) } }).pages,
    ];
    for (const page of pages) expect(limitViolations(page)).toEqual([]);
    expect(allText({ pages, ephemeral: false })).not.toContain('undefined');
  });
});
