import type { Rule } from '../types';
import { normName } from '../names';

/**
 * The same 三级 name twice in one form. Side-by-side 中期/年度 blocks repeat names by design, and 履职
 * rows may repeat a name under different duties, so the key includes the block and the duty.
 */
export const rule: Rule = {
  id: 'structure.duplicate-name',
  meta: {
    family: 'structure',
    severity: 'warning',
    description: '同一张表中三级指标名称重复。',
    good: [{ indicator: '中期：举办培训次数 / 年度：举办培训次数', text: '两个区块各一次' }],
    bad: [{ indicator: '社会效益 | 住房公积金网厅办结率（出现两次）', text: '100%' }],
  },
  check(form, ctx) {
    const seen = new Map<string, string>();
    const out = [];
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = form.indicators;
    for (let k = 0; k < rows.length; k++) {
      const node = rows[k];
      const name = normName(node.level3?.text);
      if (!node.level3 || name === '') continue;
      const duty = node.level1?.key === 'duty' ? normName(node.duty?.text ?? node.level2?.text ?? '') : '';
      const key = `${node.block ?? ''}\u0000${duty}\u0000${name}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, node.level3.address);
        continue;
      }
      out.push(
        ctx.report({
          cell: node.level3.address,
          message: `三级指标“${name}”与 ${first} 重复。`,
          suggestion: '删除重复的一行，或改成能区分的名称。',
        }),
      );
    }
    return out;
  },
};
