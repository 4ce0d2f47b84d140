import type { Rule } from '../types';
import { valueCells } from './values';

const YES_NO = new Set(['是', '否', '有', '无']);

/**
 * 是 / 否 / 有 / 无 as the whole target (临海: 社会效益指标 = 是): it says the effect exists, not how much
 * of it the money buys, so a reviewer cannot judge it against results.
 */
export const rule: Rule = {
  id: 'expr.yes-no',
  meta: {
    family: 'expr',
    severity: 'warning',
    description: '指标值只写了“是/否/有/无”，没有可考核的程度或数值。',
    good: [
      { indicator: '生态效益指标 | 城市绿化覆盖率', text: '≥40%' },
      { indicator: '社会效益指标 | 市民生活环境', text: '明显改善' },
    ],
    bad: [{ indicator: '社会效益指标', text: '是' }],
  },
  check(form, ctx) {
    const out = [];
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = valueCells(form, ctx);
    for (let k = 0; k < rows.length; k++) {
      const v = rows[k];
      if (v.expr.kind !== 'qualitative' || !YES_NO.has(v.cell.text.trim())) continue;
      out.push(
        ctx.report({
          cell: v.cell.address,
          message: `指标值“${v.cell.text.trim()}”只说明有没有，没有写要达到的程度。`,
          suggestion: '写成可考核的目标，如“≥95%”“明显改善”“=12次”。',
        }),
      );
    }
    return out;
  },
};
