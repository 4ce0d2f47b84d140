import { toBaseNumber } from '../../expr';
import type { Expr } from '../../model/expr';
import type { Form, IndicatorNode } from '../../model/form';
import { decimalNumber, yearTotal } from '../total/funds';
import { indicatorName } from '../names';
import { sharedBigrams } from '../similarity';
import type { Rule, RuleContext } from '../types';

/** Counting units a per-unit amount can be “per”: 元/人 × 人, 元/户 × 户 … (not 元/人*天, 万元/年). */
const COUNTED = /^(人|人次|户|个|家|所|座|套|台|件|项|次|场|期|亩|平方米|公里|米|篇|笔|村|宗)$/;
/** Words every per-unit standard has; what is left names its subject (基本公共卫生服务, 高标准农田建设). */
const STANDARD_WORDS =
  /人均|户均|亩均|生均|单位|平均|标准|补助|补贴|成本|经费|费用|金额|资金|单价|定额|[(（][^)）]*[)）]/g;

/** A standard that says only “per head” (人均补助标准, 单位成本): no subject words of its own. */
function isGeneric(name: string): boolean {
  return name.replace(STANDARD_WORDS, '').length <= 1;
}

/** Beyond rounding: a product more than 5% over the funds is not a rounded figure. */
const TOLERANCE = 1.05;

/** The form's whole funds in 元, read from 资金总额 (全年/年度 or its only period; amounts are 万元). */
function fundsTotal(form: Form): { yuan: number; text: string } | null {
  const total = yearTotal(form);
  if (!total) return null;
  const wan = decimalNumber(total.value);
  return wan > 0 ? { yuan: wan * 1e4, text: total.cell.text.trim() } : null;
}

/** The full-period value of a node (全年, 年度, or the only one), parsed. */
function fullValue(node: IndicatorNode, ctx: RuleContext): { expr: Expr; text: string; address: string } | null {
  const cell = node.values['全年'] ?? node.values['年度'] ?? node.values['指标值'] ?? Object.values(node.values).at(-1);
  if (!cell) return null;
  const expr = ctx.expr(cell);
  return expr && expr.kind === 'quantitative' && expr.number !== null
    ? { expr, text: cell.text.trim(), address: cell.address }
    : null;
}

function yuanText(yuan: number): string {
  return `${Number((yuan / 1e4).toFixed(2))}万元`;
}

/**
 * A per-unit standard times its quantity against the funds: 人均补助 ≤500元/人 × 受益人数 ≥3000人 = 150万元
 * cannot come out of 资金总额 100万元. Only a quantity in the same counting unit (人 with 元/人) whose name
 * shares words with the standard's (补助人数 with 人均补助) — or the only one in that unit — is paired, and
 * only when the product passes the funds by more than rounding.
 */
export const rule: Rule = {
  id: 'consistency.per-unit-funds',
  meta: {
    family: 'consistency',
    severity: 'warning',
    description: '单位标准（元/人、元/户…）乘以对应数量超过了资金总额。',
    source: 'DOMAIN.md「Indicator values」Per-unit values；财预〔2021〕101号：成本指标应与预算资金匹配',
    good: [{ indicator: '人均补助 ≤500元/人，受益人数 ≥1000人', text: '资金总额 100万元', note: '50万元，未超出' }],
    bad: [
      { indicator: '人均补助 ≤500元/人，受益人数 ≥3000人', text: '资金总额 100万元', note: '150万元，超出资金总额' },
    ],
  },
  check(form, ctx) {
    const funds = fundsTotal(form);
    if (!funds) return [];
    const values = form.indicators
      .map((node) => ({ node, name: indicatorName(node), v: fullValue(node, ctx) }))
      .filter((x) => x.v !== null && x.name !== '');
    const out = [];
    for (const std of values) {
      const unit = std.v!.expr.unit;
      const m = unit ? /^(千元|万元|元)\/(.+)$/.exec(unit) : null;
      if (!m || !COUNTED.test(m[2]) || std.v!.expr.op === '>=' || std.v!.expr.op === '>') continue;
      const perUnit = toBaseNumber(std.v!.expr);
      if (perUnit === null || perUnit <= 0) continue;
      const candidates = values.filter(
        (q) => q !== std && q.v!.expr.unit === m[2] && q.v!.expr.op !== '<=' && q.v!.expr.op !== '<',
      );
      const related = candidates.filter((q) => sharedBigrams(q.name, std.name) > 0);
      // the only quantity in that unit is paired only with a standard that names no subject of its own
      // (人均补助标准 × 受益人数); 人均基本公共卫生服务补助标准 is per resident, not per 老年人健康管理人数
      const fallback = candidates.length === 1 && isGeneric(std.name) ? candidates : [];
      const pick = related.length > 0 ? related : fallback;
      if (pick.length === 0) continue;
      // the smallest quantity: if even that one overruns the funds, the pairing does not matter
      const q = pick.reduce((a, b) => (a.v!.expr.number! <= b.v!.expr.number! ? a : b));
      const product = perUnit * q.v!.expr.number!;
      if (product <= funds.yuan * TOLERANCE) continue;
      out.push(
        ctx.report({
          cell: std.v!.address,
          message: `“${std.name}”${std.v!.text} × “${q.name}”${q.v!.text} = ${yuanText(product)}，超过资金总额 ${funds.text}万元。`,
          suggestion:
            '核对单位标准和数量：两者相乘不应超过资金总额（如标准或数量写错了量级，或资金总额漏填了部分资金）。',
        }),
      );
    }
    return out;
  },
};
