import type { Worksheet } from 'exceljs';
import { fromRangeA1, rangeA1 } from '../../src/core/address';
import type { Grid, Merge } from '../../src/model/grid';
import { recognize } from '../../src/layout/recognize';
import type { Form } from '../../src/model/form';
import { worksheetMerges } from '../../src/hosts/file/insert-rows';

/** Sheet rows (1-based) of a form's indicators whose 一级 is 决策 or 过程. */
export function standardRows(form: Form): number[] {
  return form.indicators.filter((n) => n.level1?.key === 'decision' || n.level1?.key === 'process').map((n) => n.row);
}

/** Maps a 1-based row to its new number after deleting `rows`, or null when deleted. */
function remap(deleted: Set<number>): (row: number) => number | null {
  const sorted = [...deleted].sort((a, b) => a - b);
  return (row) => (deleted.has(row) ? null : row - sorted.filter((d) => d < row).length);
}

/** The grid with the given sheet rows (1-based) removed; merges shrink or vanish accordingly. */
export function deleteGridRows(grid: Grid, rows: number[]): Grid {
  const del = new Set(rows);
  const map = remap(del);
  const values = grid.values.filter((_, i) => !del.has(grid.origin.row + i + 1));
  const merges: Merge[] = [];
  for (const m of grid.merges) {
    const kept: number[] = [];
    for (let r = m.r0 + 1; r <= m.r1 + 1; r++) if (!del.has(r)) kept.push(map(r) as number);
    if (kept.length === 0) continue;
    const r0 = kept[0] - 1;
    const r1 = kept[kept.length - 1] - 1;
    if (r0 === r1 && m.c0 === m.c1) continue;
    merges.push({ r0, c0: m.c0, r1, c1: m.c1 });
  }
  return { ...grid, values, rows: values.length, merges };
}

/** Deletes sheet rows from an exceljs worksheet, keeping the other merges (shrunk where cut). */
export function deleteSheetRows(ws: Worksheet, rows: number[]): void {
  const del = new Set(rows);
  const map = remap(del);
  const merges = worksheetMerges(ws);
  for (const m of merges) ws.unMergeCells(rangeA1(m.r0, m.c0, m.r1, m.c1));
  for (const r of [...del].sort((a, b) => b - a)) ws.spliceRows(r, 1);
  for (const m of merges) {
    const kept: number[] = [];
    for (let r = m.r0 + 1; r <= m.r1 + 1; r++) if (!del.has(r)) kept.push(map(r) as number);
    if (kept.length === 0 || (kept.length === 1 && m.c0 === m.c1)) continue;
    ws.mergeCells(kept[0], m.c0 + 1, kept[kept.length - 1], m.c1 + 1);
  }
}

export function formsOf(grid: Grid): Form[] {
  return recognize(grid);
}

/** Non-empty rows of a grid as text lines `C=…|D=…` (sheet columns), top to bottom. */
export function rowLines(grid: Grid): string[] {
  const out: string[] = [];
  grid.values.forEach((row) => {
    const cells = row
      .map((v, c) => (v === null || v === '' ? '' : `${c + grid.origin.col}=${String(v)}`))
      .filter(Boolean);
    if (cells.length) out.push(cells.join('|'));
  });
  return out;
}

/** Is `small` a subsequence of `big`? Returns the first missing line, or null. */
export function missingFromSequence(small: string[], big: string[]): string | null {
  let j = 0;
  for (const line of small) {
    while (j < big.length && big[j] !== line) j++;
    if (j === big.length) return line;
    j++;
  }
  return null;
}

export { fromRangeA1 };

/** Applies a plan to a Grid the way a host would (rows shift, merges shift/grow, new merges added). */
export function applyPlanToGrid(grid: Grid, plan: import('../../src/hosts/host').RowInsertion[]): Grid {
  let g = grid;
  for (const ins of [...plan].sort((a, b) => b.beforeRow - a.beforeRow)) {
    const n = ins.rows.length;
    const at = ins.beforeRow - 1 - g.origin.row;
    const cols = g.cols;
    const newRows = ins.rows.map((r) => {
      const row: (string | number | null)[] = new Array<null>(cols).fill(null);
      for (const [letter, text] of Object.entries(r)) row[fromRangeA1(`${letter}1`).c0 - g.origin.col] = text;
      return row;
    });
    const values = [...g.values.slice(0, at), ...newRows, ...g.values.slice(at)];
    const b = ins.beforeRow - 1;
    let merges = g.merges.map((m) =>
      m.r0 >= b ? { ...m, r0: m.r0 + n, r1: m.r1 + n } : m.r1 >= b ? { ...m, r1: m.r1 + n } : m,
    );
    for (const text of ins.merges ?? []) {
      const a = fromRangeA1(text);
      if (merges.some((m) => m.r0 <= a.r0 && m.c0 <= a.c0 && m.r1 >= a.r1 && m.c1 >= a.c1)) continue;
      merges = [...merges.filter((m) => !(a.r0 <= m.r0 && a.c0 <= m.c0 && a.r1 >= m.r1 && a.c1 >= m.c1)), a];
    }
    g = { ...g, values, rows: values.length, merges };
  }
  return g;
}
