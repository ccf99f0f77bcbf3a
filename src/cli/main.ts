/**
 * The command line: `npm run ask -- <who-said|compare|ask|sources> [text] [--json]`
 * and `npm run ask -- batch --json` (one `{"command","text"}` per stdin line).
 * Exit 0 with an answer (including "nothing found"), 2 for invalid input,
 * 1 when the corpus cannot be loaded at all.
 */
import { parseArgs } from 'node:util';
import { commands } from '../../commands/index.ts';
import { readConfig } from '../config.ts';
import { checkQuery } from '../core/limits.ts';
import { openLibraryStore } from '../corpus/library-store.ts';
import { runBatch } from './batch.ts';
import { renderText } from './render-text.ts';
import { CLI_COMMANDS, runCommand } from './run-command.ts';

const USAGE = `usage: npm run ask -- <${CLI_COMMANDS.join('|')}> [text] [--json]
       npm run ask -- batch --json   (stdin: one {"command","text"} JSON object per line)`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    return fail(2, `quotebook: ${(error as Error).message}\n${USAGE}`);
  }
  const [name, ...words] = parsed.positionals;
  if (parsed.values.help || !name) return fail(parsed.values.help ? 0 : 2, USAGE);
  if (name !== 'batch' && !(CLI_COMMANDS as readonly string[]).includes(name)) {
    return fail(2, `quotebook: unknown command "${name}"; commands: ${[...CLI_COMMANDS, 'batch'].join(', ')}`);
  }
  // Refuse bad text before loading anything: the answer does not depend on the corpus.
  const textOption = commands.get(name)?.textOption;
  const checked = textOption ? checkQuery(words.join(' '), textOption) : null;
  if (checked && !checked.success) return fail(2, `quotebook: ${checked.error.message}`);
  const config = readConfig();
  if (!config.success) return fail(2, config.error);
  const opened = await openLibraryStore({ corpusDir: config.data.CORPUS_DIR, cacheDir: config.data.CACHE_DIR || null });
  if (!opened.ok) return fail(1, opened.error);
  const context = { store: opened.store };
  for (const rejected of opened.store.current().rejected) process.stderr.write(`quotebook: skipped ${rejected.file}: ${rejected.reason}\n`);
  if (name === 'batch') return runBatch(context, process.stdin, process.stdout);
  const result = await runCommand(context, name, words.length ? words.join(' ') : null);
  if (!result.ok) return fail(2, `quotebook: ${result.error.message}`);
  process.stdout.write(`${parsed.values.json ? JSON.stringify(result.value.answer) : renderText(result.value)}\n`);
  return 0;
}

function fail(code: number, message: string): number {
  (code === 0 ? process.stdout : process.stderr).write(`${message}\n`);
  return code;
}

process.exitCode = await main();
