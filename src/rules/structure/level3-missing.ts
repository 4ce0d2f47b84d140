import type { Rule } from '../types';
import { filledValues, hasName, rowOf } from '../tree';

/**
 * A row with target values but no 三级 name: usually the name was typed one column to the left, into the
 * 二级 column (000: 维保维护费用 ≤54.95万元). Tables without a 三级 column (two-level layouts) are skipped.
 */
export const rule: Rule = {
  id: 'structure.level3-missing',
  meta: {
    family: 'structure',
    severity: 'warning',
    description: '有指标值的行没有三级指标名称，常见原因是指标名称错填在二级指标列。',
    good: [{ indicator: '成本指标 | 法律顾问业务咨询费用', text: '≤20.3万元' }],
    bad: [{ indicator: '维保维护费用（写在二级列）| （三级为空）', text: '≤54.95万元' }],
  },
  check(form, ctx) {
    const hasLevel3Column =
      form.tables.length === 0 || form.tables.some((t) => t.columns.some((c) => c.role === 'level3'));
    if (!hasLevel3Column) return [];
    const out = [];
    for (const node of form.indicators) {
      if (hasName(node)) continue;
      const values = filledValues(node);
      if (values.length === 0) continue;
      const l2 = node.level2;
      const l1 = node.level1;
      const shifted = [l2, l1].find((l) => l && l.key === null && rowOf(l.cell.address) === node.row);
      if (shifted) {
        if (shifted === l1) continue; // structure.unknown-level1 reports the 一级 cell
        out.push(
          ctx.report({
            cell: shifted.cell.address,
            message: `“${shifted.text.trim()}”是指标名称，却写在了二级指标列，三级指标列是空的。`,
            suggestion: '把它移到三级指标列，二级指标列留给所属的二级指标（如成本指标）。',
          }),
        );
      } else {
        const [period, cell] = values[0];
        out.push(
          ctx.report({
            cell: cell.address,
            message: `这一行有指标值（${period}：${cell.text.trim()}），但没有三级指标名称。`,
            suggestion: '在三级指标列写明这个值考核的是什么，如“物业服务面积”。',
          }),
        );
      }
    }
    return out;
  },
};
