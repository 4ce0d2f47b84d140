/**
 * Templates while typing: a user types a standard 一级 or 二级 label (决策, 过程, 项目立项, 资金管理,
 * 预算执行 …) into an empty row of an indicator table; we offer the standard rows under that label that
 * the form lacks. Pure: the pane's edit handler reads the edited row and calls these.
 */
import { columnIndex, columnName, fromRangeA1 } from '../core/address';
import type { Form } from '../model/form';
import type { RowInsertion } from '../model/row-insertion';
import { layoutOf, mainTable, present, valueFor } from './planner';
import type { FlatItem, TemplateLevel1, TemplateLevel2, TemplateSet } from './schema';

export interface TypedSuggestion {
  set: TemplateSet;
  /** 1: a 一级 label was typed (all its 二级 groups), 2: one 二级 group. */
  level: 1 | 2;
  level1: TemplateLevel1;
  level2?: TemplateLevel2;
  /** The standard rows the form lacks, in template order. */
  rows: FlatItem[];
}

/** 决策指标 → 决策, ' 资金 管理 ' → 资金管理. */
function normLabel(text: string): string {
  return text
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/[:：]$/, '')
    .replace(/指标$/, '');
}

/**
 * The standard rows a typed label asks for on this form, or null (not a standard label, or nothing of it
 * is missing). Sets of the form's kind are tried first, in order.
 */
export function suggestForTyped(label: string, form: Form, sets: readonly TemplateSet[]): TypedSuggestion | null {
  const typed = normLabel(label);
  if (!typed) return null;
  const ordered = [...sets.filter((s) => s.kind === form.kind)];
  for (const set of ordered) {
    for (const level1 of set.sections) {
      if (level1.skeleton) continue;
      const groups =
        normLabel(level1.label) === typed ? level1.groups : level1.groups.filter((g) => normLabel(g.label) === typed);
      if (groups.length === 0) continue;
      const rows: FlatItem[] = [];
      for (const level2 of groups)
        for (const item of level2.items)
          if (!present(form.indicators, level2, item)) rows.push({ level1, level2, item });
      if (rows.length === 0) return null;
      const isLevel1 = normLabel(level1.label) === typed;
      return isLevel1 ? { set, level: 1, level1, rows } : { set, level: 2, level1, level2: groups[0], rows };
    }
  }
  return null;
}

/** Where typing may trigger a suggestion: the main table's columns and rows (plus the row right below it). */
export interface TypingArea {
  sheet: string;
  /** 0-based first and last column of the table. */
  c0: number;
  c1: number;
  /** 1-based first body row and last row (one past the table, where users append). */
  top: number;
  bottom: number;
}

export function typingArea(form: Form): TypingArea | null {
  const table = mainTable(form);
  if (!table) return null;
  const r = fromRangeA1(table.range);
  return { sheet: form.sheet, c0: r.c0, c1: r.c1, top: table.headerRow + 1, bottom: r.r1 + 2 };
}

export interface TypedPlacement {
  /** Cells of the typed row to fill (column letter → text); the typed cell itself is left as typed. */
  first: Record<string, string>;
  /** The other rows, inserted right below the typed row; null when the suggestion has one row. */
  rest: RowInsertion | null;
}

/**
 * Lays the suggested rows out in the table's columns (二级 label on each group's first row, 三级 and the
 * values per period, side-by-side blocks alike), starting in the typed row — which was empty but for the
 * typed cell — and continuing in rows inserted below it, so no non-empty cell is overwritten.
 */
export function placeTyped(form: Form, s: TypedSuggestion, at: { row: number; col: string }): TypedPlacement {
  const table = mainTable(form);
  const rows: Record<string, string>[] = [];
  if (table) {
    const layout = layoutOf(table);
    let prevGroup: TemplateLevel2 | undefined;
    s.rows.forEach(({ level1, level2, item }, i) => {
      const row: Record<string, string> = {};
      if (i === 0 && s.level === 1 && layout.level1) row[layout.level1] = level1.label;
      for (const b of layout.blocks) {
        if (level2 !== prevGroup && b.level2) row[b.level2] = level2.label;
        if (b.level3) row[b.level3] = item.name;
        for (const v of b.values) {
          const text = valueFor(v.period, item);
          if (text) row[v.col] = text;
        }
      }
      prevGroup = level2;
      rows.push(row);
    });
  }
  const [head, ...tail] = rows;
  const first = { ...(head ?? {}) };
  const typedCol = columnName(columnIndex(at.col));
  delete first[typedCol];
  return { first, rest: tail.length ? { sheet: form.sheet, beforeRow: at.row + 1, rows: tail } : null };
}
