import { fromA1 } from '../core/address';

/** A new sheet as data (新建绩效目标表): built by src/templates/new-form.ts, rendered by the hosts. */

export type SheetValue = string | number | { formula: string; result: number };

export interface SheetCell {
  /** A1 address. */
  at: string;
  value: SheetValue;
  style?: 'title' | 'header' | 'label' | 'text';
}

export interface SheetDescription {
  name: string;
  cells: SheetCell[];
  /** A1 ranges. */
  merges: string[];
  /** A list validation on a range (一级/二级 names, operators). */
  validations: { range: string; list: string[] }[];
  /** Column widths in characters, from column A. */
  widths: number[];
  print: { paperSize: 'A4'; orientation: 'portrait' | 'landscape'; titleRows: string };
  /** Rows of the indicator table: header row and last row (1-based), for callers and tests. */
  table: { headerRow: number; lastRow: number };
}

/** Excel and WPS refuse these in sheet names and names longer than 31 characters. */
const BAD_NAME_CHARS = /[\\/?*[\]:]/g;
const MAX_NAME = 31;

/**
 * A sheet name not among `taken` (compared case-insensitively, as Excel does): the name itself, else
 * “name (2)”, “name (3)” … — a new sheet never replaces or collides with one the user has.
 */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const clean = base.replace(BAD_NAME_CHARS, '').trim().slice(0, MAX_NAME) || 'Sheet';
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const tail = ` (${i})`;
    const name = clean.slice(0, MAX_NAME - tail.length) + tail;
    if (!used.has(name.toLowerCase())) return name;
  }
}

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
