/**
 * Previous/Next buttons for answers longer than one message. The pages live
 * in a bounded in-memory store: an entry expires after `ttlMs` (its buttons
 * are then disabled by editing the message), and the oldest entry is expired
 * early when the store is full. A click on a button the store no longer knows
 * (after a restart, say) gets a polite "expired".
 *
 * @example
 * const store = createPageStore({ ttlMs: 600_000, maxEntries: 500 });
 * const key = store.add({ ownerId, pages, disable: () => interaction.editReply({ components: pageButtons(key, 0, n, true) }) });
 */
import { randomBytes } from 'node:crypto';
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { Page } from './render-shared.ts';

const PREFIX = 'qb:page';

export interface PageEntry {
  /** The user who asked; only they may turn the pages. */
  ownerId: string;
  pages: Page[];
  /** The page shown now, so expiry disables the buttons under the right page. */
  index: number;
  /** Edits the message to disable its buttons; called once when the entry expires. */
  disable(entry: PageEntry, key: string): Promise<unknown>;
}

export interface PageStoreOptions {
  ttlMs: number;
  maxEntries: number;
}

export const defaultPageStoreOptions: PageStoreOptions = { ttlMs: 10 * 60_000, maxEntries: 500 };

export interface PageStore {
  add(entry: PageEntry): string;
  get(key: string): PageEntry | undefined;
  /** Expires every entry now (shutdown), waiting for the edits at most `timeoutMs`. */
  expireAll(timeoutMs: number): Promise<void>;
  readonly size: number;
}

export function createPageStore(options: Partial<PageStoreOptions> = {}, onError: (error: unknown) => void = () => {}): PageStore {
  const settings = { ...defaultPageStoreOptions, ...options };
  // A Map iterates in insertion order, so the first key is the oldest entry.
  const entries = new Map<string, { entry: PageEntry; timer: NodeJS.Timeout }>();

  function expire(key: string): Promise<unknown> {
    const held = entries.get(key);
    if (!held) return Promise.resolve();
    clearTimeout(held.timer);
    entries.delete(key);
    return held.entry.disable(held.entry, key).catch(onError);
  }

  return {
    add(entry) {
      const key = randomBytes(6).toString('hex');
      while (entries.size >= settings.maxEntries) void expire(entries.keys().next().value!);
      // unref: a pending expiry must not keep the process alive at shutdown.
      const timer = setTimeout(() => void expire(key), settings.ttlMs).unref();
      entries.set(key, { entry, timer });
      return key;
    },
    get: (key) => entries.get(key)?.entry,
    async expireAll(timeoutMs) {
      const all = Promise.allSettled([...entries.keys()].map(expire));
      await Promise.race([all, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
    },
    get size() {
      return entries.size;
    },
  };
}

/** The button row under page `index` of `count`; all disabled once expired. */
export function pageButtons(key: string, index: number, count: number, expired = false): APIActionRowComponent<APIButtonComponent>[] {
  const button = (label: string, target: number, disabled: boolean): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: `${PREFIX}:${key}:${target}`,
    disabled: expired || disabled,
  });
  const indicator: APIButtonComponent = {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: expired ? 'Expired' : `${index + 1} / ${count}`,
    custom_id: `${PREFIX}:${key}:at`,
    disabled: true,
  };
  return [
    {
      type: ComponentType.ActionRow,
      components: [button('Previous', index - 1, index <= 0), indicator, button('Next', index + 1, index >= count - 1)],
    },
  ];
}

/** `{ key, target }` for one of our page buttons, else null. */
export function parsePageButton(customId: string): { key: string; target: number } | null {
  const match = /^qb:page:([0-9a-f]+):(-?\d+)$/.exec(customId);
  return match ? { key: match[1]!, target: Number(match[2]) } : null;
}
