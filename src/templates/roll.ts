/**
 * 复制为新年度 (roll forward): the cell edits that turn a recognized form into next year's — the form's own
 * year in the title and the goals replaced by the new year, and what the form's preset says to clear
 * (上年实际值, 自评 columns, dates) emptied. Other values are kept. Pure: hosts apply the edits to a copy
 * (new sheet or file), never to the original.
 */
import { columnIndex, fromRangeA1, rangeA1 } from '../core/address';
import type { Form } from '../model/form';
import type { Grid } from '../model/grid';
import type { RollClear } from './preset-schema';

export interface RollEdit {
  /** A1 address on the form's sheet. */
  cell: string;
  what: string;
  before: string;
  after: string;
}

/** The year as a whole number only (2026 in 2026年度, not in 120261). */
function replaceYear(text: string, from: number, to: number): string {
  return text.replace(new RegExp(`(?<!\\d)${from}(?!\\d)`, 'g'), String(to));
}

/**
 * Edits for one form: cells of the title area (rows above the first header field, or the title and a
 * (2026年度) line) and the goal cells that name the form's year.
 */
export function rollForward(grid: Grid, form: Form, year: number, clear: readonly RollClear[] = []): RollEdit[] {
  const from = form.year;
  if (from === null || from === year) return [];
  const edits: RollEdit[] = [];
  const edit = (cell: string, what: string, before: string): void => {
    const after = replaceYear(before, from, year);
    if (after !== before) edits.push({ cell, what, before, after });
  };
  const range = fromRangeA1(form.range);
  // fields the recognizer knows by name start the body; `other` fields (编制日期 above the form) are title area
  const known = form.header.filter((h) => h.key !== 'other');
  const firstField = Math.min(...known.map((h) => Number(/\d+/.exec(h.label.address)?.[0])), range.r1 + 1) - 1;
  for (let r = Math.max(0, range.r0 - 3); r < firstField; r++)
    for (let c = range.c0; c <= range.c1; c++) {
      const v = grid.values[r - grid.origin.row]?.[c - grid.origin.col];
      if (typeof v === 'string') edit(rangeA1(r, c, r, c), '标题', v);
    }
  for (const g of form.goals) if (g.value?.text) edit(g.value.address, g.label.text.replace(/\s+/g, ''), g.value.text);
  // a cleared cell is emptied even when its year was replaced above (填报日期：2025年3月)
  const cleared = clearedCells(grid, form, clear);
  const gone = new Set(cleared.map((e) => e.cell));
  return [...edits.filter((e) => !gone.has(e.cell)), ...cleared];
}

const squash = (t: string): string => t.replace(/\s+/g, '');

const KEPT_ROLES = new Set(['level1', 'level2', 'level3', 'value', 'operator', 'unit']);

/**
 * The cells the preset's `rollClear` empties: cells under a table heading that contains one of the
 * words (the heading itself and other columns are kept), and the values of labelled fields.
 */
export function clearedCells(grid: Grid, form: Form, clear: readonly RollClear[]): RollEdit[] {
  const out: RollEdit[] = [];
  const seen = new Set<string>();
  const at = (r: number, c: number): string => {
    const v = grid.values[r - grid.origin.row]?.[c - grid.origin.col];
    return v === null || v === undefined ? '' : String(v);
  };
  const empty = (r: number, c: number, what: string, after = ''): void => {
    const cell = rangeA1(r, c, r, c);
    const before = at(r, c);
    if (seen.has(cell) || before.trim() === after.trim()) return;
    seen.add(cell);
    out.push({ cell, what, before, after });
  };
  const range = fromRangeA1(form.range);
  for (const rule of clear) {
    const words = (rule.columns ?? []).map(squash).filter(Boolean);
    if (words.length)
      for (const table of form.tables) {
        const t = fromRangeA1(table.range);
        const top = table.headerRow - 1;
        const body = top + Math.max(1, table.headerRows ?? 1);
        // every column of the form, not only the table's: a 未达到原因分析 column the reader leaves out still goes
        for (let c = range.c0; c <= range.c1; c++) {
          let heading = '';
          for (let r = top; r < body; r++) heading += squash(at(r, c));
          if (!words.some((w) => heading.includes(w))) continue;
          // next year's targets and names are never emptied, whatever a heading's words
          const role = table.columns.find((col) => columnIndex(col.col) === c)?.role;
          if (role && KEPT_ROLES.has(role)) continue;
          for (let r = body; r <= t.r1; r++) empty(r, c, rule.what);
        }
      }
    const labels = (rule.fields ?? []).map(squash).filter(Boolean);
    if (labels.length === 0) continue;
    for (const h of form.header) {
      const label = squash(h.label.text);
      if (h.value && h.value.address !== h.label.address && labels.some((l) => label.startsWith(l))) {
        const { r0, c0 } = fromRangeA1(h.value.address);
        empty(r0, c0, rule.what);
      }
    }
    // 填报日期：2025年3月1日 in one cell, above, inside or just below the form
    for (let r = Math.max(grid.origin.row, range.r0 - 3); r <= range.r1 + 3; r++)
      for (let c = range.c0; c <= range.c1; c++) {
        const text = at(r, c);
        const m = /^\s*([^:：]+)[:：]/.exec(text);
        if (m && labels.some((l) => squash(m[1]).startsWith(l))) empty(r, c, rule.what, text.slice(0, m[0].length));
      }
  }
  return out;
}
