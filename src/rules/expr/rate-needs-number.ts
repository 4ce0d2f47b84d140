import type { Rule } from '../types';
import { isRateName } from '../names';
import { valueCells } from './values';

/** Words that are accepted in place of a rate: the spending schedule (序时进度) and 按计划. */
const ACCEPTED = /^(序时进度|按序时进度|按计划|按进度)$/;

/**
 * A rate (…率, 满意度) with a word (提高) instead of a number. 决策/过程 rows are skipped: qualitative
 * values are accepted there (资金到位率 序时进度).
 */
export const rule: Rule = {
  id: 'expr.rate-needs-number',
  meta: {
    family: 'expr',
    severity: 'warning',
    description: '比率类指标（……率、满意度）写成了文字（如“提高”），应写数值和%。',
    good: [
      { indicator: '缴存职工满意度', text: '≥90%' },
      { indicator: '资金到位率（过程）', text: '序时进度' },
    ],
    bad: [{ indicator: '缴存职工满意度', text: '提高' }],
  },
  check(form, ctx) {
    const out = [];
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = valueCells(form, ctx);
    for (let k = 0; k < rows.length; k++) {
      const v = rows[k];
      if (v.expr.kind !== 'qualitative' || !isRateName(v.name)) continue;
      const l1 = v.node.level1?.key;
      if (l1 === 'decision' || l1 === 'process' || ACCEPTED.test(v.expr.normalized)) continue;
      // 降低逾期率 / 提高覆盖率 name a direction of change, and 明显降低 answers it.
      if (/^(提高|提升|降低|减少|增加|扩大|改善|控制)/.test(v.name)) continue;
      out.push(
        ctx.report({
          cell: v.cell.address,
          message: `“${v.name}”是比率，指标值“${v.cell.text.trim()}”是文字，无法考核。`,
          suggestion: `写成比较符号、数值和%，如“≥${/满意/.test(v.name) ? 90 : 95}%”。`,
        }),
      );
    }
    return out;
  },
};
