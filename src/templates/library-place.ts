/**
 * Putting a library entry (指标库) into a form: the cells of one indicator row in the table's own columns
 * (三级 name, the example as the value template in every value column, operator and unit where the table
 * has such columns), for 插入到选中行 (a row inserted below the selected one) and for typing suggestions
 * (a 三级 typed into a row: the name completed and the empty value cells filled). Pure.
 */
import { columnIndex, fromRangeA1 } from '../core/address';
import type { Form, IndicatorTable } from '../model/form';
import type { RowInsertion } from '../model/row-insertion';
import { searchLibrary, type LibraryEntry } from './library';
import { mainTable } from './planner';

/** 服务对象满意度指标 → 服务对象满意度; spaces do not count. */
function norm(text: string | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u3000]+/g, '').replace(/指标$/, '');
}

/** ≥90% with an operator column: the operator and unit go to their columns, the number stays. */
function split(e: LibraryEntry): { op: string; value: string; unit: string } {
  let rest = e.example;
  if (e.operator && rest.startsWith(e.operator)) rest = rest.slice(e.operator.length);
  if (e.unit && rest.endsWith(e.unit)) rest = rest.slice(0, -e.unit.length);
  return e.operator
    ? { op: e.operator, value: rest.trim(), unit: e.unit ?? '' }
    : { op: '', value: e.example, unit: '' };
}

/** The table whose rows hold `row` (1-based), else the form's main table. */
export function tableAt(form: Form, row: number): IndicatorTable | undefined {
  return (
    form.tables.find((t) => {
      const r = fromRangeA1(t.range);
      return row > t.headerRow && row <= r.r1 + 2;
    }) ?? undefined
  );
}

/** Cells (column letter → text) of one entry in the table's first block of columns. */
export function entryCells(table: IndicatorTable, e: LibraryEntry): Record<string, string> {
  const cols = (role: string) => table.columns.filter((c) => c.role === role).map((c) => c.col);
  const first = (role: string): string | undefined => cols(role)[0];
  const level3 = first('level3');
  const out: Record<string, string> = {};
  if (level3) out[level3] = e.name;
  const op = first('operator');
  const unit = first('unit');
  const parts = split(e);
  // value columns of the first block: those left of the next 三级 column, if any
  const next = cols('level3')[1];
  for (const v of cols('value'))
    if (next === undefined || columnIndex(v) < columnIndex(next)) out[v] = op ? parts.value : e.example;
  if (op && parts.op) out[op] = parts.op;
  if (unit && parts.unit) out[unit] = parts.unit;
  return out;
}

/**
 * 插入到选中行: one row inserted below the selected row, in the table's columns; the entry's 二级 (and
 * 一级) label is written too when the selected row belongs to another group. Null outside every table.
 */
export function placeEntry(form: Form, e: LibraryEntry, selectedRow: number): RowInsertion | null {
  const table = tableAt(form, selectedRow);
  if (!table) return null;
  const row = entryCells(table, e);
  const node = form.indicators.find((n) => n.row === selectedRow);
  const level1 = table.columns.find((c) => c.role === 'level1')?.col;
  const level2 = table.columns.find((c) => c.role === 'level2')?.col;
  // 满意度指标 on the form is the library's 服务对象满意度指标: one label containing the other is the same group
  const a = norm(node?.level2?.text);
  const b = norm(e.level2);
  const sameGroup = node !== undefined && a !== '' && (a.includes(b) || b.includes(a));
  if (!sameGroup && level2) row[level2] = e.level2;
  const sameLevel1 = node !== undefined && norm(node.level1?.text).startsWith(norm(e.level1));
  if (!sameGroup && !sameLevel1 && level1) row[level1] = e.level1.endsWith('指标') ? e.level1 : `${e.level1}指标`;
  return { sheet: form.sheet, beforeRow: selectedRow + 1, rows: [row] };
}

/** Typing suggestions: entries whose name matches what was typed into a 三级 cell, best first. */
export function libraryMatches(typed: string, form: Form, limit = 5): LibraryEntry[] {
  const words = typed.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || typed.trim().length < 2) return [];
  return searchLibrary({ words, kind: form.kind })
    .filter((e) => words.every((w) => e.name.includes(w)))
    .slice(0, limit);
}

/** Is this (0-based) column a 三级 column of a table of the form? */
export function isLevel3Column(form: Form, col: number): boolean {
  return form.tables.some((t) => t.columns.some((c) => c.role === 'level3' && columnIndex(c.col) === col));
}

/**
 * One click on a typed suggestion: the typed cell gets the entry's full name, and the row's value (and
 * operator/unit) cells the template — only those that are empty now (`current`: column letter → text).
 */
export function typedEntryCells(
  form: Form,
  e: LibraryEntry,
  row: number,
  current: Record<string, string>,
): Record<string, string> {
  const table = tableAt(form, row) ?? mainTable(form);
  if (!table) return {};
  const cells = entryCells(table, e);
  const out: Record<string, string> = {};
  for (const [col, text] of Object.entries(cells)) {
    const level3 = table.columns.some((c) => c.col === col && c.role === 'level3');
    if (level3 || !(current[col] ?? '').trim()) out[col] = text;
  }
  return out;
}
