/**
 * Progress of a long build, for people: a bar on a terminal (files, passages,
 * rate, time left) and a line at intervals for logs (the bot).
 *
 * @example
 * const bar = progressBar();
 * await buildFromFolder(dir, { onProgress: bar.update });
 * bar.stop();
 */
import { SingleBar, Presets } from 'cli-progress';
import type { BuildProgress } from '../corpus/parallel-build.ts';

export interface ProgressReporter {
  update(progress: BuildProgress): void;
  stop(): void;
}

/** A terminal progress bar on stderr, so `--json` output on stdout stays clean. */
export function progressBar(): ProgressReporter {
  const bar = new SingleBar(
    {
      format: 'indexing {bar} {value}/{total} files | {passages} passages | {rate} passages/s | {eta_formatted} left',
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(p) {
      const fields = { passages: p.passages.toLocaleString('en-US'), rate: rateOf(p) };
      if (!started) bar.start(p.filesTotal, p.files, fields);
      else bar.update(p.files, fields);
      started = true;
    },
    stop: () => started && bar.stop(),
  };
}

/** Calls `log` with one line at most every `intervalMs`, and always for the last file. */
export function progressLog(log: (line: string) => void, intervalMs = 5000): ProgressReporter {
  let last = -Infinity;
  return {
    update(p) {
      if (p.elapsedMs - last < intervalMs && p.files < p.filesTotal) return;
      last = p.elapsedMs;
      const left = p.files ? ((p.filesTotal - p.files) * p.elapsedMs) / p.files / 1000 : NaN;
      log(`indexing: ${p.files}/${p.filesTotal} files, ${p.passages} passages, ${rateOf(p)} passages/s, ${Math.round(left)} s left`);
    },
    stop: () => {},
  };
}

function rateOf(p: BuildProgress): string {
  return Math.round((p.passages * 1000) / Math.max(1, p.elapsedMs)).toLocaleString('en-US');
}
