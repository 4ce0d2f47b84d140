import { FAMILY_WORDS } from '../vocabulary';
import { hasRole, readLevelColumns, roleHeaded, titleHas } from './levels';
import type { LayoutReader } from './types';

/**
 * 批复表: the approved targets, 上年实际值 | 本年目标值 side by side (often under 指标标准或依据 in a
 * two-row heading). The target is the only value (全年); last year's actual is a history column.
 */
export const reader: LayoutReader = {
  id: 'approval',
  name: '绩效目标批复表（上年实际值/本年目标值）',
  detect(t) {
    if (t.header.oneColumn || !hasRole(t, 'value')) return null;
    if (roleHeaded(t, 'history', FAMILY_WORDS.approval.history)) return 0.8;
    return titleHas(t, FAMILY_WORDS.approval.title) ? 0.7 : null;
  },
  read: readLevelColumns,
};
