/**
 * The per-user cooldown and the bound on commands in flight: the rules on a
 * fake clock, then end to end through the fake Discord, where a refusal must
 * be a friendly ephemeral notice rather than silence.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { admit, BUSY_MESSAGE, createCooldown, createWorkGate, type Guards } from '../../src/discord/throttle.ts';
import { embedsOf, eventually, recordUnhandledRejections, settled, startHarness, type Harness } from './harness.ts';

const EPHEMERAL = 64;

describe('cooldown rules', () => {
  it('allows `limit` commands per window, then says how long to wait, then allows again', () => {
    let now = 0;
    const cooldown = createCooldown({ limit: 3, windowMs: 10_000 }, () => now);
    expect([0, 1, 2].map(() => cooldown.take('u').ok)).toEqual([true, true, true]);
    now = 4000;
    expect(cooldown.take('u')).toEqual({ ok: false, retryAfterMs: 6000 });
    expect(cooldown.take('someone else').ok).toBe(true);
    now = 10_000;
    expect(cooldown.take('u').ok).toBe(true);
  });

  it('is off with a limit of 0', () => {
    const cooldown = createCooldown({ limit: 0, windowMs: 10_000 }, () => 0);
    expect(Array.from({ length: 50 }, () => cooldown.take('u').ok).every(Boolean)).toBe(true);
  });

  it('forgets users whose window has passed, so memory follows active users only', () => {
    let now = 0;
    const cooldown = createCooldown({ limit: 1, windowMs: 1000 }, () => now);
    for (let i = 0; i < 1000; i++) cooldown.take(`user-${i}`);
    expect(cooldown.tracked).toBe(1000);
    now = 5000;
    cooldown.take('late');
    expect(cooldown.tracked).toBe(1);
  });
});

describe('admission', () => {
  const guards = (limit: number, max: number): Guards => ({
    cooldown: createCooldown({ limit, windowMs: 10_000 }, () => 0),
    gate: createWorkGate(max),
  });

  it('refuses past the bound without spending the cooldown, and frees a slot once per release', () => {
    const g = guards(5, 1);
    const first = admit(g, 'a', true);
    expect(admit(g, 'b', true)).toMatchObject({ ok: false, reason: 'busy', message: BUSY_MESSAGE });
    if (!first.ok) throw new Error('first admission refused');
    first.release();
    first.release();
    expect(g.gate.active).toBe(0);
    expect(admit(g, 'b', true).ok).toBe(true);
    expect(g.gate.active).toBe(1);
  });

  it('gives the slot back when the cooldown refuses, and exempts uncounted commands', () => {
    const g = guards(1, 4);
    admit(g, 'a', true);
    expect(admit(g, 'a', true)).toMatchObject({ ok: false, reason: 'cooldown', message: "You're asking quickly — try again in 10 s." });
    expect(g.gate.active).toBe(1);
    expect(admit(g, 'a', false).ok).toBe(true);
  });
});

describe('through Discord', () => {
  let h: Harness | undefined;
  const rejections = recordUnhandledRejections();
  afterEach(async () => {
    await h?.close();
    h = undefined;
    expect(rejections.reasons).toEqual([]);
  });
  afterAll(() => rejections.stop());

  it('tells a user who asks too quickly when to try again, privately, and serves others and autocomplete meanwhile', async () => {
    h = await startHarness({ bot: () => ({ cooldown: { limit: 2, windowMs: 1500 } }) });
    const harness = h;
    const sources = (user = harness.fake.member) => harness.fake.runCommand({ name: 'sources', user });
    for (let i = 0; i < 2; i++) await settled(h, sources());
    const refused = await settled(h, sources());
    expect(refused.type).toBe(4);
    expect(refused.flags).toBe(EPHEMERAL);
    expect(refused.data.content).toMatch(/^You're asking quickly — try again in [12] s\.$/);

    await settled(h, sources(h.fake.moderator));
    const choices = await settled(h, h.fake.autocomplete({ name: 'who-said', option: 'quote', value: 'liber' }));
    expect(choices.type).toBe(8);
    // /reload is not counted either: a moderator fixing the corpus may retry at once.
    for (let i = 0; i < 2; i++) await settled(h, sources(h.fake.moderator));
    const reload = h.fake.runCommand({ name: 'reload', user: h.fake.moderator });
    await settled(h, reload, (r) => r.kind === 'edit');
    expect(embedsOf(reload.finalMessage())[0]!.title).toBe('Corpus reloaded');

    await new Promise((resolve) => setTimeout(resolve, 1500));
    const again = await settled(h, sources());
    expect(embedsOf(h.fake.message(again.messageId!))[0]!.description).toMatch(/^5 articles/);
  });

  it('tells the user the bot is busy when the bound on commands in flight is reached, then recovers', async () => {
    h = await startHarness({ bot: () => ({ maxConcurrent: 2 }) });
    const harness = h;
    // Two answers held 800 ms by Discord keep both slots taken.
    h.fake.injectFault({ path: /\/callback$/, delayMs: 800, times: 2 });
    const users = ['101', '102', '103', '104'].map((n) => ({ id: `${n}000000000000000`, username: `user_${n}` }));
    const held = users.slice(0, 2).map((user) => harness.fake.runCommand({ name: 'sources', user }));
    await eventually(() => harness.fake.requests.filter((r) => r.fault?.delayMs === 800).length === 2, 'both answers to be held');

    const third = h.fake.runCommand({ name: 'sources', user: users[2] });
    const busy = await settled(h, third);
    expect(busy.flags).toBe(EPHEMERAL);
    expect(busy.data.content).toBe(BUSY_MESSAGE);
    expect(held.every((handle) => handle.responses().length === 0)).toBe(true);

    for (const handle of held) expect((await handle.waitFor(undefined, 3000)).type).toBe(4);
    const fourth = await settled(h, h.fake.runCommand({ name: 'sources', user: users[3] }));
    expect(embedsOf(h.fake.message(fourth.messageId!))[0]!.description).toMatch(/^5 articles/);
    await eventually(() => harness.bot.inFlight === 0, 'every interaction to finish');
  });
});
