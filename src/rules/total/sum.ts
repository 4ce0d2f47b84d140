import type { Rule } from '../types';
import { compare, differs, format, sub, sum, type Decimal } from '../decimal';
import { amountOf, fundsGroups, isBreakdown, labelText, periodsOf, type Amount } from './funds';
import { repeatsTotal } from './line-repeats-total';

/**
 * 资金总额 = 财政拨款小计 + 国有资本… ; 小计 = its parts; 基本支出 + 项目支出 = 资金总额; project lines =
 * 项目支出 — per period, exactly. A blank part counts as 0 (其他资金 left empty), but a period where the
 * total or every part is blank is not a sum the form claims (资金总额 often has no 半年 amount). A total
 * written with its breakdown (854万（其中中央500万、省200万…）) is contradicted only by parts that exceed it.
 * A task table (年度主要任务) is summed on its own: its 合计 against its tasks, never against the funds.
 */
export const rule: Rule = {
  id: 'total.sum',
  meta: {
    family: 'total',
    severity: 'error',
    description:
      '资金合计与各组成部分之和不相等（资金总额、财政拨款小计、基本支出+项目支出、项目支出明细，逐个时段核对）。',
    good: [{ indicator: '项目支出（全年）', text: '3493.96', note: '明细 1003.82+1200+66+1224.14=3493.96' }],
    bad: [{ indicator: '项目支出（半年）', text: '150', note: '明细合计 139.01' }],
  },
  check(form, ctx) {
    const out = [];
    // a total contradicted by its 收入 parts and by its 支出 parts is one mistake: one finding naming both
    const wrong = new Map<string, { total: Amount; sides: { section: string; count: number; sum: Decimal }[] }>();
    for (const group of fundsGroups(form)) {
      for (const period of periodsOf(form)) {
        const total = amountOf(group.parent, period);
        if (!total) continue;
        const parts = group.children.map((c) => amountOf(c, period));
        const present = parts.filter((p) => p !== null);
        if (present.length === 0) continue;
        // one line holding the whole total is total.line-repeats-total's finding (the same mistake)
        if (group.children.every((c) => c.key === 'projectLine') && repeatsTotal(parts, total)) continue;
        const s = sum(present.map((p) => p.value));
        if (!differs(s, total.value, [total.value.scale, ...present.map((p) => p.value.scale)])) continue;
        // 854万（其中中央500万…）: parts short of the total may be a partial list; one part above it alone is
        // total.part-exceeds-total's finding
        if (
          isBreakdown(total, parts) &&
          (compare(s, total.value) < 0 || present.some((p) => compare(p.value, total.value) > 0))
        )
          continue;
        // 财政拨款 600 / 其中：中央资金 300 and nothing else listed: “of which”, one part named, not all
        if (
          present.length === 1 &&
          group.children.length === 1 &&
          /^\s*其中/.test(group.children[0].label.text) &&
          compare(s, total.value) < 0
        )
          continue;
        const key = `${total.cell.address}|${period}`;
        const entry = wrong.get(key) ?? { total, sides: [] };
        entry.sides.push({ section: group.section, count: present.length, sum: s });
        wrong.set(key, entry);
      }
    }
    for (const [key, { total, sides }] of wrong) {
      const period = key.slice(key.indexOf('|') + 1);
      const name = labelText(total.item);
      const sums = sides.map((x) => format(x.sum));
      const agree = new Set(sums).size === 1;
      const side = (x: (typeof sides)[number]) => (sides.length > 1 ? (x.section === 'expense' ? '支出' : '来源') : '');
      const parts = sides.map((x, i) => `${side(x)} ${x.count} 项合计为 ${sums[i]}`.trim());
      out.push(
        ctx.report({
          cell: total.cell.address,
          message:
            `${name}（${period}）填的是 ${total.cell.text.trim()}，但其下${sides.length > 1 ? '' : ' '}${parts.join('，')}` +
            (agree ? `，相差 ${format(sub(total.value, sides[0].sum))}。` : '。'),
          suggestion: agree ? `核对各明细金额，或把${name}改为 ${sums[0]}。` : '核对各明细金额。',
        }),
      );
    }
    return out;
  },
};
