import type { Rule } from '../types';
import { valueCells } from '../expr/values';

/** Dates that may lie before the budget year: when a multi-year project started or was approved. */
const START = /开工|启动|开始|立项|成立|起始|批复|始建/;

/**
 * A deadline in a year before the form's (2023年12月底前 on a 2025 form): it has passed before the money
 * is spent, usually a value copied from an earlier form. Start dates of running projects are left alone.
 */
export const rule: Rule = {
  id: 'consistency.deadline-year',
  meta: {
    family: 'consistency',
    severity: 'warning',
    description: '指标值的完成日期早于表单年度（如2025年度表写“2023年12月底前”），常见于沿用旧表。',
    source: 'DOMAIN.md「The parts of a form」Goals：must name this form’s year（指标值同理）',
    good: [
      { indicator: '2025年度表 | 项目完成时间', text: '2025年12月底前' },
      { indicator: '2025年度表 | 项目开工时间', text: '2023年3月' },
    ],
    bad: [{ indicator: '2025年度表 | 项目完成时间', text: '2023年12月底前' }],
  },
  check(form, ctx) {
    const year = form.year;
    if (year === null) return [];
    const out = [];
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = valueCells(form, ctx);
    for (let k = 0; k < rows.length; k++) {
      const v = rows[k];
      const e = v.expr;
      // a leaked serial is expr.excel-serial's; a date with ≥ is not a deadline
      if (e.kind !== 'date' || e.year == null || e.year >= year || e.number != null) continue;
      if (e.op === '>=' || e.op === '>' || START.test(v.name)) continue;
      out.push(
        ctx.report({
          cell: v.cell.address,
          message: `这是${year}年度的表，“${v.name || '指标'}”的指标值“${v.cell.text.trim()}”是${e.year}年，在预算年度之前就已到期。`,
          suggestion: `改为${year}年的日期（如“${year}年12月底前”）；可能沿用了旧表的指标值。`,
        }),
      );
    }
    return out;
  },
};
