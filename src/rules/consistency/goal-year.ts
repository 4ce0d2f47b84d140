import type { Rule } from '../types';

/** A whole run of digits before 年 (no lookbehind: ES2018, not in Edge Legacy or Safari before 16.4). */
const DIGITS_YEAR = /(\d+)\s*年/g;

/**
 * 年度目标 naming only other years than the form's (004 惠山: “2023年计划…” on a 2024 form): a copy of
 * last year's text. A text that names the form's year anywhere is accepted (“较2023年增长” is fine);
 * 中长期目标 legitimately names later years and is not checked.
 */
export const rule: Rule = {
  id: 'consistency.goal-year',
  meta: {
    family: 'consistency',
    severity: 'warning',
    description: '年度目标写的年份与表单年度不一致（常见于沿用上年文本）。',
    good: [{ indicator: '2024年度表 | 年度目标', text: '2024年计划归集公积金21亿元……' }],
    bad: [{ indicator: '2024年度表 | 年度目标', text: '2023年计划归集公积金19.5亿元……' }],
  },
  check(form, ctx) {
    if (form.year === null) return [];
    const out = [];
    for (const goal of form.goals) {
      if (goal.key !== 'annual' || !goal.value) continue;
      const years = [...goal.value.text.matchAll(DIGITS_YEAR)]
        .map((m) => m[1])
        .filter((y) => /^20\d{2}$/.test(y))
        .map(Number);
      if (years.length === 0 || years.includes(form.year)) continue;
      out.push(
        ctx.report({
          cell: goal.value.address,
          message: `这是${form.year}年度的表，年度目标却写的是${[...new Set(years)].join('、')}年。`,
          suggestion: `把年度目标改为${form.year}年的目标（可能沿用了上年的文字）。`,
        }),
      );
    }
    return out;
  },
};
