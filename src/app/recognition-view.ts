/**
 * What the 识别结果 view shows (issue 18), computed from a check result and the sheets read (pure): per form
 * its parts with their ranges (title, header fields, funds, plan, goals, each indicator table), per table
 * every column of its range with the role it was read with, and the cells nobody placed.
 */
import type { CheckResult } from '../check';
import { columnName, fromA1, fromRangeA1, rangeA1 } from '../core/address';
import { textOf } from '../core/grid';
import type { Cell } from '../model/cell';
import type { Finding } from '../model/finding';
import type { ColumnRole, Form, IndicatorTable } from '../model/form';
import type { Grid } from '../model/grid';
import { MAPPING_FIXED_ROLES, type Mapping, type MappingColumnRole, type MappingTable } from '../model/mapping';
import { msg, type MessageId } from '../messages';
import { isUnreadSheet } from '../layout/unrecognized';

export type PartKind = 'title' | 'header' | 'funds' | 'plan' | 'goals' | 'table';

export interface ViewPart {
  kind: PartKind;
  /** zh-CN name shown in the list (指标表 2 …). */
  label: string;
  sheet: string;
  /** A1 range of the part's cells (a single cell for a one-cell title). */
  range: string;
}

/** A role as shown: the mapping's name (level1, value, value:中期, ignore …), the dropdown's value. */
export type ViewRole = MappingColumnRole;

export interface ViewColumn {
  col: string;
  /** The heading text over the column (the table's header row), '' when there is none. */
  header: string;
  /** How the column was read; 'ignore' for a column inside the range that no role took. */
  role: ViewRole;
}

export interface ViewTable extends ViewPart {
  kind: 'table';
  /** A table of the workbook's mapping that could not be read (its roles can still be corrected). */
  unread?: boolean;
  /** Index of the table in its form. */
  index: number;
  /** Rows at the top of the range that are headings (from the first indicator row). */
  headerRows: number;
  indicators: number;
  columns: ViewColumn[];
}

export interface UnplacedCell {
  cell: string;
  text: string;
}

export interface FormView {
  index: number;
  sheet: string;
  label: string;
  kind: Form['kind'];
  range: string;
  parts: ViewPart[];
  tables: ViewTable[];
  /** Cells of the form no part took (structure.unrecognized findings when the checker has them, else unplaced). */
  unrecognized: UnplacedCell[];
  /** A form of the workbook's mapping that could not be read. */
  unread?: boolean;
  /** What in the mapping does not fit this form's range (zh-CN). */
  problems: string[];
}

export const UNRECOGNIZED = 'structure.unrecognized';

/**
 * The forms of a check as the view lists them, in the order of the result; then the forms and tables of the
 * workbook's mapping that could not be read (so their ranges and roles can still be corrected), each with
 * the mapping problems that explain why.
 */
export function recognitionView(
  result: CheckResult,
  grids: readonly Grid[],
  mapping: Mapping | null = null,
): FormView[] {
  // a sheet that only looks like a form (structure.unrecognized) has no parts: the view offers to draw it
  const views = result.forms.flatMap((form, index) =>
    isUnreadSheet(form)
      ? []
      : [
          formView(
            form,
            index,
            grids.find((g) => g.sheet === form.sheet),
            result.findings,
          ),
        ],
  );
  for (const [sheet, m] of Object.entries(mapping?.sheets ?? {})) {
    const grid = grids.find((g) => g.sheet === sheet);
    if (!grid) continue; // a sheet this check did not read
    for (const f of m.forms) {
      if (views.some((v) => v.sheet === sheet && overlaps(v.range, f.range))) continue;
      views.push(unreadForm(sheet, f.range, f.kind, views.length));
    }
    for (const t of m.tables) {
      if (views.some((v) => v.sheet === sheet && v.tables.some((x) => overlaps(x.range, t.range)))) continue;
      let holder = views.find((v) => v.sheet === sheet && contains(v.range, t.range));
      if (!holder) {
        holder = unreadForm(sheet, t.range, 'project', views.length);
        views.push(holder);
      }
      const table = unreadTable(sheet, t, holder.tables.length, grid);
      holder.tables.push(table);
      holder.parts.push(table);
    }
  }
  const problems = result.mappingProblems ?? [];
  for (const v of views)
    v.problems = problems.filter((p) => p.sheet === v.sheet && overlaps(v.range, p.range)).map((p) => p.message);
  return views;
}

function unreadForm(sheet: string, range: string, kind: Form['kind'], index: number): FormView {
  return {
    index,
    sheet,
    label: msg('recog.unreadForm', { sheet, range }),
    kind,
    range,
    parts: [],
    tables: [],
    unrecognized: [],
    unread: true,
    problems: [],
  };
}

function unreadTable(sheet: string, t: MappingTable, index: number, grid: Grid): ViewTable {
  const box = fromRangeA1(t.range);
  const columns: ViewColumn[] = [];
  for (let c = box.c0; c <= box.c1; c++) {
    const col = columnName(c);
    columns.push({ col, header: headingText(grid, box.r0, t.headerRows, c), role: t.columns[col] ?? 'ignore' });
  }
  return {
    kind: 'table',
    label: msg('recog.unreadTable'),
    sheet,
    range: t.range,
    index,
    headerRows: t.headerRows,
    indicators: 0,
    columns,
    unread: true,
  };
}

function overlaps(a: string, b: string): boolean {
  const p = fromRangeA1(a);
  const q = fromRangeA1(b);
  return p.r0 <= q.r1 && q.r0 <= p.r1 && p.c0 <= q.c1 && q.c0 <= p.c1;
}

function contains(outer: string, inner: string): boolean {
  const p = fromRangeA1(outer);
  const q = fromRangeA1(inner);
  return p.r0 <= q.r0 && p.r1 >= q.r1 && p.c0 <= q.c0 && p.c1 >= q.c1;
}

export function formLabel(form: Form, index: number): string {
  return msg('recog.formLabel', {
    sheet: form.sheet,
    name: form.name ?? form.title ?? msg('recog.formNth', { n: index + 1 }),
    kind: msg(form.kind === 'department' ? 'recog.kind.department' : 'recog.kind.project'),
  });
}

function formView(form: Form, index: number, grid: Grid | undefined, findings: readonly Finding[]): FormView {
  const parts: ViewPart[] = [];
  const add = (kind: Exclude<PartKind, 'table'>, cells: readonly (Cell | null | undefined)[]) => {
    const range = boundingRange(cells);
    if (range) parts.push({ kind, label: msg(`recog.part.${kind}`), sheet: form.sheet, range });
  };
  const title = titleCell(form, grid);
  if (title) add('title', [title]);
  add(
    'header',
    form.header.flatMap((f) => [f.label, f.value]),
  );
  add(
    'funds',
    form.funds.flatMap((f) => [f.label, ...Object.values(f.amounts)]),
  );
  add(
    'plan',
    form.plan.flatMap((p) => [p.label, p.value]),
  );
  add(
    'goals',
    form.goals.flatMap((g) => [g.label, g.value]),
  );
  const tables = form.tables.map((t, i) => tableView(form, t, i, grid));
  return {
    index,
    sheet: form.sheet,
    label: formLabel(form, index),
    kind: form.kind,
    range: form.range,
    parts: [...parts.sort((a, b) => topRow(a.range) - topRow(b.range)), ...tables],
    tables,
    unrecognized: unrecognizedCells(form, findings),
    problems: [],
  };
}

function tableView(form: Form, table: IndicatorTable, index: number, grid: Grid | undefined): ViewTable {
  const box = fromRangeA1(table.range);
  const inside = form.indicators.filter((n) => n.row - 1 >= box.r0 && n.row - 1 <= box.r1);
  const first = inside.reduce((m, n) => Math.min(m, n.row - 1), Number.POSITIVE_INFINITY);
  // the reader says how many heading rows it took; older results: up to the first indicator row
  const headerRows =
    table.headerRows ?? (Number.isFinite(first) ? Math.max(0, first - box.r0) : Math.min(1, box.r1 - box.r0 + 1));
  const values = table.columns.filter((x) => x.role === 'value');
  const headerRow = table.headerRow - 1;
  const columns: ViewColumn[] = [];
  for (let c = box.c0; c <= box.c1; c++) {
    const col = columnName(c);
    const read = table.columns.find((x) => x.col === col);
    columns.push({
      col,
      header: read?.header ?? headingText(grid, headerRow, headerRows, c),
      role: read ? viewRole(read.role, read.period, values.length) : 'ignore',
    });
  }
  return {
    kind: 'table',
    label: form.tables.length > 1 ? msg('recog.part.tableNth', { n: index + 1 }) : msg('recog.part.table'),
    sheet: form.sheet,
    range: table.range,
    index,
    headerRows,
    indicators: inside.length,
    columns,
  };
}

/**
 * The mapping's name for a role as read (as mappingFromForms writes it): a table's one value column of the
 * year is plain `value`, any other value column value:<period>.
 */
export function viewRole(role: ColumnRole, period: string | null, valueColumns: number): ViewRole {
  if (role !== 'value') return role;
  if (!period || (period === '全年' && valueColumns === 1)) return 'value';
  return `value:${period}`;
}

const ROLE_MESSAGE: Record<string, MessageId | undefined> = {
  level1: 'recog.role.level1',
  level2: 'recog.role.level2',
  level3: 'recog.role.level3',
  value: 'recog.role.value',
  operator: 'recog.role.operator',
  unit: 'recog.role.unit',
  description: 'recog.role.description',
  basis: 'recog.role.basis',
  weight: 'recog.role.weight',
  history: 'recog.role.history',
  direction: 'recog.role.direction',
  valueType: 'recog.role.valueType',
  note: 'recog.role.note',
  duty: 'recog.role.duty',
  work: 'recog.role.work',
  project: 'recog.role.project',
  projectField: 'recog.role.projectField',
  ignore: 'recog.role.ignore',
};

/** zh-CN name of a role: 一级, 指标值·全年, 忽略 … */
export function roleLabel(role: ViewRole): string {
  const m = /^value:(.+)$/.exec(role);
  if (m) return msg('recog.role.valuePeriod', { period: m[1] });
  return msg(ROLE_MESSAGE[role] ?? 'recog.role.ignore');
}

/** The mapping's roles in the order the dropdown offers them (period values are added after `value`). */
const FIXED_ROLES: readonly MappingColumnRole[] = MAPPING_FIXED_ROLES;

/**
 * The roles a column can be given: the fixed ones, a value per other period the sheet's forms use
 * (指标值·半年, 指标值·中期 …) right after 指标值·全年 (plain `value`), and the column's current role.
 */
export function roleOptions(periods: readonly string[], current?: ViewRole): { value: ViewRole; label: string }[] {
  const roles: ViewRole[] = [...FIXED_ROLES];
  const at = roles.indexOf('value') + 1;
  const others = [...new Set(periods)].filter((p) => p !== '全年');
  roles.splice(at, 0, ...others.map((p): ViewRole => `value:${p}`));
  if (current && !roles.includes(current)) roles.push(current);
  return roles.map((value) => ({ value, label: roleLabel(value) }));
}

/** Periods the forms of a sheet read values for (with the periods of value:<period> roles in use). */
export function sheetPeriods(forms: readonly FormView[], sheet: string): string[] {
  const out = new Set<string>();
  for (const f of forms) {
    if (f.sheet !== sheet) continue;
    for (const t of f.tables)
      for (const c of t.columns) if (c.role.startsWith('value:')) out.add(c.role.slice('value:'.length));
  }
  return [...out];
}

/** The smallest range holding every given cell, or null when there are none. */
export function boundingRange(cells: readonly (Cell | null | undefined)[]): string | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const cell of cells) {
    if (!cell) continue;
    const p = fromA1(cell.address);
    r0 = Math.min(r0, p.row);
    c0 = Math.min(c0, p.col);
    r1 = Math.max(r1, p.row);
    c1 = Math.max(c1, p.col);
  }
  return r1 < 0 ? null : rangeA1(r0, c0, r1, c1);
}

/** The title's cell: the first cell of the form's first rows that reads as the title (the model keeps its text only). */
function titleCell(form: Form, grid: Grid | undefined): Cell | null {
  if (!form.title || !grid) return null;
  const box = fromRangeA1(form.range);
  const want = squash(form.title);
  const last = Math.min(box.r1, box.r0 + 5, grid.origin.row + grid.rows - 1);
  for (let r = Math.max(box.r0, grid.origin.row); r <= last; r++) {
    const row = grid.values[r - grid.origin.row] ?? [];
    for (let i = 0; i < row.length; i++) {
      const text = textOf(row[i]);
      if (text && squash(text).includes(want))
        return { text, address: rangeA1(r, grid.origin.col + i, r, grid.origin.col + i) };
    }
  }
  return null;
}

const squash = (s: string) => s.replace(/[\s#]+/g, '');

/** The heading over a column no role took: the lowest non-empty cell of the header band. */
function headingText(grid: Grid | undefined, headerRow: number, rows: number, col: number): string {
  if (!grid || rows <= 0) return '';
  for (let r = headerRow + Math.max(0, rows - 1); r >= headerRow; r--) {
    const text = textOf(grid.values[r - grid.origin.row]?.[col - grid.origin.col] ?? null).trim();
    if (text) return text;
  }
  return '';
}

function unrecognizedCells(form: Form, findings: readonly Finding[]): UnplacedCell[] {
  const box = fromRangeA1(form.range);
  const within = (f: Finding) => {
    if (f.sheet !== form.sheet) return false;
    const p = fromRangeA1(f.cell);
    return p.r0 >= box.r0 && p.r1 <= box.r1 && p.c0 >= box.c0 && p.c1 <= box.c1;
  };
  const flagged = findings.filter((f) => f.rule === UNRECOGNIZED && within(f));
  if (flagged.length > 0) return flagged.map((f) => ({ cell: f.cell, text: f.message }));
  return form.unplaced.map((c) => ({ cell: c.address, text: c.text }));
}

const topRow = (range: string) => fromRangeA1(range).r0;

/** Columns of a range, by letter (A3:E9 → A…E). */
export function rangeColumns(range: string): string[] {
  const box = fromRangeA1(range);
  const out: string[] = [];
  for (let c = box.c0; c <= box.c1; c++) out.push(columnName(c));
  return out;
}
