import type { Rule } from '../types';
import { isCostName, isRateName, isSavingName } from '../names';
import { isCostNode } from '../tree';
import { isMoneyUnit } from '../../expr';
import { valueCells } from './values';

/**
 * A cost is an upper bound: ≥62.01万元 under 成本指标 says "spend at least". Money values under 成本
 * count, and elsewhere names with 成本; savings (节约资金 ≥10万元) and rates are not costs.
 */
export const rule: Rule = {
  id: 'expr.cost-direction',
  meta: {
    family: 'expr',
    severity: 'error',
    // the wording (不低于10万元) is the same slip: its fix would keep the wrong direction
    rootCauseOfRow: { rules: ['expr.approximate'] },
    description: '成本类指标用了“≥”或“>”，成本应是上限（≤）或定额（=）。',
    good: [
      { indicator: '成本指标 | 物业费', text: '≤62.01万元' },
      { indicator: '成本指标 | 盐阜大众报宣传费', text: '=45万元' },
    ],
    bad: [{ indicator: '成本指标 | 全中心物业费总成本', text: '≥62.01万元' }],
  },
  check(form, ctx) {
    const out = [];
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = valueCells(form, ctx);
    for (let k = 0; k < rows.length; k++) {
      const v = rows[k];
      const e = v.expr;
      // 降低10万元 is a saving's size, not a level of spending
      if (e.kind !== 'quantitative' || (e.op !== '>=' && e.op !== '>') || e.change) continue;
      if (!isMoneyUnit(e.unit) || isRateName(v.name) || isSavingName(v.name)) continue;
      const cost = isCostNode(v.node) ? v.node.level2?.key !== 'socialCost' : /成本/.test(v.name) && isCostName(v.name);
      if (!cost) continue;
      const bound = e.normalized.replace(/^(≥|>)/, '≤');
      out.push(
        ctx.report({
          cell: v.cell.address,
          message: `“${v.name || '成本指标'}”是成本，指标值“${v.cell.text.trim()}”用了“${e.op === '>=' ? '≥' : '>'}”，表示“至少花这么多”。`,
          suggestion: `成本应写上限或定额，如“${bound}”或“${bound.replace(/^≤/, '=')}”。`,
        }),
      );
    }
    return out;
  },
};
