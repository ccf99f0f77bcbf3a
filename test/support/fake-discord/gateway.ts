/** The gateway: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME with replay, dispatches. */
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { WebSocketServer, WebSocket } from 'ws';
import { guildObject, userObject } from './payloads.ts';
import { shardOf } from './snowflake.ts';
import type { World } from './state.ts';
import type { SessionInfo } from './types.ts';
import { waitUntil } from './wait.ts';

interface Dispatch { op: 0; t: string; s: number; d: unknown }

interface GatewaySession {
  sessionId: string;
  shardId: number;
  shardCount: number;
  socket: WebSocket | null;
  seq: number;
  /** Every dispatch sent, so RESUME can replay what the client missed. */
  events: Dispatch[];
  invalidated: boolean;
}

/** Discord's close codes that the fake uses. */
const Close = { UnknownError: 4000, UnknownOpcode: 4001, DecodeError: 4002, NotAuthenticated: 4003,
  AuthenticationFailed: 4004, AlreadyAuthenticated: 4005, InvalidShard: 4010 } as const;

export class Gateway {
  private readonly wss: WebSocketServer;
  private readonly all: GatewaySession[] = [];
  private readonly changed = new Set<() => void>();

  constructor(
    private readonly world: World,
    server: Server,
    private readonly options: { heartbeatIntervalMs: number; url: () => string },
  ) {
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (socket) => this.accept(socket));
  }

  sessions(): SessionInfo[] {
    return this.all.map((s) => ({
      shardId: s.shardId, shardCount: s.shardCount, sessionId: s.sessionId, closed: isClosed(s),
    }));
  }

  /** Resolves once `count` sessions are open and past READY + GUILD_CREATE. */
  waitForSessions(count: number, timeoutMs: number): Promise<void> {
    return waitUntil(this.changed, () => this.all.filter((s) => !isClosed(s)).length >= count, timeoutMs,
      () => `fake-discord: waited ${timeoutMs}ms for ${count} gateway session(s); have ${JSON.stringify(this.sessions())}`);
  }

  /**
   * Sends a dispatch on the shard that owns the guild. When that shard is disconnected but resumable
   * the event is buffered and replayed on RESUME, as Discord does.
   */
  dispatchToGuild(guildId: string, t: string, d: unknown): void {
    const candidates = this.all.filter((s) => !s.invalidated && s.shardId === shardOf(guildId, s.shardCount));
    const session = candidates.find((s) => s.socket) ?? candidates.at(-1);
    if (!session) {
      throw new Error(`fake-discord: no gateway session owns guild ${guildId}; is the client logged in (waitForSessions)?`);
    }
    this.dispatch(session, t, d);
  }

  dropConnection(shardId: number, how: 'close' | 'invalid-session'): void {
    const session = this.all.find((s) => s.shardId === shardId && !isClosed(s));
    if (!session?.socket) throw new Error(`fake-discord: no open gateway session for shard ${shardId}`);
    if (how === 'close') {
      session.socket.close(Close.UnknownError, 'fake-discord: dropped');
      return;
    }
    session.invalidated = true;
    send(session.socket, { op: 9, d: false });
    this.notify();
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private accept(socket: WebSocket): void {
    let session: GatewaySession | null = null;
    send(socket, { op: 10, s: null, t: null, d: { heartbeat_interval: this.options.heartbeatIntervalMs, _trace: ['fake-discord'] } });
    socket.on('message', (raw, isBinary) => {
      let payload: { op?: number; d?: any };
      try {
        payload = JSON.parse(isBinary ? '' : raw.toString());
      } catch {
        socket.close(Close.DecodeError, 'Error while decoding payload.');
        return;
      }
      if (payload.op === 1) return send(socket, { op: 11, s: null, t: null, d: null });
      if (payload.op === 2 || payload.op === 6) {
        if (session) return socket.close(Close.AlreadyAuthenticated, 'Already authenticated.');
        session = payload.op === 2 ? this.identify(socket, payload.d) : this.resume(socket, payload.d);
        return;
      }
      if (!session) return socket.close(Close.NotAuthenticated, 'Not authenticated.');
      if (![3, 4, 8].includes(payload.op ?? -1)) socket.close(Close.UnknownOpcode, 'Unknown opcode.');
    });
    socket.on('close', () => {
      if (session?.socket === socket) session.socket = null;
      this.notify();
    });
  }

  private identify(socket: WebSocket, d: { token?: string; shard?: [number, number] }): GatewaySession | null {
    if (!this.tokenMatches(d?.token)) {
      socket.close(Close.AuthenticationFailed, 'Authentication failed.');
      return null;
    }
    const [shardId, shardCount] = d.shard ?? [0, 1];
    if (shardCount < 1 || shardId < 0 || shardId >= shardCount) {
      socket.close(Close.InvalidShard, 'Invalid shard.');
      return null;
    }
    const session: GatewaySession = {
      sessionId: randomBytes(16).toString('hex'), shardId, shardCount, socket, seq: 0, events: [], invalidated: false,
    };
    this.all.push(session);
    const guilds = this.world.guilds.filter((g) => shardOf(g.id, shardCount) === shardId);
    this.dispatch(session, 'READY', {
      v: 10, user: { ...userObject(this.world.botUser, true), verified: true, mfa_enabled: false },
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })), session_id: session.sessionId,
      session_type: 'normal', resume_gateway_url: this.options.url(), shard: [shardId, shardCount],
      application: { id: this.world.applicationId, flags: 0 }, private_channels: [], relationships: [],
      presences: [], guild_join_requests: [], geo_ordered_rtc_regions: [], user_settings: {}, _trace: ['fake-discord'],
    });
    for (const guild of guilds) this.dispatch(session, 'GUILD_CREATE', guildObject(this.world, guild, true));
    this.notify();
    return session;
  }

  private resume(socket: WebSocket, d: { token?: string; session_id?: string; seq?: number }): GatewaySession | null {
    const session = this.all.find((s) => s.sessionId === d?.session_id);
    if (!session || session.invalidated || !this.tokenMatches(d.token)) {
      send(socket, { op: 9, s: null, t: null, d: false });
      return null;
    }
    if (session.socket && session.socket !== socket) session.socket.close(Close.UnknownError, 'Resumed elsewhere.');
    session.socket = socket;
    for (const event of session.events) if (event.s > (d.seq ?? 0)) send(socket, event);
    this.dispatch(session, 'RESUMED', { _trace: ['fake-discord'] });
    this.notify();
    return session;
  }

  private dispatch(session: GatewaySession, t: string, d: unknown): void {
    const event: Dispatch = { op: 0, t, s: ++session.seq, d };
    session.events.push(event);
    if (session.socket) send(session.socket, event);
  }

  private tokenMatches(token: unknown): boolean {
    return typeof token === 'string' && token.replace(/^Bot /, '') === this.world.token;
  }

  private notify(): void {
    for (const listener of [...this.changed]) listener();
  }
}

function isClosed(session: GatewaySession): boolean {
  return session.invalidated || !session.socket || session.socket.readyState !== WebSocket.OPEN;
}

function send(socket: WebSocket, payload: unknown): void {
  if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(payload));
}
