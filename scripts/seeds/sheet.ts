import type { CellValue } from '../../src/model/grid';
import type { Part, TaggedMerge } from './part';

/** One worksheet to write: values relative to `origin` (the sheet position of rows[0][0], 0-based). */
export interface SheetSpec {
  name: string;
  origin: { row: number; col: number };
  rows: CellValue[][];
  merges: TaggedMerge[];
  /** Column widths (characters), per column of `rows`. */
  widths: number[];
  titleRows: number[];
  /** Bordered areas (form bodies), relative rows/cols. */
  bodies: { r0: number; r1: number; c0: number; c1: number }[];
  /** Rows where blocks start (header, funds, goals, tables), relative. */
  blocks: number[];
  /** Number formats of numeric cells, keyed `r,c` (relative). */
  numFmts: Record<string, string>;
  /** Hidden columns, relative to `rows`. */
  hiddenCols?: number[];
}

/** Stacks parts top to bottom with `gap` blank rows between them. */
export function stack(name: string, parts: Part[], widths: number[], gap = 1): SheetSpec {
  const width = Math.max(widths.length, ...parts.map((p) => p.width));
  const spec: SheetSpec = {
    name,
    origin: { row: 0, col: 0 },
    rows: [],
    merges: [],
    widths: widths.slice(),
    titleRows: [],
    bodies: [],
    blocks: [],
    numFmts: {},
  };
  parts.forEach((p, i) => {
    if (i > 0) for (let g = 0; g < gap; g++) spec.rows.push(new Array<CellValue>(width).fill(null));
    const off = spec.rows.length;
    for (const r of p.rows) {
      const row = r.slice();
      while (row.length < width) row.push(null);
      spec.rows.push(row);
    }
    for (const m of p.merges) spec.merges.push({ ...m, r0: m.r0 + off, r1: m.r1 + off });
    spec.titleRows.push(...p.titleRows.map((r) => r + off));
    spec.blocks.push(off, ...p.blocks.map((r) => r + off));
    if (p.bodyStart >= 0)
      spec.bodies.push({ r0: p.bodyStart + off, r1: off + p.rows.length - 1, c0: 0, c1: p.width - 1 });
    if (p.numFmt) {
      p.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v === 'number') spec.numFmts[`${r + off},${c}`] = p.numFmt as string;
        }),
      );
    }
  });
  spec.blocks = [...new Set(spec.blocks)].sort((a, b) => a - b);
  return spec;
}

/** Every value of the sheet at its sheet position (0-based), for tests. */
export function sheetCells(spec: SheetSpec): { row: number; col: number; value: CellValue }[] {
  const out: { row: number; col: number; value: CellValue }[] = [];
  spec.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) out.push({ row: spec.origin.row + r, col: spec.origin.col + c, value });
    }),
  );
  return out;
}
