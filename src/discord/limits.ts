/**
 * Discord's message limits and the one truncation rule every renderer uses:
 * cut at a sentence end when one is near, else at a word boundary, and mark
 * the cut with an ellipsis. Lengths are UTF-16 code units (`string.length`),
 * which is never less than what Discord counts, so fitting by them is safe.
 *
 * @example
 * truncateText('One sentence. Another one that is long.', 20); // 'One sentence. …'
 */
import type { APIEmbed } from 'discord.js';

/** The limits Discord enforces on one message (https://discord.com/developers/docs/resources/message). */
export const DiscordLimits = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Sum of every embed's title, description, field names and values, footer and author name. */
  embedTotal: 6000,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

export const ELLIPSIS = '…';

/** A sentence end is used only when it keeps at least this share of the allowed length. */
const SENTENCE_CUT_MIN_SHARE = 0.6;

/**
 * Shortens `text` to at most `max` characters including the ellipsis. Never
 * splits a word when a space exists in the allowed part, and never splits a
 * surrogate pair (a single word longer than `max` is the only hard cut).
 * Pass `ellipsis: ''` for text that is used as a value, not read.
 */
export function truncateText(text: string, max: number, ellipsis: string = ELLIPSIS): string {
  if (text.length <= max) return text;
  if (max <= ellipsis.length) return ellipsis.slice(0, Math.max(0, max));
  const room = max - ellipsis.length;
  // Look one character past the room: a space there means the word before it is whole.
  const window = text.slice(0, room + 1);
  // room - 1 leaves space for the " " between the sentence and the ellipsis.
  const sentenceEnd = lastSentenceEnd(text.slice(0, room - 1));
  if (sentenceEnd >= room * SENTENCE_CUT_MIN_SHARE) return ellipsis ? `${text.slice(0, sentenceEnd)} ${ellipsis}` : text.slice(0, sentenceEnd);
  const space = window.search(/\s\S*$/);
  const cut = space > 0 ? text.slice(0, space) : safeSlice(text, room);
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}${ellipsis}`;
}

/** Index just after the last `.`, `!` or `?` (optionally followed by a closing quote) that ends a sentence. */
function lastSentenceEnd(text: string): number {
  let best = -1;
  for (const match of text.matchAll(/[.!?][”"’)\]]?(?=\s)/gu)) best = match.index + match[0].length;
  return best;
}

/** `text.slice(0, end)` without leaving half a surrogate pair at the end. */
function safeSlice(text: string, end: number): string {
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? text.slice(0, end - 1) : text.slice(0, end);
}

/** The characters an embed contributes to the 6000 per-message total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

/**
 * Makes one embed obey the per-embed limits: cuts every text to its limit and
 * drops fields past the 25th. Renderers already aim inside the limits; this is
 * the net under them, so no message can fail with an API error.
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = truncateText(embed.title, DiscordLimits.embedTitle);
  if (embed.description !== undefined) fitted.description = truncateText(embed.description, DiscordLimits.embedDescription);
  if (embed.footer) fitted.footer = { ...embed.footer, text: truncateText(embed.footer.text, DiscordLimits.footerText) };
  if (embed.author) fitted.author = { ...embed.author, name: truncateText(embed.author.name, DiscordLimits.authorName) };
  if (embed.fields) {
    fitted.fields = embed.fields.slice(0, DiscordLimits.embedFields).map((f) => ({
      ...f,
      name: truncateText(f.name, DiscordLimits.fieldName) || '\u200b',
      value: truncateText(f.value, DiscordLimits.fieldValue) || '\u200b',
    }));
  }
  return fitted;
}

/**
 * Makes a whole message obey Discord's limits: content, at most 10 embeds, and
 * 6000 characters over all embeds (the longest descriptions shrink first).
 */
export function fitMessage<T extends { content?: string; embeds?: APIEmbed[] }>(message: T): T {
  const fitted = { ...message };
  if (message.content !== undefined) fitted.content = truncateText(message.content, DiscordLimits.content);
  if (message.embeds) fitted.embeds = fitTotal(message.embeds.slice(0, DiscordLimits.embeds).map(fitEmbed));
  return fitted;
}

function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
  let total = embeds.reduce((sum, e) => sum + embedLength(e), 0);
  const out = embeds.map((e) => ({ ...e }));
  while (total > DiscordLimits.embedTotal) {
    const longest = out.reduce((a, b) => ((b.description?.length ?? 0) > (a.description?.length ?? 0) ? b : a));
    const current = longest.description?.length ?? 0;
    if (current <= 100) {
      // Nothing left worth shrinking: drop the last embed rather than fail.
      total -= embedLength(out.pop()!);
      continue;
    }
    const next = Math.max(100, current - (total - DiscordLimits.embedTotal));
    longest.description = truncateText(longest.description!, next);
    total -= current - longest.description.length;
  }
  return out;
}
