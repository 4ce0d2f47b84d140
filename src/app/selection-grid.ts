/**
 * File mode's selectable grid in the 识别结果 view (a dropped workbook has no sheet to select on): which cells
 * it shows and how a click, shift-click, drag or arrow key turns into an A1 range. Pure, no DOM.
 */
import type { Grid } from '../model/grid';
import { fromA1, fromRangeA1, rangeA1, type RangePos } from '../core/address';
import { textOf } from '../core/grid';

/** Room around the chosen form, so a range that cut the form short can be drawn larger. */
const MARGIN_ROWS = 3;
const MARGIN_COLS = 2;
/** Most rows and columns drawn (a department form is ~150 rows; a pasted sheet can be far bigger). */
export const MAX_ROWS = 300;
export const MAX_COLS = 30;

export interface GridWindow {
  sheet: string;
  /** Sheet rows and columns shown (0-based), in order. */
  rows: number[];
  cols: number[];
  /** The grid was cut at MAX_ROWS / MAX_COLS. */
  clipped: boolean;
  text(row: number, col: number): string;
}

/**
 * The cells drawn: the form's range with a small margin, within the sheet's used range; without a form
 * (nothing recognized), the used range itself.
 */
export function gridWindow(grid: Grid | undefined, formRange?: string): GridWindow | null {
  if (!grid || grid.rows === 0 || grid.cols === 0) return null;
  const used: RangePos = {
    r0: grid.origin.row,
    c0: grid.origin.col,
    r1: grid.origin.row + grid.rows - 1,
    c1: grid.origin.col + grid.cols - 1,
  };
  let want = used;
  if (formRange) {
    const f = fromRangeA1(formRange.replace(/\$/g, ''));
    want = {
      r0: Math.max(used.r0, f.r0 - 1),
      c0: Math.max(used.c0, f.c0 - 1),
      r1: Math.min(used.r1, f.r1 + MARGIN_ROWS),
      c1: Math.min(used.c1, f.c1 + MARGIN_COLS),
    };
  }
  const r1 = Math.min(want.r1, want.r0 + MAX_ROWS - 1);
  const c1 = Math.min(want.c1, want.c0 + MAX_COLS - 1);
  const rows: number[] = [];
  for (let r = want.r0; r <= r1; r++) rows.push(r);
  const cols: number[] = [];
  for (let c = want.c0; c <= c1; c++) cols.push(c);
  const text = (r: number, c: number) => textOf(grid.values[r - grid.origin.row]?.[c - grid.origin.col] ?? null);
  return { sheet: grid.sheet, rows, cols, clipped: r1 < want.r1 || c1 < want.c1, text };
}

/** The range from the anchor cell to another cell, top-left first ("C5" and "A3" → "A3:C5"). */
export function spanRange(anchor: string, to: string): string {
  const a = fromA1(anchor);
  const b = fromA1(to);
  return rangeA1(Math.min(a.row, b.row), Math.min(a.col, b.col), Math.max(a.row, b.row), Math.max(a.col, b.col));
}

/** Whether a cell lies in a range (both A1). */
export function inRange(range: string, row: number, col: number): boolean {
  const p = fromRangeA1(range.replace(/\$/g, ''));
  return row >= p.r0 && row <= p.r1 && col >= p.c0 && col <= p.c1;
}

/** One arrow-key step from a cell, kept inside the range shown. */
export function step(
  w: Pick<GridWindow, 'rows' | 'cols'>,
  cell: string,
  key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight',
): string {
  const p = fromA1(cell);
  const dr = key === 'ArrowUp' ? -1 : key === 'ArrowDown' ? 1 : 0;
  const dc = key === 'ArrowLeft' ? -1 : key === 'ArrowRight' ? 1 : 0;
  const row = Math.min(Math.max(p.row + dr, w.rows[0]), w.rows[w.rows.length - 1]);
  const col = Math.min(Math.max(p.col + dc, w.cols[0]), w.cols[w.cols.length - 1]);
  return rangeA1(row, col, row, col);
}
