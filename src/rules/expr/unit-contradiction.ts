import type { Rule } from '../types';
import { isRateName } from '../names';
import { isMoneyUnit } from '../../expr';
import { valueCells } from './values';

/** A unit the indicator cannot have: money on a rate (…率 28.8万元), money or % on a time limit. */
export const rule: Rule = {
  id: 'expr.unit-contradiction',
  meta: {
    family: 'expr',
    severity: 'warning',
    description: '计量单位与指标含义矛盾（如比率写成金额）。',
    good: [
      { indicator: '预算执行率', text: '=100%' },
      { indicator: '处理时限', text: '≤5工作日' },
    ],
    bad: [
      { indicator: '预算执行率', text: '=28.8万元' },
      { indicator: '处理时限', text: '≤5%' },
    ],
  },
  check(form, ctx) {
    const out = [];
    for (const v of valueCells(form, ctx)) {
      const unit = v.expr.unit;
      if (unit === null || v.expr.kind === 'invalid') continue;
      let expected: string | null = null;
      if (isRateName(v.name) && isMoneyUnit(unit)) expected = '%';
      else if (/(时限|期限|时长|天数|工期)$/.test(v.name) && (isMoneyUnit(unit) || unit === '%'))
        expected = '天、月等时间单位';
      if (!expected) continue;
      out.push(
        ctx.report({
          cell: v.cell.address,
          message: `“${v.name}”的单位应是${expected}，指标值“${v.cell.text.trim()}”的单位却是“${unit}”。`,
          suggestion:
            expected === '%'
              ? '比率写成百分数，如“=100%”；如要考核金额，请把指标名改为金额类名称。'
              : '时限写成时间，如“≤5个工作日”。',
        }),
      );
    }
    return out;
  },
};
