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
  const add = (node: IndicatorNode, short: PeriodValue | null, long: PeriodValue | null) => {
    if (!short || !long) return;
    const unit = baseUnit(short.expr.unit);
    if (unit === baseUnit(long.expr.unit)) out.push({ node, name: indicatorName(node), short, long, unit });
  };
  // indexed, no destructuring: runs once per run over every row, mostly before it is optimised
  for (let i = 0; i < form.indicators.length; i++) {
    const node = form.indicators[i];
    for (let k = 0; k < PERIOD_PAIRS.length; k++)
      add(node, valueOf(node, PERIOD_PAIRS[k][0], ctx), valueOf(node, PERIOD_PAIRS[k][1], ctx));
  }
  // 中期 and 年度 blocks side by side give one node per block: the same indicator on the same row pairs up
  for (const [short, long] of sideBySide(form))
    for (const [s, l] of PERIOD_PAIRS) add(short, valueOf(short, s, ctx), valueOf(long, l, ctx));
  memo.set(form, { expr: ctx.expr, pairs: out });
  return out;
}

/** Nodes of different blocks on one sheet row with the same 三级 name (the 年度 block's node first). */
function sideBySide(form: Form): [IndicatorNode, IndicatorNode][] {
  const byRow = new Map<number, IndicatorNode[]>();
  for (const n of form.indicators) {
    if (n.block === null || n.level3 === null) continue;
    const list = byRow.get(n.row);
    if (list) list.push(n);
    else byRow.set(n.row, [n]);
  }
  const out: [IndicatorNode, IndicatorNode][] = [];
  for (const nodes of byRow.values()) {
    for (const a of nodes) {
      for (const b of nodes) {
        if (
          a !== b &&
          a.block !== b.block &&
          indicatorName(a) === indicatorName(b) &&
          '年度' in a.values &&
          '中期' in b.values
        )
          out.push([a, b]);
      }
    }
  }
  return out;
}
