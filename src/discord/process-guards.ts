/**
 * Process-wide safety net for the bot. Since Node 15 an unhandled promise
 * rejection ends the process; for a bot that would drop every interaction in
 * flight and every gateway session over one forgotten `.catch` (ours or a
 * library's). The bot's own paths never reject (the router catches all), so a
 * rejection reaching here is a bug to log loudly, not a reason to go down.
 * Uncaught exceptions still crash: after a throw the state is unknown.
 *
 * @example
 * const uninstall = logUnhandledRejections(log);
 */
import type { Logger } from './logger.ts';

/** Anything with `on`/`off` for the `unhandledRejection` event; `process` in production, an emitter in tests. */
export interface RejectionSource {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  off(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

/** Logs each unhandled rejection (through the redacting logger) instead of crashing; returns an uninstaller. */
export function logUnhandledRejections(log: Logger, source: RejectionSource = process): () => void {
  const listener = (reason: unknown) => log.error('unhandled promise rejection (a bug; the bot keeps running)', reason);
  source.on('unhandledRejection', listener);
  return () => void source.off('unhandledRejection', listener);
}
