import type { Rule } from '../types';
import { isCostName } from '../names';
import { isCostNode } from '../tree';
import { valueCells, type ValueCell } from './values';

/** Things counted to stay at zero (事故、投诉 …): =0 is the target there, not an empty one. */
const ZERO_IS_THE_GOAL =
  /事故|投诉|差错|故障|逾期|违规|违纪|违法|不合格|损失|上访|信访|伤亡|超支|超标|结余|调整|变动|欠款|负债|隐患|案件|处罚|问题|缺陷|返工/;

/**
 * A cost or quantity indicator whose target is zero in every period (=0万元, ≤0个, 0): it plans to spend or
 * deliver nothing, so it measures nothing. One period at 0 beside a real one is fine (现代快报宣传费 半年
 * =0万元, 全年 =10万元); ≥0 is expr.vacuous's.
 */
export const rule: Rule = {
  id: 'expr.zero-target',
  meta: {
    family: 'expr',
    severity: 'warning',
    description: '成本或数量指标的目标值在所有时段都是0，等于没有目标。',
    source: 'DOMAIN.md「Indicator values」Vacuous targets；财预〔2021〕101号：成本指标反映预期提供的产出所耗费的成本',
    good: [
      { indicator: '现代快报宣传费', text: '半年 =0万元，全年 =10万元' },
      { indicator: '安全事故发生次数', text: '=0次' },
      { indicator: '生态环境成本 | 施工期环境污染事件发生次数', text: '=0次' },
    ],
    bad: [
      { indicator: '成本指标 | 党建廉政宣传费', text: '=0万元', note: '各时段都是0' },
      { indicator: '数量指标 | 培训人次', text: '=0人次' },
    ],
  },
  check(form, ctx) {
    const rows = valueCells(form, ctx);
    // only rows with a value at 0 can be all zero: the others are not grouped (a list per row of a big
    // table was most of this rule's time and garbage)
    const withZero = new Set<object>();
    for (let k = 0; k < rows.length; k++)
      if (rows[k].expr.kind === 'quantitative' && rows[k].expr.number === 0) withZero.add(rows[k].node);
    const byNode = new Map<object, ValueCell[]>();
    for (let k = 0; k < rows.length; k++) {
      const v = rows[k];
      if (!withZero.has(v.node)) continue;
      const list = byNode.get(v.node);
      if (list) list.push(v);
      else byNode.set(v.node, [v]);
    }
    const out = [];
    for (const cells of byNode.values()) {
      const { node, name } = cells[0];
      const cost = isCostNode(node) || (node.level1?.key === 'output' && isCostName(name));
      const quantity = node.level2?.key === 'quantity';
      if ((!cost && !quantity) || ZERO_IS_THE_GOAL.test(name)) continue;
      // A social or ecological cost counted in events or tonnes (污染事件 =0次) is a harm kept at zero: only
      // money (or no unit) at zero means nothing is planned.
      const counted = (v: ValueCell) => cost && !quantity && v.expr.unit !== null && !v.expr.unit.includes('元');
      const zero = (v: ValueCell) =>
        v.expr.kind === 'quantitative' && v.expr.number === 0 && v.expr.op !== '>' && v.expr.op !== '>=' && !counted(v);
      if (!cells.every(zero)) continue;
      const last = cells[cells.length - 1];
      out.push(
        ctx.report({
          cell: last.cell.address,
          message: `${cost ? '成本' : '数量'}指标“${name || '（无名称）'}”的目标值是“${last.cell.text.trim()}”，计划${cost ? '花费' : '完成'}为零，等于没有目标。`,
          suggestion: cost
            ? '填写计划支出的金额上限，如“≤5万元”；这项确实不花钱，就删去这一行。'
            : '填写计划完成的数量，如“≥4个”；这项今年不做，就删去这一行。',
        }),
      );
    }
    return out;
  },
};
