import type { Rule } from '../types';
import { hasFilledValue, hasName, labelCells, rowOf } from '../tree';
import { lastTableRow } from '../cut-off';

/**
 * 二级 headings with nothing under them (001: 经济效益指标 rows left empty), one finding per form. Often
 * accepted when the category does not apply, hence info; empty 满意度 is structure.empty-satisfaction's.
 */
export const rule: Rule = {
  id: 'structure.empty-level2',
  meta: {
    family: 'structure',
    severity: 'info',
    description: '二级指标下没有任何三级指标和指标值（不适用的类别可删除该行，适用的请补充指标）。',
    good: [{ indicator: '社会效益指标', text: '群众咨询问题便捷性：提高' }],
    bad: [{ indicator: '经济效益指标', text: '（无三级指标）' }],
  },
  check(form, ctx) {
    // a 二级 label on the last row of a cut copy had its indicators beyond the cut (cut-off.ts)
    const cutRow = ctx.cutOff ? lastTableRow(form) : 0;
    const empty = labelCells(form, (n) => n.level2)
      .filter(({ nodes }) => nodes.every((n) => !hasName(n) && !hasFilledValue(n)))
      .filter(({ label }) => rowOf(label.cell.address) !== cutRow)
      .filter(
        ({ label, nodes }) => label.key !== 'satisfaction' && nodes.every((n) => n.level1?.key !== 'satisfaction'),
      );
    if (empty.length === 0) return [];
    // the template's unused categories left in place: one finding for the form, on the first of them
    const names = empty.map(({ label }) => `“${label.text.trim()}”`).join('、');
    return [
      ctx.report({
        cell: empty[0].label.cell.address,
        message: `二级指标${names}下没有填写任何指标。`,
        suggestion: '如该类指标适用，请补充三级指标和指标值；不适用可删除该行。',
      }),
    ];
  },
};
