/**
 * A small levelled logger writing one line per event to stderr. Secrets given
 * at creation (the bot token) are replaced before anything is written, so no
 * error message or stack can carry them into a log.
 *
 * @example
 * const log = createLogger('info', [token]);
 * log.error('interaction failed', error);
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Logger {
  debug(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export function createLogger(level: LogLevel, secrets: Array<string | undefined> = [], write: (line: string) => void = (line) => void process.stderr.write(`${line}\n`)): Logger {
  const hidden = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 8);
  const redact = (text: string) => hidden.reduce((t, s) => t.split(s).join('[redacted]'), text);
  const at = (name: Exclude<LogLevel, 'silent'>) => (message: string, detail?: unknown) => {
    if (rank[name] < rank[level]) return;
    const extra = detail === undefined ? '' : ` ${describe(detail)}`;
    write(redact(`${new Date().toISOString()} ${name.toUpperCase()} quotebook: ${message}${extra}`));
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

function describe(detail: unknown): string {
  if (detail instanceof Error) return detail.stack ?? `${detail.name}: ${detail.message}`;
  if (typeof detail === 'string') return detail;
  try {
    return JSON.stringify(detail);
  } catch {
    return String(detail);
  }
}
