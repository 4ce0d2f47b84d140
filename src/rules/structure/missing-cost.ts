import type { Form } from '../../model/form';
import type { Rule } from '../types';
import { hasFilledValue, hasName, isCostNode } from '../tree';

/**
 * Whether a form follows the 2021 core-indicator layout: a 指标性质 column in a table with 一级 names, or 成本
 * as an 一级 / its 二级. A flat list (no 一级 column) may have a 指标性质 column too, but cannot say where its
 * costs are, so it does not count.
 */
function coreIndicatorLayout(form: Form): boolean {
  const hasLevel1 = (t: Form['tables'][number]) => t.levels === undefined || t.levels.includes('level1');
  if (form.tables.some((t) => hasLevel1(t) && t.columns.some((c) => c.role === 'operator'))) return true;
  return form.indicators.some(
    (n) =>
      n.level1?.key === 'cost' ||
      n.level2?.key === 'economicCost' ||
      n.level2?.key === 'socialCost' ||
      n.level2?.key === 'ecologicalCost',
  );
}

/**
 * A form on the 2021 core-indicator layout (a 指标性质 column, or 成本 written as an 一级) with no cost
 * indicator filled in. Info only: 成本 is required by that template, but regions that copied the layout do
 * not all ask for it.
 */
export const rule: Rule = {
  id: 'structure.missing-cost',
  meta: {
    family: 'structure',
    severity: 'info',
    description: '按2021年核心绩效指标表式（有指标性质列或一级成本指标）填报，却没有填写成本指标。',
    source: '财预〔2021〕101号（成本指标：经济成本、社会成本、生态环境成本）',
    good: [{ indicator: '成本指标 | 经济成本指标 | 设备购置成本', text: '≤100万元' }],
    bad: [{ indicator: '成本指标 | 经济成本指标', text: '', note: '二级成本下没有三级指标' }],
  },
  check(form, ctx) {
    // 成本 may be beyond a cut, or after a table that stops at the sheet end (structure.ended-early)
    if (!coreIndicatorLayout(form) || ctx.cutOff || ctx.endedEarly?.atSheetEnd) return [];
    const nodes = form.indicators.filter((n) => hasName(n) || hasFilledValue(n));
    if (nodes.length === 0 || nodes.some(isCostNode)) return [];
    const costLabel = form.indicators.find((n) => n.level1?.key === 'cost')?.level1?.cell;
    const anchor = costLabel ?? nodes[0].level1?.cell ?? nodes[0].level3;
    if (!anchor) return [];
    return [
      ctx.report({
        cell: anchor.address,
        message: '表格按2021年核心绩效指标表式填报，却没有填写成本指标。',
        suggestion: '在一级“成本指标”下填写经济成本（如“设备购置成本 ≤100万元”），社会、生态环境成本不适用可不填。',
      }),
    ];
  },
};
