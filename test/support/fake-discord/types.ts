/** Public shapes of the fake Discord server; see index.ts for how to start one. */

export interface FakeUser {
  id: string;
  username: string;
}

export interface StartOptions {
  /** The bot token the server accepts. Default: a random-looking fake token. */
  token?: string;
  /** How many guilds exist. Default 1. */
  guildCount?: number;
  /** Sent in HELLO. Default 41250; tests of zombie detection make it short. */
  heartbeatIntervalMs?: number;
  /** Shard count that `GET /gateway/bot` recommends. Default 1. */
  shards?: number;
}

/** One REST request as the server saw it. */
export interface RecordedRequest {
  method: string;
  /** Full path with percent-escapes decoded, e.g. `/api/v10/webhooks/1/tok/messages/@original`. */
  path: string;
  query: Record<string, string>;
  /** Lower-cased header names; `authorization` is replaced by `'<redacted>'`. */
  headers: Record<string, string>;
  /** Whether the request carried `Authorization: Bot <token>` with the right token. */
  authorized: boolean;
  /** Parsed JSON body (or `payload_json` of a multipart body); undefined when empty. */
  body: unknown;
  /** `performance.now()` when the request arrived. */
  time: number;
  /** The route pattern that answered, e.g. `POST /interactions/:id/:token/callback`; null when none matched. */
  route: string | null;
  /** Status the server answered with (set once answered). */
  status?: number;
  /** Set when an injected fault answered or delayed this request. */
  fault?: { status?: number; delayMs?: number };
}

export type BotResponseKind = 'callback' | 'edit' | 'followup' | 'delete';

/** One thing the bot sent for an interaction. */
export interface BotResponse {
  kind: BotResponseKind;
  /** `performance.now()` when it arrived. */
  at: number;
  /** Callback type (4 reply, 5 deferred, 6 deferred update, 7 update, 8 autocomplete, 9 modal); callbacks only. */
  type?: number;
  /** `data.flags` of the payload (64 = ephemeral); 0 when absent. */
  flags: number;
  /** The payload's `data` (callbacks) or body (webhook calls). */
  data: Record<string, unknown>;
  /** The message id this response created or touched, if any. */
  messageId?: string;
}

/** The visible state of a message the bot sent. */
export interface FakeMessage {
  id: string;
  content: string;
  embeds: unknown[];
  components: unknown[];
  flags: number;
  allowed_mentions?: unknown;
}

export interface InteractionHandle {
  id: string;
  token: string;
  /** `performance.now()` when the dispatch was sent. */
  sentAt: number;
  /** Everything the bot sent for this interaction, in order. */
  responses(): BotResponse[];
  /** Resolves with the first callback (the acknowledgement). */
  acknowledged(timeoutMs?: number): Promise<BotResponse>;
  /**
   * Resolves when a response matching `predicate` arrives (already-received ones count).
   * Default: a response carrying a message or choices — a type 4/7/8 callback, an edit or a follow-up.
   */
  waitFor(predicate?: (r: BotResponse) => boolean, timeoutMs?: number): Promise<BotResponse>;
  /** The message this interaction last created or edited (not deleted), or null. */
  finalMessage(): FakeMessage | null;
}

export interface SessionInfo {
  shardId: number;
  shardCount: number;
  sessionId: string;
  /** True once the session can no longer receive events (socket gone and not resumed, or invalidated). */
  closed: boolean;
}

export interface CommandOptions {
  name: string;
  /** Option values by name; converted to the registered option type (integer, number, boolean) when known. */
  options?: Record<string, string>;
  user?: FakeUser;
  /** The member's permissions as a decimal string; default derived from the user's roles. */
  permissions?: string;
  roleIds?: string[];
  guildId?: string;
}

export interface AutocompleteOptions {
  name: string;
  option: string;
  value: string;
  user?: FakeUser;
  guildId?: string;
}

export interface ButtonOptions {
  messageId: string;
  customId: string;
  user?: FakeUser;
  guildId?: string;
}

export interface FaultOptions {
  /** Tested against the decoded request path (see RecordedRequest.path). */
  path: RegExp;
  status?: number;
  retryAfterSeconds?: number;
  delayMs?: number;
  /** How many matching requests to affect. Default 1. */
  times?: number;
}

export interface FakeDiscord {
  /** `http://127.0.0.1:PORT/api` — the bot's DISCORD_API_URL / `rest.api`. */
  apiUrl: string;
  /** `ws://127.0.0.1:PORT` — what `/gateway/bot` advertises. */
  gatewayUrl: string;
  token: string;
  applicationId: string;
  botUser: FakeUser;
  guildIds: string[];
  /** The text channel of a guild (default: the first guild). */
  channelId(guildId?: string): string;
  /** Has Manage Server (1 << 5) through a "Moderators" role. */
  moderator: FakeUser;
  /** Has only the @everyone permissions. */
  member: FakeUser;
  /** The id of the "Moderators" role (Manage Server) that `moderator` has, in a guild (default: the first). */
  moderatorRoleId(guildId?: string): string;
  waitForSessions(count?: number, timeoutMs?: number): Promise<void>;
  sessions(): SessionInfo[];
  registeredCommands(guildId?: string): Array<Record<string, unknown>>;
  runCommand(opts: CommandOptions): InteractionHandle;
  autocomplete(opts: AutocompleteOptions): InteractionHandle;
  clickButton(opts: ButtonOptions): InteractionHandle;
  /** Every REST request received, in order. */
  requests: RecordedRequest[];
  /** Every message the bot created, by id (interaction replies, follow-ups, channel posts). */
  message(id: string): FakeMessage | null;
  dropConnection(shardId?: number, how?: 'close' | 'invalid-session'): void;
  injectFault(opts: FaultOptions): void;
  /** Webhook calls with this token answer 401 (50027) and callbacks 404 (10062) from now on. */
  expireToken(token: string): void;
  close(): Promise<void>;
}
