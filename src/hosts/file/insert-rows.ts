/**
 * Row insertion into an exceljs worksheet that keeps every other cell's value, style and merge.
 *
 * exceljs `spliceRows` moves values and styles but not merged areas reliably, so merges are taken off
 * first, the rows spliced, and the merges put back shifted: a merge below the insertion moves down, a
 * merge the insertion falls strictly inside (r0 < beforeRow ≤ r1) grows, one above stays. Then the
 * insertion's own merges are added (a merge it contains is replaced; one that already covers it is kept).
 */
import type { Worksheet } from 'exceljs';
import { columnIndex, fromRangeA1, rangeA1 } from '../../core/address';
import type { RowInsertion } from '../host';

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

/** Inserts the rows of one RowInsertion (rows 1-based, values keyed by column letter). */
export function insertRows(ws: Worksheet, ins: RowInsertion): void {
  const n = ins.rows.length;
  if (n === 0) return;
  const b = ins.beforeRow - 1; // 0-based first inserted row
  const merges = worksheetMerges(ws);
  for (const m of merges) ws.unMergeCells(rangeA1(m.r0, m.c0, m.r1, m.c1));

  // Style of the new rows: the row they push down (a table row), else the row above.
  const below = ws.findRow(ins.beforeRow);
  const model = below && below.cellCount > 0 ? below : ws.findRow(ins.beforeRow - 1);
  const styles = new Map<number, Partial<import('exceljs').Style>>();
  model?.eachCell({ includeEmpty: true }, (cell, col) =>
    styles.set(col, JSON.parse(JSON.stringify(cell.style ?? {})) as Partial<import('exceljs').Style>),
  );
  const height = model?.height;

  const moved: { hidden: boolean; outline: number }[] = [];
  const last = ws.rowCount;
  for (let r = ins.beforeRow; r <= last; r++) {
    const row = ws.findRow(r);
    moved.push({ hidden: row?.hidden ?? false, outline: row?.outlineLevel ?? 0 });
  }
  ws.spliceRows(ins.beforeRow, 0, ...ins.rows.map(() => []));
  moved.forEach((m, i) => {
    const row = ws.getRow(ins.beforeRow + n + i);
    if (m.hidden) row.hidden = true;
    if (m.outline) row.outlineLevel = m.outline;
  });

  ins.rows.forEach((values, i) => {
    const row = ws.getRow(ins.beforeRow + i);
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
  for (const m of result) ws.mergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);
}

/** Applies a plan (already ordered bottom-up by the planner) to a workbook's sheets. */
export function applyPlan(sheetOf: (name: string) => Worksheet | undefined, plan: readonly RowInsertion[]): number {
  let rows = 0;
  for (const ins of [...plan].sort((a, c) => c.beforeRow - a.beforeRow)) {
    const ws = sheetOf(ins.sheet);
    if (!ws) throw new Error(`no sheet named "${ins.sheet}"`);
    insertRows(ws, ins);
    rows += ins.rows.length;
  }
  return rows;
}
