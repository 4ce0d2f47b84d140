import type { Rule } from '../types';
import { isCostName } from '../names';
import { filledValues, level1 } from '../tree';

/**
 * Spending items (宣传费 =15万元) listed under 决策/过程: they are 成本指标 and belong under 产出 (or the
 * 成本 一级). Standard 过程 rates such as 公用经费控制率 ≤100% have no money unit and are not matched.
 */
export const rule: Rule = {
  id: 'structure.cost-under-process',
  meta: {
    family: 'structure',
    severity: 'warning',
    description: '费用、成本类指标（以金额为值）放在了决策或过程指标下，应放在成本指标下。',
    good: [{ indicator: '过程 | 资金管理 | 预算执行率', text: '=100%' }],
    bad: [{ indicator: '过程 | 组织实施 | 盐城广播电视台宣传费', text: '=15万元' }],
  },
  check(form, ctx) {
    const out = [];
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = form.indicators;
    for (let k = 0; k < rows.length; k++) {
      const node = rows[k];
      const l1 = level1(node);
      if ((l1 !== 'process' && l1 !== 'decision') || !node.level3) continue;
      const name = node.level3.text.replace(/\s+/g, '');
      const money = filledValues(node).some(([, c]) => /\d\s*(万|亿|千)?元/.test(c.text));
      if (!money || !isCostName(name)) continue;
      out.push(
        ctx.report({
          cell: node.level3.address,
          message: `“${name}”是费用成本类指标，却放在了“${node.level1?.text.trim()}”指标下。`,
          suggestion: '把这一行移到产出指标的成本指标（或一级成本指标的经济成本指标）下。',
        }),
      );
    }
    return out;
  },
};
