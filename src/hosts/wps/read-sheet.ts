import type { CellValue, Grid, Merge } from '../../model/grid';
import { columnName, fromRangeA1 } from '../../core/address';
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

/**
 * Merged areas by blocks, not per cell (each property read is a COM call): per column, a block of rows
 * whose MergeCells is false has none; one that is wholly merged is walked area by area (MergeArea jumps to
 * the end of each); a mixed block (null) is halved. Typical forms merge label columns in long groups, so
 * this costs a few calls per merged area instead of one per cell.
 */
function readMerges(used: EtRange, rows: number, cols: number): Merge[] {
  if (used.MergeCells === false) return [];
  const merges: Merge[] = [];
  const seen = new Set<string>();
  const ws = used.Worksheet;
  const column = (c: number, a: number, b: number): void => {
    const name = columnName(used.Column + c - 2);
    const block = ws.Range(`${name}${used.Row + a - 1}:${name}${used.Row + b - 1}`);
    const m = block.MergeCells;
    if (m === false) return;
    if (m === null && a < b) {
      const mid = Math.floor((a + b) / 2);
      column(c, a, mid);
      column(c, mid + 1, b);
      return;
    }
    let r = a;
    while (r <= b) {
      const area = fromRangeA1(used.Cells.Item(r, c).MergeArea.Address(false, false));
      const key = `${area.r0},${area.c0},${area.r1},${area.c1}`;
      if (!seen.has(key) && (area.r1 > area.r0 || area.c1 > area.c0)) {
        seen.add(key);
        merges.push({ r0: area.r0, c0: area.c0, r1: area.r1, c1: area.c1 });
      }
      r = Math.max(r + 1, area.r1 - (used.Row - 1) + 2);
    }
  };
  for (let c = 1; c <= cols; c++) column(c, 1, rows);
  return merges;
}
