import type { Rule } from '../types';

/**
 * No 满意度 block at all (002: three project forms). Only judged on tables that reach the 效益 block,
 * so a form cut off before its end is not accused.
 */
export const rule: Rule = {
  id: 'structure.missing-satisfaction',
  meta: {
    family: 'structure',
    severity: 'error',
    description: '指标表缺少满意度指标（一级“满意度指标”及其下的服务对象满意度指标）。',
    good: [{ indicator: '满意度指标 | 服务对象满意度指标 | 群众满意度', text: '≥90%' }],
    bad: [{ indicator: '（效益指标之后没有满意度指标）', text: '' }],
  },
  check(form, ctx) {
    const nodes = form.indicators;
    if (ctx.cutOff) return []; // a copy cut before 满意度: it may be beyond the cut
    if (nodes.some((n) => n.level1?.key === 'satisfaction' || n.level2?.key === 'satisfaction')) return [];
    // the 2015 department framework (投入 / 过程 / 产出 / 效果) lists 社会公众或服务对象满意度 as a 三级 of 履职效益
    if (nodes.some((n) => n.level2?.key === 'dutyEffect' && /满意/.test(n.level3?.text ?? ''))) return [];
    const effect = nodes.filter((n) => n.level1?.key === 'effect');
    if (effect.length === 0) return [];
    const last = effect[effect.length - 1];
    const anchor = last.level1?.cell ?? last.level3;
    if (!anchor) return [];
    return [
      ctx.report({
        cell: anchor.address,
        message: '指标表没有满意度指标。',
        suggestion: '在效益指标之后增加一级“满意度指标”、二级“服务对象满意度指标”，如“群众满意度 ≥90%”。',
      }),
    ];
  },
};
