import ExcelJS from 'exceljs';
import { CREATOR, FIXED_DATE, fixZipDates } from '../seeds/write';

/**
 * A small sheet builder for the layout-family fixtures (test/fixtures/families): cells are typed the way
 * a clerk types them in Excel — merged areas, percentages as numbers with a `0%` format, amounts as numbers
 * with `0.00`, real dates with a date format, text with line breaks.
 */

export type V = string | number | Date | null;

/** One typed cell: value, number format, and the area it spans when merged (cols × rows). */
export interface C {
  cell: true;
  v: V;
  fmt?: string;
  cols: number;
  rows: number;
}

export type In = V | C;

const isC = (x: In): x is C => typeof x === 'object' && x !== null && !(x instanceof Date) && x.cell === true;

/** A cell merged over `cols` columns and `rows` rows (the covered cells of later rows are written as null). */
export const m = (v: In, cols = 1, rows = 1): C => (isC(v) ? { ...v, cols, rows } : { cell: true, v, cols, rows });
/** A percentage typed as a number and shown with a percent format: pct(0.95) shows 95%. */
export const pct = (n: number, decimals = 0): C => ({
  cell: true,
  v: n,
  fmt: decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%',
  cols: 1,
  rows: 1,
});
/** An amount (万元) typed as a number and shown with two decimals. */
export const amt = (n: number): C => ({ cell: true, v: n, fmt: '0.00', cols: 1, rows: 1 });
/** A real date shown yyyy-mm-dd. */
export const day = (y: number, mo: number, d: number): C => ({
  cell: true,
  v: new Date(Date.UTC(y, mo - 1, d)),
  fmt: 'yyyy-mm-dd',
  cols: 1,
  rows: 1,
});
/** A real date (first of the month) shown as 2024年1月. */
export const month = (y: number, mo: number): C => ({
  cell: true,
  v: new Date(Date.UTC(y, mo - 1, 1)),
  fmt: 'yyyy"年"m"月"',
  cols: 1,
  rows: 1,
});

interface Placed {
  r: number;
  c: number;
  cell: C;
}

export interface SheetOut {
  name: string;
  cells: Placed[];
  widths: number[];
  titleRows: number[];
  /** First bordered row (rows above are titles and notes). */
  bodyStart: number;
  width: number;
  rowCount: number;
}

/** Builds one worksheet row by row; `origin` shifts everything (sheet position of the first cell). */
export class SheetBuilder {
  private readonly cells: Placed[] = [];
  private readonly titles: number[] = [];
  private bodyStart = -1;
  private r = 0;

  constructor(
    readonly name: string,
    readonly width: number,
    readonly widths: number[] = [],
  ) {}

  get next(): number {
    return this.r;
  }

  /** A title line across the whole width (bold, centred). */
  title(text: string): number {
    this.titles.push(this.r);
    return this.row(m(text, this.width));
  }

  /** A line of text that is not part of the bordered body (unit line, notes). */
  note(...cells: In[]): number {
    return this.row(...cells);
  }

  /** Marks the next row as the first of the bordered body. */
  body(): this {
    if (this.bodyStart < 0) this.bodyStart = this.r;
    return this;
  }

  blank(n = 1): this {
    this.r += n;
    return this;
  }

  /** One row, cells left to right; a merged cell advances by its width. Returns the row index. */
  row(...cells: In[]): number {
    let c = 0;
    for (const x of cells) {
      if (c >= this.width) throw new Error(`${this.name}: row ${this.r} wider than ${this.width}`);
      const cell: C = isC(x) ? x : { cell: true, v: x, cols: 1, rows: 1 };
      if (c + cell.cols > this.width) throw new Error(`${this.name}: merge beyond width at row ${this.r}`);
      if (cell.v !== null && cell.v !== '') this.cells.push({ r: this.r, c, cell });
      else if (cell.cols > 1 || cell.rows > 1) this.cells.push({ r: this.r, c, cell: { ...cell, v: null } });
      c += cell.cols;
    }
    return this.r++;
  }

  /**
   * Indicator rows whose level labels are written once and merged down over their group, the way the
   * official forms merge 一级/二级. `chains` lists level columns from the outermost in ([[1, 2]] for 一级 in B
   * and 二级 in C; [[1, 2], [1, 5]] for a shared 一级 and two 二级 columns). A label is merged down over the
   * following rows whose cells in its column and every outer column of its chain are empty. `merge: false`
   * writes the same rows without merges (labels once, cells below empty). Returns first and last row.
   */
  tree(
    chains: number[][],
    rows: In[][],
    opts: { offset?: number; merge?: boolean } = {},
  ): { first: number; last: number } {
    const off = opts.offset ?? 0;
    const span = new Map<string, number>();
    if (opts.merge !== false) {
      for (const chain of chains) {
        chain.forEach((col, k) => {
          const outer = chain.slice(0, k + 1);
          rows.forEach((row, i) => {
            if (row[col - off] === null || row[col - off] === undefined || span.has(`${i},${col}`)) return;
            let end = i;
            while (end + 1 < rows.length && outer.every((oc) => (rows[end + 1][oc - off] ?? null) === null)) end++;
            span.set(`${i},${col}`, end - i + 1);
          });
        });
      }
    }
    const first = this.r;
    rows.forEach((row, i) => {
      const cells: In[] = [];
      for (let k = 0; k < off; k++) cells.push(null);
      row.forEach((v, j) => {
        const n = span.get(`${i},${j + off}`) ?? 1;
        cells.push(n > 1 ? m(v, 1, n) : v);
      });
      this.row(...cells);
    });
    return { first, last: this.r - 1 };
  }

  /** Places a cell at an absolute position (a label merged down over rows written before it). */
  place(r: number, c: number, x: In): this {
    this.cells.push({ r, c, cell: isC(x) ? x : { cell: true, v: x, cols: 1, rows: 1 } });
    return this;
  }

  /** Merges the cell written at (r, c) down to row r1 (a side label such as 绩效指标 over its table). */
  down(r: number, c: number, r1: number): this {
    const p = this.cells.find((x) => x.r === r && x.c === c);
    if (!p) throw new Error(`${this.name}: nothing at ${r},${c} to merge down`);
    p.cell = { ...p.cell, rows: r1 - r + 1 };
    return this;
  }

  build(): SheetOut {
    return {
      name: this.name,
      cells: this.cells,
      widths: this.widths,
      titleRows: this.titles,
      bodyStart: this.bodyStart,
      width: this.width,
      rowCount: this.r,
    };
  }
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Writes sheets into .xlsx bytes, deterministically (fixed properties and zip dates). */
export async function familyWorkbook(sheets: SheetOut[], origin = { row: 0, col: 0 }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = CREATOR;
  wb.lastModifiedBy = CREATOR;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    const R = (r: number) => origin.row + r + 1;
    const C = (c: number) => origin.col + c + 1;
    for (let c = 0; c < s.width; c++) ws.getColumn(C(c)).width = s.widths[c] ?? 14;
    if (s.bodyStart >= 0)
      for (let r = s.bodyStart; r < s.rowCount; r++)
        for (let c = 0; c < s.width; c++) ws.getCell(R(r), C(c)).border = THIN;
    const titles = new Set(s.titleRows);
    for (const { r, c, cell } of s.cells) {
      const x = ws.getCell(R(r), C(c));
      if (cell.v !== null) x.value = cell.v;
      if (cell.fmt) x.numFmt = cell.fmt;
      x.alignment = titles.has(r)
        ? { horizontal: 'center', vertical: 'middle', wrapText: true }
        : { vertical: 'middle', wrapText: true };
      if (titles.has(r)) x.font = { bold: true, size: 14 };
    }
    for (const { r, c, cell } of s.cells)
      if (cell.cols > 1 || cell.rows > 1) ws.mergeCells(R(r), C(c), R(r + cell.rows - 1), C(c + cell.cols - 1));
  }
  const data = await wb.xlsx.writeBuffer();
  return fixZipDates(Buffer.from(data));
}

/** One workbook of the families set. */
export interface FamilyFixture {
  /** Path under test/fixtures, e.g. `families/ministry2015-project-road.xlsx`. */
  file: string;
  sheets: SheetOut[];
  /** Sheet position of the first cell (default A1). */
  origin?: { row: number; col: number };
}
