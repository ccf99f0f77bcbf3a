/**
 * Two guards on the work the bot takes on, so one eager user or a burst of
 * traffic cannot starve everyone else: a per-user cooldown (at most `limit`
 * commands in any `windowMs`) and a global bound on commands in flight. Both
 * refuse with a value carrying a friendly message, never with silence or an
 * exception; the router sends that message ephemerally.
 *
 * Under `npm run start:sharded` each shard process keeps its own counts, so
 * the bounds hold per shard.
 *
 * @example
 * const guards = createGuards({ cooldown: { limit: 3, windowMs: 10_000 }, maxConcurrent: 8 });
 * const admission = admit(guards, interaction.user.id, true);
 * if (!admission.ok) return reply(admission.message);
 * try { await work(); } finally { admission.release(); }
 */

export interface CooldownOptions {
  /** Commands a user may start within `windowMs`; 0 turns the cooldown off. */
  limit: number;
  windowMs: number;
}

export type CooldownCheck = { ok: true } | { ok: false; retryAfterMs: number };

/** A sliding window of recent command times per user. */
export interface Cooldown {
  /** Counts a command for `userId` if the window has room; otherwise says how long until it has. */
  take(userId: string): CooldownCheck;
  /** Users with commands still inside the window (the memory the cooldown holds). */
  readonly tracked: number;
}

/** A counting semaphore that refuses instead of queueing: waiting work would only pile up. */
export interface WorkGate {
  /** A release function when a slot is free, else null. Releasing twice frees one slot only. */
  tryEnter(): (() => void) | null;
  readonly active: number;
}

export interface Guards {
  cooldown: Cooldown;
  gate: WorkGate;
}

export type Admission = { ok: true; release: () => void } | { ok: false; reason: 'cooldown' | 'busy'; message: string };

export const BUSY_MESSAGE = 'The bot is busy — try again in a moment.';

/** The cooldown refusal, rounded up to whole seconds so it never tells a user to come back too early. */
export function cooldownMessage(retryAfterMs: number): string {
  return `You're asking quickly — try again in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s.`;
}

export function createCooldown(options: CooldownOptions, now: () => number = Date.now): Cooldown {
  const recent = new Map<string, number[]>();
  let lastSweep = now();
  // Drops users whose window has emptied, at most once per window, so memory follows active users only.
  const sweep = (t: number) => {
    if (t - lastSweep < options.windowMs) return;
    lastSweep = t;
    for (const [user, times] of recent) if (times.every((at) => t - at >= options.windowMs)) recent.delete(user);
  };
  return {
    take(userId) {
      if (options.limit <= 0) return { ok: true };
      const t = now();
      sweep(t);
      const times = (recent.get(userId) ?? []).filter((at) => t - at < options.windowMs);
      if (times.length >= options.limit) {
        recent.set(userId, times);
        return { ok: false, retryAfterMs: times[0]! + options.windowMs - t };
      }
      times.push(t);
      recent.set(userId, times);
      return { ok: true };
    },
    get tracked() {
      return recent.size;
    },
  };
}

export function createWorkGate(max: number): WorkGate {
  let active = 0;
  return {
    tryEnter() {
      if (active >= max) return null;
      active++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        active--;
      };
    },
    get active() {
      return active;
    },
  };
}

export function createGuards(options: { cooldown: CooldownOptions; maxConcurrent: number }): Guards {
  return { cooldown: createCooldown(options.cooldown), gate: createWorkGate(options.maxConcurrent) };
}

/**
 * Lets a command in, or says why not. The gate is checked first so a refused
 * "busy" command does not use up the user's cooldown as well.
 */
export function admit(guards: Guards, userId: string, countsAgainstCooldown: boolean): Admission {
  const release = guards.gate.tryEnter();
  if (!release) return { ok: false, reason: 'busy', message: BUSY_MESSAGE };
  if (!countsAgainstCooldown) return { ok: true, release };
  const check = guards.cooldown.take(userId);
  if (check.ok) return { ok: true, release };
  release();
  return { ok: false, reason: 'cooldown', message: cooldownMessage(check.retryAfterMs) };
}
