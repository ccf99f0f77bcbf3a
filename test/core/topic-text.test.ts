import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/compare.ts';
import { buildLibrary } from '../../src/core/library.ts';
import { mentionsTopic, sentencesOf, topicHighlighter } from '../../src/core/topic-text.ts';

describe('sentencesOf', () => {
  it('cuts where a sentence ends, not after an initial, a title or inside a number', () => {
    const text = 'The former first lady and U.S. senator said it was “a mistake.” Sen. Ann Lee agreed! About 1.6 billion people live there. “No,” he said.';
    expect(sentencesOf(text)).toEqual(['The former first lady and U.S. senator said it was “a mistake.”', 'Sen. Ann Lee agreed!', 'About 1.6 billion people live there.', '“No,” he said.']);
  });

  it('keeps a last sentence without a full stop', () => {
    expect(sentencesOf('It ended in 2024. Then nothing')).toEqual(['It ended in 2024.', 'Then nothing']);
  });
});

describe('mentionsTopic', () => {
  it('tests a text for any of the topic’s content words', () => {
    const onTopic = mentionsTopic('the members');
    expect(['The group has members.', 'The group has staff.'].map(onTopic)).toEqual([true, false]);
  });
});

describe('compare: figures', () => {
  it('reads a decimal figure on the topic whole', () => {
    const article = { file: 'a.txt', title: 'A', source: null, url: null, date: null, author: null, body: 'Nothing here. The group has 1.6 billion members worldwide.', bodyOffset: 0 };
    expect(compare(buildLibrary([article]), 'members').figures.map((f) => f.text)).toEqual(['1.6 billion members']);
  });
});

describe('sentencesOf and quotations', () => {
  it('keeps a quoted statement of two sentences whole, with its speaker', () => {
    const text = '“The threat is absent. The claims are propaganda,” officials said. Fighting went on.';
    expect(sentencesOf(text)).toEqual(['“The threat is absent. The claims are propaganda,” officials said.', 'Fighting went on.']);
    expect(sentencesOf('"It failed. It rained," he said. Later, calm.')).toEqual(['"It failed. It rained," he said.', 'Later, calm.']);
  });

  it('still cuts after a quote that closes with its sentence, and at a quote mark left open', () => {
    expect(sentencesOf('He said “No.” Then he left.')).toEqual(['He said “No.”', 'Then he left.']);
    expect(sentencesOf('“It failed. Then it rained.')).toEqual(['“It failed.', 'Then it rained.']);
  });

  it('shows such a statement as a denial in the summary without marks around its marks', () => {
    const body = 'Rivals claimed the town had fallen.\n\n“The town is ours. The claims of its fall are propaganda,” officials said.';
    const article = { file: 'a.txt', title: 'A', source: null, url: null, date: null, author: null, body, bodyOffset: 0 };
    const answer = compare(buildLibrary([article]), 'propaganda');
    expect(answer.disputes.map((d) => d.text)).toEqual(['“The town is ours. The claims of its fall are propaganda,” officials said.']);
    expect(answer.summary).toContain('a.txt ¶2: “The town is ours.');
    expect(answer.summary).not.toContain('““');
  });
});

describe('sentencesOf in a translated report', () => {
  it('keeps a statement in guillemets whole, as it does one in “…”', () => {
    const text = '«The threat is absent. The claims are propaganda,» officials said. «We hold.» Fighting went on.';
    expect(sentencesOf(text)).toEqual(['«The threat is absent. The claims are propaganda,» officials said.', '«We hold.»', 'Fighting went on.']);
  });

  it('shows such a statement as a denial without marks around its marks', () => {
    const body = 'Rivals claimed the town had fallen.\n\n«The town is ours. The claims of its fall are propaganda,» officials said.';
    const article = { file: 'a.txt', title: 'A', source: null, url: null, date: null, author: null, body, bodyOffset: 0 };
    expect(compare(buildLibrary([article]), 'propaganda').summary).toContain('a.txt ¶2: «The town is ours.');
  });
});

describe('a denial opening with a single-quoted word', () => {
  it('is still shown inside double marks', () => {
    const body = 'Rivals said the town had fallen.\n\n‘Defeat’ claims are propaganda, officials said.';
    const article = { file: 'a.txt', title: 'A', source: null, url: null, date: null, author: null, body, bodyOffset: 0 };
    expect(compare(buildLibrary([article]), 'propaganda').summary).toContain('a.txt ¶2: “‘Defeat’ claims are propaganda');
  });
});

describe('topicHighlighter', () => {
  const marked = (text: string, topic: string) => topicHighlighter(topic)(text).map(([s, e]) => text.slice(s, e));

  it.each([
    ['captured', 'The aim was capturing territory.', ['capturing']],
    ['encircle', 'Officers denied any encirclement of the unit.', ['encirclement']],
    ['losses', 'The unit lost 40 men.', ['lost']],
  ])('marks the word search found for "%s", in another form', (topic, text, words) => {
    expect(marked(text, topic)).toEqual(words);
  });
});
