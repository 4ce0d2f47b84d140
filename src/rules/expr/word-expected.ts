import type { Rule } from '../types';
import { valueCells } from './values';

/**
 * A quality of the work (…性: 充分性, 规范性, 及时性) measured in %: usually a 定性 indicator given a
 * number. Often tolerated, hence info.
 */
export const rule: Rule = {
  id: 'expr.word-expected',
  meta: {
    family: 'expr',
    severity: 'info',
    description: '“……性”类定性指标写成了百分数，可改为定性表述或把指标名改为比率。',
    good: [
      { indicator: '物业服务完成及时性', text: '及时' },
      { indicator: '付款及时率', text: '≥95%' },
    ],
    bad: [{ indicator: '付款及时性', text: '≥95%' }],
  },
  check(form, ctx) {
    const out = [];
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = valueCells(form, ctx);
    for (let k = 0; k < rows.length; k++) {
      const v = rows[k];
      if (v.expr.kind !== 'quantitative' || v.expr.unit !== '%' || !/性$/.test(v.name)) continue;
      out.push(
        ctx.report({
          cell: v.cell.address,
          message: `“${v.name}”是定性指标，指标值却是百分数“${v.cell.text.trim()}”。`,
          suggestion: `写定性值（如“及时”“规范”“有效”），或把指标名改成比率（如“${v.name.replace(/性$/, '率')}”）。`,
        }),
      );
    }
    return out;
  },
};
