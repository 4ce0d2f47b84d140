import type { Grid, Merge } from '../../model/grid';
import { fromRangeA1 } from '../../core/address';
import type { EtRange, EtWorksheet } from './et-api';
import { normalizeValue2 } from './values';

/**
 * One sheet as a Grid: the used range's Value2 in one call, its origin from UsedRange.Row/Column (1-based),
 * merges only where MergeCells says there are some (rows with none are skipped whole).
 */
export function readSheet(ws: EtWorksheet): Grid {
  const used = ws.UsedRange;
  const rows = used.Rows.Count;
  const cols = used.Columns.Count;
  const values = normalizeValue2(used.Value2, rows, cols);
  if (values.every((row) => row.every((v) => v === null))) {
    return { sheet: ws.Name, rows: 0, cols: 0, values: [], merges: [], origin: { row: 0, col: 0 } };
  }
  return { sheet: ws.Name, rows, cols, values, merges: readMerges(used, rows, cols), origin: { row: used.Row - 1, col: used.Column - 1 } };
}

function readMerges(used: EtRange, rows: number, cols: number): Merge[] {
  if (used.MergeCells === false) return [];
  const merges: Merge[] = [];
  const covered = new Set<string>();
  for (let r = 1; r <= rows; r++) {
    if (used.Rows.Item(r).MergeCells === false) continue;
    for (let c = 1; c <= cols; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const cell = used.Cells.Item(r, c);
      if (cell.MergeCells !== true) continue;
      const m = fromRangeA1(cell.MergeArea.Address(false, false));
      merges.push({ r0: m.r0, c0: m.c0, r1: m.r1, c1: m.c1 });
      const top = used.Row - 1;
      const left = used.Column - 1;
      for (let rr = m.r0; rr <= m.r1; rr++) for (let cc = m.c0; cc <= m.c1; cc++) covered.add(`${rr - top + 1},${cc - left + 1}`);
    }
  }
  return merges;
}
