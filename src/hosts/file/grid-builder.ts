import { fromRangeA1 } from '../../core/address';
import type { CellValue, Grid, Merge } from '../../model/grid';

/** A merged area, 1-based inclusive (what both .xlsx readers find in the file). */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Collects one worksheet's non-empty cells and builds its Grid: the used range (the bounding box of
 * non-empty cells and of merged areas whose top-left cell is non-empty), merges and hidden rows/columns in
 * sheet coordinates. Shared by the exceljs reader (xlsx.ts) and the direct XML reader (xlsx-parts.ts) so both
 * give the same grid for the same file. Cells are kept per row as two parallel arrays: a 100k-row sheet makes
 * no object per cell.
 */
export class GridBuilder {
  private readonly rowCols: (number[] | undefined)[] = [];
  private readonly rowVals: (CellValue[] | undefined)[] = [];
  private readonly hiddenRows: number[] = [];

  /** Row r (1-based) is hidden. */
  hideRow(r: number): void {
    this.hiddenRows.push(r - 1);
  }

  /** The non-empty cells of row r (1-based), columns (1-based) ascending; a later call for the same row replaces it. */
  setRow(r: number, cols: number[], values: CellValue[]): void {
    if (cols.length === 0) return;
    this.rowCols[r] = cols;
    this.rowVals[r] = values;
  }

  /**
   * The grid. A merged area shows its top-left cell only: values stored under its other cells (some
   * tools write them) are dropped, as Excel and exceljs do. `hiddenCols` are 0-based column indexes.
   */
  build(sheet: string, mergeRanges: MergeRange[], hiddenCols: number[]): Grid {
    const merges: Merge[] = [];
    for (const m of mergeRanges) {
      merges.push({ r0: m.top - 1, c0: m.left - 1, r1: m.bottom - 1, c1: m.right - 1 });
      this.dropCovered(m);
    }
    merges.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
    // bounds after dropping: a value under a merge's covered cell does not widen the sheet
    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    let right = -Infinity;
    const grow = (r: number, c0: number, c1: number): void => {
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c0 < left) left = c0;
      if (c1 > right) right = c1;
    };
    this.rowCols.forEach((cs, r) => {
      if (cs && cs.length > 0) grow(r, cs[0], cs[cs.length - 1]);
    });
    for (const m of mergeRanges) {
      if (this.rowCols[m.top]?.includes(m.left)) {
        grow(m.top, m.left, m.left);
        grow(m.bottom, m.right, m.right);
      }
    }
    const hidden = {
      ...(this.hiddenRows.length ? { hiddenRows: this.hiddenRows } : {}),
      ...(hiddenCols.length ? { hiddenCols } : {}),
    };
    if (top === Infinity) {
      return { sheet, rows: 0, cols: 0, values: [], merges, origin: { row: 0, col: 0 }, ...hidden };
    }
    const nCols = right - left + 1;
    const values: CellValue[][] = [];
    for (let r = top; r <= bottom; r++) {
      const line = new Array<CellValue>(nCols).fill(null);
      const cs = this.rowCols[r];
      const vs = this.rowVals[r];
      if (cs && vs) for (let k = 0; k < cs.length; k++) line[cs[k] - left] = vs[k];
      values.push(line);
    }
    return {
      sheet,
      rows: bottom - top + 1,
      cols: nCols,
      values,
      merges,
      origin: { row: top - 1, col: left - 1 },
      ...hidden,
    };
  }

  private dropCovered(m: MergeRange): void {
    for (let r = m.top; r <= m.bottom; r++) {
      const cs = this.rowCols[r];
      const vs = this.rowVals[r];
      if (!cs || !vs) continue;
      for (let k = cs.length - 1; k >= 0; k--) {
        const c = cs[k];
        if (c < m.left || c > m.right || (r === m.top && c === m.left)) continue;
        cs.splice(k, 1);
        vs.splice(k, 1);
      }
    }
  }
}

/** A merged area from its A1 range (`B2:D3`, `$B$2:$D$3`); null when the text is not a range. */
export function mergeFromA1(ref: string): MergeRange | null {
  try {
    const p = fromRangeA1(ref.replace(/\$/g, ''));
    return { top: p.r0 + 1, left: p.c0 + 1, bottom: p.r1 + 1, right: p.c1 + 1 };
  } catch {
    return null;
  }
}
