import type { Rule } from '../types';
import { isPerUnitName } from '../names';
import { periodPairs } from './period-pairs';

/**
 * Per-unit amounts (单价, 人均, 月租金, 标准, 单笔, or a unit with “/”) do not grow over the year: the
 * half-year and full-year targets are the same (000: 月租金 =1.146万元 vs =1.416万元 is a typo).
 */
export const rule: Rule = {
  id: 'consistency.per-unit-periods',
  meta: {
    family: 'consistency',
    severity: 'warning',
    description: '单价、人均、月租金、标准等单位量指标，各时段的指标值应相同。',
    good: [{ indicator: '综合服务平台外包人均成本', text: '半年 =6.03万元/年，全年 =6.03万元/年' }],
    bad: [{ indicator: '视频会议系统服务费月租金', text: '半年 =1.146万元，全年 =1.416万元' }],
  },
  check(form, ctx) {
    const out = [];
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = periodPairs(form, ctx);
    for (let k = 0; k < rows.length; k++) {
      const p = rows[k];
      // the cheap test first: on most rows both periods have the same number or the name is no per-unit one
      if (p.short.number === p.long.number) continue;
      const perUnit = isPerUnitName(p.name) || (p.unit !== null && p.unit.includes('/'));
      if (!perUnit) continue;
      out.push(
        ctx.report({
          cell: p.short.cell.address,
          message: `“${p.name}”是单位量指标，${p.short.period}“${p.short.cell.text.trim()}”与${p.long.period}“${p.long.cell.text.trim()}”不一致。`,
          suggestion: '单价、人均、月租金等不随时间累计，各时段应填同一个数，请核对是否笔误。',
        }),
      );
    }
    return out;
  },
};
