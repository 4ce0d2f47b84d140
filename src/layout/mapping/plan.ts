/**
 * A sheet's mapping turned into what the recognizer reads: the grid with excluded ranges emptied, and for
 * each mapped form a view of the form's range alone with a segment whose tables are the mapped ones (or,
 * when the mapping gives a form but no table, the tables the readers detect inside it).
 */
import { columnName, type RangePos } from '../../core/address';
import type { Form } from '../../model/form';
import type { Grid } from '../../model/grid';
import type { MappingColumnRole, SheetMapping } from '../../model/mapping';
import type { Segment } from '../segment';
import { segmentSheet } from '../segment';
import { splitBlocks, type TableColumn, type TableHeader } from '../table-header';
import { normalizeLabel } from '../normalize';
import { SheetView } from '../view';
import { fitMapping, isValueRole, mappingProblem, type FittedForm, type FittedTable, type MappingProblem } from './fit';

/** One mapped form, ready for the form reader. */
export interface MappedPart {
  view: SheetView;
  segment: Segment;
  form: FittedForm;
}

export interface MappingPlan {
  /** The sheet with excluded ranges read as empty. */
  grid: Grid;
  /** The mapped forms, top to bottom; null when the mapping names no form that fits (the readers segment the sheet). */
  parts: MappedPart[] | null;
  problems: MappingProblem[];
}

export function planMapping(grid: Grid, mapping: SheetMapping): MappingPlan {
  const fitted = fitMapping(grid, mapping);
  const problems = [...fitted.problems];
  const clean = withoutRanges(grid, fitted.exclude);
  const parts: MappedPart[] = [];
  for (const form of fitted.forms) {
    const view = new SheetView(crop(clean, form.pos));
    const headers =
      form.tables.length > 0
        ? form.tables.map((t) => mappedHeader(view, t))
        : segmentSheet(view).flatMap((s) => s.headers);
    if (headers.length === 0) {
      problems.push(mappingProblem(grid.sheet, form.range, 'formWithoutTable'));
      continue;
    }
    parts.push({ view, segment: { start: 0, end: view.rows - 1, titleRow: null, headers }, form });
  }
  return { grid: clean, parts: fitted.forms.length > 0 ? parts : null, problems };
}

/** A form read from a mapped range takes the mapping's range and kind. */
export function asMapped(form: Form, part: MappedPart): Form {
  return { ...form, range: part.form.range.replace(/\$/g, ''), kind: part.form.kind };
}

/** The grid with the cells of `ranges` emptied (rows copied only where they change). */
function withoutRanges(grid: Grid, ranges: readonly RangePos[]): Grid {
  if (ranges.length === 0) return grid;
  const values = grid.values.slice();
  for (const p of ranges) {
    for (let r = p.r0 - grid.origin.row; r <= p.r1 - grid.origin.row; r++) {
      if (!values[r]) continue;
      const row = (values[r] = values[r].slice());
      for (let c = p.c0 - grid.origin.col; c <= p.c1 - grid.origin.col; c++) if (c < row.length) row[c] = null;
    }
  }
  return { ...grid, values };
}

/** The part of a grid inside a range (sheet coordinates, already inside the used range). */
function crop(grid: Grid, p: RangePos): Grid {
  const r0 = p.r0 - grid.origin.row;
  const c0 = p.c0 - grid.origin.col;
  const rows = p.r1 - p.r0 + 1;
  const cols = p.c1 - p.c0 + 1;
  const values = grid.values.slice(r0, r0 + rows).map((row) => {
    const out = row.slice(c0, c0 + cols);
    while (out.length < cols) out.push(null);
    return out;
  });
  while (values.length < rows) values.push(new Array<null>(cols).fill(null));
  const inside = (m: RangePos) => m.r0 >= p.r0 && m.r1 <= p.r1 && m.c0 >= p.c0 && m.c1 <= p.c1;
  return {
    ...grid,
    rows,
    cols,
    values,
    origin: { row: p.r0, col: p.c0 },
    merges: grid.merges.filter(inside),
  };
}

/** The table header the indicator reader takes, from a mapped table (view coordinates of the form's crop). */
function mappedHeader(view: SheetView, t: FittedTable): TableHeader {
  const origin = view.grid.origin;
  const top = t.pos.r0 - origin.row;
  const end = t.pos.r1 - origin.row;
  const c0 = t.pos.c0 - origin.col;
  const c1 = t.pos.c1 - origin.col;
  const headingRow = top + t.headerRows - 1;
  // the heading cells are the table's furniture (the reader consumes only the first and last heading row)
  for (let r = top; r <= headingRow; r++) for (const c of view.filled(r, c0, c1)) view.consume(r, c);
  const plainValues = [...t.roles.values()].filter((r) => r === 'value').length;
  const columns: TableColumn[] = [];
  // several projects in one table: each project's own fields, named by their headings, one form each
  const projectColumns: { col: number; label: string }[] = [];
  for (let c = c0; c <= c1; c++) {
    const role = t.roles.get(c + origin.col) ?? 'ignore';
    const header = t.headerRows > 0 ? view.text(headingRow, c) : '';
    if (role === 'projectField') projectColumns.push({ col: c, label: normalizeLabel(header) });
    else columns.push(tableColumn(c, columnName(c + origin.col), role, header, plainValues));
  }
  // the columns of a level after a value start a side-by-side block (中期 | 年度), as in a detected table
  const blocks = splitBlocks(columns);
  // the project columns are left of the levels, outside the blocks
  blocks[0].c0 = projectColumns.length > 0 ? Math.max(...projectColumns.map((p) => p.col)) + 1 : c0;
  blocks[blocks.length - 1].c1 = c1;
  if (blocks.length > 1) for (const b of blocks) b.name = b.columns.find((x) => x.role === 'value')?.period ?? b.name;
  const roles = new Set(columns.map((x) => x.role));
  return {
    row: t.headerRows > 0 ? top : top - 1,
    lastRow: t.headerRows > 0 ? headingRow : top - 1,
    // columns left of the project fields (序号) are the table's, read by nobody, as a detected table's 序号
    outerCol: projectColumns.length > 0 ? c0 : null,
    outerLabel: null,
    blocks,
    ...(t.headerRows === 0 ? { implicit: true } : {}),
    // no 一级/二级 column: the levels, if any, are rows of the 三级 column (or there are none: a flat list)
    ...(!roles.has('level1') && !roles.has('level2') ? { oneColumn: true } : {}),
    ...(projectColumns.length > 0 ? { projectColumns } : {}),
    mapped: { end },
  };
}

function tableColumn(
  col: number,
  letter: string,
  role: MappingColumnRole,
  header: string,
  plainValues: number,
): TableColumn {
  if (!isValueRole(role)) return { col, role: role as TableColumn['role'], period: null, header };
  const named = role.startsWith('value:') ? role.slice('value:'.length) : null;
  // one plain value column is the year's (全年); several are told apart by their heading or their letter
  const period = named ?? (plainValues === 1 ? '全年' : header.trim() || `值${letter}`);
  return { col, role: 'value', period, header };
}
