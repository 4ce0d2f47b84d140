import type { Rule } from '../types';
import { planValues } from './points';

/** The schedule must end at 100% (by 12月底), and never pass it. */
export const rule: Rule = {
  id: 'plan.reaches-full',
  meta: {
    family: 'plan',
    severity: 'error',
    description: '资金支出计划（%）到12月底应达到100%，且任何时点不超过100%。',
    good: [{ text: '6月底 50%，10月底 75%，12月底 100%' }, { text: '6月底 100%', note: '提前支付完毕' }],
    bad: [{ text: '6月底 50%，10月底 80%', note: '全年只计划支出80%' }],
  },
  check(form, ctx) {
    const values = planValues(form);
    if (values.length === 0) return [];
    const out = [];
    for (const v of values) {
      if (v.percent <= 100) continue;
      out.push(
        ctx.report({
          cell: v.cell.address,
          message: `资金支出计划${v.label}为 ${v.cell.text.trim()}，超过了100%。`,
          suggestion: '累计支出比例最多为100%。',
        }),
      );
    }
    const last = values[values.length - 1];
    if (Math.max(...values.map((v) => v.percent)) < 100) {
      out.push(
        ctx.report({
          cell: last.cell.address,
          message: `资金支出计划最后一个时点（${last.label}）只有 ${last.cell.text.trim()}，全年预算没有计划支出完毕。`,
          suggestion: '12月底的累计支出比例应为100%。',
        }),
      );
    }
    return out;
  },
};
