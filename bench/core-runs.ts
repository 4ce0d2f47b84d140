/**
 * The process bench/core.ts measures in (`node bin/run-ts.js bench/core-runs.ts ROWS
 * RECOGNIZE_RUNS CHECK_RUNS`): a synthetic form of ROWS indicator rows recognized, then recognized and
 * checked, the given number of times; prints every run's time (ms) as JSON.
 */
import { checkGrids } from '../src/check';
import { recognize } from '../src/layout/recognize';
import { syntheticForm } from './synthetic';

/** Every run's time (ms). */
export interface Runs {
  recognize: number[];
  check: number[];
}

/** Times `fn` `runs` times (ms each). */
function timed(fn: () => unknown, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

/**
 * No gc() between runs: a collection forced on the heap shrinks V8's young generation, and the next run then
 * pays for growing it again (runs measured that way took up to twice as long). Each run
 * collects what the run before it left, as a process recognizing sheet after sheet does.
 */
function measure(rows: number, recognizeRuns: number, checkRuns: number): Runs {
  const grid = syntheticForm(rows);
  // warm-up: compiled and the heap grown to its working size before timing (the first run after a single
  // warm-up was often the slowest); once at 500k rows, where a run takes seconds
  for (let i = 0; i < (rows > 100_000 ? 1 : 3); i++) recognize(grid);
  return { recognize: timed(() => recognize(grid), recognizeRuns), check: timed(() => checkGrids([grid]), checkRuns) };
}

const [rows, recognizeRuns, checkRuns] = process.argv.slice(2).map(Number);
process.stdout.write(JSON.stringify(measure(rows, recognizeRuns, checkRuns)));
