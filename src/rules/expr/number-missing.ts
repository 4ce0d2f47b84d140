import { diagnosticRule } from './diagnostic-rule';

/** Not on the last row of a copy cut off there (cut-off.ts): “>” is where the copy stopped, not the clerk. */
export const rule = diagnosticRule(
  'expr.number-missing',
  {
    severity: 'error',
    description: '指标值只有符号或单位，没有数值。',
    good: [{ indicator: '网站工作动态信息发布', text: '=12篇' }],
    bad: [{ indicator: '网站工作动态信息发布', text: '=篇' }],
  },
  (v, where) => v.node.row !== where.cutRow,
);
