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
