import type { Rule } from '../types';
import { isRateName } from '../names';
import { valueCells } from './values';
import { bareRate } from './operator-missing';

const PERCENT_IN_NAME = /[(（]\s*[%％‰]\s*[)）]$/;

/**
 * A rate with a bare number (合格率 ≥95): the % is missing. The fix is certain only for a whole number
 * from 2 to 100 (or 0) with an operator: 0.95 or 1 could be fractions.
 */
export const rule: Rule = {
  id: 'expr.rate-percent',
  meta: {
    family: 'expr',
    severity: 'warning',
    description: '比率类指标的数值缺少%。',
    good: [{ indicator: '验收合格率', text: '≥95%' }],
    bad: [{ indicator: '验收合格率', text: '≥95', note: '可一键改为“≥95%”' }],
    fixable: true,
  },
  check(form, ctx) {
    const out = [];
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = valueCells(form, ctx);
    for (let k = 0; k < rows.length; k++) {
      const v = rows[k];
      const e = v.expr;
      if (e.kind !== 'quantitative' || e.unit !== null || e.number === null || !isRateName(v.name)) continue;
      if (v.node.unit && v.node.unit.text.trim() !== '') continue;
      if (PERCENT_IN_NAME.test(v.name)) continue; // 验收合格率（%） ≥95: the % is written once, in the name
      if (bareRate(v)) continue; // no operator either: one finding, expr.operator-missing's
      const n = e.number;
      const certain =
        e.op !== null && Number.isInteger(n) && (n === 0 || (n >= 2 && n <= 100)) && e.diagnostics.length <= 1;
      const text = `${e.normalized}%`;
      out.push(
        ctx.report({
          cell: v.cell.address,
          message: `“${v.name}”是比率，指标值“${v.cell.text.trim()}”缺少%。`,
          suggestion: certain ? `写成“${text}”。` : '补上%，如“≥95%”；如果写的是小数（0.95），请换算成百分数。',
          ...(certain ? { fix: { cell: v.cell.address, text } } : {}),
        }),
      );
    }
    return out;
  },
};
