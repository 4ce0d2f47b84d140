import type { CellValue, Grid, Merge } from '../../model/grid';
import { fromRangeA1 } from '../../core/address';
import type { EtRange, EtWorksheet } from './et-api';
import { normalizeValue2 } from './values';
import { toGridValue } from '../excel/cell-values';

/** Past this many numbers in a sheet, number formats are not probed cell by cell (numbers stay raw). */
export const MAX_FORMAT_PROBES = 5000;

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
  formattedNumbers(used, values);
  return {
    sheet: ws.Name,
    rows,
    cols,
    values,
    merges: readMerges(used, rows, cols),
    origin: { row: used.Row - 1, col: used.Column - 1 },
  };
}

/**
 * Value2 gives raw numbers (dates as serials, 95% as 0.95). Numbers are rare in target sheets (values are mostly
 * text such as "≥100人"), so the number format is read for each number cell — or once for the whole range when
 * uniform — and numbers read as in the Excel and file hosts (dates 'YYYY-MM-DD', percentages as shown).
 */
export function formattedNumbers(used: EtRange, values: CellValue[][]): void {
  const numbers: [number, number][] = [];
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === 'number') numbers.push([r, c]);
    }),
  );
  if (numbers.length === 0) return;
  const whole = used.NumberFormat;
  if (whole === null && numbers.length > MAX_FORMAT_PROBES) return;
  for (const [r, c] of numbers) {
    const format = whole ?? used.Cells.Item(r + 1, c + 1).NumberFormat ?? undefined;
    values[r][c] = toGridValue(values[r][c], format);
  }
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
      for (let rr = m.r0; rr <= m.r1; rr++)
        for (let cc = m.c0; cc <= m.c1; cc++) covered.add(`${rr - top + 1},${cc - left + 1}`);
    }
  }
  return merges;
}
