/** The cells a finding's preview shows (file mode: there is no sheet to look at): pure, no DOM. */
import type { Finding } from '../model/finding';
import type { Grid } from '../model/grid';
import { fromA1, toA1 } from '../core/address';
import { textOf } from '../core/grid';

export interface PreviewWindow {
  /** Sheet rows and columns shown (0-based), in order. */
  rows: number[];
  cols: number[];
  /** The finding's cell and its `also` cells (A1): highlighted alike. */
  hits: Set<string>;
  text(row: number, col: number): string;
}

const AROUND_ROWS = 2;
const AROUND_COLS = 2;
/** Widest window: also cells far along the row (seven yearly columns) widen it up to this many columns. */
const MAX_COLS = 9;

function position(a1: string): { row: number; col: number } | null {
  try {
    return fromA1(a1.split(':')[0].replace(/\$/g, ''));
  } catch {
    return null;
  }
}

/**
 * A few rows and columns around the finding's cell, widened to show its `also` cells (the same slip in the
 * 半年 and 全年 columns) as far as they stay within a readable width and two rows.
 */
export function previewWindow(finding: Finding, grid: Grid | undefined): PreviewWindow | null {
  if (!grid || grid.rows === 0) return null;
  const at = position(finding.cell);
  if (!at) return null;
  const also = (finding.also ?? []).map(position).filter((p) => p !== null);
  const near = also.filter((p) => Math.abs(p.row - at.row) <= AROUND_ROWS);
  let cLo = at.col - AROUND_COLS;
  let cHi = at.col + AROUND_COLS;
  for (const p of near) {
    if (p.col < cLo && cHi - p.col < MAX_COLS) cLo = p.col;
    if (p.col > cHi && p.col - cLo < MAX_COLS) cHi = p.col;
  }
  const r0 = Math.max(grid.origin.row, at.row - AROUND_ROWS);
  const r1 = Math.min(grid.origin.row + grid.rows - 1, at.row + AROUND_ROWS);
  const c0 = Math.max(grid.origin.col, cLo);
  const c1 = Math.min(grid.origin.col + grid.cols - 1, cHi);
  const rows: number[] = [];
  for (let r = r0; r <= r1; r++) rows.push(r);
  const cols: number[] = [];
  for (let c = c0; c <= c1; c++) cols.push(c);
  const shown = near.filter((p) => p.row >= r0 && p.row <= r1 && p.col >= c0 && p.col <= c1);
  const hits = new Set([toA1(at.row, at.col), ...shown.map((p) => toA1(p.row, p.col))]);
  const text = (r: number, c: number) => textOf(grid.values[r - grid.origin.row]?.[c - grid.origin.col] ?? null);
  return { rows, cols, hits, text };
}
