import { describe, expect, it } from 'vitest';
import { createPageStore, pageButtons, parsePageButton, type PageEntry } from '../../src/discord/pagination.ts';

function entry(disabled: string[]): PageEntry {
  return { ownerId: '1', pages: [{ embeds: [] }, { embeds: [] }], index: 0, disable: async (_e, key) => void disabled.push(key) };
}

describe('page store', () => {
  it('expires an entry after its time and disables its buttons', async () => {
    const disabled: string[] = [];
    const store = createPageStore({ ttlMs: 30 });
    const key = store.add(entry(disabled));
    expect(store.get(key)).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(store.get(key)).toBeUndefined();
    expect(disabled).toEqual([key]);
  });

  it('stays bounded: the oldest entry expires early when the store is full', () => {
    const disabled: string[] = [];
    const store = createPageStore({ maxEntries: 2 });
    const [a, b, c] = [store.add(entry(disabled)), store.add(entry(disabled)), store.add(entry(disabled))];
    expect(store.size).toBe(2);
    expect(store.get(a)).toBeUndefined();
    expect(store.get(b)).toBeDefined();
    expect(store.get(c)).toBeDefined();
    expect(disabled).toEqual([a]);
  });
});

describe('page buttons', () => {
  it('disable Previous on the first page and Next on the last, and all once expired', () => {
    const labels = (rows: ReturnType<typeof pageButtons>) => Object.fromEntries(rows[0]!.components.map((b) => ['label' in b ? b.label : '', b.disabled]));
    expect(labels(pageButtons('ab', 0, 3))).toEqual({ Previous: true, '1 / 3': true, Next: false });
    expect(labels(pageButtons('ab', 2, 3))).toEqual({ Previous: false, '3 / 3': true, Next: true });
    expect(Object.values(labels(pageButtons('ab', 1, 3, true))).every(Boolean)).toBe(true);
  });

  it('round-trips the target page through the custom id, and ignores other ids', () => {
    const next = pageButtons('0a1b', 0, 2)[0]!.components[2]!;
    expect(parsePageButton('custom_id' in next ? next.custom_id : '')).toEqual({ key: '0a1b', target: 1 });
    expect(parsePageButton('qb:page:0a1b:at')).toBeNull();
    expect(parsePageButton('something-else')).toBeNull();
  });
});
