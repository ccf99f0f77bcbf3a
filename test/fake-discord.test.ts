import {
  ActionRowBuilder, ButtonBuilder, ButtonStyle, Client, DiscordAPIError, GatewayIntentBits, MessageFlags, REST,
  Routes, type ChatInputCommandInteraction, type Interaction,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startFakeDiscord, unthrottledIdentify, type FakeDiscord } from './support/fake-discord/index.ts';

/** What the test bot does per command; each returns what the test wants to inspect. */
const commands: Record<string, (i: ChatInputCommandInteraction) => Promise<unknown>> = {
  ping: (i) => i.reply({ content: `pong <@${i.user.id}> ${i.options.getString('text') ?? ''}`.trim(), allowedMentions: { parse: [] } }),
  slow: async (i) => {
    await i.deferReply({ flags: MessageFlags.Ephemeral });
    await i.editReply({ content: 'done thinking', allowedMentions: { parse: [] } });
  },
  count: (i) => i.reply(`n=${i.options.getInteger('n')} mod=${i.memberPermissions?.has('ManageGuild')}`),
  menu: async (i) => {
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId('more').setLabel('More').setStyle(ButtonStyle.Primary));
    const response = await i.reply({ content: 'pick one', components: [row], withResponse: true });
    return response.resource?.message?.id;
  },
  both: async (i) => {
    await i.reply('first');
    await i.followUp({ content: 'second', flags: MessageFlags.Ephemeral });
  },
  shard: (i) => i.reply(`shard ${i.guild?.shardId}`),
  expired: async (i) => {
    await i.deferReply();
    await i.editReply('too late');
  },
};

let discord: FakeDiscord;
let client: Client;
const results = new Map<string, Promise<unknown>>();

async function answer(interaction: Interaction): Promise<unknown> {
  if (interaction.isAutocomplete()) {
    const typed = interaction.options.getFocused();
    return interaction.respond([{ name: `${typed}-one`, value: `${typed}-1` }]);
  }
  if (interaction.isButton()) {
    return interaction.update({ content: `clicked ${interaction.customId} by ${interaction.user.username}`, components: [] });
  }
  if (interaction.isChatInputCommand()) return commands[interaction.commandName]!(interaction);
}

beforeAll(async () => {
  discord = await startFakeDiscord({ heartbeatIntervalMs: 1_000 });
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiUrl }, ws: unthrottledIdentify });
  // Keep the promise so a test can see what the handler returned or threw.
  client.on('interactionCreate', (interaction) => {
    const result = answer(interaction);
    result.catch(() => undefined);
    results.set(interaction.id, result);
  });
  const ready = new Promise((resolve) => client.once('clientReady', resolve));
  await client.login(discord.token);
  await ready;
});

afterAll(async () => {
  await client?.destroy();
  await discord?.close();
});

describe('fake Discord with the real discord.js client', () => {
  it('logs the client in with the guild and its text channel in the cache', async () => {
    await discord.waitForSessions(1, 2_000);
    const guild = client.guilds.cache.get(discord.guildIds[0]!);
    expect(guild?.name).toBe('Test Guild 1');
    expect(guild?.channels.cache.get(discord.channelId())?.isTextBased()).toBe(true);
    expect(client.user?.id).toBe(discord.botUser.id);
    expect(discord.sessions()).toEqual([expect.objectContaining({ shardId: 0, shardCount: 1, closed: false })]);
  });

  it('records a bulk overwrite of guild commands and gives each an id', async () => {
    const rest = new REST({ api: discord.apiUrl }).setToken(discord.token);
    const body = [
      { name: 'ping', description: 'Pong', options: [{ name: 'text', description: 't', type: 3, autocomplete: true }] },
      { name: 'count', description: 'Count', options: [{ name: 'n', description: 'n', type: 4 }] },
    ];
    const saved = (await rest.put(Routes.applicationGuildCommands(discord.applicationId, discord.guildIds[0]!), { body })) as Array<{ id: string }>;
    expect(saved.map((c) => c.id)).toEqual(discord.registeredCommands(discord.guildIds[0]).map((c) => c.id));
    expect(discord.registeredCommands(discord.guildIds[0])).toMatchObject([{ name: 'ping', type: 1 }, { name: 'count' }]);
    expect(discord.requests.at(-1)).toMatchObject({ method: 'PUT', authorized: true, body, headers: { authorization: '<redacted>' } });
  });

  it('posts a channel message and records the JSON part of a multipart upload', async () => {
    const rest = new REST({ api: discord.apiUrl }).setToken(discord.token);
    const files = [{ name: 'quote.txt', data: Buffer.from('a quote') }];
    const sent = (await rest.post(Routes.channelMessages(discord.channelId()), { body: { content: 'with file' }, files })) as { id: string };
    expect(discord.message(sent.id)).toMatchObject({ content: 'with file' });
    expect(discord.requests.at(-1)?.body).toEqual({ content: 'with file', _files: ['quote.txt'] });
    await rest.patch(Routes.channelMessage(discord.channelId(), sent.id), { body: { content: 'edited' } });
    expect(discord.message(sent.id)).toMatchObject({ content: 'edited' });
  });

  it('answers 401 without the bot token and a recorded 404 for unknown routes', async () => {
    const unauthorized = await fetch(`${discord.apiUrl}/v10/users/@me`);
    const unknown = await fetch(`${discord.apiUrl}/v10/nowhere`, { headers: { authorization: `Bot ${discord.token}` } });
    expect(unauthorized.status).toBe(401);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ message: '404: Not Found', code: 0 });
    expect(discord.requests.at(-1)).toMatchObject({ path: '/api/v10/nowhere', route: null, status: 404 });
  });

  it('delivers a slash command and records the reply with its allowed mentions', async () => {
    const handle = discord.runCommand({ name: 'ping', options: { text: 'hi' } });
    const reply = await handle.waitFor();
    expect(reply).toMatchObject({ kind: 'callback', type: 4, flags: 0 });
    expect(reply.data).toMatchObject({ allowed_mentions: { parse: [] } });
    expect(handle.finalMessage()).toMatchObject({ content: `pong <@${discord.member.id}> hi`, allowed_mentions: { parse: [] } });
    expect(reply.at).toBeGreaterThan(handle.sentAt);
  });

  it('types options from the registered command and gives moderators Manage Server', async () => {
    const asModerator = discord.runCommand({ name: 'count', options: { n: '7' }, user: discord.moderator });
    const asMember = discord.runCommand({ name: 'count', options: { n: '2' } });
    await Promise.all([asModerator.waitFor(), asMember.waitFor()]);
    expect(asModerator.finalMessage()?.content).toBe('n=7 mod=true');
    expect(asMember.finalMessage()?.content).toBe('n=2 mod=false');
    const byRole = discord.runCommand({ name: 'count', options: { n: '1' }, roleIds: [discord.moderatorRoleId()] });
    expect((await byRole.waitFor()).data.content).toBe('n=1 mod=true');
  });

  it('records deferReply then editReply as a deferred callback and an edit of @original', async () => {
    const handle = discord.runCommand({ name: 'slow' });
    expect(await handle.acknowledged()).toMatchObject({ kind: 'callback', type: 5, flags: MessageFlags.Ephemeral });
    const edit = await handle.waitFor((r) => r.kind === 'edit');
    expect(edit.data).toMatchObject({ content: 'done thinking' });
    expect(handle.finalMessage()).toMatchObject({ content: 'done thinking', flags: MessageFlags.Ephemeral });
    const patch = discord.requests.find((r) => r.method === 'PATCH' && r.path.includes(handle.token));
    expect(patch).toMatchObject({ authorized: false, path: `/api/v10/webhooks/${discord.applicationId}/${handle.token}/messages/@original` });
  });

  it('records autocomplete choices', async () => {
    const handle = discord.autocomplete({ name: 'ping', option: 'text', value: 'ab' });
    const result = await handle.waitFor();
    expect(result).toMatchObject({ kind: 'callback', type: 8, data: { choices: [{ name: 'ab-one', value: 'ab-1' }] } });
  });

  it('clicks a button on a message the bot sent and records the update', async () => {
    const menu = discord.runCommand({ name: 'menu' });
    await menu.waitFor();
    const messageId = menu.finalMessage()!.id;
    expect(await results.get(menu.id)).toBe(messageId); // withResponse returned the same message
    const click = discord.clickButton({ messageId, customId: 'more', user: discord.moderator });
    expect(await click.waitFor()).toMatchObject({ kind: 'callback', type: 7 });
    expect(discord.message(messageId)).toMatchObject({ content: `clicked more by ${discord.moderator.username}`, components: [] });
  });

  it('answers 401 Invalid Webhook Token for an expired interaction token', async () => {
    const handle = discord.runCommand({ name: 'expired' });
    await handle.acknowledged();
    discord.expireToken(handle.token);
    await expect(results.get(handle.id)).rejects.toMatchObject({ code: 50027, status: 401 });
    expect(await results.get(handle.id)?.catch((e: unknown) => e)).toBeInstanceOf(DiscordAPIError);
  });

  it('records a follow-up after the reply and shows it as the final message', async () => {
    const handle = discord.runCommand({ name: 'both' });
    await handle.waitFor((r) => r.kind === 'followup');
    expect(handle.responses().map((r) => r.kind)).toEqual(['callback', 'followup']);
    expect(handle.finalMessage()).toMatchObject({ content: 'second', flags: MessageFlags.Ephemeral });
  });

  it('refuses a second acknowledgement and a callback for an expired token', async () => {
    const answered = discord.runCommand({ name: 'ping' });
    await answered.acknowledged();
    const again = await fetch(`${discord.apiUrl}/v10/interactions/${answered.id}/${answered.token}/callback`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 4, data: { content: 'again' } }),
    });
    expect([again.status, await again.json()]).toEqual([400, { message: 'Interaction has already been acknowledged.', code: 40060 }]);
    const late = discord.runCommand({ name: 'ping' });
    discord.expireToken(late.token); // before the client can answer
    await expect.poll(() => results.has(late.id)).toBe(true);
    await expect(results.get(late.id)).rejects.toMatchObject({ code: 10062, status: 404 });
  });

  it('makes the client retry after an injected 429 and recover from a 500', async () => {
    discord.injectFault({ path: /\/callback$/, status: 429, retryAfterSeconds: 0.1 });
    discord.injectFault({ path: /\/messages\/@original$/, status: 500 });
    const limited = discord.runCommand({ name: 'ping' });
    await limited.waitFor(undefined, 3_000);
    const attempts = discord.requests.filter((r) => r.path.includes(limited.id));
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    const failing = discord.runCommand({ name: 'slow' });
    await failing.waitFor((r) => r.kind === 'edit', 3_000);
    const edits = discord.requests.filter((r) => r.method === 'PATCH' && r.path.includes(failing.token));
    expect(edits.map((r) => r.status)).toEqual([500, 200]);
  });

  it('resumes after a dropped connection and replays what the client missed', async () => {
    const before = discord.sessions()[0]!.sessionId;
    const resumed = new Promise((resolve) => client.once('shardResume', resolve));
    discord.dropConnection(0, 'close');
    const handle = discord.runCommand({ name: 'ping' }); // sent while disconnected, replayed on RESUME
    await resumed;
    await handle.waitFor(undefined, 3_000);
    expect(discord.sessions()).toEqual([expect.objectContaining({ sessionId: before, closed: false })]);
  });

  it('re-identifies after an invalid session and keeps answering', async () => {
    const count = discord.sessions().length;
    discord.dropConnection(0, 'invalid-session');
    await expect.poll(() => discord.sessions().length, { timeout: 3_000 }).toBe(count + 1);
    await discord.waitForSessions(1, 3_000);
    await discord.runCommand({ name: 'ping' }).waitFor(undefined, 3_000);
    expect(discord.sessions().filter((s) => !s.closed)).toHaveLength(1);
  });
});

describe('fake Discord with several shards', () => {
  it('spreads guilds over the recommended shards and routes interactions to the owning shard', async () => {
    const sharded = await startFakeDiscord({ shards: 2, guildCount: 2 });
    const shardedClient = new Client({ intents: [GatewayIntentBits.Guilds], shards: 'auto', rest: { api: sharded.apiUrl }, ws: unthrottledIdentify });
    shardedClient.on('interactionCreate', (interaction) => void answer(interaction).catch(() => undefined));
    try {
      await shardedClient.login(sharded.token);
      await sharded.waitForSessions(2, 3_000);
      expect(sharded.sessions().map((s) => [s.shardId, s.shardCount]).sort()).toEqual([[0, 2], [1, 2]]);
      await expect.poll(() => shardedClient.guilds.cache.size).toBe(2);
      const handle = sharded.runCommand({ name: 'shard', guildId: sharded.guildIds[1] });
      await handle.waitFor();
      expect(handle.finalMessage()?.content).toBe('shard 1');
    } finally {
      await shardedClient.destroy();
      await sharded.close();
    }
  });
});

describe('fake Discord gateway with a raw socket', () => {
  it('sends HELLO, acknowledges heartbeats and closes with 4004 on a wrong token', async () => {
    const socket = new WebSocket(`${discord.gatewayUrl}?v=10&encoding=json`);
    const received: Array<{ op: number }> = [];
    socket.on('message', (raw) => received.push(JSON.parse(raw.toString())));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ op: 1, d: null }));
    await expect.poll(() => received.map((p) => p.op)).toEqual([10, 11]);
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));
    socket.send(JSON.stringify({ op: 2, d: { token: 'wrong', intents: 1, properties: {}, shard: [0, 1] } }));
    expect(await closed).toBe(4004);
  });
});
