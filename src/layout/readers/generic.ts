import { readLevelColumns } from './levels';
import type { LayoutReader } from './types';

/**
 * Any official form with 一级 | 二级 | 三级 | 指标值 columns (or a table printed without its heading row,
 * its columns taken from its first indicator row): the reader of last resort for level columns.
 */
export const reader: LayoutReader = {
  id: 'generic',
  name: '通用绩效目标表（一级/二级/三级指标列）',
  detect: (t) => (t.header.oneColumn ? null : 0.1),
  read: readLevelColumns,
};
