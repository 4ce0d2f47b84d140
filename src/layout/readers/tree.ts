import { isLevelRowText } from '../tree-levels';
import { readOneColumn } from './levels';
import type { LayoutReader, TableContext } from './types';

/** Rows looked at to tell a tree from a flat list: a tree's first 一级 row is near its top. */
const PEEK_ROWS = 200;

/**
 * Budget-system exports with one tree column (指标名称 | 指标性质 | 指标值 | 计量单位 | 权重): 一级/二级
 * are rows of that column without a value, by indentation (half- or full-width spaces), numbering
 * (一、（一）1. or 1 / 1.1 / 1.1.1) or level words (一级指标：产出指标).
 */
export const reader: LayoutReader = {
  id: 'tree',
  name: '预算系统导出的树形指标（单列，缩进/编号/级别词）',
  detect: (t) => (t.header.oneColumn && hasLevelRow(t) ? 0.9 : null),
  read: readOneColumn,
};

/** A row of the name column that names a level and has no value. */
function hasLevelRow(t: TableContext): boolean {
  const { view, header } = t;
  const block = header.blocks[0];
  const nameCol = block.columns.find((c) => c.role === 'level3')?.col ?? block.c0;
  const values = block.columns.filter((c) => c.role === 'value').map((c) => c.col);
  const end = Math.min(t.limit, header.lastRow + PEEK_ROWS);
  for (let r = header.lastRow + 1; r <= end; r++) {
    const raw = view.raw(r, nameCol);
    if (typeof raw !== 'string' || values.some((c) => !view.isEmpty(r, c))) continue;
    if (isLevelRowText(raw)) return true;
  }
  return false;
}
