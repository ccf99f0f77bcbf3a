import { describe, expect, it } from 'vitest';
import { sentencesOf, topicSentences } from '../../src/core/topic-text.ts';

describe('sentencesOf', () => {
  it('cuts where a sentence ends, not after an initial, a title or inside a number', () => {
    const text = 'The former first lady and U.S. senator said it was “a mistake.” Sen. Ann Lee agreed! About 1.6 billion people live there. “No,” he said.';
    expect(sentencesOf(text)).toEqual(['The former first lady and U.S. senator said it was “a mistake.”', 'Sen. Ann Lee agreed!', 'About 1.6 billion people live there.', '“No,” he said.']);
  });

  it('keeps a last sentence without a full stop', () => {
    expect(sentencesOf('It ended in 2024. Then nothing')).toEqual(['It ended in 2024.', 'Then nothing']);
  });
});

describe('topicSentences', () => {
  it('gives whole sentences, so a decimal figure on the topic stays whole', () => {
    expect(topicSentences('Nothing here. The group has 1.6 billion members worldwide.', 'members')).toEqual(['The group has 1.6 billion members worldwide.']);
  });
});
