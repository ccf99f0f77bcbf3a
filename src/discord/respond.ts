/**
 * The one way the bot sends anything: every reply, edit, follow-up and button
 * update goes through here, so each is cut to Discord's limits and carries
 * `allowed_mentions: { parse: [] }` — a quote holding "@everyone" or a role
 * mention pings nobody.
 *
 * It also picks the call that fits the interaction's state: `reply` when
 * nothing was sent yet, `editReply` after a defer, `followUp` after a reply.
 * A public defer cannot turn ephemeral, so an ephemeral answer to one deletes
 * the "thinking…" message and follows up ephemerally instead.
 */
import {
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type MessageComponentInteraction,
  type RepliableInteraction,
} from 'discord.js';
import { fitMessage } from './limits.ts';

export interface Outgoing {
  content?: string;
  embeds: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
  ephemeral: boolean;
}

/** Nothing in a message may ping: not users, roles, @everyone or @here, nor the replied-to user. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;

/** Sends `message` in the way the interaction's state allows. */
export async function respond(interaction: RepliableInteraction, message: Outgoing): Promise<void> {
  const payload = toPayload(message);
  const flags = message.ephemeral ? MessageFlags.Ephemeral : undefined;
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply({ ...payload, flags });
  } else if (interaction.deferred && !interaction.replied) {
    if (message.ephemeral && !interaction.ephemeral) {
      await interaction.deleteReply();
      await interaction.followUp({ ...payload, flags });
    } else {
      await interaction.editReply(payload);
    }
  } else {
    await interaction.followUp({ ...payload, flags });
  }
}

/** Replaces the message a button sits on (acknowledging the click). */
export async function updateMessage(interaction: MessageComponentInteraction, message: Omit<Outgoing, 'ephemeral'>): Promise<void> {
  await interaction.update(toPayload({ ...message, ephemeral: false }));
}

/** Edits only the buttons of an interaction's original reply (expiry). */
export async function editButtons(interaction: RepliableInteraction, components: Outgoing['components']): Promise<void> {
  await interaction.editReply({ components, allowedMentions: NO_MENTIONS });
}

function toPayload(message: Outgoing) {
  const fitted = fitMessage({ content: message.content, embeds: message.embeds });
  return {
    // An edit keeps the old content unless told otherwise; '' clears it when a page has none.
    content: fitted.content ?? '',
    embeds: fitted.embeds ?? [],
    components: message.components ?? [],
    allowedMentions: NO_MENTIONS,
  };
}
