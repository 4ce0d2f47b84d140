import type { Cell, Label } from '../model/cell';
import type { ColumnRole, IndicatorNode } from '../model/form';
import { LEVEL2_PARENT } from './vocabulary';
import { columnRole, goalKey, headerKey, isOuterTableLabel, isReview, isTitle, level1Key, level2Key } from './match';
import type { TableBlock, TableColumn, TableHeader } from './table-header';
import { squeeze } from './normalize';
import { isFieldRow } from './parts';
import { isValueLike } from './value-like';
import type { SheetView } from './view';

/** Roles read into a node's optional single-cell fields. */
const EXTRA_ROLES: Exclude<ColumnRole, 'level1' | 'level2' | 'level3' | 'value' | 'ignore' | 'projectField'>[] = [
  'description',
  'basis',
  'direction',
  'operator',
  'unit',
  'valueType',
  'weight',
  'duty',
  'work',
  'project',
  'note',
  'history',
];

interface BlockState {
  level1: Label | null;
  level2: Label | null;
}

/** How a table's levels were re-read: one level down (鄂州) or as a two-level table (临海). */
export type LevelShift = 'down' | 'twoLevel' | null;

/**
 * Reads the rows of one indicator table (header.lastRow+1 … end, inclusive) into nodes as they stand,
 * forward-filling 一级/二级 by position, and returns the last row that belonged to the table. What the
 * levels mean (level columns, a tree column, no levels) is the reader's business (readers/levels.ts).
 */
export function readRows(
  view: SheetView,
  header: TableHeader,
  end: number,
  isStop: (r: number) => boolean,
): { nodes: IndicatorNode[]; lastRow: number } {
  if (!header.implicit) consumeHeading(view, header);
  const level1Col = header.blocks[0].columns.find((c) => c.role === 'level1')?.col ?? null;
  // a block with its own 一级 column reads it; the others share the first block's
  const plans = header.blocks.map((block, i) => ({
    ...planBlock(block, i === 0 || block.columns.some((c) => c.role === 'level1') ? null : level1Col),
    oneColumn: header.oneColumn === true,
  }));
  const states: BlockState[] = header.blocks.map(() => ({ level1: null, level2: null }));
  const nodes: IndicatorNode[] = [];
  const first = header.blocks[0].c0;
  const last = header.blocks[header.blocks.length - 1].c1;
  const edge = level1Col ?? first;
  let lastRow = header.lastRow;
  let blankRun = 0;

  // a table the user's mapping gave runs to its last row: blank rows and text around it end nothing
  const mapped = header.mapped !== undefined;
  for (let r = header.lastRow + 1; r <= end; r++) {
    const rowCols = view.filled(r);
    if (rowCols.length === 0) {
      if (!mapped && ++blankRun >= 3) break;
      continue;
    }
    // Stop rows (a new title, header, review line) start at the table's left edge; rows that continue a
    // group start further right, so only rows reaching the edge are looked at (the hot path of big tables).
    if (!mapped && rowCols[0] <= edge && (isStop(r) || leavesTable(view, r, header, first))) break;
    const inside = view.filled(r, first, last);
    if (inside.length === 0) {
      if (mapped) continue;
      break;
    }
    blankRun = 0;
    lastRow = r;
    if (header.outerCol !== null) for (const c of view.filled(r, 0, first - 1)) view.consume(r, c);
    // The 一级 column is shared by side-by-side blocks: read it once, for every block.
    const l1Text = level1Col !== null ? view.text(r, level1Col) : '';
    for (let i = 0; i < plans.length; i++) {
      const node = readRow(view, r, plans[i], states[i], l1Text);
      if (node) nodes.push(node);
    }
  }
  return { nodes, lastRow };
}

/** The heading row(s) of a table, and a row above holding only the spanning 绩效指标 label or headings. */
function consumeHeading(view: SheetView, header: TableHeader): void {
  for (let c = 0; c < view.cols; c++) if (!view.isEmpty(header.row, c)) view.consume(header.row, c);
  // every lower row of a band (指标值 over 中期 | 年度, 年度 over 半年 | 全年: three rows)
  for (let r = header.row + 1; r <= header.lastRow; r++) for (const c of view.filled(r)) view.consume(r, c);
  const above = header.row - 1;
  if (above >= 0) {
    const cols = view.filled(above);
    if (
      cols.length > 0 &&
      cols.every(
        (c) =>
          !view.isUsed(above, c) &&
          (isOuterTableLabel(view.label(above, c)) || columnRole(view.label(above, c)) !== null),
      )
    )
      for (const c of cols) view.consume(above, c);
  }
}

/** Text left of the table that is not the spanning 绩效指标 label means the table has ended. */
function leavesTable(view: SheetView, r: number, header: TableHeader, first: number): boolean {
  for (const c of view.filled(r, 0, first - 1)) {
    if (header.projectColumns?.some((f) => f.col === c)) continue;
    const label = view.label(r, c);
    if (header.outerLabel !== null && label === header.outerLabel) continue;
    if ((header.outerLabel === '序号' || header.outerLabel === '编号') && /^\d{1,4}$/.test(view.text(r, c))) continue;
    if (isOuterTableLabel(label)) continue;
    return true;
  }
  const firstCell = view.filled(r)[0];
  if (firstCell === undefined) return false;
  const label = view.label(r, firstCell);
  return (
    isReview(label) ||
    // 完成时间 | ≤ | 2025.12 | … is an indicator named like a header field (项目完成时间), not a field
    ((headerKey(label) !== null || goalKey(label) !== null) && !isIndicatorRow(view, r, header)) ||
    isTitle(label) ||
    /^(注|说明|备注|填表说明)[:：]/.test(view.text(r, firstCell)) ||
    // 经办人：王五, 打印日期：2024-01-20: the form's fields between or below the tables
    isFieldRow(view, r)
  );
}

/**
 * A row that reads as an indicator: a value-like cell under a value column, and the row fills three of the
 * table's columns or its value starts with a comparison (a field pair 完成时间 | 2025年12月 does neither).
 */
function isIndicatorRow(view: SheetView, r: number, header: TableHeader): boolean {
  for (const block of header.blocks) {
    const inside = view.filled(r, block.c0, block.c1);
    for (const col of block.columns) {
      if (col.role !== 'value') continue;
      const text = view.text(r, col.col);
      if (text !== '' && isValueLike(text) && (inside.length >= 3 || /^[≥≤<>=＝＜＞≧≦]/.test(text))) return true;
    }
  }
  return false;
}

const SHIFTABLE = new Set<ColumnRole | null>(['level1', 'level2', 'level3', 'value', null]);

/**
 * What readRow needs to know about a block's columns. Worked out once per table: looking the roles up
 * again for every row (maps, filters, finds) was most of the recognizer's time and garbage on big tables.
 */
interface BlockPlan {
  block: TableBlock;
  /** The first block's 一级 column when this block has none of its own and shares it; else null. */
  sharedLevel1Col: number | null;
  /** Columns of the value role, left to right, and the period each one is read under when cells slid. */
  valueCols: number[];
  slidPeriods: string[];
  valueColumns: TableColumn[];
  /** The period each value column is read under, in valueColumns order. */
  valuePeriods: string[];
  /** First column of the 一级, 二级 and 三级 roles (what a level's cell is read from); -1: none. */
  level1Col: number;
  level2Col: number;
  level3Col: number;
  /** The optional single-cell roles the block has, in EXTRA_ROLES order (the order node fields are written). */
  extras: { role: (typeof EXTRA_ROLES)[number]; col: number }[];
  /** Owner column of each column c0..c1 (index c - c0), see ownerCol; and whether its role may slide. */
  owner: (number | null)[];
  shiftable: boolean[];
  /**
   * Owner column → actual column holding its text on the current row (index: the owner column; -1: no
   * cell). Reset and reused for every row: a Map per table cleared per row cost hashing on every cell.
   */
  byCol: Int32Array;
  /** Columns a mapping says not to read (index c - c0); null when the block has none (the usual case). */
  ignored: boolean[] | null;
  oneColumn?: boolean;
}

function planBlock(block: TableBlock, sharedLevel1Col: number | null): BlockPlan {
  const firstCol = new Map<ColumnRole, number>();
  for (const c of block.columns) if (!firstCol.has(c.role)) firstCol.set(c.role, c.col);
  const valueColumns = block.columns.filter((x) => x.role === 'value');
  const valueCols = valueColumns.map((x) => x.col);
  const extras: BlockPlan['extras'] = [];
  for (const role of EXTRA_ROLES) {
    const col = firstCol.get(role);
    if (col !== undefined) extras.push({ role, col });
  }
  const owner: (number | null)[] = [];
  const shiftable: boolean[] = [];
  const ignoredCols: boolean[] = [];
  for (let c = block.c0; c <= block.c1; c++) {
    const o = ownerCol(block, c);
    const role = o === null ? null : (block.columns.find((x) => x.col === o)?.role ?? null);
    owner.push(o);
    shiftable.push(SHIFTABLE.has(role));
    ignoredCols.push(role === 'ignore');
  }
  return {
    block,
    sharedLevel1Col,
    valueCols,
    slidPeriods: valueCols.map((col) => block.columns.find((x) => x.col === col)?.period ?? '全年'),
    valueColumns,
    valuePeriods: valueColumns.map((x) => x.period ?? '全年'),
    level1Col: firstCol.get('level1') ?? -1,
    level2Col: firstCol.get('level2') ?? -1,
    level3Col: firstCol.get('level3') ?? -1,
    extras,
    owner,
    shiftable,
    byCol: new Int32Array(Math.max(block.c1, ...block.columns.map((x) => x.col)) + 1),
    ignored: ignoredCols.includes(true) ? ignoredCols : null,
  };
}

/** The column holding the text of the labelled column `col` on the current row (see BlockPlan.byCol), or null. */
function actualCol(plan: BlockPlan, col: number): number | null {
  if (col < 0) return null;
  const actual = plan.byCol[col];
  return actual >= 0 ? actual : null;
}

/** Column of the labelled column a cell belongs to (unlabelled columns are part of the span on their left). */
function ownerCol(block: TableBlock, c: number): number | null {
  let owner: number | null = null;
  for (const col of block.columns) if (col.col <= c) owner = col.col;
  return owner;
}

/**
 * Cells slid left (merged cells lost in an export): the trailing value-like cells sit before the value
 * columns. Only cells under level/value columns count: an operator column (=, ≥) or unit column is not a
 * value. Returns the slid value cells and the name cell before them, or null (the usual row: no arrays).
 */
function slidCells(
  view: SheetView,
  r: number,
  plan: BlockPlan,
  filled: readonly number[],
): { values: number[]; name: number | null } | null {
  if (plan.valueCols.length === 0) return null;
  const c0 = plan.block.c0;
  if (!mayHaveSlid(view, r, plan, filled)) return null;
  // walk the candidates right to left: the trailing value-like ones, then the name before them
  let trailing = 0;
  let firstTrailing = -1;
  let name: number | null = null;
  for (let i = filled.length - 1; i >= 0; i--) {
    const c = filled[i];
    if (!plan.shiftable[c - c0]) continue;
    if (!isValueLike(view.text(r, c))) {
      name = c;
      break;
    }
    trailing++;
    firstTrailing = c;
  }
  if (trailing === 0 || trailing > plan.valueCols.length || firstTrailing >= plan.valueCols[0]) return null;
  const values: number[] = [];
  for (const c of filled) if (c >= firstTrailing && plan.shiftable[c - c0]) values.push(c);
  return { values, name };
}

/**
 * The usual row needs one isValueLike test, not one per cell: the walk in slidCells finds nothing unless
 * the last shiftable cell left of the first value column is value-like (a name there stops it first).
 */
function mayHaveSlid(view: SheetView, r: number, plan: BlockPlan, filled: readonly number[]): boolean {
  const firstValue = plan.valueCols[0];
  for (let i = filled.length - 1; i >= 0; i--) {
    const c = filled[i];
    if (c < firstValue && plan.shiftable[c - plan.block.c0]) return isValueLike(view.text(r, c));
  }
  return false;
}

/**
 * One row of a block into a node. No closures in here: a function that creates one allocates its captured
 * variables' context on every call, once per row of a big table.
 */
function readRow(view: SheetView, r: number, plan: BlockPlan, state: BlockState, l1Text: string): IndicatorNode | null {
  const { block, sharedLevel1Col, byCol, ignored } = plan;
  const all = view.filled(r, block.c0, block.c1);
  // cells of ignored columns are the form's (consumed below) but no indicator's
  const filled = ignored ? notIgnored(all, ignored, block.c0) : all;
  if (filled.length === 0 && !(sharedLevel1Col !== null && l1Text)) return null;

  // one name column: nothing can slide into it (its label rows 1.1 数量指标 are not values)
  const shifted = plan.oneColumn ? null : slidCells(view, r, plan, filled);
  // Indexed loops in this per-row path: a for…of not yet optimised makes an iterator result per cell.
  byCol.fill(-1); // owner column → actual column holding text
  for (let i = 0; i < filled.length; i++) {
    const c = filled[i];
    if (shifted && (shifted.values.includes(c) || shifted.name === c)) continue;
    const owner = plan.owner[c - block.c0];
    if (owner !== null && byCol[owner] < 0) byCol[owner] = c;
  }

  const l1Col = sharedLevel1Col !== null ? (l1Text ? sharedLevel1Col : null) : actualCol(plan, plan.level1Col);
  const l2Col = actualCol(plan, plan.level2Col);
  let l3Col = shifted ? shifted.name : actualCol(plan, plan.level3Col);

  const values: Record<string, Cell> = {};
  if (shifted) {
    for (let i = 0; i < shifted.values.length; i++) values[plan.slidPeriods[i]] = view.cell(r, shifted.values[i]);
  } else {
    for (let i = 0; i < plan.valueColumns.length; i++) {
      const col = plan.valueColumns[i];
      values[plan.valuePeriods[i]] = view.cell(r, actualCol(plan, col.col) ?? col.col);
    }
  }
  // from the object, not the cells written: two value columns may share a period name (the later wins)
  const hasValue = shifted
    ? anyText(values, plan.slidPeriods, shifted.values.length)
    : anyText(values, plan.valuePeriods, plan.valuePeriods.length);

  // A name written in the 二级 (or 一级) column of a row that has values but no 三级: it is the 三级.
  let l2Use = l2Col;
  let l1Use = l1Col;
  if (l3Col === null && hasValue) {
    if (l2Col !== null && level2Key(view.text(r, l2Col)) === null) {
      l3Col = l2Col;
      l2Use = null;
    } else if (
      l2Col === null &&
      l1Col !== null &&
      sharedLevel1Col === null &&
      level1Key(view.text(r, l1Col)) === null &&
      level2Key(view.text(r, l1Col)) === null
    ) {
      l3Col = l1Col;
      l1Use = null;
    }
  }
  if (shifted && shifted.name !== null) {
    // the slid name may have landed in a level column; that column's label is then not a label
    if (l2Use === shifted.name) l2Use = null;
    if (l1Use === shifted.name) l1Use = null;
  }

  if (l1Use !== null) {
    // exports that repeat 一级 on every row must not forget the 二级 above
    const same = state.level1 !== null && squeeze(state.level1.text) === squeeze(view.text(r, l1Use));
    state.level1 = makeLabel(view, r, l1Use, 1);
    // a 一级 typed in the middle of its block (unmerged, centred by hand) on a row without its own 二级
    // keeps the 二级 above when that 二级 belongs to it (社会效益指标 under 效益指标)
    const k2 = state.level2?.key;
    const parentOf2 = k2 ? (LEVEL2_PARENT[k2 as keyof typeof LEVEL2_PARENT] ?? null) : null;
    const centred = l2Col === null && parentOf2 !== null && parentOf2 === state.level1.key;
    if (!same && !centred) state.level2 = null;
  }
  if (l2Use !== null) state.level2 = makeLabel(view, r, l2Use, 2);

  const node: IndicatorNode = {
    row: view.grid.origin.row + r + 1,
    block: block.name,
    level1: state.level1,
    level2: state.level2,
    level3: l3Col !== null ? view.cell(r, l3Col) : null,
    values: l3Col !== null || hasValue ? values : {},
  };
  for (let i = 0; i < plan.extras.length; i++) {
    const { role, col } = plan.extras[i];
    const actual = actualCol(plan, col);
    if (actual !== null) node[role] = view.cell(r, actual);
  }
  joinOperatorAndUnit(node);
  if (state.level1?.key === 'duty' && node.duty === undefined && state.level2) node.duty = state.level2.cell;
  // Remaining filled cells of the block (e.g. text in an unlabelled column) are placed by ownerCol above.
  for (let i = 0; i < all.length; i++) view.consume(r, all[i]);
  return node;
}

/** The columns of a row not in an ignored column (a function of its own: see readRow). */
function notIgnored(cols: readonly number[], ignored: boolean[], c0: number): number[] {
  return cols.filter((c) => !ignored[c - c0]);
}

/**
 * Does any value of the record, written under the first `n` of `periods`, hold text? Its own values only, as
 * Object.values gives them (a period named __proto__ set the record's prototype, not a value), looked up
 * by the periods written rather than listed: no array per row.
 */
function anyText(cells: Record<string, Cell>, periods: readonly string[], n: number): boolean {
  for (let i = 0; i < n; i++) if (periods[i] !== '__proto__' && cells[periods[i]].text !== '') return true;
  return false;
}

function makeLabel(view: SheetView, r: number, c: number, level: 1 | 2): Label {
  const cell = view.cell(r, c);
  return { text: cell.text, key: level === 1 ? level1Key(cell.text) : level2Key(cell.text), cell };
}

/**
 * Tables whose levels sit one column off: 二级 categories (数量指标…) in the 一级 column (鄂州), or in the
 * 三级/指标名称 column of a two-level table (临海). Re-read them one level down.
 */
export function fixShiftedLevels(
  nodes: IndicatorNode[],
  header: TableHeader,
): { nodes: IndicatorNode[]; shift: LevelShift } {
  const roles = new Set(header.blocks[0].columns.map((c) => c.role));
  // counted in a loop: two arrays as long as the table were most of this function's time on big tables
  let l1 = 0;
  let l1AsLevel2 = 0;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (n.level1 === null) continue;
    l1++;
    if (n.level1.key === null && level2Key(n.level1.text) !== null) l1AsLevel2++;
  }
  if (l1 > 0 && l1AsLevel2 * 2 > l1) {
    return {
      shift: 'down',
      nodes: nodes.map((n) => {
        if (!n.level1) return n;
        const k2 = level2Key(n.level1.text);
        const parent = k2 ? (LEVEL2_PARENT[k2] ?? null) : n.level1.key;
        return {
          ...n,
          level1: { text: n.level1.text, key: parent, cell: n.level1.cell },
          level2: { text: n.level1.text, key: k2 ?? (n.level1.key === 'cost' ? 'cost' : null), cell: n.level1.cell },
          level3: n.level2 ? n.level2.cell : n.level3,
        };
      }),
    };
  }
  if (!roles.has('level2')) {
    const named = nodes.filter((n) => n.level3 !== null);
    const asLevel2 = named.filter((n) => n.level3 && level2Key(n.level3.text) !== null).length;
    if (named.length > 0 && asLevel2 * 2 > named.length) {
      return {
        shift: 'twoLevel',
        nodes: nodes.map((n) =>
          n.level3
            ? { ...n, level2: { text: n.level3.text, key: level2Key(n.level3.text), cell: n.level3 }, level3: null }
            : n,
        ),
      };
    }
  }
  return { nodes, shift: null };
}

/**
 * A mapped table with a 二级 column and no 一级 column: each row's 一级 is its 二级's parent (数量指标 →
 * 产出指标), read from the 二级 cell, as when a detected table is re-read one level down.
 */
export function level1FromLevel2(nodes: IndicatorNode[], header: TableHeader): IndicatorNode[] {
  const roles = new Set(header.blocks.flatMap((b) => b.columns.map((c) => c.role)));
  if (roles.has('level1') || !roles.has('level2')) return nodes;
  return nodes.map((n) => {
    if (n.level1 !== null || n.level2 === null) return n;
    const k2 = n.level2.key;
    const parent = k2 ? (LEVEL2_PARENT[k2 as keyof typeof LEVEL2_PARENT] ?? null) : null;
    return { ...n, level1: { text: n.level2.text, key: parent, cell: n.level2.cell } };
  });
}

/** Label-only rows (an 二级 with nothing under it) are kept only when no indicator row shares their group. */
export function dropCoveredPlaceholders(nodes: IndicatorNode[]): IndicatorNode[] {
  // most tables have no label-only row: then there is nothing to look up
  if (!nodes.some((n) => n.level3 === null && Object.keys(n.values).length === 0)) return nodes;
  const groupKey = (n: IndicatorNode) =>
    `${n.block ?? ''}|${squeeze(n.level1?.text ?? '')}|${squeeze(n.level2?.text ?? '')}`;
  const real = new Set(nodes.filter((n) => n.level3 !== null || Object.keys(n.values).length > 0).map(groupKey));
  return nodes.filter((n) => n.level3 !== null || Object.keys(n.values).length > 0 || !real.has(groupKey(n)));
}

/**
 * Operator, value and unit typed in three columns (指标性质 ≥ | 指标值 3000 | 计量单位 个) are one value:
 * the value cells read ≥3000个 so rules and the preview see what the form says. `joined` keeps the parts
 * added, so a fix for that cell can be written back as the value column's part only (engine.ts).
 */
/** An operator column's cell that is a comparison (正向/定量 in such a column are not). */
const COMPARISON = /^(?:[≥≤=＝<>＜＞≧≦]{1,2}|大于等于|小于等于|大于|小于|等于|不低于|不高于|不少于|不超过|不多于)$/;

/**
 * A direction written for the indicator (指标方向 正向 | 反向, as budget-system exports give it, also in the
 * operator column): a larger-is-better target is a floor (≥), a smaller-is-better one a ceiling (≤).
 */
const DIRECTION_OPERATOR: Record<string, string> = { 正向: '≥', 正向指标: '≥', 反向: '≤', 反向指标: '≤' };

/**
 * An operator column's words (budget systems list 指标性质 as 大于等于 / 小于等于 / 等于): that column's own
 * vocabulary, read as the symbol it stands for, not as text a clerk wrote for a symbol.
 */
const WORD_OPERATOR: Record<string, string> = {
  大于等于: '≥',
  不低于: '≥',
  不少于: '≥',
  小于等于: '≤',
  不高于: '≤',
  不超过: '≤',
  不多于: '≤',
  等于: '=',
  大于: '>',
  小于: '<',
};

function joinOperatorAndUnit(node: IndicatorNode): void {
  // no operator, direction or unit column (most tables): nothing to join, no regex per row
  if (node.operator === undefined && node.direction === undefined && node.unit === undefined) return;
  const typed = node.operator?.text.trim() ?? '';
  const op = COMPARISON.test(typed)
    ? (WORD_OPERATOR[typed] ?? typed)
    : (DIRECTION_OPERATOR[typed] ?? DIRECTION_OPERATOR[node.direction?.text.trim() ?? ''] ?? '');
  const unit = node.unit?.text.trim() ?? '';
  if (op === '' && unit === '') return;
  let joined = false;
  let prefix = '';
  let suffix = '';
  for (const [period, cell] of Object.entries(node.values)) {
    const t = cell.text.trim();
    // a value typed whole (≥95%) or a word (合格) stays as it is
    if (t === '' || !/^[-+]?\d/.test(t)) continue;
    prefix = op !== '' && !/^[≥≤=＝<>＜＞≧≦]/.test(t) ? op : '';
    suffix = unit !== '' && !t.endsWith(unit) && unit.length <= 8 && /\d$/.test(t) ? unit : '';
    if (prefix === '' && suffix === '') continue;
    node.values[period] = { ...cell, text: `${prefix}${t}${suffix}` };
    joined = true;
  }
  if (joined) node.joined = { prefix, suffix };
}

/**
 * 一级 typed in the middle of its block (unmerged rows, the label centred by hand): the table's first row
 * has no 一级. Then a row belongs to the 一级 label above or the next one below, whichever its 二级 belongs
 * to (数量指标 → 产出); rows with no such hint and no label above take the next label below. Tables
 * whose first row has its 一级 are left as read (a 成本 row under 过程 is the writer's, for the rules).
 */
export function centredLevel1(nodes: IndicatorNode[]): void {
  if (nodes.length < 2 || nodes[0].level1 !== null) return;
  const labels: Label[] = [];
  for (const n of nodes) if (n.level1 && labels[labels.length - 1] !== n.level1) labels.push(n.level1);
  if (labels.length === 0) return;
  const rowOfLabel = (l: Label) => Number(/\d+$/.exec(l.cell.address)?.[0] ?? 0);
  for (const n of nodes) {
    const next = labels.find((l) => rowOfLabel(l) > n.row) ?? null;
    if (next === null) continue;
    const parent = n.level2?.key ? (LEVEL2_PARENT[n.level2.key as keyof typeof LEVEL2_PARENT] ?? null) : null;
    if (n.level1 === null || (parent !== null && n.level1.key !== parent && next.key === parent)) n.level1 = next;
  }
}
