/** The process-wide net run-bot installs: an unhandled rejection is logged, redacted, and not fatal. */
import { EventEmitter } from 'node:events';
import { expect, it } from 'vitest';
import { createLogger } from '../../src/discord/logger.ts';
import { logUnhandledRejections } from '../../src/discord/process-guards.ts';

const TOKEN = 'MTIzNDU2Nzg5.abcdef.secret-part-of-the-token-000';

it('logs an unhandled rejection with its stack and without the token, until uninstalled', () => {
  const lines: string[] = [];
  const source = new EventEmitter();
  const uninstall = logUnhandledRejections(createLogger('info', [TOKEN], (line) => lines.push(line)), source);
  source.emit('unhandledRejection', new Error(`request with ${TOKEN} failed`));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/ERROR quotebook: unhandled promise rejection .* Error: request with \[redacted\] failed\n\s+at /);
  uninstall();
  expect(source.listenerCount('unhandledRejection')).toBe(0);
});
