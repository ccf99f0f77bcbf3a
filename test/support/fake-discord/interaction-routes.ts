/**
 * What the bot sends back for interactions: `POST /interactions/:id/:token/callback` and the
 * interaction webhook (`/webhooks/:appId/:token[/messages/:messageId]`). None of these carry auth.
 */
import { json, notFound, type Route, type RouteContext, type RouteResult } from './http.ts';
import { messageObject } from './payloads.ts';
import type { InteractionState, StoredMessage, World } from './state.ts';
import { applyMessageData, EPHEMERAL, LOADING, recordResponse } from './responses.ts';

/** Which callback types each interaction type may use (2 command, 3 component, 4 autocomplete). */
const ALLOWED_CALLBACKS: Record<number, number[]> = { 2: [4, 5, 9], 3: [4, 5, 6, 7, 9], 4: [8] };

export function interactionRoutes(world: World): Route[] {
  const hook = (method: Route['method'], pattern: string, handle: (ctx: RouteContext, s: InteractionState) => RouteResult): Route => ({
    method, pattern, auth: false,
    handle: (ctx) => {
      const { appId, token } = ctx.params as { appId: string; token: string };
      if (world.expiredTokens.has(token)) return json(401, { message: 'Invalid Webhook Token', code: 50027 });
      const state = world.interactionsByToken.get(token);
      if (!state || appId !== world.applicationId || !state.acknowledged) return notFound('Unknown Webhook', 10015);
      return handle(ctx, state);
    },
  });
  return [
    { method: 'POST', pattern: '/interactions/:id/:token/callback', auth: false, handle: (ctx) => callback(world, ctx) },
    hook('POST', '/webhooks/:appId/:token', (ctx, state) => {
      const body = ctx.body ?? {};
      const message = world.createMessage({
        channelId: state.channelId, guildId: state.guildId, interactionId: state.id, type: 0, flags: Number(body.flags ?? 0) & ~LOADING,
      });
      applyMessageData(message, body, false);
      recordResponse(state, { kind: 'followup', data: body, flags: message.flags, messageId: message.id });
      return json(200, messageObject(world, message));
    }),
    hook('GET', '/webhooks/:appId/:token/messages/:messageId', (ctx, state) => {
      const message = ownedMessage(world, state, ctx.params.messageId!);
      return message ? json(200, messageObject(world, message)) : notFound('Unknown Message', 10008);
    }),
    hook('PATCH', '/webhooks/:appId/:token/messages/:messageId', (ctx, state) => {
      const message = ownedMessage(world, state, ctx.params.messageId!);
      if (!message) return notFound('Unknown Message', 10008);
      const body = ctx.body ?? {};
      applyMessageData(message, body, true);
      recordResponse(state, { kind: 'edit', data: body, flags: message.flags, messageId: message.id });
      return json(200, messageObject(world, message));
    }),
    hook('DELETE', '/webhooks/:appId/:token/messages/:messageId', (ctx, state) => {
      const message = ownedMessage(world, state, ctx.params.messageId!);
      if (!message) return notFound('Unknown Message', 10008);
      message.deleted = true;
      recordResponse(state, { kind: 'delete', data: {}, flags: message.flags, messageId: message.id });
      return json(204);
    }),
  ];
}

function callback(world: World, ctx: RouteContext): RouteResult {
  const state = world.interactions.get(ctx.params.id!);
  if (!state || state.token !== ctx.params.token || world.expiredTokens.has(state.token)) {
    return notFound('Unknown interaction', 10062);
  }
  if (state.acknowledged) return json(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
  const type = Number(ctx.body?.type);
  const data: Record<string, unknown> = ctx.body?.data ?? {};
  if (!ALLOWED_CALLBACKS[state.type]?.includes(type)) {
    return json(400, { message: `Interaction callback type ${type} is not valid for interaction type ${state.type}`, code: 50035 });
  }
  state.acknowledged = true;
  const message = callbackMessage(world, state, type, data);
  if (message) state.originalMessageId = message.id;
  const flags = message ? message.flags & ~LOADING : Number(data.flags ?? 0);
  recordResponse(state, { kind: 'callback', type, data, flags, messageId: message?.id });
  if (ctx.query.get('with_response') !== 'true') return json(204);
  return json(200, {
    interaction: {
      id: state.id, type: state.type, response_message_id: message?.id,
      response_message_loading: type === 5, response_message_ephemeral: Boolean(message && message.flags & EPHEMERAL),
    },
    resource: { type, ...(message && { message: messageObject(world, message) }) },
  });
}

/** The message a callback creates (4, 5) or updates (6, 7), if any. */
function callbackMessage(world: World, state: InteractionState, type: number, data: Record<string, unknown>): StoredMessage | undefined {
  if (type === 4 || type === 5) {
    const flags = (Number(data.flags ?? 0) & ~LOADING) | (type === 5 ? LOADING : 0);
    const message = world.createMessage({
      channelId: state.channelId, guildId: state.guildId, interactionId: state.id, flags, type: state.type === 2 ? 20 : 19,
    });
    if (type === 4) applyMessageData(message, data, false);
    return message;
  }
  if (type === 6 || type === 7) {
    const message = state.sourceMessageId ? world.messages.get(state.sourceMessageId) : undefined;
    if (message && type === 7) applyMessageData(message, data, true);
    return message;
  }
  return undefined;
}

function ownedMessage(world: World, state: InteractionState, messageId: string): StoredMessage | undefined {
  const id = messageId === '@original' ? state.originalMessageId : messageId;
  const message = id ? world.messages.get(id) : undefined;
  const owned = message && (message.id === state.originalMessageId || message.interactionId === state.id);
  return owned && !message.deleted ? message : undefined;
}
