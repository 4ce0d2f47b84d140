import type { Rule } from '../types';
import { labelCells } from '../tree';

/** An 一级 label the dictionary does not know (结果), or an indicator name slipped into the 一级 column. */
export const rule: Rule = {
  id: 'structure.unknown-level1',
  meta: {
    family: 'structure',
    severity: 'error',
    description: '一级指标不是标准名称（决策、过程、产出、效益、满意度、成本、履职）。',
    good: [{ text: '决策' }, { text: '产出指标' }, { text: '满意度指标' }],
    bad: [{ text: '结果', note: '应为“决策”等标准一级指标' }],
  },
  check(form, ctx) {
    return labelCells(form, (n) => n.level1)
      .filter(({ label }) => label.key === null)
      .map(({ label }) =>
        ctx.report({
          cell: label.cell.address,
          message: `“${label.text.trim()}”不是标准的一级指标名称。`,
          suggestion:
            '一级指标应为决策、过程、产出、效益、满意度（部门整体还有履职，部分地区有成本）；如果这是三级指标名称，请移到三级指标列。',
        }),
      );
  },
};
