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
  rawMs: number;
  singleMs: number | null;
  buildMs: number;
  workers: boolean;
  who: Latency;
  cmp: Latency;
  ask: Latency;
  flex: Latency;
  naive: Latency;
  heap: number;
  rss: number;
  restartSnapshot: number;
  restartFirstWithWrite: number;
  restartRebuild: number;
  reload: ReloadFigures | null;
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

function rows(c: Column): Array<[string, string]> {
  return [
    ['articles / passages / quotes', `${int(c.articles)} / ${int(c.passages)} / ${int(c.quotes)}`],
    ['raw wink-nlp readDoc, 1 thread: passages/s, tokens/s', `${rate(c.passages, c.rawMs)}, ${rate(c.tokens, c.rawMs)}`],
    ['ingest as the store builds (workers from 2,000 passages): passages/s, tokens/s', `${rate(c.passages, c.buildMs)}, ${rate(c.tokens, c.buildMs)}`],
    ['ingest ÷ raw wink-nlp (target ≥ 1.0)', ratio(c.rawMs, c.buildMs)],
    ['ingest in 1 thread: passages/s (÷ raw)', c.singleMs === null ? 'not run' : `${rate(c.passages, c.singleMs)} (${ratio(c.rawMs, c.singleMs)})`],
    ['/who-said p50 / p99 ms', lat(c.who)],
    ['/compare p50 / p99 ms', lat(c.cmp)],
    ['/ask p50 / p99 ms', lat(c.ask)],
    ['FlexSearch exact p50 / p99 ms', lat(c.flex)],
    [`minisearch naive (fuzzy 0.2, prefix) p50 / p99 ms`, `${lat(c.naive)} (n=${c.naive.n})`],
    ['/who-said p99 ÷ FlexSearch p99 (target ≤ 1.5)', ratio(c.who.p99, c.flex.p99)],
    ['heap per passage (target ≤ 3 KB)', `${(c.heap / c.passages / 1024).toFixed(2)} KB`],
    ['RSS per passage', `${(c.rss / c.passages / 1024).toFixed(2)} KB`],
    ['restart → first answer, from snapshot', `${ms(c.restartSnapshot)} ms`],
    ['restart → first answer, full rebuild (no cache)', `${ms(c.restartRebuild)} ms`],
    ['rebuild ÷ snapshot (target ≥ 10)', ratio(c.restartRebuild, c.restartSnapshot)],
    ['first start with empty cache (build + write snapshot)', `${ms(c.restartFirstWithWrite)} ms`],
    ['reload: event-loop delay p99 / max ms', c.reload ? `${ms(c.reload.eventLoopP99)} / ${ms(c.reload.eventLoopMax)}` : 'n/a (1 thread)'],
    ['reload: /who-said p50 / p99 ms meanwhile', c.reload ? lat(c.reload.queries) : 'n/a'],
    ['reload duration', c.reload ? `${ms(c.reload.reloadMs)} ms` : 'n/a'],
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
