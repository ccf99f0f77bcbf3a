/**
 * The acknowledgement policy and shutdown, with test-only commands whose
 * run() is slow on purpose (the real engine answers in milliseconds).
 */
import { afterEach, expect, it } from 'vitest';
import type { CommandModule } from '../../commands/command.ts';
import { commands as realCommands } from '../../commands/index.ts';
import { deployCommands } from '../../src/discord/deploy-commands.ts';
import { embedsOf, settled, startHarness, type Harness } from './harness.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A public command answering after `ms` with a real /who-said answer, or with nothing found. */
function slowCommand(name: string, ms: number, found: boolean): CommandModule {
  return {
    data: { name, description: 'slow test command', options: [{ type: 3, name: 'text', description: 'words', required: true }] },
    ephemeral: false,
    moderatorOnly: false,
    textOption: 'text',
    async run(context, text) {
      await sleep(ms);
      const answer = { query: text ?? '', matches: [], suggestions: [] };
      if (!found) return { ok: true, value: { command: 'who-said', answer } };
      return realCommands.get('who-said')!.run(context, 'active part in the liberation of Kursk');
    },
  };
}

const testCommands = new Map([
  ['slow-found', slowCommand('slow-found', 2500, true)],
  ['slow-missing', slowCommand('slow-missing', 2500, false)],
]);

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function harnessWithSlowCommands(): Promise<Harness> {
  const harness = await startHarness({ bot: () => ({ commands: testCommands }) });
  await deployCommands({ token: harness.fake.token, apiUrl: harness.fake.apiUrl, guildId: harness.fake.guildIds[0], commands: testCommands });
  return harness;
}

it('defers a slow command in time, then edits in the answer', async () => {
  h = await harnessWithSlowCommands();
  const handle = h.fake.runCommand({ name: 'slow-found', options: { text: 'anything' } });
  const ack = await handle.acknowledged(3000);
  expect(ack.type).toBe(5);
  expect(ack.at - handle.sentAt).toBeLessThan(2000);
  await settled(h, handle, (r) => r.kind === 'edit');
  const message = handle.finalMessage()!;
  expect(message.flags & 64).toBe(0);
  expect(embedsOf(message)[0]!.description).toMatch(/^\*\*[^*]*Gerasimov/);
}, 20_000);

it('turns a slow public "nothing found" into an ephemeral follow-up, removing the public "thinking…"', async () => {
  h = await harnessWithSlowCommands();
  const handle = h.fake.runCommand({ name: 'slow-missing', options: { text: 'zzz' } });
  const followUp = await settled(h, handle, (r) => r.kind === 'followup');
  expect(followUp.flags).toBe(64);
  expect(followUp.data.content).toContain('Nothing found for “zzz”');
  expect(handle.responses().map((r) => r.kind)).toEqual(['callback', 'delete', 'followup']);
}, 20_000);

it('finishes an interaction in flight before stopping', async () => {
  h = await harnessWithSlowCommands();
  const handle = h.fake.runCommand({ name: 'slow-found', options: { text: 'anything' } });
  await handle.acknowledged(3000);
  expect(h.bot.inFlight).toBe(1);
  await h.bot.stop();
  expect(handle.responses().some((r) => r.kind === 'edit')).toBe(true);
  expect(h.bot.client.isReady()).toBe(false);
}, 20_000);
