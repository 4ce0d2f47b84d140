import { hasRole, readLevelColumns } from './levels';
import type { LayoutReader } from './types';

/**
 * 2021 core-indicator table (财预〔2021〕101号): 一级 产出/成本/效益/满意度 | 二级 | 三级 | 指标性质 |
 * 指标值 | 度量单位 | 权重/分值 | 指标解释 | 评（扣）分标准 | 历史值. Told by its weight column, or its
 * operator and unit columns beside the value; operator, value and unit are read as one value.
 */
export const reader: LayoutReader = {
  id: 'core2021',
  name: '2021年核心绩效指标表（指标性质/指标值/度量单位/权重）',
  detect(t) {
    if (t.header.oneColumn || !hasRole(t, 'level1')) return null;
    return hasRole(t, 'weight') || (hasRole(t, 'operator') && hasRole(t, 'unit')) ? 0.6 : null;
  },
  read: readLevelColumns,
};
