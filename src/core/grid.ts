import { toA1 } from './address';
import type { CellValue, Grid } from '../model/grid';

/** Builds a grid from rows of values (ragged rows are padded with null). */
export function makeGrid(
  sheet: string,
  rows: CellValue[][],
  opts: Partial<Pick<Grid, 'merges' | 'origin' | 'hiddenRows' | 'hiddenCols'>> = {},
): Grid {
  const cols = rows.reduce((m, r) => Math.max(m, r.length), 0);
  const values = rows.map((r) => {
    const out = r.slice();
    while (out.length < cols) out.push(null);
    return out;
  });
  return {
    sheet,
    rows: values.length,
    cols,
    values,
    merges: opts.merges ?? [],
    origin: opts.origin ?? { row: 0, col: 0 },
    ...(opts.hiddenRows ? { hiddenRows: opts.hiddenRows } : {}),
    ...(opts.hiddenCols ? { hiddenCols: opts.hiddenCols } : {}),
  };
}

/** Raw value at a grid position (grid-relative, 0-based); null outside. */
export function valueAt(grid: Grid, r: number, c: number): CellValue {
  if (r < 0 || c < 0 || r >= grid.rows || c >= grid.cols) return null;
  return grid.values[r]?.[c] ?? null;
}

/** The cell's text as a user sees it: numbers printed plainly, null as ''. */
export function textOf(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return v;
}

export function textAt(grid: Grid, r: number, c: number): string {
  return textOf(valueAt(grid, r, c)).trim();
}

/** A1 address (sheet coordinates) of a grid-relative position. */
export function addressAt(grid: Grid, r: number, c: number): string {
  return toA1(grid.origin.row + r, grid.origin.col + c);
}
