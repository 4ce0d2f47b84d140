import type { Rule } from '../types';
import { hasFilledValue, hasName, labelCells } from '../tree';

/** A 满意度 heading with no indicator under it (004: 服务对象满意度 left empty). */
export const rule: Rule = {
  id: 'structure.empty-satisfaction',
  meta: {
    family: 'structure',
    severity: 'warning',
    description: '满意度指标（服务对象满意度）下没有填写具体指标。',
    good: [{ indicator: '服务对象满意度 | 客户满意度', text: '≥95%' }],
    bad: [{ indicator: '服务对象满意度', text: '（空）' }],
  },
  check(form, ctx) {
    const groups = labelCells(form, (n) => (n.level1?.key === 'satisfaction' ? n.level1 : null));
    return groups
      .filter(({ nodes }) => nodes.every((n) => !hasName(n) && !hasFilledValue(n)))
      .map(({ label, nodes }) => {
        const l2 = nodes.find((n) => n.level2)?.level2;
        return ctx.report({
          cell: (l2 ?? label).cell.address,
          message: `“${(l2 ?? label).text.trim()}”下没有填写满意度指标。`,
          suggestion: '补充服务对象满意度指标，如“缴存职工满意度 ≥90%”。',
        });
      });
  },
};
