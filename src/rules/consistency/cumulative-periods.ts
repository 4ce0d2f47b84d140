import type { Rule } from '../types';
import { isPerUnitName, isRateName } from '../names';
import { periodPairs } from './period-pairs';

/** A lower bound or an exact target (≥, =, >): what a cumulative count or amount is given with. */
function atLeast(op: string | null): boolean {
  return op === '>=' || op === '=' || op === '>';
}

/**
 * Cumulative lower-bound or exact targets (≥/=: counts, amounts) cannot be larger for the shorter
 * period: 半年 ≥4000笔 with 全年 ≥3000笔 is reversed. Upper bounds (≤), rates and per-unit values are not
 * cumulative and are skipped.
 */
export const rule: Rule = {
  id: 'consistency.cumulative-periods',
  meta: {
    family: 'consistency',
    severity: 'warning',
    description: '累计性指标（数量、金额）的半年（年度）目标大于全年（中期）目标。',
    good: [{ indicator: '预计发放贷款办理不动产抵押登记笔数', text: '半年 ≥4000笔，全年 ≥8000笔' }],
    bad: [{ indicator: '参加培训人次', text: '半年 ≥1000人次，全年 ≥500人次' }],
  },
  check(form, ctx) {
    const out = [];
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = periodPairs(form, ctx);
    for (let k = 0; k < rows.length; k++) {
      const p = rows[k];
      // the cheap test first: on most rows the short period's target is within the long one's
      if (p.short.number <= p.long.number) continue;
      if (!atLeast(p.short.expr.op) || !atLeast(p.long.expr.op)) continue;
      if (
        p.unit === '%' ||
        p.unit === '‰' ||
        isRateName(p.name) ||
        isPerUnitName(p.name) ||
        (p.unit ?? '').includes('/')
      )
        continue;
      out.push(
        ctx.report({
          cell: p.short.cell.address,
          message: `“${p.name}”${p.short.period}目标“${p.short.cell.text.trim()}”大于${p.long.period}目标“${p.long.cell.text.trim()}”。`,
          suggestion: `${p.short.period}是${p.long.period}的一部分，累计数量或金额应不大于${p.long.period}目标，请核对。`,
        }),
      );
    }
    return out;
  },
};
