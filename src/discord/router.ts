/**
 * The interaction router: slash commands, autocomplete and page buttons. Each
 * handler turns the interaction into a command's `run()` and the answer into
 * messages through `respond()`; the one catch for all of them is at the bottom.
 *
 * Acknowledgement (Discord drops an interaction not answered within 3 s):
 * the engine is synchronous and fast, so a query command computes its answer
 * first and replies directly; that is what lets "nothing found" be ephemeral
 * while real answers are public. A `run()` that returns a promise still
 * pending after `deferAfterMs` is deferred with the command's own visibility;
 * if its answer then turns out ephemeral, respond() swaps the public "thinking…"
 * for an ephemeral follow-up. /reload (moderator-only) always defers, since a
 * reload reads the whole corpus. The deferral itself is in run-within-ack.ts.
 *
 * Admission: a slash command past the moderator check must also pass the
 * per-user cooldown and the bound on commands in flight (throttle.ts); a
 * refusal is an ephemeral notice, never silence. Autocomplete and page
 * buttons are cheap and are not counted.
 */
import { randomBytes } from 'node:crypto';
import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type RepliableInteraction,
} from 'discord.js';
import type { CommandContext, CommandModule } from '../../commands/command.ts';
import type { LibraryStore, ReloadReport } from '../corpus/library-store.ts';
import { DiscordLimits, truncateText } from './limits.ts';
import type { Logger } from './logger.ts';
import { pageButtons, parsePageButton, type PageStore } from './pagination.ts';
import { isModerator } from './permissions.ts';
import { renderAnswer, renderNotice, renderQueryError, type Rendered, type ShardReloadSummary } from './render.ts';
import { editButtons, respond, updateMessage } from './respond.ts';
import { runWithinAck } from './run-within-ack.ts';
import { admit, type Guards } from './throttle.ts';

export interface RouterDeps {
  commands: ReadonlyMap<string, CommandModule>;
  store: LibraryStore;
  moderatorRoleIds: readonly string[];
  pages: PageStore;
  log: Logger;
  /** Reloads this shard's store and every other shard's. */
  reloadEverywhere(): Promise<{ report: ReloadReport; shards: ShardReloadSummary }>;
  /** How long a pending `run()` may take before the bot defers. */
  deferAfterMs: number;
  /** Per-user cooldown and the bound on commands in flight. */
  guards: Guards;
}

/** Handles one interaction; never throws, and every repliable interaction gets an answer. */
export async function handleInteraction(interaction: Interaction, deps: RouterDeps): Promise<void> {
  try {
    if (interaction.isChatInputCommand()) await handleCommand(interaction, deps);
    else if (interaction.isAutocomplete()) await handleAutocomplete(interaction, deps);
    else if (interaction.isButton()) await handleButton(interaction, deps);
  } catch (error) {
    await handleError(interaction, error, deps.log);
  }
}

async function handleCommand(interaction: ChatInputCommandInteraction, deps: RouterDeps): Promise<void> {
  const command = deps.commands.get(interaction.commandName);
  if (!command) {
    await send(interaction, renderNotice(`I do not know /${interaction.commandName}; the commands may need redeploying.`), deps);
    return;
  }
  if (command.moderatorOnly && !isModerator(interaction, deps.moderatorRoleIds)) {
    const refusal = `Only moderators (Manage Server, or a moderator role) can use /${command.data.name}. Nothing was changed.`;
    await send(interaction, renderNotice(refusal), deps);
    return;
  }
  // /reload is exempt from the cooldown: reloads coalesce, and a moderator fixing a file should not wait.
  const admission = admit(deps.guards, interaction.user.id, !command.moderatorOnly);
  if (!admission.ok) {
    deps.log.debug(`/${command.data.name} refused for user ${interaction.user.id}: ${admission.reason}`);
    await send(interaction, renderNotice(admission.message), deps);
    return;
  }
  try {
    await runAndAnswer(interaction, command, deps);
  } finally {
    admission.release();
  }
}

/** Runs an admitted command and sends its answer (or its refusal of the input). */
async function runAndAnswer(interaction: ChatInputCommandInteraction, command: CommandModule, deps: RouterDeps): Promise<void> {
  const text = command.textOption ? interaction.options.getString(command.textOption) : null;
  let shards: ShardReloadSummary | undefined;
  const context: CommandContext = { store: deps.store };
  if (command.moderatorOnly) {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    // The reload command calls store.reload(); route it to every shard and keep the shard summary.
    context.store = {
      current: () => deps.store.current(),
      reload: async () => {
        const everywhere = await deps.reloadEverywhere();
        shards = everywhere.shards;
        return everywhere.report;
      },
    };
  }
  const result = await runWithinAck(interaction, command, context, text, deps);
  const rendered = result.ok ? renderAnswer(result.value, shards) : renderQueryError(result.error);
  await send(interaction, rendered, deps);
}

/** Sends a rendered answer; more than one page adds Previous/Next buttons kept in the page store. */
async function send(interaction: RepliableInteraction, rendered: Rendered, deps: RouterDeps): Promise<void> {
  const [first, ...rest] = rendered.pages;
  if (!first) throw new Error('quotebook: a renderer returned no page');
  if (rest.length === 0) {
    await respond(interaction, { ...first, ephemeral: rendered.ephemeral });
    return;
  }
  const count = rendered.pages.length;
  let sent: Promise<void> = Promise.resolve();
  const key = deps.pages.add({
    ownerId: interaction.user.id,
    pages: rendered.pages,
    index: 0,
    // Waits for the reply itself (expiry can come first at shutdown). The original interaction's
    // token stays valid 15 minutes, longer than the 10-minute page life.
    disable: (entry, k) => sent.then(() => editButtons(interaction, pageButtons(k, entry.index, count, true))),
  });
  sent = respond(interaction, { ...first, components: pageButtons(key, 0, count), ephemeral: rendered.ephemeral });
  await sent;
}

async function handleAutocomplete(interaction: AutocompleteInteraction, deps: RouterDeps): Promise<void> {
  const command = deps.commands.get(interaction.commandName);
  const focused = interaction.options.getFocused();
  const choices = command?.autocomplete?.({ store: deps.store }, focused) ?? [];
  await interaction.respond(
    choices.slice(0, DiscordLimits.autocompleteChoices).map((c) => ({
      name: truncateText(c.name, DiscordLimits.choiceName) || '…',
      // The value becomes the option text, so cut it at a word without adding an ellipsis.
      value: truncateText(c.value, DiscordLimits.choiceValue, '') || c.value.slice(0, DiscordLimits.choiceValue),
    })),
  );
}

async function handleButton(interaction: ButtonInteraction, deps: RouterDeps): Promise<void> {
  const parsed = parsePageButton(interaction.customId);
  const entry = parsed ? deps.pages.get(parsed.key) : undefined;
  if (!parsed || !entry) {
    await send(interaction, renderNotice('These buttons have expired. Run the command again to see more.'), deps);
    return;
  }
  if (interaction.user.id !== entry.ownerId) {
    await send(interaction, renderNotice('Only the person who asked can turn these pages. Run the command yourself to get your own.'), deps);
    return;
  }
  const target = Math.min(Math.max(parsed.target, 0), entry.pages.length - 1);
  entry.index = target;
  await updateMessage(interaction, { ...entry.pages[target]!, components: pageButtons(parsed.key, target, entry.pages.length) });
}

/** The single error path: log with an id, answer ephemerally, and never throw. */
async function handleError(interaction: Interaction, error: unknown, log: Logger): Promise<void> {
  const id = randomBytes(3).toString('hex');
  const what = interaction.isCommand() || interaction.isAutocomplete() ? `/${interaction.commandName}` : interaction.isButton() ? 'a button' : 'an interaction';
  log.error(`${what} failed (error ${id})`, error);
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    const text = `Sorry, something went wrong with ${what} (error ${id}). It has been logged; please try again.`;
    await respond(interaction, { content: text, embeds: [], ephemeral: true });
  } catch (second) {
    log.error(`could not tell the user about error ${id}`, second);
  }
}
