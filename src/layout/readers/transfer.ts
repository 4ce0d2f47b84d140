import { FAMILY_WORDS } from '../vocabulary';
import { bandHas, readLevelColumns, roleHeaded, titleHas } from './levels';
import type { LayoutReader } from './types';

/**
 * 转移支付 区域/项目 绩效目标表: 区域名称 / 专项名称 and funds by 中央/省/市/县 above the table, or the
 * project form reused for self-evaluation with 实际完成值 beside the target (a history column).
 */
export const reader: LayoutReader = {
  id: 'transfer',
  name: '转移支付区域/项目绩效目标表',
  detect(t) {
    if (t.header.oneColumn) return null;
    const words = FAMILY_WORDS.transfer;
    if (titleHas(t, words.title)) return 0.85;
    if (roleHeaded(t, 'history', words.history)) return 0.75;
    return bandHas(t, words.band) ? 0.75 : null;
  },
  read: readLevelColumns,
};
