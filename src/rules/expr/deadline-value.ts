import type { Rule } from '../types';
import { isMoneyUnit } from '../../expr';
import { valueCells } from './values';

/** Names that ask when something is done (a date) or how long it may take (a period). */
const DATE_NAME = /(完成|办结|竣工|验收|交付|上线|启动|开工|到位|拨付|支付|发放)(时间|日期|时点)$|截止|时间节点/;
const PERIOD_NAME = /时限|期限|时长|工期|周期|用时|天数/;
/** Time units a period may be written in. */
const TIME_UNIT = /^(个)?(工作日|日|天|小时|分钟|周|个月|月|季度|年|年度)$/;

/**
 * A 时效 indicator that asks for a date or a deadline (项目完成时间, 办理时限, 截止日期, 服务期限) with a
 * percentage, money or a bare number: 项目完成时间 100% cannot be checked at year end. Expected: a date
 * (≤2025年12月) or a period (≤3个月, ≤5个工作日).
 */
export const rule: Rule = {
  id: 'expr.deadline-value',
  meta: {
    family: 'expr',
    severity: 'warning',
    exclusive: true,
    description: '完成时间、时限、截止、期限类指标的值是百分比、金额或光秃秃的数字，应写日期或时长。',
    source: 'DOMAIN.md「Indicator values」Dates/periods；财预〔2020〕10号 附件：时效指标反映完成的及时程度',
    good: [
      { indicator: '时效指标 | 项目完成时间', text: '≤2025年12月' },
      { indicator: '时效指标 | 投诉率工单处理时限', text: '≤5工作日' },
      { indicator: '时效指标 | 监控外包服务期限', text: '=12月' },
    ],
    bad: [
      { indicator: '时效指标 | 项目完成时间', text: '100%' },
      { indicator: '时效指标 | 办理时限', text: '≤5%' },
      { indicator: '时效指标 | 截止时间', text: '12' },
    ],
  },
  check(form, ctx) {
    const out = [];
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = valueCells(form, ctx);
    for (let k = 0; k < rows.length; k++) {
      const v = rows[k];
      const date = DATE_NAME.test(v.name);
      if (!date && !PERIOD_NAME.test(v.name)) continue;
      if (/率|比例|及时性/.test(v.name)) continue; // 按时完成率, 办理及时性: a share, not a date
      const e = v.expr;
      if (e.kind !== 'quantitative' || e.number === null) continue;
      const unit = e.unit;
      if (unit !== null && (TIME_UNIT.test(unit) || (!isMoneyUnit(unit) && unit !== '%'))) continue;
      // a bare number is fine on a period whose name carries its unit: 处理时限(天) 5
      if (unit === null && (!date || /[(（](天|日|月|年|工作日|小时)[)）]/.test(v.name))) continue;
      const year = form.year ?? new Date().getFullYear();
      const what = unit === null ? '只有数字' : unit === '%' ? '是百分比' : '是金额';
      out.push(
        ctx.report({
          cell: v.cell.address,
          message: `“${v.name}”要求的是${date ? '完成日期' : '时长'}，指标值“${v.cell.text.trim()}”${what}，到期无法核对。`,
          suggestion: date
            ? `写成日期，如“≤${year}年12月”；或写时长，如“≤3个月”。`
            : '写成时长，如“≤5个工作日”“≤3个月”。',
        }),
      );
    }
    return out;
  },
};
