import type { ColumnRole } from '../model/form';
import {
  amountColumnKey,
  columnRole,
  goalKey,
  headerKey,
  isOuterTableLabel,
  level1Key,
  level2Key,
  periodOf,
} from './match';
import { levelColumnByContent, nameColumnByContent, valueColumnByContent } from './content-columns';
import { isValueLike } from './value-like';
import type { SheetView } from './view';
import { HEADING_HINT } from './vocabulary';
import { hasWhitespace, normalizeLabel } from './normalize';

export interface TableColumn {
  col: number;
  role: ColumnRole;
  period: string | null;
  header: string;
}

/** One side of an indicator table (tables with 中期 and 年度 side by side have two blocks). */
export interface TableBlock {
  name: string | null;
  columns: TableColumn[];
  /** First and last column the block spans (unlabelled columns inside belong to the column on their left). */
  c0: number;
  c1: number;
}

export interface TableHeader {
  row: number;
  /** Last header row (a second row may split 指标值 into 半年 / 全年). */
  lastRow: number;
  /** Column of a spanning 绩效指标 label on the left, if any. */
  outerCol: number | null;
  outerLabel: string | null;
  blocks: TableBlock[];
  /** No heading row on the sheet: the columns were inferred from the first indicator row. */
  implicit?: boolean;
  /** One name column: levels, if any, are rows of that column (tree exports) or absent (flat lists). */
  oneColumn?: boolean;
  /**
   * Columns left of the levels naming each project's fields (项目名称 | 单位名称 | 资金总额 | 年度绩效目标),
   * merged down over the project's rows: the table holds several projects, one form each.
   */
  projectColumns?: { col: number; label: string }[];
  /**
   * The table was given by a user's mapping (docs/mapping.md), not detected: its rows run to `end`
   * (inclusive), blank rows and all, and its columns mean what the mapping says (no stop rows, no re-reading
   * of shifted levels).
   */
  mapped?: { end: number };
}

const LEVEL_ROLES: ColumnRole[] = ['level1', 'level2', 'level3'];
/** Roles whose column may turn out to hold the values (read by content when no value column is named). */
const NOTE_LIKE: ColumnRole[] = ['note', 'basis', 'description'];

/** Recognises an indicator table header row and its columns, or returns null. */
export function detectHeader(view: SheetView, r: number): TableHeader | null {
  // the cheap test apart: readHeading's closures cost a context object per call, and this runs on every row
  return mayBeHeading(view, r) ? readHeading(view, r) : null;
}

/** Two to forty filled cells, two of them holding a heading word. */
function mayBeHeading(view: SheetView, r: number): boolean {
  const cols = view.filled(r);
  if (cols.length < 2 || cols.length > 40) return false;
  let hinted = 0;
  // indexed: runs on every row of the sheet (a for…of not yet optimised makes an iterator result per cell)
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    // the text first (cheap); its normalised label only when spaces may split a word (绩 效 指 标)
    const text = view.text(r, c);
    if (HEADING_HINT.test(text) || (hasWhitespace(text) && HEADING_HINT.test(view.label(r, c)))) hinted++;
  }
  return hinted >= 2;
}

function readHeading(view: SheetView, r: number): TableHeader | null {
  const cols = view.filled(r);
  let roles: HeadingColumn[] = [];
  let outerCol: number | null = null;
  let outerLabel: string | null = null;
  let others = 0;
  const fields: { col: number; label: string }[] = [];
  const unknown: number[] = [];
  for (const c of cols) {
    const label = view.label(r, c);
    const role = columnRole(label);
    if (role) roles.push({ col: c, role, header: view.text(r, c) });
    else if (roles.length === 0 && isProjectField(label) && (fields.length > 0 || headerKey(label) !== null))
      // 项目名称 | 实施单位 | 资金总额 | 年度绩效目标 left of the levels: one table holding several projects
      fields.push({ col: c, label });
    else if (roles.length === 0 && outerCol === null && isOuterTableLabel(label)) {
      outerCol = c;
      outerLabel = label;
    } else {
      others++;
      unknown.push(c);
    }
  }
  // a header band of two or three rows: the lower rows name the columns under a spanning heading
  // (指标值 over 半年/全年, 指标标准或依据 over 上年实际值/本年目标值)
  let lastRow = r;
  for (let br = r + 1; br <= r + 2 && br < view.rows; br++) {
    const combined = combineBand(view, br, roles);
    if (!combined) break;
    roles = combined;
    lastRow = br;
  }
  // no 二级 heading: a column left of the names may hold the levels all the same (指标层级 over
  // 产出指标-数量指标; 指标名称 over 数量指标 beside 指标内容 over the names)
  // (only beside a value column: a table of levels over texts is no indicator table)
  if (!roles.some((x) => x.role === 'level2') && roles.some((x) => x.role === 'value')) {
    const names = roles.filter((x) => x.role === 'level3').map((x) => x.col);
    const nameCol = names.length > 0 ? Math.max(...names) : -1;
    const candidates = [...unknown, ...names, ...(outerCol !== null ? [outerCol] : [])];
    for (const c of candidates) {
      if (c >= nameCol || roles.some((x) => x.col === c && x.role === 'level1')) continue;
      const role = levelColumnByContent(view, lastRow, c);
      if (role === null || (role === 'level1' && roles.some((x) => x.role === 'level1'))) continue;
      const known = roles.find((x) => x.col === c);
      if (known) known.role = role;
      else {
        roles.push({ col: c, role, header: view.text(r, c) });
        roles.sort((a, b) => a.col - b.col);
        if (c === outerCol) [outerCol, outerLabel] = [null, null];
        else {
          others--;
          unknown.splice(unknown.indexOf(c), 1);
        }
      }
    }
  }
  let hasValue = roles.some((x) => x.role === 'value');
  const onlyValues = !roles.some((x) => x.role !== 'value');
  if (hasValue && !roles.some((x) => LEVEL_ROLES.includes(x.role))) {
    // values with their unit, operator or weight columns but no name column the vocabulary knows: find it
    // by its content. Beside values alone (绩效指标 | 指标值) only a heading naming indicators may be the
    // name column: a bare 中期 | 年度 band over amounts, or 资金来源 | 年度, is funds, not indicators.
    const firstValue = Math.min(...roles.filter((x) => x.role === 'value').map((x) => x.col));
    const outer = outerCol !== null && outerLabel !== '序号' && outerLabel !== '编号' ? [outerCol] : [];
    const candidates = [...unknown, ...outer].filter((c) => !onlyValues || view.label(r, c).includes('指标'));
    const name = nameColumnByContent(view, lastRow, candidates, firstValue);
    if (name !== null) {
      roles.push({ col: name, role: 'level3', header: view.text(r, name) });
      roles.sort((a, b) => a.col - b.col);
      if (name === outerCol) [outerCol, outerLabel] = [null, null];
      else others--;
    }
  }
  const levels = new Set(roles.filter((x) => LEVEL_ROLES.includes(x.role)).map((x) => x.role));
  // One name column (指标 / 指标名称) beside a value column and at least one more known column, or the
  // name column right before the value column (指标名称 | 指标值, 序号 | 指标 | 目标值): a flat list or a
  // budget-system export with the levels as rows of that column (read by readTree).
  const oneColumn =
    levels.size === 1 && levels.has('level3') && hasValue && (roles.length >= 3 || isNameThenValue(roles));
  if (!oneColumn && (levels.size < 2 || (!hasValue && levels.size < 3))) return null;
  if (!hasValue) {
    const lastLevel = Math.max(...roles.filter((x) => LEVEL_ROLES.includes(x.role)).map((x) => x.col));
    // the values under a heading read as a note or basis (评价标准, 考核标准 over ≥95%, ≤1200元/亩)
    const notes = roles.filter((x) => x.col > lastLevel && NOTE_LIKE.includes(x.role)).map((x) => x.col);
    const valueCol = valueColumnByContent(view, lastRow, notes);
    const column = roles.find((x) => x.col === valueCol);
    if (column) column.role = 'value';
    else {
      // one value column per sub-project (西坪镇尧山村 | 桃舟乡吾培村 …): unknown headings right of the levels
      for (const c of cols) {
        if (c <= lastLevel || roles.some((x) => x.col === c)) continue;
        roles.push({ col: c, role: 'value', header: view.text(r, c) });
        others--;
      }
      roles.sort((a, b) => a.col - b.col);
    }
    hasValue = roles.some((x) => x.role === 'value');
  }
  if (others > roles.length / 2) return null;

  const expanded = roles.map((x) => ({
    ...x,
    period: x.role === 'value' ? (x.period ?? periodOf(x.header)) : null,
  }));

  const blocks = splitBlocks(expanded);
  namePeriods(blocks);
  return {
    row: r,
    lastRow,
    outerCol,
    outerLabel,
    blocks,
    ...(oneColumn ? { oneColumn: true } : {}),
    ...(fields.some((f) => headerKey(f.label) === 'projectName') ? { projectColumns: fields } : {}),
  };
}

/** A two-column list heading: the name column, then the value column (never a value before its name). */
function isNameThenValue(roles: readonly HeadingColumn[]): boolean {
  return roles.length === 2 && roles[0].role === 'level3' && roles[1].role === 'value';
}

interface HeadingColumn {
  col: number;
  role: ColumnRole;
  header: string;
  period?: string | null;
}

/**
 * A lower row of a header band: every cell names a column (上年实际值, 本年目标值) or a period (半年, 全年,
 * 长期, 年度). Each takes the place of the heading above it (the last heading at or left of its column);
 * a period word takes that heading's role. Returns the combined columns, or null when the row is not
 * part of the band (a data row holds level words, names and values, which name no column).
 */
/** A heading of a project's own field: its name, unit, amount or goal. */
function isProjectField(label: string): boolean {
  const key = headerKey(label);
  return (
    key === 'projectName' ||
    key === 'unitName' ||
    key === 'implementer' ||
    key === 'department' ||
    amountColumnKey(label) !== null ||
    goalKey(label) !== null
  );
}

function combineBand(view: SheetView, r: number, roles: HeadingColumn[]): HeadingColumn[] | null {
  const cols = view.filled(r);
  if (cols.length === 0 || roles.length === 0) return null;
  const subs: (HeadingColumn & { parent: number | null })[] = [];
  for (const c of cols) {
    const text = view.text(r, c);
    if (text.length > 16) return null;
    let parent: HeadingColumn | null = null;
    for (const x of roles) if (x.col <= c) parent = x;
    // a heading typed over two rows (一级 / 目标, 三级 / 指标): the two lines make one label
    const whole = parent && parent.col === c ? columnRole(normalizeLabel(parent.header + text)) : null;
    if (whole !== null && parent) {
      subs.push({ col: c, role: whole, header: parent.header + text, period: null, parent: c });
      continue;
    }
    const own = columnRole(view.label(r, c));
    // 指标值 over 2025年 | 2026-2027年: the year's values and the years' (中期) values
    const years = own === null && parent?.role === 'value' ? yearsPeriod(text) : null;
    const period = periodOf(text) ?? years;
    if (own !== null && LEVEL_ROLES.includes(own)) return null;
    const role = own ?? (period !== null ? (parent?.role ?? null) : null);
    if (role === null) return null;
    subs.push({
      col: c,
      role,
      header: parent ? `${parent.header}${text}` : text,
      period: role === 'value' ? (period ?? parent?.period ?? null) : null,
      parent: parent?.col ?? null,
    });
  }
  const replaced = new Set(subs.map((x) => x.parent));
  const out: HeadingColumn[] = roles.filter((x) => !replaced.has(x.col));
  for (const x of subs) out.push({ col: x.col, role: x.role, header: x.header, period: x.period });
  return out.sort((a, b) => a.col - b.col);
}

/** A sub-heading naming a year (2025年, 2025年度) or a span of years (2026-2027年) under a value heading. */
function yearsPeriod(text: string): string | null {
  const t = text.replace(/\s+/g, '');
  if (/^(?:19|20)\d{2}年?度?$/.test(t)) return '年度';
  if (/^(?:19|20)\d{2}年?[-—–~至到](?:19|20)\d{2}年?度?$/.test(t)) return '中期';
  return null;
}

/** A level column appearing again after a value column starts a new side-by-side block. */
export function splitBlocks(columns: TableColumn[]): TableBlock[] {
  const blocks: TableColumn[][] = [[]];
  let sawValue = false;
  for (const col of columns) {
    const isLevel = col.role === 'level2' || col.role === 'level3' || col.role === 'level1';
    if (isLevel && sawValue) {
      blocks.push([]);
      sawValue = false;
    }
    if (col.role === 'value') sawValue = true;
    blocks[blocks.length - 1].push(col);
  }
  return blocks.map((columns, i) => ({
    name: null,
    columns,
    c0: columns[0].col,
    c1: i + 1 < blocks.length ? blocks[i + 1][0].col - 1 : columns[columns.length - 1].col,
  }));
}

/**
 * Period of each value column: from its header (半年/全年/中期/年度), else 中期/年度 for two side-by-side
 * blocks, else the header text when several unnamed value columns stand side by side (per sub-project
 * columns), else 全年 for the single value column.
 */
function namePeriods(blocks: TableBlock[]): void {
  const values = blocks.flatMap((b) => b.columns.filter((c) => c.role === 'value'));
  if (blocks.length === 2 && values.length === 2 && values.every((v) => v.period === null || v.period === '年度')) {
    values[0].period = '中期';
    values[1].period = '年度';
  }
  if (values.length === 1) {
    if (values[0].period !== '半年') values[0].period = '全年';
  } else {
    const count = new Map<string | null, number>();
    for (const v of values) count.set(v.period, (count.get(v.period) ?? 0) + 1);
    // 中期指标值 over 2025年 | 2026年 | 2027年 beside 年度指标值: the column the heading calls 年度 without a
    // year is the year's; the columns of single years are named by their heading
    const yearless = values.filter((v) => v.period === '年度' && !/(?:19|20)\d{2}/.test(v.header));
    const annual = (count.get('年度') ?? 0) > 1 && yearless.length === 1 ? yearless[0] : null;
    for (const v of values)
      if (v !== annual && (v.period === null || (count.get(v.period) ?? 0) > 1))
        v.period = v.header.trim() || `值${v.col + 1}`;
  }
  for (const b of blocks) {
    if (blocks.length > 1) {
      const vp = b.columns.find((c) => c.role === 'value')?.period ?? null;
      b.name = vp;
    }
  }
}

/**
 * A table printed without its 一级指标/二级指标 heading row: the first row that reads 产出指标 | 数量指标 |
 * name | value gives the columns (三级 right of 二级, value columns where the next rows hold values).
 */
export function detectImplicitHeader(view: SheetView, r: number): TableHeader | null {
  const cols = view.filled(r);
  for (let i = 0; i + 2 < cols.length; i++) {
    const c1 = cols[i];
    const c2 = cols[i + 1];
    if (level1Key(view.text(r, c1)) === null || level2Key(view.text(r, c2)) === null) continue;
    const l3 = cols[i + 2];
    const valueCols: number[] = [];
    for (let c = l3 + 1; c < view.cols; c++) {
      for (let rr = r; rr < Math.min(view.rows, r + 15); rr++) {
        if (isValueLike(view.text(rr, c))) {
          valueCols.push(c);
          break;
        }
      }
    }
    if (valueCols.length === 0) return null;
    const outer = cols.slice(0, i).find((c) => isOuterTableLabel(view.label(r, c)));
    const columns: TableColumn[] = [
      { col: c1, role: 'level1', period: null, header: '' },
      { col: c2, role: 'level2', period: null, header: '' },
      { col: l3, role: 'level3', period: null, header: '' },
      ...valueCols.map((col) => ({ col, role: 'value' as const, period: null, header: '' })),
    ];
    const blocks: TableBlock[] = [{ name: null, columns, c0: c1, c1: valueCols[valueCols.length - 1] }];
    namePeriods(blocks);
    return {
      row: r - 1,
      lastRow: r - 1,
      outerCol: outer ?? null,
      outerLabel: outer !== undefined ? view.label(r, outer) : null,
      blocks,
      implicit: true,
    };
  }
  return null;
}
