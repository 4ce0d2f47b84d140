/**
 * Recognition alone and recognize + all rules on a synthetic form, each size measured in a process of its own
 * (bench/core-runs.ts): in the bench's own process a run paid for collecting what earlier benches and runs
 * left (other benches' 100k-row workbooks, previous runs' forms), which swung 50k-row recognition from 190k
 * to 400k rows/s.
 */
import { spawnSync } from 'child_process';
import { join } from 'path';
import type { Runs } from './core-runs';

export interface CoreResult {
  rows: number;
  recognizeMs: number;
  /** The slowest of the recognition runs. */
  recognizeWorstMs: number;
  checkMs: number;
  recognizeRowsPerSecond: number;
  recognizeWorstRowsPerSecond: number;
  coreRowsPerSecond: number;
}

/**
 * Best (and worst) of `recognizeRuns` recognitions and best of `runs` recognize + rules on `rows` indicator
 * rows, measured in a fresh process.
 */
export function benchCore(rows: number, runs: number, recognizeRuns = runs): CoreResult {
  const root = join(__dirname, '..');
  const r = spawnSync(
    process.execPath,
    [
      join(root, 'bin', 'run-ts.js'),
      join(__dirname, 'core-runs.ts'),
      String(rows),
      String(recognizeRuns),
      String(runs),
    ],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 },
  );
  if (r.status !== 0) throw new Error(`bench/core.ts ${rows} failed (${r.status})`);
  const times = JSON.parse(r.stdout) as Runs;
  const recognizeMs = Math.min(...times.recognize);
  const recognizeWorstMs = Math.max(...times.recognize);
  const checkMs = Math.min(...times.check);
  const perSecond = (ms: number) => Math.round((rows / ms) * 1000);
  return {
    rows,
    recognizeMs: Math.round(recognizeMs),
    recognizeWorstMs: Math.round(recognizeWorstMs),
    checkMs: Math.round(checkMs),
    recognizeRowsPerSecond: perSecond(recognizeMs),
    recognizeWorstRowsPerSecond: perSecond(recognizeWorstMs),
    coreRowsPerSecond: perSecond(checkMs),
  };
}
