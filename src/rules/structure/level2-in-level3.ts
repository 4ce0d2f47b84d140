import type { Rule } from '../types';
import { hasFilledValue, LEVEL2_STEMS, levelStem } from '../tree';

/** A 二级 heading typed into the 三级 column, with no value (004 惠山: 预算管理 as a 三级 row). */
export const rule: Rule = {
  id: 'structure.level2-in-level3',
  meta: {
    family: 'structure',
    severity: 'warning',
    description: '二级指标名称（如“预算管理”）错写在三级指标列。',
    good: [{ indicator: '预算管理 | 预算管理制度健全性', text: '健全' }],
    bad: [{ indicator: '（二级为空）| 预算管理', text: '（空）' }],
  },
  check(form, ctx) {
    const out = [];
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = form.indicators;
    for (let k = 0; k < rows.length; k++) {
      const node = rows[k];
      if (!node.level3 || hasFilledValue(node)) continue;
      const stem = levelStem(node.level3.text);
      if (!LEVEL2_STEMS.has(stem)) continue;
      out.push(
        ctx.report({
          cell: node.level3.address,
          message: `“${node.level3.text.trim()}”是二级指标名称，却写在了三级指标列。`,
          suggestion: `把“${node.level3.text.trim()}”移到二级指标列，并在三级指标列填写它下面的具体指标。`,
        }),
      );
    }
    return out;
  },
};
