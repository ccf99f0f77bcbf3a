/**
 * The interactive console `npm start` opens when no DISCORD_TOKEN is set: the
 * same commands as in Discord, typed at a prompt and rendered as text.
 *
 * @example
 * quotebook> who-said the village of Gornal has been liberated
 */
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { readConfig } from '../config.ts';
import { openLibraryStore } from '../corpus/library-store.ts';
import { renderText } from './render-text.ts';
import { CLI_COMMANDS, runCommand } from './run-command.ts';

const HELP = `Commands: ${[...CLI_COMMANDS, 'reload'].map((c) => (c === 'sources' || c === 'reload' ? c : `${c} <words>`)).join(', ')}, help, quit.`;
const DISCORD_HINT =
  'No DISCORD_TOKEN is set, so this is the terminal console. To connect to Discord, put DISCORD_TOKEN and DISCORD_CLIENT_ID in .env (see .env.example and the README), run `npm run deploy-commands`, then `npm start`.';

export interface ConsoleOptions {
  corpusDir?: string;
  input?: Readable;
  output?: Writable;
}

/** Runs until `quit` or the end of input; returns the exit code. */
export async function runConsole(options: ConsoleOptions = {}): Promise<number> {
  const output = options.output ?? process.stdout;
  const say = (text: string) => output.write(`${text}\n`);
  const corpusDir = options.corpusDir ? ({ ok: true, dir: options.corpusDir } as const) : corpusFromConfig();
  if (!corpusDir.ok) return (say(corpusDir.error), 2);
  say(DISCORD_HINT);
  const opened = await openLibraryStore({ corpusDir: corpusDir.dir });
  if (!opened.ok) return (say(opened.error), 1);
  const { stats } = opened.store.current();
  say(`Loaded ${stats.articles} articles, ${stats.passages} passages, ${stats.quotes} quotes from ${corpusDir.dir}.`);
  for (const r of opened.store.current().rejected) say(`Skipped ${r.file}: ${r.reason}`);
  say(HELP);
  const prompt = createInterface({ input: options.input ?? process.stdin, output, terminal: false });
  prompt.setPrompt('quotebook> ');
  prompt.prompt();
  for await (const line of prompt) {
    const [name = '', ...words] = line.trim().split(/\s+/);
    if (name === 'quit' || name === 'exit') break;
    if (name === 'help' || name === '') say(HELP);
    else {
      const result = await runCommand({ store: opened.store }, name, words.join(' '));
      say(result.ok ? renderText(result.value) : result.error.message);
    }
    prompt.prompt();
  }
  prompt.close();
  return 0;
}

function corpusFromConfig(): { ok: true; dir: string } | { ok: false; error: string } {
  const config = readConfig();
  return config.success ? { ok: true, dir: config.data.CORPUS_DIR } : { ok: false, error: config.error };
}
