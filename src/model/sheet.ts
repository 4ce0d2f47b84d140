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
  /** The first bordered row (1-based; borders go down to `table.lastRow`): 3 when absent (below the title). */
  borderFrom?: number;
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
