/**
 * Child process of the restart figure: opens the store (from a snapshot when
 * `cacheDir` is given and one is there, else a full build), answers one
 * /who-said query and exits. The parent times it from spawn to exit.
 *
 * Run compiled (dist/bench/first-answer.js, built by `npm run build`), as
 * the bot runs in production.
 *
 * usage: node dist/bench/first-answer.js <corpusDir> <cacheDir|-> <query>
 */
import { openLibraryStore } from '../src/corpus/library-store.ts';
import { whoSaid } from '../src/core/who-said.ts';

const [corpusDir, cacheDir, query] = process.argv.slice(2);
const opened = await openLibraryStore({ corpusDir: corpusDir!, cacheDir: cacheDir === '-' ? null : cacheDir! });
if (!opened.ok) throw new Error(opened.error);
const answer = whoSaid(opened.store.current(), query!);
process.stdout.write(`${JSON.stringify({ matches: answer.matches.length, passages: opened.store.current().stats.passages })}\n`);
