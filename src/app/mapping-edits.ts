/**
 * The corrections of the 识别结果 view as pure functions (issue 18): (current mapping | null, what was
 * recognized, one edit) → the new mapping. The first correction of a sheet starts from the reading the user
 * sees (every form and table of the sheet as recognized), so correcting one column keeps the rest as it was.
 */
import { columnName, fromRangeA1, rangeA1 } from '../core/address';
import { textOf } from '../core/grid';
import { columnRole, periodOf } from '../layout/match';
import { normalizeLabel } from '../layout/normalize';
import type { Form, FormKind } from '../model/form';
import { mappingFromForms } from '../layout/mapping/derive';
import type { Grid } from '../model/grid';
import type { Mapping, MappingColumnRole, SheetMapping } from '../model/mapping';
import type { FormView, ViewTable } from './recognition-view';

/** A table of the view, by the range it was shown with (and its place on the sheet, should the range differ). */
export interface TableRef {
  sheet: string;
  range: string;
  /** Index among the sheet's tables, top to bottom. */
  index: number;
}

/** A form of the view, by range and its index among the sheet's forms. */
export interface FormRef {
  sheet: string;
  range: string;
  index: number;
}

export type MappingEdit =
  | { kind: 'role'; table: TableRef; col: string; role: MappingColumnRole }
  | { kind: 'headerRows'; table: TableRef; rows: number }
  | { kind: 'formRange'; form: FormRef; range: string }
  | { kind: 'addForm'; sheet: string; range: string; formKind: FormKind }
  | { kind: 'tableRange'; table: TableRef; range: string }
  | { kind: 'addTable'; sheet: string; range: string }
  | { kind: 'split'; form: FormRef; row: number }
  | { kind: 'join'; form: FormRef }
  | { kind: 'exclude'; sheet: string; range: string };

/** Why an edit cannot be made (a zh-CN message id with its data). */
export class MappingEditError extends Error {
  constructor(
    readonly id: 'recog.splitOutside' | 'recog.noNext',
    readonly data: Record<string, string | number>,
  ) {
    super(id);
  }
}

/**
 * Applies one correction. `grids` give the headings of a table drawn from the selection (its columns start
 * with the roles their headings name, else 忽略).
 */
export function applyMappingEdit(
  current: Mapping | null,
  forms: readonly Form[],
  grids: readonly Grid[],
  edit: MappingEdit,
): Mapping {
  const sheet = 'sheet' in edit ? edit.sheet : 'table' in edit ? edit.table.sheet : edit.form.sheet;
  const base = current?.sheets[sheet] ??
    mappingFromForms(forms.filter((f) => f.sheet === sheet)).sheets[sheet] ?? { forms: [], tables: [] };
  const next = editSheet(
    clone(base),
    edit,
    grids.find((g) => g.sheet === sheet),
  );
  return { version: 1, sheets: { ...(current?.sheets ?? {}), [sheet]: tidy(next) } };
}

function editSheet(m: SheetMapping, edit: MappingEdit, grid: Grid | undefined): SheetMapping {
  switch (edit.kind) {
    case 'role': {
      const t = findTable(m, edit.table);
      if (t) t.columns[edit.col] = edit.role;
      return m;
    }
    case 'headerRows': {
      const t = findTable(m, edit.table);
      if (t) t.headerRows = Math.max(0, Math.min(5, Math.trunc(edit.rows)));
      return m;
    }
    case 'tableRange': {
      const t = findTable(m, edit.table);
      if (!t) return addTable(m, edit.range, grid);
      t.range = edit.range;
      const cols = new Set(columnsOf(edit.range));
      for (const col of Object.keys(t.columns)) if (!cols.has(col)) delete t.columns[col];
      const guessed = guessColumns(edit.range, t.headerRows, grid);
      for (const col of cols) if (!(col in t.columns)) t.columns[col] = guessed[col] ?? 'ignore';
      return ensureForm(m, edit.range, grid);
    }
    case 'addTable':
      return addTable(m, edit.range, grid);
    case 'formRange': {
      const f = findForm(m, edit.form);
      if (f) f.range = edit.range;
      else m.forms.push({ range: edit.range, kind: 'project' });
      return m;
    }
    case 'addForm':
      m.forms.push({ range: edit.range, kind: edit.formKind });
      return m;
    case 'split': {
      const f = findForm(m, edit.form);
      if (!f) return m;
      const box = fromRangeA1(f.range);
      const at = edit.row - 1;
      if (at <= box.r0 || at > box.r1)
        throw new MappingEditError('recog.splitOutside', { row: edit.row, range: f.range });
      const upper = rangeA1(box.r0, box.c0, at - 1, box.c1);
      const lower = rangeA1(at, box.c0, box.r1, box.c1);
      m.forms.splice(m.forms.indexOf(f), 1, { range: upper, kind: f.kind }, { range: lower, kind: f.kind });
      // a table across the split ends above it; its lower part becomes the lower form's table
      for (const t of [...m.tables]) {
        const tb = fromRangeA1(t.range);
        if (tb.r0 < at && tb.r1 >= at) {
          t.range = rangeA1(tb.r0, tb.c0, at - 1, tb.c1);
          m.tables.push({ ...t, range: rangeA1(at, tb.c0, tb.r1, tb.c1), columns: { ...t.columns } });
        }
      }
      return m;
    }
    case 'join': {
      const sorted = byTop(m.forms);
      const f = findForm(m, edit.form);
      const at = f ? sorted.indexOf(f) : -1;
      if (!f || at < 0 || at + 1 >= sorted.length) throw new MappingEditError('recog.noNext', {});
      const g = sorted[at + 1];
      const a = fromRangeA1(f.range);
      const b = fromRangeA1(g.range);
      f.range = rangeA1(Math.min(a.r0, b.r0), Math.min(a.c0, b.c0), Math.max(a.r1, b.r1), Math.max(a.c1, b.c1));
      m.forms.splice(m.forms.indexOf(g), 1);
      return m;
    }
    case 'exclude':
      m.exclude = [...(m.exclude ?? []).filter((r) => r !== edit.range), edit.range];
      return m;
  }
}

/** A new table over `range`: header rows 1 (0 for a one-row range), roles from the headings, inside a form. */
function addTable(m: SheetMapping, range: string, grid: Grid | undefined): SheetMapping {
  const box = fromRangeA1(range);
  const headerRows = box.r1 > box.r0 ? 1 : 0;
  m.tables = m.tables.filter((t) => !sameRange(t.range, range));
  m.tables.push({ range, headerRows, columns: guessColumns(range, headerRows, grid) });
  return ensureForm(m, range, grid);
}

/**
 * A table must lie in a form: when none holds it, a form is added from the first row after the previous
 * form (the title and header fields above the table) down to the table's last row.
 */
function ensureForm(m: SheetMapping, range: string, grid: Grid | undefined): SheetMapping {
  const t = fromRangeA1(range);
  const holds = m.forms.some((f) => {
    const b = fromRangeA1(f.range);
    return b.r0 <= t.r0 && b.r1 >= t.r1 && b.c0 <= t.c0 && b.c1 >= t.c1;
  });
  if (holds) return m;
  const above = m.forms.map((f) => fromRangeA1(f.range).r1).filter((r) => r < t.r0);
  const top = Math.max(above.length ? Math.max(...above) + 1 : 0, grid?.origin.row ?? 0);
  // the rows above the table as far as the sheet has content above it
  const r0 = Math.min(t.r0, firstFilledRow(grid, top, t.r0) ?? t.r0);
  m.forms.push({ range: rangeA1(r0, t.c0, t.r1, t.c1), kind: 'project' });
  return m;
}

function firstFilledRow(grid: Grid | undefined, from: number, to: number): number | null {
  if (!grid) return null;
  for (let r = from; r < to; r++) {
    const row = grid.values[r - grid.origin.row];
    if (row?.some((v) => textOf(v).trim() !== '')) return r;
  }
  return null;
}

/** Roles from the lowest heading row of a range (known headings only; the rest 忽略). */
export function guessColumns(
  range: string,
  headerRows: number,
  grid: Grid | undefined,
): Record<string, MappingColumnRole> {
  const box = fromRangeA1(range);
  const out: Record<string, MappingColumnRole> = {};
  for (let c = box.c0; c <= box.c1; c++) {
    let role: MappingColumnRole = 'ignore';
    for (let r = box.r0 + Math.max(0, headerRows - 1); grid && headerRows > 0 && r >= box.r0; r--) {
      const text = textOf(grid.values[r - grid.origin.row]?.[c - grid.origin.col] ?? null);
      const known = text.trim() ? columnRole(normalizeLabel(text)) : null;
      if (!known) continue;
      const period = known === 'value' ? periodOf(text) : null;
      role = known === 'value' && period && period !== '全年' ? `value:${period}` : known;
      break;
    }
    out[columnName(c)] = role;
  }
  return out;
}

/**
 * The mapping's part a view's part stands for: the same range, else the one holding its first cell (a table
 * read from a mapping may end above the mapping's last row), else the one at the same place in sheet order.
 */
function findPart<T extends { range: string }>(list: T[], ref: { range: string; index: number }): T | undefined {
  const top = fromRangeA1(ref.range);
  return (
    list.find((x) => sameRange(x.range, ref.range)) ??
    list.find((x) => {
      const b = fromRangeA1(x.range);
      return b.r0 <= top.r0 && b.r1 >= top.r0 && b.c0 <= top.c0 && b.c1 >= top.c0;
    }) ??
    byTop(list)[ref.index]
  );
}

const sameRange = (a: string, b: string) => {
  const p = fromRangeA1(a);
  const q = fromRangeA1(b);
  return p.r0 === q.r0 && p.r1 === q.r1 && p.c0 === q.c0 && p.c1 === q.c1;
};

const findTable = (m: SheetMapping, ref: TableRef) => findPart(m.tables, ref);
const findForm = (m: SheetMapping, ref: FormRef) => findPart(m.forms, ref);

function byTop<T extends { range: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => fromRangeA1(a.range).r0 - fromRangeA1(b.range).r0);
}

function columnsOf(range: string): string[] {
  const box = fromRangeA1(range);
  const out: string[] = [];
  for (let c = box.c0; c <= box.c1; c++) out.push(columnName(c));
  return out;
}

/** Forms and tables in sheet order (the order the recognizer reports them in), no empty exclude list. */
function tidy(m: SheetMapping): SheetMapping {
  const out: SheetMapping = { forms: byTop(m.forms).map(twoCorners), tables: byTop(m.tables).map(twoCorners) };
  if (m.exclude && m.exclude.length > 0) out.exclude = m.exclude.map((r) => (r.includes(':') ? r : `${r}:${r}`));
  return out;
}

/** A mapping's ranges name both corners (A1:A1 for one cell), as mappingFromForms writes them. */
function twoCorners<T extends { range: string }>(x: T): T {
  return x.range.includes(':') ? x : { ...x, range: `${x.range}:${x.range}` };
}

const clone = (m: SheetMapping): SheetMapping => JSON.parse(JSON.stringify(m)) as SheetMapping;

/** The sheet-wide index of a view's table (tables of earlier forms of the same sheet come first). */
export function tableRef(forms: readonly FormView[], form: FormView, table: ViewTable): TableRef {
  const before = forms.filter((f) => f.sheet === form.sheet && f.index < form.index);
  return {
    sheet: form.sheet,
    range: table.range,
    index: before.reduce((n, f) => n + f.tables.length, 0) + table.index,
  };
}

export function formRef(forms: readonly FormView[], form: FormView): FormRef {
  return {
    sheet: form.sheet,
    range: form.range,
    index: forms.filter((f) => f.sheet === form.sheet && f.index < form.index).length,
  };
}
