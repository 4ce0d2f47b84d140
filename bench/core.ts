import { checkGrids } from '../src/check';
import { recognize } from '../src/layout/recognize';
import { syntheticForm } from './synthetic';

export interface CoreResult {
  rows: number;
  recognizeMs: number;
  checkMs: number;
  recognizeRowsPerSecond: number;
  coreRowsPerSecond: number;
}

function best(fn: () => void, runs: number): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

/**
 * Recognition alone and recognize + all rules on a synthetic table of `rows` indicator rows (best of `runs`;
 * recognition, a fifth of a second at 50k rows, best of `recognizeRuns`: a run that meets a major garbage
 * collection of the previous runs' forms takes up to three times as long).
 */
export function benchCore(rows: number, runs: number, recognizeRuns = runs): CoreResult {
  const grid = syntheticForm(rows);
  recognize(grid); // warm-up (JIT)
  const recognizeMs = best(() => recognize(grid), recognizeRuns);
  const checkMs = best(() => checkGrids([grid]), runs);
  return {
    rows,
    recognizeMs: Math.round(recognizeMs),
    checkMs: Math.round(checkMs),
    recognizeRowsPerSecond: Math.round((rows / recognizeMs) * 1000),
    coreRowsPerSecond: Math.round((rows / checkMs) * 1000),
  };
}
