import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/compare.ts';
import { buildLibrary } from '../../src/core/library.ts';
import { mentionsTopic, sentencesOf } from '../../src/core/topic-text.ts';

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
