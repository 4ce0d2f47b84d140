import type { Rule } from '../types';
import { isBlank } from '../tree';

/**
 * 年度目标 (or 总体目标) present but left empty. Forms with numbered goal slots (002: 目标1/目标2/目标3)
 * leave unused slots blank, so only a form whose every such goal is empty is reported, at the first one.
 */
export const rule: Rule = {
  id: 'structure.empty-goal',
  meta: {
    family: 'structure',
    severity: 'error',
    description: '年度目标（总体目标）没有填写。',
    good: [{ indicator: '年度目标', text: '2024年计划归集住房公积金149亿元……' }],
    bad: [{ indicator: '年度目标', text: '（空）' }],
  },
  check(form, ctx) {
    const goals = form.goals.filter((g) => g.key !== 'longTerm');
    if (goals.length === 0 || goals.some((g) => !isBlank(g.value))) return [];
    return goals.slice(0, 1).map((g) =>
      ctx.report({
        cell: (g.value ?? g.label).address,
        message: `“${g.label.text.replace(/\s+/g, '')}”没有填写。`,
        suggestion: '写明本年度要完成的主要任务和目标数，如“2024年计划完成……，达到……”。',
      }),
    );
  },
};
