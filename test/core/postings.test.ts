import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { createPostingsBuilder, documentFrequency, searchPostings, type Postings } from '../../src/core/postings.ts';

// Our postings replace minisearch's scoring; minisearch itself is the oracle:
// on the same documents and queries both must find the same documents with
// the same scores.

const WORDS = Array.from({ length: 40 }, (_, i) => `w${i}`);

function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

/** Documents over a small vocabulary where low-numbered words are common and high-numbered ones rare, with repeats. */
function documents(count: number, random: () => number): string[][] {
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(random() * 12) }, () => WORDS[Math.floor(WORDS.length * random() ** 2)]!),
  );
}

function build(docs: string[][]): Postings {
  const builder = createPostingsBuilder();
  docs.forEach((terms, id) => builder.add(id, terms.map((t) => WORDS.indexOf(t))));
  return builder.finish(WORDS.length);
}

function oracle(docs: string[][]): MiniSearch {
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], tokenize: (text) => text.split(' ') });
  mini.addAll(docs.map((terms, id) => ({ id, text: terms.join(' ') })));
  return mini;
}

const rounded = (hits: Array<{ id: number; score: number }>) =>
  hits.map((h) => [h.id, Math.round(h.score * 1e9) / 1e9] as const).sort((a, b) => a[0] - b[0]);

describe('postings', () => {
  const random = seeded(11);
  const docs = documents(400, random);
  const postings = build(docs);
  const mini = oracle(docs);

  it.each(['AND', 'OR'] as const)('finds the documents minisearch finds, with its scores (%s)', (combineWith) => {
    for (let q = 0; q < 200; q++) {
      const terms = [...new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, () => WORDS[Math.floor(random() * WORDS.length)]!))];
      const ours = searchPostings(postings, terms.map((t) => ({ terms: [{ id: WORDS.indexOf(t), weight: 1 }] })), combineWith, docs.length);
      const theirs = mini.search(terms.join(' '), { combineWith });
      expect(rounded(ours), `${combineWith} ${terms.join(' ')}`).toEqual(rounded(theirs.map((r) => ({ id: r.id as number, score: r.score }))));
    }
  });

  it('keeps only the best documents, best first, ties to the lower id', () => {
    const group = [{ terms: [{ id: 0, weight: 1 }] }];
    const all = searchPostings(postings, group, 'OR', docs.length);
    const top = searchPostings(postings, group, 'OR', 5);
    expect(top).toEqual(all.slice(0, 5));
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1]!, all[i]!];
      expect(a.score > b.score || (a.score === b.score && a.id < b.id)).toBe(true);
    }
  });

  it('with a key, keeps the best documents of every key, best first overall', () => {
    const group = [{ terms: [{ id: 0, weight: 1 }] }];
    const keyOf = (doc: number) => String(doc % 7);
    const all = searchPostings(postings, group, 'OR', docs.length);
    const perKey = searchPostings(postings, group, 'OR', 2, keyOf);
    const expected = [0, 1, 2, 3, 4, 5, 6].flatMap((k) => all.filter((h) => keyOf(h.id) === String(k)).slice(0, 2));
    expect(perKey).toEqual(all.filter((h) => expected.includes(h)));
  });

  it('says which query terms each document matched', () => {
    const rare = WORDS.length - 1;
    const hits = searchPostings(postings, [{ terms: [{ id: 0, weight: 1 }] }, { terms: [{ id: rare, weight: 1 }] }], 'OR', docs.length);
    for (const hit of hits) {
      const expected = [0, 1].filter((g) => docs[hit.id]!.includes(WORDS[g === 0 ? 0 : rare]!));
      expect(hit.groups).toEqual(expected);
    }
  });

  it('counts a term in a group once however many of its forms a document holds', () => {
    const both = docs.findIndex((d) => d.includes('w0') && d.includes('w1'));
    const [hit] = searchPostings(postings, [{ terms: [{ id: 0, weight: 1 }, { id: 1, weight: 1 }] }, { terms: [{ id: 2, weight: 1 }] }], 'AND', docs.length).filter(
      (h) => h.id === both,
    );
    if (hit) expect(hit.groups).toEqual([0, 1]);
    const single = searchPostings(postings, [{ terms: [{ id: 0, weight: 1 }, { id: 1, weight: 1 }] }], 'OR', docs.length).find((h) => h.id === both)!;
    const alone = searchPostings(postings, [{ terms: [{ id: 0, weight: 1 }] }], 'OR', docs.length).find((h) => h.id === both)!;
    // One group matched (quality 1), scored on both forms.
    expect(single.score).toBeGreaterThan(alone.score);
  });

  it('finds nothing for a term no document holds, or an empty query', () => {
    const builder = createPostingsBuilder();
    builder.add(0, [0]);
    const tiny = builder.finish(3);
    expect(documentFrequency(tiny, 2)).toBe(0);
    expect(searchPostings(tiny, [{ terms: [{ id: 2, weight: 1 }] }], 'OR', 10)).toEqual([]);
    expect(searchPostings(tiny, [{ terms: [{ id: 0, weight: 1 }] }, { terms: [] }], 'AND', 10)).toEqual([]);
    expect(searchPostings(tiny, [], 'OR', 10)).toEqual([]);
  });

  it('refuses documents added out of order', () => {
    const builder = createPostingsBuilder();
    builder.add(0, [0]);
    expect(() => builder.add(2, [0])).toThrow(/out of order/);
  });

  it('grows past its first allocation', () => {
    const builder = createPostingsBuilder();
    const count = 30_000;
    for (let id = 0; id < count; id++) builder.add(id, [id % 7, 7 + (id % 3)]);
    const big = builder.finish(10);
    expect(big.docs.length).toBe(2 * count);
    expect(documentFrequency(big, 0)).toBe(Math.ceil(count / 7));
    expect(searchPostings(big, [{ terms: [{ id: 0, weight: 1 }] }, { terms: [{ id: 7, weight: 1 }] }], 'AND', count).length).toBe(
      Array.from({ length: count }, (_, id) => id).filter((id) => id % 7 === 0 && id % 3 === 0).length,
    );
  });
});
