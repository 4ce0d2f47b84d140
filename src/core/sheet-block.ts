import { fromA1 } from './address';
import type { SheetCell, SheetDescription } from '../model/sheet';

/** The description's cells as one rectangle from A1 (what a host writes in one go) and its formula cells. */
export interface SheetBlock {
  rows: number;
  cols: number;
  /** Plain values; null where a cell is empty or holds a formula. */
  values: (string | number | null)[][];
  /** Formula cells: A1 address and the formula with its leading =. */
  formulas: { at: string; formula: string }[];
  /** Cells by style (A1 addresses), for bold titles, headers and labels. */
  styled: { at: string; style: NonNullable<SheetCell['style']> }[];
}

export function sheetBlock(d: SheetDescription): SheetBlock {
  let rows = 0;
  let cols = d.widths.length;
  const at = d.cells.map((c) => ({ c, p: fromA1(c.at) }));
  for (const { p } of at) {
    rows = Math.max(rows, p.row + 1);
    cols = Math.max(cols, p.col + 1);
  }
  const values = Array.from({ length: rows }, () => Array.from({ length: cols }, (): string | number | null => null));
  const formulas: SheetBlock['formulas'] = [];
  const styled: SheetBlock['styled'] = [];
  for (const { c, p } of at) {
    if (typeof c.value === 'object') formulas.push({ at: c.at, formula: `=${c.value.formula}` });
    else values[p.row][p.col] = c.value;
    if (c.style && c.style !== 'text') styled.push({ at: c.at, style: c.style });
  }
  return { rows, cols, values, formulas, styled };
}
