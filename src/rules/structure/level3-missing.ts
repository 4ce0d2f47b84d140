import type { Rule } from '../types';
import { filledValues, hasName } from '../tree';
import { misplacedLabel } from './row-shifted';

/**
 * A row with target values but no 三级 name anywhere on it. A name typed one column to the left (000:
 * 维保维护费用 in the 二级 column) is structure.row-shifted's. Tables without a 三级 column are skipped.
 */
export const rule: Rule = {
  id: 'structure.level3-missing',
  meta: {
    family: 'structure',
    severity: 'warning',
    description: '有指标值的行没有三级指标名称。',
    good: [{ indicator: '成本指标 | 法律顾问业务咨询费用', text: '≤20.3万元' }],
    bad: [{ indicator: '产出指标 | 数量指标 | （三级为空）', text: '≥5次' }],
  },
  check(form, ctx) {
    const hasLevel3Column =
      form.tables.length === 0 || form.tables.some((t) => t.columns.some((c) => c.role === 'level3'));
    if (!hasLevel3Column) return [];
    const out = [];
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = form.indicators;
    for (let k = 0; k < rows.length; k++) {
      const node = rows[k];
      if (hasName(node)) continue;
      const values = filledValues(node);
      if (values.length === 0) continue;
      // the name typed into the 二级/一级 column is structure.row-shifted's finding (one slip, one finding)
      if (misplacedLabel(node)) continue;
      const [period, cell] = values[0];
      out.push(
        ctx.report({
          cell: cell.address,
          message: `这一行有指标值（${period}：${cell.text.trim()}），但没有三级指标名称。`,
          suggestion: '在三级指标列写明这个值考核的是什么，如“物业服务面积”。',
        }),
      );
    }
    return out;
  },
};
