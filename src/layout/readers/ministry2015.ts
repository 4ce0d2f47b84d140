import { FAMILY_WORDS } from '../vocabulary';
import { bandHas, readLevelColumns } from './levels';
import type { LayoutReader } from './types';

/**
 * 财预〔2015〕88号 项目/部门 申报表: 中长期 and 年度 indicators side by side (one 一级 column shared by two
 * blocks of 二级 | 三级 | 指标值), or the department form with its 年度主要任务 table above the indicators.
 * The blocks are split by the heading step (table-header.ts); rows are read once per block.
 */
export const reader: LayoutReader = {
  id: 'ministry2015',
  name: '2015年财政部项目/部门申报表（中长期/年度并列）',
  detect(t) {
    if (t.header.oneColumn) return null;
    if (t.header.blocks.length >= 2) return 0.9;
    return bandHas(t, FAMILY_WORDS.ministry2015.band) ? 0.6 : null;
  },
  read: readLevelColumns,
};
