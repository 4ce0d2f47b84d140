/**
 * How a sheet's mapping fits the sheet as it is now: the forms and tables that can be read (clipped to the
 * used range) and, for each part that cannot, a problem in plain zh-CN. A bad mapping never throws: the
 * parts that do not fit are left out and said so.
 */
import { columnIndex, fromRangeA1, rangeA1, type RangePos } from '../../core/address';
import type { Grid } from '../../model/grid';
import type { FormKind } from '../../model/form';
import type { MappingColumnRole, SheetMapping } from '../../model/mapping';

export type MappingProblemCode =
  | 'rangeOutside'
  | 'rangePartlyOutside'
  | 'columnOutside'
  | 'tableOutsideForms'
  | 'noNameColumn'
  | 'noValueColumn'
  | 'headerRowsTooMany'
  | 'formWithoutTable'
  | 'sheetMissing';

/** A part of a mapping that does not fit its sheet. `range` is the mapping's own range (or the sheet's). */
export interface MappingProblem {
  sheet: string;
  range: string;
  code: MappingProblemCode;
  /** What is wrong and what to do, zh-CN. */
  message: string;
}

/** A table of a mapping as it will be read (positions 0-based, sheet coordinates, inside the used range). */
export interface FittedTable {
  range: string;
  pos: RangePos;
  headerRows: number;
  /** Column (sheet index) → role; columns of the range the mapping does not name are absent (ignored). */
  roles: Map<number, MappingColumnRole>;
}

export interface FittedForm {
  range: string;
  pos: RangePos;
  kind: FormKind;
  tables: FittedTable[];
}

export interface FittedMapping {
  forms: FittedForm[];
  exclude: RangePos[];
  problems: MappingProblem[];
}

const TEXT: Record<MappingProblemCode, (p: Record<string, string>) => string> = {
  rangeOutside: (p) =>
    `映射中的${p.part} ${p.range} 在工作表的已用区域 ${p.used} 之外，已忽略；请按现在的表格重新指定范围。`,
  rangePartlyOutside: (p) =>
    `映射中的${p.part} ${p.range} 超出工作表的已用区域 ${p.used}，只读取其中的部分；请确认范围是否仍然正确。`,
  columnOutside: (p) => `指标表 ${p.range} 的列 ${p.col}（${p.role}）不在该表的范围内，已忽略这一列。`,
  tableOutsideForms: (p) => `指标表 ${p.range} 不在映射中任何一张表单的范围内，已忽略；请把它放进某张表单的范围。`,
  noNameColumn: (p) => `指标表 ${p.range} 没有指定三级指标列（level3），无法读取指标名称，已忽略这张表。`,
  noValueColumn: (p) => `指标表 ${p.range} 没有指定指标值列（value 或 value:期间），已忽略这张表。`,
  headerRowsTooMany: (p) => `指标表 ${p.range} 的表头行数 ${p.rows} 不少于表的行数，没有可读的指标行，已忽略这张表。`,
  formWithoutTable: (p) => `表单 ${p.range} 中没有指标表：请在映射中指定指标表的范围和各列的作用。`,
  sheetMissing: (p) => `映射中的工作表“${p.sheet}”不在工作簿中（可能已改名或删除）。`,
};

export function mappingProblem(
  sheet: string,
  range: string,
  code: MappingProblemCode,
  params: Record<string, string> = {},
): MappingProblem {
  return { sheet, range, code, message: TEXT[code]({ range, sheet, ...params }) };
}

/** The used range of a grid in sheet coordinates (null for an empty sheet). */
function usedRange(grid: Grid): RangePos | null {
  if (grid.rows === 0 || grid.cols === 0) return null;
  const { row, col } = grid.origin;
  return { r0: row, c0: col, r1: row + grid.rows - 1, c1: col + grid.cols - 1 };
}

function intersect(a: RangePos, b: RangePos): RangePos | null {
  const r = { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
  return r.r0 <= r.r1 && r.c0 <= r.c1 ? r : null;
}

function contains(outer: RangePos, inner: RangePos): boolean {
  return inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
}

const A1 = (p: RangePos) => rangeA1(p.r0, p.c0, p.r1, p.c1);

export const isValueRole = (role: MappingColumnRole): boolean => role === 'value' || role.startsWith('value:');

/**
 * The parts of a sheet's mapping that fit the grid. Ranges are clipped to the used range (a problem says
 * so); a table must lie inside one of the mapped forms and name a 三级 (or, for a two-level table, 二级)
 * column and a value column.
 */
export function fitMapping(grid: Grid, mapping: SheetMapping): FittedMapping {
  const sheet = grid.sheet;
  const problems: MappingProblem[] = [];
  const used = usedRange(grid);
  const usedText = used ? A1(used) : '（空表）';
  const clip = (range: string, part: string): RangePos | null => {
    const pos = fromRangeA1(range.replace(/\$/g, ''));
    const inside = used ? intersect(pos, used) : null;
    if (!inside) problems.push(mappingProblem(sheet, range, 'rangeOutside', { part, used: usedText }));
    else if (!contains(inside, pos))
      problems.push(mappingProblem(sheet, range, 'rangePartlyOutside', { part, used: usedText }));
    return inside;
  };

  const forms: FittedForm[] = [];
  for (const f of mapping.forms) {
    const pos = clip(f.range, '表单');
    if (pos) forms.push({ range: f.range, pos, kind: f.kind, tables: [] });
  }
  for (const t of mapping.tables) {
    const pos = clip(t.range, '指标表');
    if (!pos) continue;
    // a top clipped away takes its heading rows with it
    const headerRows = Math.max(0, t.headerRows - (pos.r0 - fromRangeA1(t.range.replace(/\$/g, '')).r0));
    const table = fitTable(sheet, t.range, pos, headerRows, t.columns, problems);
    if (!table) continue;
    // the form holding the table: the first whose range contains it (a table half in a form belongs to none)
    const form = forms.find((f) => contains(f.pos, pos));
    if (!form) {
      problems.push(mappingProblem(sheet, t.range, 'tableOutsideForms'));
      continue;
    }
    form.tables.push(table);
  }
  for (const f of forms) f.tables.sort((a, b) => a.pos.r0 - b.pos.r0 || a.pos.c0 - b.pos.c0);
  forms.sort((a, b) => a.pos.r0 - b.pos.r0 || a.pos.c0 - b.pos.c0);
  const exclude: RangePos[] = [];
  for (const range of mapping.exclude ?? []) {
    const pos = used ? intersect(fromRangeA1(range.replace(/\$/g, '')), used) : null;
    if (pos) exclude.push(pos);
  }
  return { forms, exclude, problems };
}

function fitTable(
  sheet: string,
  range: string,
  pos: RangePos,
  headerRows: number,
  columns: Record<string, MappingColumnRole>,
  problems: MappingProblem[],
): FittedTable | null {
  const roles = new Map<number, MappingColumnRole>();
  for (const [letter, role] of Object.entries(columns)) {
    const col = columnIndex(letter);
    if (col < pos.c0 || col > pos.c1) {
      problems.push(mappingProblem(sheet, range, 'columnOutside', { col: letter, role }));
      continue;
    }
    roles.set(col, role);
  }
  const all = [...roles.values()];
  // a two-level table (二级 | 指标值) names its indicators in the 二级 column
  if (!all.includes('level3') && !all.includes('level2')) {
    problems.push(mappingProblem(sheet, range, 'noNameColumn'));
    return null;
  }
  if (!all.some(isValueRole)) {
    problems.push(mappingProblem(sheet, range, 'noValueColumn'));
    return null;
  }
  if (headerRows >= pos.r1 - pos.r0 + 1) {
    problems.push(mappingProblem(sheet, range, 'headerRowsTooMany', { rows: String(headerRows) }));
    return null;
  }
  return { range, pos, headerRows, roles };
}
