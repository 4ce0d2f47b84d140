import type { Rule } from '../types';
import { hasName, labelCells } from '../tree';

/**
 * A non-standard 二级 heading over real indicators (双碳目标). 履职 二级 are the unit's duties, free text
 * by design, so they are not checked. A heading with no 三级 under it is structure.level3-missing's case.
 */
export const rule: Rule = {
  id: 'structure.unknown-level2',
  meta: {
    family: 'structure',
    severity: 'warning',
    description:
      '二级指标不是标准名称（如产出下的数量、质量、时效、成本指标，效益下的经济、社会、生态效益和可持续影响指标）。',
    good: [{ text: '社会效益指标' }, { text: '可持续影响指标' }],
    bad: [{ text: '双碳目标', note: '应归入生态效益指标等标准二级指标' }],
  },
  check(form, ctx) {
    return labelCells(form, (n) => n.level2)
      .filter(({ label, nodes }) => label.key === null && nodes.some(hasName))
      .filter(({ nodes }) => nodes.every((n) => n.level1?.key !== 'duty' && !n.duty))
      .map(({ label, nodes }) =>
        ctx.report({
          cell: label.cell.address,
          message: `“${label.text.trim()}”不是${nodes[0].level1 ? `“${nodes[0].level1.text.trim()}”下的` : ''}标准二级指标名称。`,
          suggestion:
            '请改用标准二级指标：产出下为数量、质量、时效、成本指标；效益下为经济效益、社会效益、生态效益、可持续影响指标；满意度下为服务对象满意度指标。',
        }),
      );
  },
};
