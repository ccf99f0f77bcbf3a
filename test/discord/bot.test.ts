/**
 * End to end: the real bot (discord.js, the router, the renderer, the corpus
 * store) against the fake Discord server, acting as users.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, embedsOf, settled, startHarness, type Harness } from './harness.ts';


const EVERYONE_ARTICLE = 'Ping test\n\n“@everyone come to the square at noon,” said Jane Mentionson, the organiser.\n';
const SOME_ROLE = '123456789012345678';
const EPHEMERAL = 64;

let h: Harness;

beforeAll(async () => {
  // The guild's "Moderators" role counts as a moderator role; the fake gives it Manage Server too,
  // so the role test below strips the member's permissions to prove the role alone is enough.
  h = await startHarness({ extraFiles: { '900_everyone.txt': EVERYONE_ARTICLE }, bot: (fake) => ({ moderatorRoleIds: [fake.moderatorRoleId()] }) });
}, 30_000);

afterAll(async () => {
  await h?.close();
  if (h) console.log(`acknowledgement times (ms): ${h.ackTimes.map((t) => t.toFixed(0)).join(', ')}; max ${Math.max(...h.ackTimes).toFixed(0)}`);
});

describe('deploy-commands', () => {
  it('registers the five commands with reload limited to Manage Server', () => {
    const registered = h.fake.registeredCommands(h.fake.guildIds[0]);
    expect(registered.map((c) => c.name).sort()).toEqual(['ask', 'compare', 'reload', 'sources', 'who-said']);
    expect(registered.find((c) => c.name === 'reload')!.default_member_permissions).toBe('32');
  });
});

describe('/sources', () => {
  it('lists every article ephemerally with the totals', async () => {
    const handle = h.fake.runCommand({ name: 'sources' });
    await settled(h, handle);
    const message = handle.finalMessage()!;
    expect(message.flags & EPHEMERAL).toBe(EPHEMERAL);
    const [embed] = embedsOf(message);
    expect(embed!.description).toMatch(/^6 articles · \d+ passages/);
    expect(embed!.fields!.some((f) => f.value.includes('`003_19494c22fb0dafbb.txt`'))).toBe(true);
  });
});

describe('query commands', () => {
  it('answers nothing found ephemerally, saying what was looked for', async () => {
    const handle = h.fake.runCommand({ name: 'who-said', options: { quote: 'zyzzyva quokka flibbertigibbet' } });
    await settled(h, handle);
    const message = handle.finalMessage()!;
    expect(message.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(message.content).toContain('Nothing found for “zyzzyva quokka flibbertigibbet”');
  });

  it('refuses a whitespace-only query with the shared input rule', async () => {
    const handle = h.fake.runCommand({ name: 'ask', options: { question: '   ' } });
    await settled(h, handle);
    expect(handle.finalMessage()!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(handle.finalMessage()!.content).toContain('(empty-input)');
  });

  it('pings nobody when the query holds @everyone and a role mention', async () => {
    const handle = h.fake.runCommand({ name: 'ask', options: { question: `@everyone <@&${SOME_ROLE}> @here what happened` } });
    const answer = await settled(h, handle);
    expect(answer.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('names the speaker in bold, quotes the words and gives the source file title', async () => {
    const handle = h.fake.runCommand({ name: 'who-said', options: { quote: 'active part in the liberation of Kursk' } });
    await settled(h, handle);
    const message = handle.finalMessage()!;
    expect(message.flags & EPHEMERAL).toBe(0);
    const [embed] = embedsOf(message);
    expect(embed!.description).toMatch(/^\*\*[^*]*Gerasimov[^*]*\*\*/);
    expect(embed!.description).toMatch(/\n> .*\*\*[^*]*liberation[^*]*\*\*/);
    expect(embed!.fields![0]!.value).toContain('`000_c09653457aff27c7.txt`');
  });

  it('pings nobody when a corpus quote holds @everyone', async () => {
    const handle = h.fake.runCommand({ name: 'who-said', options: { quote: 'come to the square at noon' } });
    const answer = await settled(h, handle);
    expect(JSON.stringify(handle.finalMessage()!.embeds)).toContain('@everyone');
    expect(answer.data.allowed_mentions).toMatchObject({ parse: [] });
  });

  it('answers /ask publicly with passages and their sources', async () => {
    const handle = h.fake.runCommand({ name: 'ask', options: { question: 'How many troops did North Korea send?' } });
    await settled(h, handle);
    const message = handle.finalMessage()!;
    expect(message.flags & EPHEMERAL).toBe(0);
    expect(embedsOf(message)[0]!.description).toMatch(/^> /);
    expect(embedsOf(message)[0]!.fields![0]!.name).toBe('Source');
  });

  it('answers /compare with a summary then one section per source', async () => {
    const handle = h.fake.runCommand({ name: 'compare', options: { topic: 'North Korean troops' } });
    await settled(h, handle);
    const [summary, ...sections] = embedsOf(handle.finalMessage());
    expect(summary!.title).toContain('Compare: North Korean troops');
    expect(sections.length).toBeGreaterThan(0);
  });
});

describe('autocomplete', () => {
  it('answers within the choice limits', async () => {
    const handle = h.fake.autocomplete({ name: 'who-said', option: 'quote', value: 'liber' });
    const answer = await settled(h, handle);
    expect(answer.type).toBe(8);
    const choices = answer.data.choices as Array<{ name: string; value: string }>;
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    expect(choices.length).toBeGreaterThan(0);
  });
});

describe('page buttons', () => {
  // /sources pages at 10 articles; the extra files make two pages whatever the engine does.
  let extra: string[] = [];
  beforeAll(async () => {
    extra = Array.from({ length: 6 }, (_, i) => `95${i}_copy.txt`);
    for (const name of extra) await writeFile(join(h.corpusDir, name), `Copy ${name}\n\nA plain paragraph about ${name}.\n`);
    await h.store.reload();
  });
  afterAll(async () => {
    for (const name of extra) await rm(join(h.corpusDir, name));
    await h.store.reload();
  });

  async function paged() {
    const handle = h.fake.runCommand({ name: 'sources', user: h.fake.member });
    await settled(h, handle);
    return handle.finalMessage()!;
  }

  it('turns to the next page for the person who asked', async () => {
    const message = await paged();
    const buttons = buttonsOf(message);
    expect(buttons.Previous!.disabled).toBe(true);
    expect(buttons.Next!.disabled).toBe(false);
    const click = h.fake.clickButton({ messageId: message.id, customId: buttons.Next!.custom_id, user: h.fake.member });
    const update = await settled(h, click);
    expect(update.type).toBe(7);
    const turned = h.fake.message(message.id)!;
    expect(embedsOf(turned)[0]!.footer!.text).toBe('Page 2 of 2');
    expect(buttonsOf(turned).Next!.disabled).toBe(true);
  });

  it('pages a long public answer (/compare) the same way', async () => {
    const handle = h.fake.runCommand({ name: 'compare', options: { topic: 'North Korean troops' }, user: h.fake.member });
    await settled(h, handle);
    const message = handle.finalMessage()!;
    expect(message.flags & EPHEMERAL).toBe(0);
    const next = buttonsOf(message).Next;
    expect(next, 'the seed corpus gives /compare more than one page').toBeDefined();
    await settled(h, h.fake.clickButton({ messageId: message.id, customId: next!.custom_id, user: h.fake.member }));
    expect(embedsOf(h.fake.message(message.id)).at(-1)!.footer!.text).toMatch(/^Page 2 of \d+$/);
  });

  it('refuses, ephemerally, a click by someone else and leaves the page alone', async () => {
    const message = await paged();
    const click = h.fake.clickButton({ messageId: message.id, customId: buttonsOf(message).Next!.custom_id, user: h.fake.moderator });
    const refusal = await settled(h, click);
    expect(refusal.type).toBe(4);
    expect(refusal.flags).toBe(EPHEMERAL);
    expect(refusal.data.content).toContain('Only the person who asked');
    expect(embedsOf(h.fake.message(message.id))[0]!.footer!.text).toBe('Page 1 of 2');
  });

  it('disables the buttons when the pages expire, and says so on a late click', async () => {
    const message = await paged();
    await h.bot.pages.expireAll(5000);
    const disabled = buttonsOf(h.fake.message(message.id));
    expect(Object.values(disabled).every((b) => b.disabled)).toBe(true);
    const click = h.fake.clickButton({ messageId: message.id, customId: buttonsOf(message).Next!.custom_id, user: h.fake.member });
    const late = await settled(h, click);
    expect(late.flags).toBe(EPHEMERAL);
    expect(late.data.content).toContain('expired');
  });
});

describe('/reload', () => {
  it('refuses a member without Manage Server or a moderator role, and reloads nothing', async () => {
    const before = h.store.current();
    const handle = h.fake.runCommand({ name: 'reload', user: h.fake.member });
    const refusal = await settled(h, handle);
    expect(refusal.flags).toBe(EPHEMERAL);
    expect(refusal.data.content).toContain('Only moderators');
    expect(h.store.current()).toBe(before);
  });

  it('reloads for a moderator and reports sizes, added files and refused files with reasons', async () => {
    await writeFile(join(h.corpusDir, '960_new.txt'), 'A new article\n\n“We will rebuild,” said Mayor Ann Example.\n');
    await writeFile(join(h.corpusDir, '961_binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254]));
    try {
      const handle = h.fake.runCommand({ name: 'reload', user: h.fake.moderator });
      expect((await handle.acknowledged(3000)).type).toBe(5);
      await settled(h, handle, (r) => r.kind === 'edit');
      const message = handle.finalMessage()!;
      expect(message.flags & EPHEMERAL).toBe(EPHEMERAL);
      const [embed] = embedsOf(message);
      expect(embed!.title).toBe('Corpus reloaded');
      const fields = Object.fromEntries(embed!.fields!.map((f) => [f.name, f.value]));
      expect(fields.Before).toMatch(/^6 articles/);
      expect(fields.After).toMatch(/^7 articles/);
      expect(fields['Added (1)']).toContain('960\\_new.txt');
      expect(fields['Refused files (1)']).toMatch(/961\\_binary\.txt`: \S/);
    } finally {
      await rm(join(h.corpusDir, '960_new.txt'));
      await rm(join(h.corpusDir, '961_binary.txt'));
    }
  });

  it('lets a member with a moderator role reload', async () => {
    const handle = h.fake.runCommand({ name: 'reload', user: h.fake.member, roleIds: [h.fake.moderatorRoleId()], permissions: '0' });
    await settled(h, handle, (r) => r.kind === 'edit');
    expect(embedsOf(handle.finalMessage())[0]!.title).toBe('Corpus reloaded');
  });

  it('says the old corpus keeps serving when the reload fails', async () => {
    const moved = `${h.corpusDir}-gone`;
    const { rename } = await import('node:fs/promises');
    await rename(h.corpusDir, moved);
    try {
      const handle = h.fake.runCommand({ name: 'reload', user: h.fake.moderator });
      await settled(h, handle, (r) => r.kind === 'edit');
      expect(embedsOf(handle.finalMessage())[0]!.title).toBe('Reload failed: the previous corpus is still serving');
    } finally {
      await rename(moved, h.corpusDir);
    }
    const sources = h.fake.runCommand({ name: 'sources' });
    await settled(h, sources);
    expect(embedsOf(sources.finalMessage())[0]!.description).toMatch(/^6 articles/);
  });
});

describe('errors', () => {
  it('answers ephemerally with an error id when sending the answer fails, and logs it without the token', async () => {
    h.fake.injectFault({ path: /\/interactions\/.*\/callback/, status: 400, times: 1 });
    const handle = h.fake.runCommand({ name: 'sources' });
    const answer = await handle.waitFor((r) => r.kind === 'callback' && r.type === 4 && r.flags === EPHEMERAL, 10_000);
    expect(answer.data.content).toMatch(/something went wrong with \/sources \(error [0-9a-f]{6}\)/);
    expect(answer.data.allowed_mentions).toMatchObject({ parse: [] });
    expect(h.logs.some((l) => l.includes('ERROR') && l.includes('/sources failed'))).toBe(true);
    expect(h.logs.join('\n')).not.toContain(h.fake.token);
  });
});
