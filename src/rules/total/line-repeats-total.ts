import type { Rule } from '../types';
import { compare, isNegative } from '../decimal';
import { amountOf, fundsGroups, labelText, periodsOf, type Amount } from './funds';

/**
 * A task or project line that repeats the whole amount it belongs to (年度主要任务 with one task at 资金总额
 * 500 and others beside it; a 项目支出 line equal to 项目支出): the total was copied into a line. One
 * finding for it; total.sum leaves that period alone, it is the same mistake.
 */
export const rule: Rule = {
  id: 'total.line-repeats-total',
  meta: {
    family: 'total',
    severity: 'error',
    description: '某项任务或项目的金额等于整个合计，而同一合计下还有其他金额不为零的项（合计被重复填在一项上）。',
    source: 'DOMAIN.md「The parts of a form」Funds：the project lines under 项目支出 must add up to it',
    good: [{ indicator: '年度主要任务：任务一 300，任务二 200', text: '资金总额 500' }],
    bad: [{ indicator: '年度主要任务：任务一 500，任务二 200', text: '资金总额 500', note: '任务一重复了总额' }],
  },
  check(form, ctx) {
    const out = [];
    for (const group of fundsGroups(form)) {
      if (group.children.length < 2 || !group.children.every((c) => c.key === 'projectLine')) continue;
      for (const period of periodsOf(form)) {
        const total = amountOf(group.parent, period);
        if (!total || total.value.units === '0' || isNegative(total.value)) continue;
        const parts = group.children.map((c) => amountOf(c, period));
        if (!repeatsTotal(parts, total)) continue;
        const line = parts.find((p) => p !== null && compare(p.value, total.value) === 0)!;
        const others = parts.filter((p) => p !== null && p !== line && p.value.units !== '0').length;
        out.push(
          ctx.report({
            cell: line.cell.address,
            message: `${labelText(line.item)}（${period}）${line.cell.text.trim()} 与${labelText(group.parent)}相同，而同一合计下还有其他 ${others} 项金额。`,
            suggestion: `填写这一项自己的金额；各项合计应等于${labelText(group.parent)} ${total.cell.text.trim()}。`,
          }),
        );
      }
    }
    return out;
  },
};

/** Whether a group's period has exactly the repeated-total mistake (total.sum then stays silent). */
export function repeatsTotal(children: readonly (Amount | null)[], total: Amount): boolean {
  const same = children.filter((p) => p !== null && compare(p.value, total.value) === 0);
  const others = children.filter((p) => p !== null && p.value.units !== '0' && compare(p.value, total.value) !== 0);
  return same.length === 1 && others.length > 0;
}
