/** The HTTP side: body parsing, recording, auth, injected faults and a small router under /api/v10. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultOptions, RecordedRequest } from './types.ts';

export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  body: any;
}

export interface RouteResult {
  status: number;
  body?: unknown;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path below /api/v10 with `:name` segments, e.g. `/channels/:channelId`. */
  pattern: string;
  /** Whether `Authorization: Bot <token>` is required (interaction callbacks and webhooks: no). */
  auth: boolean;
  handle(ctx: RouteContext): RouteResult;
}

const API_PREFIX = '/api/v10';

export const json = (status: number, body?: unknown): RouteResult => ({ status, body });
export const notFound = (message: string, code: number): RouteResult => json(404, { message, code });

export class HttpFront {
  readonly requests: RecordedRequest[] = [];
  private readonly faults: Array<Required<Pick<FaultOptions, 'times'>> & FaultOptions> = [];
  private readonly inFlight = new Set<AbortController>();

  constructor(private readonly routes: Route[], private readonly token: string) {}

  injectFault(fault: FaultOptions): void {
    this.faults.push({ ...fault, times: fault.times ?? 1 });
  }

  /** Cancels injected delays so close() never waits on them. */
  abortDelays(): void {
    for (const controller of this.inFlight) controller.abort();
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    const body = await parseBody(raw, req.headers['content-type']).catch(() => raw.toString('utf8'));
    const record = this.record(req, url, body);
    const answer = (result: RouteResult) => {
      record.status = result.status;
      send(res, result);
    };
    try {
      const fault = this.takeFault(record.path);
      if (fault) {
        record.fault = { status: fault.status, delayMs: fault.delayMs };
        if (fault.delayMs) await this.delay(fault.delayMs);
        if (fault.status) return answer(faultResult(fault, res));
      }
      answer(this.route(req.method ?? 'GET', record, url.searchParams));
    } catch (error) {
      if (res.headersSent || res.destroyed) return;
      answer(json(500, { message: `fake-discord: ${(error as Error).message}`, code: 0 }));
    }
  }

  private route(method: string, record: RecordedRequest, query: URLSearchParams): RouteResult {
    if (!record.path.startsWith(`${API_PREFIX}/`)) return notFound('404: Not Found', 0);
    const segments = record.path.slice(API_PREFIX.length).split('/');
    let pathMatched = false;
    for (const route of this.routes) {
      const params = matchPattern(route.pattern, segments);
      if (!params) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      record.route = `${route.method} ${route.pattern}`;
      if (route.auth && !record.authorized) return json(401, { message: '401: Unauthorized', code: 0 });
      return route.handle({ params, query, body: record.body });
    }
    return pathMatched ? json(405, { message: '405: Method Not Allowed', code: 0 }) : notFound('404: Not Found', 0);
  }

  private record(req: IncomingMessage, url: URL, body: unknown): RecordedRequest {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    const authorized = headers.authorization === `Bot ${this.token}`;
    if (headers.authorization !== undefined) headers.authorization = '<redacted>';
    const record: RecordedRequest = {
      method: req.method ?? 'GET', path: safeDecode(url.pathname), query: Object.fromEntries(url.searchParams),
      headers, authorized, body, time: performance.now(), route: null,
    };
    this.requests.push(record);
    return record;
  }

  private takeFault(path: string) {
    const fault = this.faults.find((f) => f.times > 0 && f.path.test(path));
    if (fault) fault.times--;
    return fault;
  }

  private async delay(ms: number): Promise<void> {
    const controller = new AbortController();
    this.inFlight.add(controller);
    try {
      await sleep(ms, undefined, { signal: controller.signal });
    } finally {
      this.inFlight.delete(controller);
    }
  }
}

function faultResult(fault: FaultOptions, res: ServerResponse): RouteResult {
  if (fault.status !== 429) return json(fault.status!, { message: `fake-discord: injected ${fault.status}`, code: 0 });
  const retryAfter = fault.retryAfterSeconds ?? 0.05;
  res.setHeader('retry-after', String(retryAfter));
  res.setHeader('x-ratelimit-scope', 'user');
  return json(429, { message: 'You are being rate limited.', retry_after: retryAfter, global: false, code: 0 });
}

function matchPattern(pattern: string, segments: string[]): Record<string, string> | null {
  const parts = pattern.split('/');
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of parts.entries()) {
    const segment = safeDecode(segments[i]!);
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part !== segment) return null;
  }
  return params;
}

/** JSON bodies as-is; multipart bodies (file uploads) by their `payload_json` part. */
async function parseBody(raw: Buffer, contentType: string | undefined): Promise<unknown> {
  if (raw.length === 0) return undefined;
  if (contentType?.startsWith('multipart/form-data')) {
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
    const payload = form.get('payload_json');
    const files = [...form.entries()].filter(([, v]) => typeof v !== 'string').map(([, v]) => (v as File).name);
    return { ...(typeof payload === 'string' ? JSON.parse(payload) : {}), _files: files };
  }
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return raw.toString('utf8');
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, result: RouteResult): void {
  if (result.status === 204 || result.body === undefined) {
    res.writeHead(result.status).end();
    return;
  }
  res.writeHead(result.status, { 'content-type': 'application/json' }).end(JSON.stringify(result.body));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
