import type { Rule } from '../types';
import { planValues } from './points';

/** The schedule is cumulative: each point at least the one before. */
export const rule: Rule = {
  id: 'plan.non-decreasing',
  meta: {
    family: 'plan',
    severity: 'error',
    description: '资金支出计划（%）是累计进度，后一时点不能小于前一时点。',
    good: [{ text: '3月底 10%，6月底 30%，10月底 60%，12月底 100%' }],
    bad: [{ text: '6月底 50%，10月底 40%', note: '累计进度倒退' }],
  },
  check(form, ctx) {
    const out = [];
    const values = planValues(form);
    for (let i = 1; i < values.length; i++) {
      const prev = values[i - 1];
      const cur = values[i];
      if (cur.percent >= prev.percent) continue;
      out.push(
        ctx.report({
          cell: cur.cell.address,
          message: `资金支出计划是累计进度，${cur.label}的 ${cur.cell.text.trim()} 小于${prev.label}的 ${prev.cell.text.trim()}。`,
          suggestion: `填写截至${cur.label}的累计支出比例，应不小于 ${prev.percent}%。`,
        }),
      );
    }
    return out;
  },
};
