/** Turns the bench's measurements into one table (plain text and Markdown) and a list of targets. */
import { cpus, totalmem } from 'node:os';
import type { Latency } from './measure.ts';
import type { ReloadFigures } from './restart.ts';

export interface Column {
  name: string;
  articles: number;
  passages: number;
  quotes: number;
  tokens: number;
  /** Null where a figure was not run for this corpus (the 1M column runs only what the issue asks of it). */
  rawMs: number | null;
  /** Raw readDoc in as many worker threads as the build uses, all at once. */
  rawThreadsMs: number | null;
  threads: number;
  singleMs: number | null;
  buildMs: number;
  workers: boolean;
  who: Latency;
  cmp: Latency;
  ask: Latency;
  flex: Latency | null;
  naive: Latency | null;
  heap: number;
  rss: number;
  restartSnapshot: number;
  restartFirstWithWrite: number;
  restartRebuild: number | null;
  reload: ReloadFigures | null;
  /** Size of the snapshot file in bytes, and how many lines (chunks) it was written in. */
  snapshot?: { bytes: number; lines: number };
}

export function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${process.platform}, ${new Date().toISOString().slice(0, 10)}`;
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (n >= 100 ? int(n) : n.toFixed(n >= 10 ? 1 : 2));
const lat = (l: Latency) => `${ms(l.p50)} / ${ms(l.p99)}`;
const rate = (count: number, millis: number) => int((count * 1000) / millis);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const NOT_RUN = 'not run';
const maybe = <T>(value: T | null, show: (v: T) => string) => (value === null ? NOT_RUN : show(value));

function rows(c: Column): Array<[string, string]> {
  return [
    ['articles / passages / quotes', `${int(c.articles)} / ${int(c.passages)} / ${int(c.quotes)}`],
    ['raw wink-nlp readDoc, 1 thread: passages/s, tokens/s', maybe(c.rawMs, (raw) => `${rate(c.passages, raw)}, ${rate(c.tokens, raw)}`)],
    [
      'raw wink-nlp readDoc, one worker thread per core at once: passages/s (÷ 1 thread)',
      c.rawThreadsMs === null || c.rawMs === null ? NOT_RUN : `${rate(c.passages, c.rawThreadsMs)} (${ratio(c.rawMs, c.rawThreadsMs)}, ${c.threads} threads)`,
    ],
    ['ingest as the store builds (workers from 2,000 passages): passages/s, tokens/s', `${rate(c.passages, c.buildMs)}, ${c.tokens ? rate(c.tokens, c.buildMs) : NOT_RUN}`],
    ['ingest ÷ raw wink-nlp (target ≥ 1.0)', maybe(c.rawMs, (raw) => ratio(raw, c.buildMs))],
    ['ingest in 1 thread: passages/s (÷ raw)', c.singleMs === null || c.rawMs === null ? NOT_RUN : `${rate(c.passages, c.singleMs)} (${ratio(c.rawMs, c.singleMs)})`],
    ['/who-said p50 / p99 ms', lat(c.who)],
    ['/compare p50 / p99 ms', lat(c.cmp)],
    ['/ask p50 / p99 ms', lat(c.ask)],
    ['FlexSearch exact p50 / p99 ms', maybe(c.flex, lat)],
    [`minisearch naive (fuzzy 0.2, prefix) p50 / p99 ms`, maybe(c.naive, (n) => `${lat(n)} (n=${n.n})`)],
    ['/who-said p99 ÷ FlexSearch p99 (target ≤ 1.5)', maybe(c.flex, (f) => ratio(c.who.p99, f.p99))],
    ['heap per passage (target ≤ 3 KB)', `${(c.heap / c.passages / 1024).toFixed(2)} KB`],
    ['RSS per passage', `${(c.rss / c.passages / 1024).toFixed(2)} KB`],
    ['restart → first answer, from snapshot', `${ms(c.restartSnapshot)} ms`],
    ['restart → first answer, full rebuild (no cache)', maybe(c.restartRebuild, (r) => `${ms(r)} ms`)],
    ['rebuild ÷ snapshot (target ≥ 10)', maybe(c.restartRebuild, (r) => ratio(r, c.restartSnapshot))],
    ['first start with empty cache (build + write snapshot)', `${ms(c.restartFirstWithWrite)} ms`],
    ['snapshot file: size, lines (chunks)', c.snapshot ? `${(c.snapshot.bytes / 2 ** 20).toFixed(0)} MiB, ${int(c.snapshot.lines)}` : NOT_RUN],
    ['reload: event-loop delay p99 / max ms', c.reload ? `${ms(c.reload.eventLoopP99)} / ${ms(c.reload.eventLoopMax)}` : NOT_RUN],
    ['reload: /who-said p50 / p99 ms meanwhile', c.reload ? lat(c.reload.queries) : NOT_RUN],
    ['reload duration', c.reload ? `${ms(c.reload.reloadMs)} ms` : NOT_RUN],
  ];
}

export function renderReport(columns: Column[], machineLine: string): { table: string; markdown: string } {
  const table = rows(columns[0]!).map(([label], i) => [label, ...columns.map((c) => rows(c)[i]![1])]);
  const header = ['figure', ...columns.map((c) => `${c.name} (${int(c.passages)} passages)`)];
  const widths = header.map((h, j) => Math.max(h.length, ...table.map((r) => r[j]!.length)));
  const text = [header, ...table].map((r) => r.map((cell, j) => cell.padEnd(widths[j]!)).join(' | ')).join('\n');
  const md = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...table.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  const markdown = `# Performance\n\nMeasured by \`npm run bench\` in one run on: ${machineLine}.\n\n${md}\n`;
  return { table: text, markdown };
}
