/** How bot output changes stored messages and lands in an interaction's response log. */
import { performance } from 'node:perf_hooks';
import type { InteractionState, StoredMessage } from './state.ts';
import type { BotResponse } from './types.ts';

export const EPHEMERAL = 64;
/** Set on a deferred reply until its first edit ("is thinking…"). */
export const LOADING = 128;

/** Applies the visible fields of a create/edit body; the first edit of a deferred reply ends its loading state. */
export function applyMessageData(message: StoredMessage, data: Record<string, any>, isEdit: boolean): void {
  if ('content' in data) message.content = data.content ?? '';
  if ('embeds' in data) message.embeds = data.embeds ?? [];
  if ('components' in data) message.components = data.components ?? [];
  if ('allowed_mentions' in data) message.allowed_mentions = data.allowed_mentions;
  // Edits may change flags such as SuppressEmbeds but never make a message (non-)ephemeral.
  if (isEdit && data.flags != null) message.flags = (message.flags & (EPHEMERAL | LOADING)) | (Number(data.flags) & ~(EPHEMERAL | LOADING));
  if (isEdit && !(message.flags & LOADING)) message.editedAt = new Date();
  message.flags &= ~LOADING;
}

/** Appends to the interaction's log, moves the message to the end of `touched` and wakes waiters. */
export function recordResponse(state: InteractionState, response: Omit<BotResponse, 'at'>): void {
  state.responses.push({ ...response, at: performance.now() });
  if (response.messageId && response.kind !== 'delete') {
    state.touched = [...state.touched.filter((id) => id !== response.messageId), response.messageId];
  }
  for (const listener of [...state.listeners]) listener();
}
