import type { Rule } from '../types';
import { isBoundedRate } from '../names';
import { valueCells } from './values';

/**
 * A share of a whole (合格率, 覆盖率, 满意度) aimed above 100% (≥120%, =110%): no result can meet it, so the
 * target is a typing slip (≥100% meant =100%, 1 typed for 100). Rates that may pass 100% (revenue plans,
 * growth, control and execution rates: names.ts isBoundedRate) are not judged.
 */
export const rule: Rule = {
  id: 'expr.rate-over-100',
  meta: {
    family: 'expr',
    severity: 'error',
    // 120%以上, 292%: one slip, the unreachable target (an operator added to it would not help)
    rootCauseOfRow: { rules: ['expr.approximate', 'expr.operator-missing'] },
    description: '合格率、覆盖率、满意度等占比类指标的目标超过100%（如“≥120%”），任何结果都达不到。',
    source: 'DOMAIN.md「Indicator values」Vacuous targets（占比不会超过100%）',
    good: [
      { indicator: '设备完好率', text: '≥98%' },
      { indicator: '非税收入预算完成率', text: '≥110%' },
    ],
    bad: [
      { indicator: '设备完好率', text: '≥120%' },
      { indicator: '群众满意度', text: '=110%' },
      { indicator: '设备更新验收合格率', text: '292%' },
    ],
  },
  check(form, ctx) {
    const out = [];
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = valueCells(form, ctx);
    for (let k = 0; k < rows.length; k++) {
      const v = rows[k];
      const e = v.expr;
      if (e.kind !== 'quantitative' || e.unit !== '%' || e.number === null || e.change) continue;
      // >100% asks for more than all of it, as ≥120% does
      // 292% with no operator (09 鄂州) cannot be met either, whatever operator was meant
      const over = e.op === '>' ? e.number >= 100 : e.op !== '<=' && e.op !== '<' && e.number > 100;
      if (!over || !isBoundedRate(v.name)) continue;
      out.push(
        ctx.report({
          cell: v.cell.address,
          message: `“${v.name}”是占比，最多100%，指标值“${v.cell.text.trim()}”任何结果都达不到。`,
          suggestion: '写出能达到的目标，如“≥95%”或“=100%”。',
        }),
      );
    }
    return out;
  },
};
