/**
 * The template planner: which standard rows a form lacks and where they go, as whole-row insertions.
 * Pure: (Form, TemplateSet, anchor?, Grid?) → RowPlan. The grid, when given, only tells whether the form
 * merges its labels (and the 三级 cell across columns), so inserted rows are merged the same way.
 */
import { columnIndex, columnName, fromA1, fromRangeA1 } from '../core/address';
import type { Form, IndicatorNode, IndicatorTable } from '../model/form';
import type { Grid, Merge } from '../model/grid';
import type { RowInsertion } from '../model/row-insertion';
import { normName } from '../rules/names';
import { formIndicatorNames, unmatchedItems } from '../rules/standard-match';
import type { TemplateItem, TemplateLevel1, TemplateLevel2, TemplateSet } from './schema';

/** Insertions in original (pre-insertion) rows, bottom-up: applying them in order keeps every row valid. */
export type RowPlan = RowInsertion[];

export interface PlanOptions {
  /** 1-based sheet row to insert everything before (the pane's selection); default: the detected place. */
  anchor?: number;
  /** The sheet the form was read from: used to follow the form's merges. */
  grid?: Grid;
  /** Also add the 产出/效益/满意度 skeleton rows for 一级 the form has none of. */
  skeleton?: boolean;
  /** Only these items (normalised names): 补齐 inserts exactly what structure.missing-standard reports. */
  only?: ReadonlySet<string>;
}

/** Columns of one side-by-side block (中期 | 年度): its 二级, 三级 and value columns. */
export interface Block {
  level2?: string;
  level3?: string;
  values: { col: string; period: string | null }[];
}

export interface Layout {
  level1?: string;
  blocks: Block[];
  /** 0-based first/last sheet rows of the table body (after the header). */
  top: number;
  bottom: number;
}

/** One 一级 worth of rows inside an insertion: continues an existing 二级/一级 or starts new groups. */
interface Segment {
  level1: TemplateLevel1;
  /** Write the 一级 label on the segment's first row. */
  newLevel1: boolean;
  groups: { level2: TemplateLevel2; newLevel2: boolean; rows: (TemplateItem | null)[]; labelRow?: number }[];
  /** 1-based row of the existing 一级 label this segment continues (for merges). */
  level1LabelRow?: number;
}

export function layoutOf(table: IndicatorTable): Layout {
  const blocks: Block[] = [];
  let level1: string | undefined;
  let cur: Block | undefined;
  for (const c of table.columns) {
    if (c.role === 'level1' && level1 === undefined) level1 = c.col;
    else if (c.role === 'level2') {
      cur = { level2: c.col, values: [] };
      blocks.push(cur);
    } else if (c.role === 'level3') {
      if (!cur || cur.level3) {
        cur = { values: [] };
        blocks.push(cur);
      }
      cur.level3 = c.col;
    } else if (c.role === 'value' && cur) cur.values.push({ col: c.col, period: c.period });
  }
  const r = fromRangeA1(table.range);
  return { level1, blocks, top: table.headerRow, bottom: r.r1 };
}

export function valueFor(period: string | null, item: TemplateItem): string {
  return period === '半年' ? item.half : item.full;
}

/** The first table that has 三级 columns: where 决策/过程 belong (department forms stack three tables). */
export function mainTable(form: Form): IndicatorTable | undefined {
  return form.tables.find((t) => t.columns.some((c) => c.role === 'level3')) ?? form.tables[0];
}

function rowOf(address: string): number {
  return fromA1(address).row + 1;
}

/** Does the form merge labels vertically in this column (inside the table)? */
function mergesColumn(grid: Grid | undefined, col: string | undefined, layout: Layout): boolean {
  if (!grid || !col) return false;
  const c = columnIndex(col);
  return grid.merges.some((m) => m.c0 === c && m.r1 > m.r0 && m.r0 >= layout.top && m.r0 <= layout.bottom);
}

/** Last column of the 三级 cell when the form merges it across columns (C:E in seed 003), else itself. */
function level3Span(grid: Grid | undefined, col: string | undefined, layout: Layout): number | undefined {
  if (!grid || !col) return undefined;
  const c = columnIndex(col);
  // Header row included: a table whose rows were all deleted still shows the span in its 三级指标 cell.
  const m = grid.merges.find(
    (g: Merge) => g.c0 === c && g.r0 === g.r1 && g.c1 > c && g.r0 + 1 >= layout.top && g.r0 < layout.bottom + 1,
  );
  return m?.c1;
}

/**
 * Whether an item is already on the form: same 二级 key and normalised 三级 name — or the same name under
 * another 二级/一级 (misfiled, as in 004 惠山): adding it again would only make a duplicate.
 */
export function present(nodes: IndicatorNode[], level2: TemplateLevel2, item: TemplateItem): boolean {
  const name = normName(item.name);
  const named = nodes.filter((n) => normName(n.level3?.text) === name);
  return named.some((n) => n.level2?.key === level2.key) || named.length > 0;
}

/**
 * The set's items the form lacks, matched as structure.missing-standard matches (standard-match.ts): a name
 * anywhere on the form, shifted into another column, with a typo or a longer synonym counts as present.
 * The 决策/过程 items are matched first and alone, exactly the list the rule compares with.
 */
export function missingTemplateItems(form: Form, set: TemplateSet): Set<TemplateItem> {
  const names = formIndicatorNames(form);
  const flat = set.sections
    .filter((s) => !s.skeleton)
    .flatMap((l1) => l1.groups.flatMap((g) => g.items.map((item) => ({ key: l1.key, item }))));
  const standard = flat.filter((x) => x.key === 'decision' || x.key === 'process');
  const rest = flat.filter((x) => x.key !== 'decision' && x.key !== 'process');
  const name = (x: { item: TemplateItem }) => x.item.name;
  return new Set([...unmatchedItems(standard, name, names), ...unmatchedItems(rest, name, names)].map((x) => x.item));
}

export function planInsertion(form: Form, set: TemplateSet, options: PlanOptions = {}): RowPlan {
  const table = mainTable(form);
  if (!table) return [];
  const lacking = missingTemplateItems(form, set);
  const wanted = (item: TemplateItem) => lacking.has(item) && (!options.only || options.only.has(normName(item.name)));
  const layout = layoutOf(table);
  const inTable = form.indicators.filter((n) => n.row > layout.top && n.row <= layout.bottom + 1);
  const rowsOf = (pred: (n: IndicatorNode) => boolean): number[] => inTable.filter(pred).map((n) => n.row);

  /** beforeRow → segments inserted there, in template order. */
  const at = new Map<number, Segment[]>();
  const add = (beforeRow: number, seg: Segment): void => {
    const list = at.get(beforeRow) ?? [];
    const last = list[list.length - 1];
    if (last && last.level1 === seg.level1) last.groups.push(...seg.groups);
    else list.push(seg);
    at.set(beforeRow, list);
  };

  const firstOutput = rowsOf((n) => n.level1?.key === 'output')[0];
  const defaultNew = options.anchor ?? firstOutput ?? layout.top + 1;
  const tableEnd = inTable.length ? Math.max(...inTable.map((n) => n.row)) + 1 : layout.top + 1;
  let lastStandardEnd: number | undefined;

  for (const level1 of set.sections) {
    if (level1.skeleton) {
      if (!options.skeleton) continue;
      if (rowsOf((n) => n.level1?.key === level1.key).length > 0 && options.anchor === undefined) continue;
      const groups = level1.groups.map((level2) => ({ level2, newLevel2: true, rows: [null] }));
      add(options.anchor ?? (inTable.length ? tableEnd : defaultNew), { level1, newLevel1: true, groups });
      continue;
    }
    const l1Nodes = inTable.filter((n) => n.level1?.key === level1.key);
    const missing = level1.groups
      .map((level2) => ({ level2, items: level2.items.filter(wanted) }))
      .filter((g) => g.items.length > 0);
    if (l1Nodes.length === 0 || options.anchor !== undefined) {
      if (missing.length === 0) {
        if (l1Nodes.length) lastStandardEnd = Math.max(...l1Nodes.map((n) => n.row)) + 1;
        continue;
      }
      // A whole new 一级: after the 一级 before it when that exists, else before 产出 (or the anchor).
      const where = options.anchor ?? lastStandardEnd ?? nextStandardStart(set, level1, inTable) ?? defaultNew;
      add(where, {
        level1,
        newLevel1: true,
        groups: missing.map((g) => ({ level2: g.level2, newLevel2: true, rows: g.items })),
      });
      continue;
    }
    const l1Label = rowOf(l1Nodes[0].level1?.cell.address ?? `A${l1Nodes[0].row}`);
    const l1End = Math.max(...l1Nodes.map((n) => n.row)) + 1;
    lastStandardEnd = l1End;
    let prevEnd: number | undefined;
    for (const level2 of level1.groups) {
      const g = l1Nodes.filter((n) => n.level2?.key === level2.key);
      const items = missing.find((m) => m.level2 === level2)?.items ?? [];
      if (g.length) prevEnd = Math.max(...g.map((n) => n.row)) + 1;
      if (items.length === 0) continue;
      if (g.length) {
        const labelRow = rowOf(g[0].level2?.cell.address ?? `A${g[0].row}`);
        add(prevEnd as number, {
          level1,
          newLevel1: false,
          level1LabelRow: l1Label,
          groups: [{ level2, newLevel2: false, rows: items, labelRow }],
        });
      } else {
        // A new 二级 under an existing 一级: after the 二级 before it; with none before, at the 一级's end
        // (inserting above the 一级 label would split the group).
        add(prevEnd ?? l1End, {
          level1,
          newLevel1: false,
          level1LabelRow: l1Label,
          groups: [{ level2, newLevel2: true, rows: items }],
        });
      }
    }
  }

  const plan: RowPlan = [];
  for (const [beforeRow, segments] of at) plan.push(build(form.sheet, beforeRow, segments, layout, options.grid));
  return plan.sort((a, b) => b.beforeRow - a.beforeRow);
}

/** First row of a later standard 一级 already on the form (決策 missing, 过程 present → before 过程). */
function nextStandardStart(set: TemplateSet, level1: TemplateLevel1, nodes: IndicatorNode[]): number | undefined {
  const later = set.sections.slice(set.sections.indexOf(level1) + 1).filter((s) => !s.skeleton);
  for (const s of later) {
    const rows = nodes.filter((n) => n.level1?.key === s.key).map((n) => n.row);
    if (rows.length) return Math.min(...rows);
  }
  return undefined;
}

function build(
  sheet: string,
  beforeRow: number,
  segments: Segment[],
  layout: Layout,
  grid: Grid | undefined,
): RowInsertion {
  const rows: Record<string, string>[] = [];
  const merges: string[] = [];
  const mergeL1 = mergesColumn(grid, layout.level1, layout);
  const spans = layout.blocks.map((b) => level3Span(grid, b.level3, layout));
  for (const seg of segments) {
    const segStart = beforeRow + rows.length;
    for (const group of seg.groups) {
      const groupStart = beforeRow + rows.length;
      group.rows.forEach((item, i) => {
        const row: Record<string, string> = {};
        if (seg.newLevel1 && layout.level1 && rows.length + beforeRow === segStart)
          row[layout.level1] = seg.level1.label;
        layout.blocks.forEach((b, k) => {
          if (group.newLevel2 && i === 0 && b.level2) row[b.level2] = group.level2.label;
          if (b.level3 && item) row[b.level3] = item.name;
          for (const v of b.values) {
            const text = item ? valueFor(v.period, item) : (group.level2.value ?? '');
            if (text) row[v.col] = text;
          }
          const span = spans[k];
          if (b.level3 && span !== undefined)
            merges.push(`${b.level3}${beforeRow + rows.length}:${columnName(span)}${beforeRow + rows.length}`);
        });
        rows.push(row);
      });
      const groupEnd = beforeRow + rows.length - 1;
      for (const b of layout.blocks) {
        if (!mergesColumn(grid, b.level2, layout)) continue;
        const from = group.newLevel2 ? groupStart : group.labelRow;
        if (from !== undefined && groupEnd > from) merges.push(`${b.level2}${from}:${b.level2}${groupEnd}`);
      }
    }
    const segEnd = beforeRow + rows.length - 1;
    const from = seg.newLevel1 ? segStart : seg.level1LabelRow;
    if (mergeL1 && from !== undefined && segEnd > from)
      merges.push(`${layout.level1}${from}:${layout.level1}${segEnd}`);
  }
  return merges.length ? { sheet, beforeRow, rows, merges } : { sheet, beforeRow, rows };
}

/** Total rows a plan inserts. */
export function plannedRowCount(plan: RowPlan): number {
  return plan.reduce((n, p) => n + p.rows.length, 0);
}
