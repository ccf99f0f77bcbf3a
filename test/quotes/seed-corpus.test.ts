import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { analyse } from '../../src/core/nlp.ts';
import { splitPassages } from '../../src/core/passages.ts';
import { extractQuotes, type ExtractedQuote } from '../../src/core/quotes/extract-quotes.ts';
import { buildSpeakers, type SpeakerDirectory } from '../../src/core/quotes/speakers.ts';

// The five seed articles: every case below is a statement a reader asks about.
let byFile: Map<string, ExtractedQuote[]>;
let directory: SpeakerDirectory;
let bodies: Map<string, string>;

beforeAll(async () => {
  const loaded = await loadCorpus('corpus');
  if (!loaded.ok) throw new Error(loaded.error.message);
  byFile = new Map();
  bodies = new Map();
  let id = 0;
  for (const article of loaded.articles) {
    const passages = splitPassages(article.file, article.body).map((p) => ({ ...p, id: id++ }));
    byFile.set(article.file.slice(0, 3), extractQuotes(article, passages, passages.map((p) => analyse(p.text))));
    bodies.set(article.file.slice(0, 3), article.body);
  }
  directory = buildSpeakers([...byFile].map(([file, quotes]) => ({ file, quotes })));
});

const speakerOf = (file: string, words: string) => byFile.get(file)!.find((q) => q.text.includes(words));

describe('the seed corpus', () => {
  it.each([
    ['003', "The Kiev regime's adventure has completely failed", 'Vladimir Putin'],
    ['003', 'the last settlement in the Kursk region, the village of Gornal, has been liberated', 'Valery Gerasimov'],
    ['000', 'They took active part in the liberation of Kursk and demonstrated professionalism and coordination', 'Valery Gerasimov'],
    ['004', 'professionalism and coherence', 'Valery Gerasimov'],
    ['004', 'will never forget Korean friends', 'Maria Zakharova'],
    ['004', 'The operational situation is complex, but our units continue', 'General Staff'],
    ['003', 'played a crucial role in overwhelming the Ukrainian armed forces group', 'Valery Gerasimov'],
    ['003', 'achieved most of its goals', 'General Staff'],
    ['001', 'heroism', 'Valery Gerasimov'],
    ['002', 'heroism', 'Valery Gerasimov'],
    ['002', 'difficult', 'Ukrainian Chief of Staff'],
    ['004', 'defeated', 'Valery Gerasimov'],
    ['000', 'were false', 'Rustem Umerov'],
    ['000', 'amassing troops', 'Volodymyr Zelenskyy'],
    ['000', 'The probable target was to attack', 'Volodymyr Zelenskyy'],
  ])('attributes the statement in %s containing "%s" to %s', (file, words, speaker) => {
    expect(speakerOf(file, words)?.speakerName).toBe(speaker);
  });

  it.each([
    ['002', 'full and unconditional ceasefire'],
  ])('leaves the scare quote in %s "%s" without a speaker', (file, words) => {
    expect(speakerOf(file, words)?.speakerName ?? null).toBeNull();
  });

  it('skips the operational zone name in quotes', () => {
    expect(byFile.get('004')!.some((q) => q.text === 'Kursk')).toBe(false);
  });

  it('keeps the nested ‘defeat’ inside the officials’ quote rather than making it a statement', () => {
    const quotes = byFile.get('004')!.filter((q) => q.text.includes('‘defeat’'));
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toContain('enemy leadership’s statements about the ‘defeat’');
  });

  it('points every single-paragraph quote at its words in the body', () => {
    for (const [file, quotes] of byFile) {
      for (const q of quotes.filter((x) => x.paragraphs.length === 1)) expect(bodies.get(file)!.slice(q.start, q.end)).toBe(q.text);
    }
  });

  it('gives Gerasimov one identity across articles, named in full', () => {
    const names = [...byFile.values()].flat().map((q) => q.speakerName).filter((n): n is string => !!n && n.includes('Gerasimov'));
    const ids = new Set(names.map((n) => directory.idFor(n)));
    expect(names.length).toBeGreaterThan(5);
    expect(ids.size).toBe(1);
    expect(directory.speakers.find((s) => s.id === [...ids][0])?.name).toBe('Valery Gerasimov');
  });
});
