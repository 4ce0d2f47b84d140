import type { Rule } from '../types';
import { isBlank } from '../tree';

/** A target (≥95%) written in 指标值确定依据 or 绩效指标描述 instead of the value column (002). */
const LOOKS_LIKE_VALUE =
  /^(?:[≥≤＞＜>＜<=＝]|>=|<=|不低于|不高于|不少于|不超过)\s*\d+(?:\.\d+)?\s*(?:%|％|‰|[\u4e00-\u9fa5a-zA-Z/*]{0,6})$/;

export const rule: Rule = {
  id: 'structure.value-in-text-column',
  meta: {
    family: 'structure',
    severity: 'warning',
    description: '指标值填在了“指标值确定依据”或“绩效指标描述”列。',
    good: [{ indicator: '职工满意度 | 指标值 ≥90% | 依据', text: '计划标准' }],
    bad: [{ indicator: '职工满意度 | 指标值 ≥90% | 依据', text: '≥95%' }],
  },
  check(form, ctx) {
    const out = [];
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = form.indicators;
    for (let k = 0; k < rows.length; k++) {
      const node = rows[k];
      if (!node.basis && !node.description) continue; // the usual row: no pairs to make
      for (const [cell, column] of [
        [node.basis, '指标值确定依据'],
        [node.description, '绩效指标描述'],
      ] as const) {
        if (!cell || isBlank(cell) || !LOOKS_LIKE_VALUE.test(cell.text.trim())) continue;
        out.push(
          ctx.report({
            cell: cell.address,
            message: `“${column}”列填的是一个指标值“${cell.text.trim()}”，不是依据或说明。`,
            suggestion:
              column === '指标值确定依据'
                ? '指标值只填在指标值列；依据列写来源，如“计划标准”“上年标准”“合同约定”。'
                : '指标值只填在指标值列；描述列写指标的含义或计算方法。',
          }),
        );
      }
    }
    return out;
  },
};
