/**
 * The two ways the readers read an indicator table's rows, and what they look at to tell families apart.
 * Not a reader itself (it exports no `reader`).
 */
import type { ColumnRole, IndicatorNode } from '../../model/form';
import { centredLevel1, dropCoveredPlaceholders, fixShiftedLevels, readRows } from '../indicators';
import { isTitle, levelPair } from '../match';
import type { TableColumn } from '../table-header';
import { readTree } from '../tree-levels';
import type { TableContext, TableRead } from './types';

/**
 * Levels in their own columns (一级 | 二级 | 三级): 一级/二级 forward-filled down merged blocks, an 一级
 * typed in the middle of its block moved to its rows, levels one column off re-read one level down.
 */
export function readLevelColumns(t: TableContext): TableRead {
  const { nodes, lastRow } = readRows(t.view, t.header, t.limit, t.isStop);
  splitLevelPairs(nodes);
  centredLevel1(nodes);
  const fixed = fixShiftedLevels(nodes, t.header);
  return { nodes: dropCoveredPlaceholders(fixed.nodes), lastRow, shift: fixed.shift };
}

/**
 * One name column: label rows of that column give the levels (a tree export); a table without such
 * rows is a flat list, whose layout has only level3.
 */
export function readOneColumn(t: TableContext): TableRead {
  const { nodes, lastRow } = readRows(t.view, t.header, t.limit, t.isStop);
  const first = t.header.blocks[0];
  const nameCol = first.columns.find((c) => c.role === 'level3')?.col ?? first.c0;
  const read = dropCoveredPlaceholders(readTree(t.view, nodes, nameCol));
  const out: TableRead = { nodes: read, lastRow, shift: null };
  if (read.every((n: IndicatorNode) => n.level1 === null && n.level2 === null)) out.levels = ['level3'];
  return out;
}

/** Every column of the table's heading, all blocks. */
export function columnsOf(t: TableContext): TableColumn[] {
  return t.header.blocks.flatMap((b) => b.columns);
}

export function hasRole(t: TableContext, role: ColumnRole): boolean {
  return t.header.blocks.some((b) => b.columns.some((c) => c.role === role));
}

/** Does a column of this role have a heading holding one of the words? */
export function roleHeaded(t: TableContext, role: ColumnRole, words: readonly string[]): boolean {
  return columnsOf(t).some((c) => c.role === role && words.some((w) => c.header.replace(/\s+/g, '').includes(w)));
}

/** The form's title, when the segment opened with one (the title row's first title cell). */
export function titleOf(t: TableContext): string | null {
  const r = t.segment.titleRow;
  if (r === null) return null;
  for (const c of t.view.filled(r)) if (isTitle(t.view.label(r, c))) return t.view.label(r, c);
  return null;
}

export function titleHas(t: TableContext, words: readonly string[]): boolean {
  const title = titleOf(t);
  return title !== null && words.some((w) => title.includes(w));
}

/**
 * Does a label of the header band (the rows of the segment above its first table, at most 40) hold
 * one of the words? Bounded: the band of a form is a few rows, whatever the size of its tables.
 */
export function bandHas(t: TableContext, words: readonly string[]): boolean {
  const { view, segment } = t;
  const end = Math.min(segment.headers[0]?.row ?? segment.start, segment.start + 40);
  for (let r = segment.start; r < end; r++)
    for (const c of view.filled(r)) {
      const label = view.label(r, c);
      if (label.length <= 30 && words.some((w) => label.includes(w))) return true;
    }
  return false;
}

/** An 一级 cell holding its 二级 too (产出指标-数量指标) with no 二级 of its own: the two levels, on that cell. */
function splitLevelPairs(nodes: IndicatorNode[]): void {
  for (const n of nodes) {
    if (n.level1 === null || n.level2 !== null) continue;
    const pair = levelPair(n.level1.text);
    if (pair === null) continue;
    n.level2 = { text: pair.text2, key: pair.level2, cell: n.level1.cell };
    n.level1 = { text: pair.text1, key: pair.level1, cell: n.level1.cell };
  }
}
