import type { Rule } from '../types';
import { valueCells } from './values';

/**
 * `<8天`: a strict bound, where the target number itself fails. Standard forms write ≥, ≤ or =; a strict
 * one is usually a slip for ≤ (or a target that should read ≤7天). Allowed by reviewers, hence info.
 */
export const rule: Rule = {
  id: 'expr.strict-operator',
  meta: {
    family: 'expr',
    severity: 'info',
    description: '指标值用了“<”或“>”（不含等于），目标数本身不达标，通常应写“≤”“≥”或“=”。',
    good: [{ indicator: '培训天数', text: '≤8天' }],
    bad: [{ indicator: '培训天数', text: '<8 天' }],
  },
  check(form, ctx) {
    const out = [];
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = valueCells(form, ctx);
    for (let k = 0; k < rows.length; k++) {
      const v = rows[k];
      const e = v.expr;
      if (e.kind !== 'quantitative' || (e.op !== '<' && e.op !== '>') || e.number === null) continue;
      if (e.op === '>' && e.number === 0) continue; // >0 is a real target (at least one)
      const inclusive = e.normalized.replace(/^[<>]/, e.op === '<' ? '≤' : '≥');
      out.push(
        ctx.report({
          cell: v.cell.address,
          message: `“${v.name || '指标'}”的指标值“${v.cell.text.trim()}”不含等于，恰好达到${e.number}${e.unit ?? ''}也算未完成。`,
          suggestion: `如目标含本数，写成“${inclusive}”。`,
        }),
      );
    }
    return out;
  },
};
