/**
 * /reload on a sharded bot: every shard process holds its own Library, so the
 * shard that received the command asks each shard (itself included) to reload
 * through `client.shard.broadcastEval`, and reports how many did.
 *
 * broadcastEval sends the function as source text, so it cannot close over
 * this module; each client carries its reload under a global symbol instead.
 */
import type { Client } from 'discord.js';
import type { LibraryStore, ReloadReport } from '../corpus/library-store.ts';
import type { ShardReloadSummary } from './render-reload.ts';

/** Where each Client keeps its store's reload, for broadcastEval to find. */
export const RELOAD_HOOK = Symbol.for('quotebook.reload');

type WithHook = Client & { [RELOAD_HOOK]?: () => Promise<ReloadReport> };

/** A shard that does not answer within this long counts as failed. */
const SHARD_RELOAD_TIMEOUT_MS = 120_000;

/** Lets other shards reload this client's store. */
export function installReloadHook(client: Client, store: LibraryStore): void {
  (client as WithHook)[RELOAD_HOOK] = () => store.reload();
}

/** Reloads the local store, and every other shard's when run under a ShardingManager. */
export async function reloadEverywhere(client: Client, store: LibraryStore): Promise<{ report: ReloadReport; shards: ShardReloadSummary }> {
  const util = client.shard;
  if (!util || util.count <= 1) {
    const report = await store.reload();
    return { report, shards: { total: 1, succeeded: report.ok ? 1 : 0, failures: report.ok ? [] : [{ shard: 0, error: report.error ?? 'failed' }] } };
  }
  const own = store.reload();
  // One broadcastEval per shard, so one shard failing does not hide the others' results.
  const ids = Array.from({ length: util.count }, (_, i) => i);
  const results = await Promise.allSettled(
    ids.map((shard) =>
      util.ids.includes(shard)
        ? own.then((r) => ({ ok: r.ok, error: r.error }))
        : withTimeout(
            util.broadcastEval(
              async (c) => {
                const hook = (c as WithHook)[Symbol.for('quotebook.reload') as typeof RELOAD_HOOK];
                if (!hook) return { ok: false, error: 'this shard has no corpus loaded' };
                const r = await hook();
                return { ok: r.ok, error: r.error };
              },
              { shard },
            ),
            SHARD_RELOAD_TIMEOUT_MS,
          ),
    ),
  );
  const failures = results.flatMap((r, shard) => {
    if (r.status === 'rejected') return [{ shard, error: (r.reason as Error)?.message ?? String(r.reason) }];
    return r.value.ok ? [] : [{ shard, error: r.value.error ?? 'reload failed' }];
  });
  return { report: await own, shards: { total: ids.length, succeeded: ids.length - failures.length, failures } };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms).unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
