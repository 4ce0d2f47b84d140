/** The same indicator's value in a short and a long period (半年/全年, 年度/中期), both numeric. */
import type { Cell } from '../../model/cell';
import type { Expr } from '../../model/expr';
import type { Form, IndicatorNode } from '../../model/form';
import { baseUnit, toBaseNumber } from '../../expr';
import { indicatorName } from '../names';
import { PERIOD_PAIRS } from '../tree';
import type { RuleContext } from '../types';

export interface PeriodValue {
  period: string;
  cell: Cell;
  expr: Expr;
  /** In base units (万元 → 元). */
  number: number;
}

export interface PeriodPair {
  node: IndicatorNode;
  name: string;
  short: PeriodValue;
  long: PeriodValue;
  /** Base unit shared by both values (null when both have none). */
  unit: string | null;
}

function valueOf(node: IndicatorNode, period: string, ctx: RuleContext): PeriodValue | null {
  const cell = node.values[period];
  if (!cell) return null;
  const expr = ctx.expr(cell);
  if (!expr || expr.kind !== 'quantitative') return null;
  const number = toBaseNumber(expr);
  return number === null ? null : { period, cell, expr, number };
}

/** Two rules walk the same pairs: computed once per form and run (ctx.expr is per run). */
const memo = new WeakMap<Form, { expr: RuleContext['expr']; pairs: PeriodPair[] }>();

/** Pairs whose units agree (after 万元 → 元), so their numbers compare. */
export function periodPairs(form: Form, ctx: RuleContext): PeriodPair[] {
  const hit = memo.get(form);
  if (hit && hit.expr === ctx.expr) return hit.pairs;
  const out: PeriodPair[] = [];
  for (const node of form.indicators) {
    for (const [s, l] of PERIOD_PAIRS) {
      const short = valueOf(node, s, ctx);
      const long = valueOf(node, l, ctx);
      if (!short || !long) continue;
      const unit = baseUnit(short.expr.unit);
      if (unit !== baseUnit(long.expr.unit)) continue;
      out.push({ node, name: indicatorName(node), short, long, unit });
    }
  }
  memo.set(form, { expr: ctx.expr, pairs: out });
  return out;
}
