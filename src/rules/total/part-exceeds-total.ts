import type { Rule } from '../types';
import { compare, isNegative } from '../decimal';
import { amountOf, fundsGroups, labelText, periodsOf } from './funds';

/** One part larger than the whole it belongs to (惠山: 办公用房租金 130.83 under 项目支出 120). */
export const rule: Rule = {
  id: 'total.part-exceeds-total',
  meta: {
    family: 'total',
    severity: 'error',
    description: '某一明细金额大于它所属的合计（如单个项目金额超过项目支出总额）。',
    good: [{ indicator: '办公设备购置费（全年）', text: '66', note: '项目支出 3493.96' }],
    bad: [{ indicator: '办公用房租金（半年）', text: '130.83', note: '项目支出（半年）只有 120' }],
  },
  check(form, ctx) {
    const out = [];
    for (const group of fundsGroups(form)) {
      for (const period of periodsOf(form)) {
        const total = amountOf(group.parent, period);
        if (!total || isNegative(total.value)) continue;
        for (const child of group.children) {
          const part = amountOf(child, period);
          if (!part || compare(part.value, total.value) <= 0) continue;
          out.push(
            ctx.report({
              cell: part.cell.address,
              message: `${labelText(child)}（${period}）${part.cell.text.trim()} 大于它所属的${labelText(group.parent)} ${total.cell.text.trim()}。`,
              suggestion: `核对金额：明细不能超过合计，请改正${labelText(child)}或${labelText(group.parent)}。`,
            }),
          );
        }
      }
    }
    return out;
  },
};
