import type { Rule } from '../types';
import { isRateName } from '../names';
import { isMoneyUnit } from '../../expr';
import { isCostNode } from '../tree';
import { valueCells } from './values';

/** Names that count people, times or things: their unit is 人, 次, 户 … (培训人数 ≥95% is a slip). */
const COUNT_NAME = /(人数|人次|户数|次数|个数|件数|场次|家数|册数|篇数|台数|套数|批次|项数|天数)$/;

/**
 * A unit the indicator cannot have: money on a rate (…率 28.8万元), a percentage on a cost (成本指标 or
 * 经济成本 row ≤5%, unless the name is itself a rate such as 成本节约率). Time limits with % or money are
 * expr.deadline-value's.
 */
export const rule: Rule = {
  id: 'expr.unit-contradiction',
  meta: {
    family: 'expr',
    severity: 'warning',
    description: '计量单位与二级/三级指标含义矛盾：比率写成金额，成本写成百分比，人数、次数写成百分比或金额。',
    source: 'DOMAIN.md「Indicator levels」与「Indicator values」；财预〔2021〕101号：成本指标以金额计量',
    good: [
      { indicator: '预算执行率', text: '=100%' },
      { indicator: '成本指标 | 培训人均经费', text: '≤400元/人*天' },
      { indicator: '成本指标 | 成本节约率', text: '≥5%' },
    ],
    bad: [
      { indicator: '预算执行率', text: '=28.8万元' },
      { indicator: '经济成本指标 | 设备采购成本', text: '≤100%' },
      { indicator: '数量指标 | 培训人数', text: '≥95%' },
    ],
  },
  check(form, ctx) {
    const out = [];
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = valueCells(form, ctx);
    for (let k = 0; k < rows.length; k++) {
      const v = rows[k];
      const unit = v.expr.unit;
      if (unit === null || v.expr.kind === 'invalid') continue;
      let expected: string | null = null;
      if (isRateName(v.name) && isMoneyUnit(unit)) expected = '%';
      else if (unit === '%' && isCostNode(v.node) && !isRateName(v.name) && !/率|比例|占比/.test(v.name))
        expected = '金额';
      else if ((unit === '%' || isMoneyUnit(unit)) && COUNT_NAME.test(v.name)) expected = '数量';
      if (!expected) continue;
      out.push(
        ctx.report({
          cell: v.cell.address,
          message:
            expected === '%'
              ? `“${v.name}”是比率，单位应是%，指标值“${v.cell.text.trim()}”的单位却是“${unit}”。`
              : expected === '金额'
                ? `“${v.name}”是成本，应写金额，指标值“${v.cell.text.trim()}”却是百分比。`
                : `“${v.name}”计的是数量，指标值“${v.cell.text.trim()}”的单位却是“${unit}”。`,
          suggestion:
            expected === '%'
              ? '比率写成百分数，如“=100%”；如要考核金额，请把指标名改为金额类名称。'
              : expected === '金额'
                ? '写成金额上限，如“≤20万元”；如要考核比例，请把指标名改为“…率”并移到质量或效益指标下。'
                : '写成数量和它的单位，如“≥500人”“≥4次”；如要考核比例，请把指标名改为“…率”。',
        }),
      );
    }
    return out;
  },
};
