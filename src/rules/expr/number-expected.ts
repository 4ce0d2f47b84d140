import type { Rule } from '../types';
import { isRateName } from '../names';
import { isCostNode } from '../tree';
import { valueCells } from './values';

/**
 * A word where the category needs a number: 数量指标 count something, economic 成本 is money. (Rates are
 * expr.rate-needs-number's; 社会/生态 成本 and 效益 may be qualitative.)
 */
export const rule: Rule = {
  id: 'expr.number-expected',
  meta: {
    family: 'expr',
    severity: 'warning',
    description: '数量指标、成本指标写成了文字，应写数值和单位。',
    good: [
      { indicator: '数量指标 | 培训人数', text: '≥40人' },
      { indicator: '社会效益 | 群众咨询问题便捷性', text: '提高' },
    ],
    bad: [
      { indicator: '数量指标 | 宣传次数', text: '较多' },
      { indicator: '成本指标 | 制作成本', text: '控制在预算内' },
    ],
  },
  check(form, ctx) {
    const out = [];
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = valueCells(form, ctx);
    for (let k = 0; k < rows.length; k++) {
      const v = rows[k];
      if (v.expr.kind !== 'qualitative' || isRateName(v.name)) continue;
      const quantity = v.node.level2?.key === 'quantity';
      const cost = isCostNode(v.node) && v.node.level2?.key !== 'socialCost' && v.node.level2?.key !== 'ecologicalCost';
      if (!quantity && !cost) continue;
      out.push(
        ctx.report({
          cell: v.cell.address,
          message: `${quantity ? '数量' : '成本'}指标“${v.name || v.node.level2?.text.trim()}”的指标值“${v.cell.text.trim()}”是文字，无法考核。`,
          suggestion: quantity ? '写成比较符号、数值和单位，如“≥3次”“=28人”。' : '写成金额上限，如“≤25万元”。',
        }),
      );
    }
    return out;
  },
};
