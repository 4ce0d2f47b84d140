import { readOneColumn } from './levels';
import type { LayoutReader } from './types';

/**
 * Flat indicator lists (序号 | 指标 | 权重 | 计量单位 | 指标性质 | 指标值) without 一级/二级: every row is a
 * 三级, and the table's layout has only that level (no structure finding for the levels it lacks).
 * A one-column table whose rows turn out to name levels is read as a tree all the same.
 */
export const reader: LayoutReader = {
  id: 'flat',
  name: '无层级的指标清单（每行一个三级指标）',
  detect: (t) => (t.header.oneColumn ? 0.5 : null),
  read: readOneColumn,
};
