/**
 * Faults between the bot and Discord, against the loopback fake: the gateway
 * drops or invalidates the session, REST answers 429, 500 or slowly, and an
 * interaction's token expires. After each the bot must answer the next
 * interaction correctly, and nothing may reject unhandled. The bot runs with
 * MAX_CONCURRENT 2, so a failure path that forgot to release its slot would
 * make the follow-up answer "busy" and fail the test.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { embedsOf, eventually, recordUnhandledRejections, settled, startHarness, type Harness } from './harness.ts';

const CALLBACK = /\/interactions\/[^/]+\/[^/]+\/callback$/;
const EDIT_ORIGINAL = /\/webhooks\/[^/]+\/[^/]+\/messages\/@original$/;

let h: Harness;
let rejections: ReturnType<typeof recordUnhandledRejections>;

beforeAll(async () => {
  rejections = recordUnhandledRejections();
  // A short heartbeat keeps the heartbeat/ACK cycle running through every scenario.
  h = await startHarness({ fake: { heartbeatIntervalMs: 1000 }, bot: () => ({ maxConcurrent: 2 }) });
}, 30_000);

afterEach(async () => {
  // Rejections surface a microtask or two after the failure; let them arrive before judging.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(rejections.reasons).toEqual([]);
  await expectAnswersNormally();
});

afterAll(async () => {
  rejections?.stop();
  await h?.close();
});

/** The recovery check: a fresh /sources gets the full, correct listing. */
async function expectAnswersNormally(): Promise<void> {
  const handle = h.fake.runCommand({ name: 'sources' });
  await settled(h, handle);
  expect(embedsOf(handle.finalMessage())[0]!.description).toMatch(/^5 articles · \d+ passages/);
}

const faulted = (path: RegExp) => h.fake.requests.filter((r) => r.fault && path.test(r.path));

describe('gateway', () => {
  it('resumes the same session after the connection drops, replaying an interaction sent meanwhile', async () => {
    const before = h.fake.sessions().filter((s) => !s.closed).map((s) => s.sessionId);
    h.fake.dropConnection(0, 'close');
    // Dispatched while the socket is closing: Discord buffers it and replays it on RESUME.
    const sentWhileDown = h.fake.runCommand({ name: 'sources' });
    await h.fake.waitForSessions(1, 5000);
    await settled(h, sentWhileDown);
    expect(h.fake.sessions().filter((s) => !s.closed).map((s) => s.sessionId)).toEqual(before);
    expect(h.logs.some((l) => l.includes('shard 0 resumed'))).toBe(true);
  });

  it('identifies afresh when Discord invalidates the session', async () => {
    const [old] = h.fake.sessions().filter((s) => !s.closed);
    h.fake.dropConnection(0, 'invalid-session');
    await eventually(() => h.fake.sessions().some((s) => !s.closed && s.sessionId !== old!.sessionId), 'a new session', 8000);
    expect(h.fake.sessions().find((s) => s.sessionId === old!.sessionId)!.closed).toBe(true);
  });
});

describe('REST', () => {
  it('waits out a 429 for its retry-after, then answers', async () => {
    h.fake.injectFault({ path: CALLBACK, status: 429, retryAfterSeconds: 0.3 });
    const handle = h.fake.runCommand({ name: 'sources' });
    const answer = await handle.waitFor(undefined, 5000);
    expect(answer.type).toBe(4);
    const [limited] = faulted(CALLBACK).slice(-1);
    expect(limited!.status).toBe(429);
    expect(answer.at - limited!.time).toBeGreaterThanOrEqual(250);
  });

  it('retries a 500 and answers', async () => {
    h.fake.injectFault({ path: CALLBACK, status: 500 });
    const answer = await h.fake.runCommand({ name: 'sources' }).waitFor(undefined, 5000);
    expect(answer.type).toBe(4);
  });

  it('logs, without crashing, when every attempt at the answer and at the apology gets a 500', async () => {
    // discord.js tries a request 4 times (3 retries); the reply and then the error notice both fail.
    h.fake.injectFault({ path: CALLBACK, status: 500, times: 8 });
    const before = h.fake.requests.length;
    h.fake.runCommand({ name: 'sources' });
    await eventually(() => h.logs.some((l) => l.includes('could not tell the user about error')), 'the second failure to be logged');
    expect(h.fake.requests.slice(before).filter((r) => r.status === 500)).toHaveLength(8);
  });

  it('answers a callback held 2 s, and answers others meanwhile', async () => {
    h.fake.injectFault({ path: CALLBACK, delayMs: 2000 });
    const slow = h.fake.runCommand({ name: 'sources' });
    await eventually(() => faulted(CALLBACK).some((r) => r.fault!.delayMs === 2000 && r.status === undefined), 'the slow callback to arrive');
    const other = h.fake.runCommand({ name: 'sources', user: h.fake.moderator });
    await settled(h, other);
    expect(slow.responses()).toEqual([]);
    const late = await slow.waitFor(undefined, 5000);
    expect(late.at - slow.sentAt).toBeGreaterThanOrEqual(1900);
  });
});

describe('expired interactions', () => {
  it('logs, without crashing, a command whose token expired before the bot answered', async () => {
    const handle = h.fake.runCommand({ name: 'sources' });
    h.fake.expireToken(handle.token);
    await eventually(() => h.logs.some((l) => l.includes('could not tell the user') && l.includes('Unknown interaction')), 'the expiry to be logged');
    expect(handle.responses()).toEqual([]);
  });

  it('logs a callback that reached Discord after the 3 s window (held, then refused as expired)', async () => {
    // Real Discord answers a callback later than 3 s with 10062; the delay lets the token expire first.
    h.fake.injectFault({ path: CALLBACK, delayMs: 300 });
    const handle = h.fake.runCommand({ name: 'sources' });
    await eventually(() => faulted(CALLBACK).some((r) => r.fault!.delayMs === 300 && r.status === undefined), 'the held callback');
    h.fake.expireToken(handle.token);
    await eventually(() => h.logs.filter((l) => l.includes('Unknown interaction')).length >= 2, 'the refusal to be logged');
  });

  it('logs a deferred /reload whose token expires before the edit', async () => {
    h.fake.injectFault({ path: EDIT_ORIGINAL, delayMs: 300 });
    const handle = h.fake.runCommand({ name: 'reload', user: h.fake.moderator });
    expect((await handle.acknowledged(3000)).type).toBe(5);
    h.fake.expireToken(handle.token);
    await eventually(() => h.logs.some((l) => l.includes('/reload failed') && l.includes('Invalid Webhook Token')), 'the failed edit to be logged');
  });
});
