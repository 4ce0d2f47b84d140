import type { Rule } from '../types';
import { compare } from '../decimal';
import { amountOf } from './funds';

/** 半年计划执行数 above 全年预算数 for the same line. */
export const rule: Rule = {
  id: 'total.half-exceeds-full',
  meta: {
    family: 'total',
    severity: 'error',
    description: '同一资金项目的半年计划执行数大于全年预算数。',
    good: [{ indicator: '基本支出', text: '半年 1532，全年 3265.62' }],
    bad: [{ indicator: '物业管理费', text: '半年 20，全年 12' }],
  },
  check(form, ctx) {
    const out = [];
    for (const item of form.funds) {
      const half = amountOf(item, '半年');
      const full = amountOf(item, '全年');
      if (!half || !full || compare(half.value, full.value) <= 0) continue;
      out.push(
        ctx.report({
          cell: half.cell.address,
          message: `${item.label.text.replace(/\s+/g, '')}的半年计划执行数 ${half.cell.text.trim()} 大于全年预算数 ${full.cell.text.trim()}。`,
          suggestion: '半年数是全年预算的一部分，应不大于全年数，请核对。',
        }),
      );
    }
    return out;
  },
};
