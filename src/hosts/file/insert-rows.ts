/**
 * Row insertion into an exceljs worksheet that keeps every other cell's value, style and merge.
 *
 * exceljs `spliceRows` moves values and styles but not merged areas reliably, so merges are taken off
 * first, the rows spliced, and the merges put back shifted: a merge below the insertion moves down, a
 * merge the insertion falls strictly inside (r0 < beforeRow ≤ r1) grows, one above stays. Then the
 * insertion's own merges are added (a merge it contains is replaced; one that already covers it is kept).
 * Formulas in the workbook that refer to the moved rows are moved with them (workbook-formulas.ts).
 */
import type { Worksheet } from 'exceljs';
import { columnIndex, fromRangeA1, rangeA1 } from '../../core/address';
import type { RowInsertion } from '../host';
import { shiftFormulas, unshareFormulas } from './workbook-formulas';

interface Area {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

const contains = (a: Area, b: Area): boolean => a.r0 <= b.r0 && a.c0 <= b.c0 && a.r1 >= b.r1 && a.c1 >= b.c1;
const intersects = (a: Area, b: Area): boolean => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

/** Merged areas of a worksheet, 0-based. */
export function worksheetMerges(ws: Worksheet): Area[] {
  const list: string[] = (ws.model as { merges?: string[] }).merges ?? [];
  return list.map((r) => fromRangeA1(r));
}

/**
 * What one insertion changed, enough to take it back exactly (file mode's 撤销): where the rows went, how many,
 * and the sheet's merged areas before it (an insertion may grow, move or replace merges).
 */
export interface InsertedRows {
  sheet: string;
  beforeRow: number;
  count: number;
  merges: string[];
}

/** Inserts the rows of one RowInsertion (rows 1-based, values keyed by column letter). */
export function insertRows(ws: Worksheet, ins: RowInsertion): InsertedRows {
  const n = ins.rows.length;
  const merges = worksheetMerges(ws);
  const done = { sheet: ins.sheet, beforeRow: ins.beforeRow, count: n, merges: merges.map(rangeText) };
  if (n === 0) return done;
  const b = ins.beforeRow - 1; // 0-based first inserted row
  unmergeAll(ws, merges);

  // Style of the new rows: the row they push down (a table row), else the row above.
  const below = ws.findRow(ins.beforeRow);
  const model = below && below.cellCount > 0 ? below : ws.findRow(ins.beforeRow - 1);
  const styles = new Map<number, Partial<import('exceljs').Style>>();
  model?.eachCell({ includeEmpty: true }, (cell, col) =>
    styles.set(col, JSON.parse(JSON.stringify(cell.style ?? {})) as Partial<import('exceljs').Style>),
  );
  const height = model?.height;

  const moved = rowFlags(ws, ins.beforeRow);
  unshareFormulas(ws.workbook);
  ws.spliceRows(ins.beforeRow, 0, ...ins.rows.map(() => []));
  // spliceRows moves cells, not what formulas refer to: =SUM(D6:D12) must take in the rows below it
  shiftFormulas(ws.workbook, { sheet: ws.name, at: ins.beforeRow, count: n });
  // spliceRows moves values, styles and heights, not the hidden state or the outline
  setRowFlags(ws, ins.beforeRow + n, moved);

  ins.rows.forEach((values, i) => {
    const row = ws.getRow(ins.beforeRow + i);
    if (row.hidden) row.hidden = false; // a new row is visible, whatever row stood there before
    if (height) row.height = height;
    for (const [col, style] of styles)
      row.getCell(col).style = JSON.parse(JSON.stringify(style)) as Partial<import('exceljs').Style>;
    for (const [letter, text] of Object.entries(values)) row.getCell(columnIndex(letter) + 1).value = text;
  });

  const shifted: Area[] = merges.map((m) =>
    m.r0 >= b ? { ...m, r0: m.r0 + n, r1: m.r1 + n } : m.r1 >= b ? { ...m, r1: m.r1 + n } : m,
  );
  let result = shifted;
  for (const text of ins.merges ?? []) {
    const add = fromRangeA1(text);
    if (result.some((m) => contains(m, add))) continue;
    const rest = result.filter((m) => !contains(add, m));
    if (rest.some((m) => intersects(m, add))) continue;
    result = [...rest, add];
  }
  // without style, as exceljs reads a file: each covered cell keeps its own style (borders), so undo finds it
  for (const m of result) ws.mergeCellsWithoutStyle(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);
  return done;
}

/**
 * Takes an insertion back: its rows removed, the rows below moved up with their values, styles, heights,
 * hidden state and outline, and the merged areas exactly as they were before it. Insertions of one batch are
 * taken back in the reverse order of their application.
 */
export function removeInsertedRows(ws: Worksheet, done: InsertedRows): void {
  const { beforeRow, count } = done;
  if (count === 0) return;
  unmergeAll(ws, worksheetMerges(ws));
  const moved = rowFlags(ws, beforeRow + count);
  unshareFormulas(ws.workbook);
  ws.spliceRows(beforeRow, count);
  shiftFormulas(ws.workbook, { sheet: ws.name, at: beforeRow, count: -count });
  setRowFlags(ws, beforeRow, moved);
  for (const text of done.merges) ws.mergeCellsWithoutStyle(text);
}

interface RowFlags {
  hidden: boolean;
  outline: number;
}

/** Hidden state and outline level of every row from `from` down. */
function rowFlags(ws: Worksheet, from: number): RowFlags[] {
  const out: RowFlags[] = [];
  for (let r = from, last = ws.rowCount; r <= last; r++) {
    const row = ws.findRow(r);
    out.push({ hidden: row?.hidden ?? false, outline: row?.outlineLevel ?? 0 });
  }
  return out;
}

/** Puts flags back on the rows from `from` down (rows that are not there and need none are left alone). */
function setRowFlags(ws: Worksheet, from: number, flags: readonly RowFlags[]): void {
  flags.forEach((f, i) => {
    const row = f.hidden || f.outline ? ws.getRow(from + i) : ws.findRow(from + i);
    if (!row) return;
    if (row.hidden !== f.hidden) row.hidden = f.hidden;
    if ((row.outlineLevel ?? 0) !== f.outline) row.outlineLevel = f.outline;
  });
}

/**
 * Takes every merge off, keeping each covered cell's own style (exceljs's unmerge would reset it to the
 * row's: the borders of a merged 一级 cell would be lost).
 */
function unmergeAll(ws: Worksheet, merges: readonly Area[]): void {
  for (const m of merges) {
    const kept: [import('exceljs').Cell, Partial<import('exceljs').Style>][] = [];
    for (let r = m.r0; r <= m.r1; r++)
      for (let c = m.c0; c <= m.c1; c++) {
        const cell = ws.getCell(r + 1, c + 1);
        kept.push([cell, JSON.parse(JSON.stringify(cell.style ?? {})) as Partial<import('exceljs').Style>]);
      }
    ws.unMergeCells(rangeA1(m.r0, m.c0, m.r1, m.c1));
    for (const [cell, style] of kept) cell.style = style;
  }
}

/**
 * Applies a plan (already ordered bottom-up by the planner) to a workbook's sheets; returns what each
 * insertion did, in the order applied (undo goes through it backwards).
 */
export function applyPlan(
  sheetOf: (name: string) => Worksheet | undefined,
  plan: readonly RowInsertion[],
): InsertedRows[] {
  const done: InsertedRows[] = [];
  for (const ins of [...plan].sort((a, c) => c.beforeRow - a.beforeRow)) {
    const ws = sheetOf(ins.sheet);
    if (!ws) throw new Error(`no sheet named "${ins.sheet}"`);
    done.push(insertRows(ws, ins));
  }
  return done;
}

const rangeText = (m: Area): string => rangeA1(m.r0, m.c0, m.r1, m.c1);
