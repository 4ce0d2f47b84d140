import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import type { Grid } from '../model/grid';

/** Above this many cells a workbook's exceljs model is big enough to be worth collecting at once. */
const LARGE = 100_000;

let gc: (() => void) | undefined;

/**
 * Once a large workbook is turned into grids, exceljs' model of it (an object per cell) is garbage, but V8
 * collects it only when the old generation reaches a limit set while loading: until then the recognizer's
 * allocations pile on top, and peak memory is the sum of both. A full collection here keeps the peak at what
 * loading alone needs. Node only (the CLI): the pane never calls this.
 */
export function releaseWorkbookMemory(grids: readonly Grid[]): void {
  let cells = 0;
  for (const g of grids) cells += g.rows * g.cols;
  if (cells < LARGE) return;
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
