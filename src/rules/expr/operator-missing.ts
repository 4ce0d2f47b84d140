import { diagnosticRule } from './diagnostic-rule';

/**
 * `430元/人`, `4个`: no ≥/≤/=. Not reported when the table has its own 指标性质/计算符号 column, nor on
 * 时效 rows (`12个月`, `1年` are read as durations there).
 */
export const rule = diagnosticRule(
  'expr.operator-missing',
  {
    severity: 'warning',
    description: '定量指标值缺少比较符号（≥、≤、=）。',
    good: [{ indicator: '受训人均成本', text: '≤430元/人' }],
    bad: [
      { indicator: '受训人均成本', text: '430 元/人' },
      { indicator: '租赁部门', text: '4 个' },
    ],
  },
  (v) => !(v.node.operator && v.node.operator.text.trim() !== '') && v.node.level2?.key !== 'timeliness',
);
