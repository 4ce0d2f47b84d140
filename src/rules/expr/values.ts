/** Every filled value cell of a form with its indicator and parsed value: what expr.* rules walk. */
import type { Cell } from '../../model/cell';
import type { Expr } from '../../model/expr';
import type { Form, IndicatorNode } from '../../model/form';
import { indicatorName } from '../names';
import type { RuleContext } from '../types';

export interface ValueCell {
  node: IndicatorNode;
  period: string;
  cell: Cell;
  expr: Expr;
  /** The indicator's normalised 三级 name ('' when the row has none). */
  name: string;
}

/** Every expr.* rule walks the same cells: computed once per form and run (ctx.expr is per run). */
const memo = new WeakMap<Form, { expr: RuleContext['expr']; cells: ValueCell[] }>();

export function valueCells(form: Form, ctx: RuleContext): ValueCell[] {
  const hit = memo.get(form);
  if (hit && hit.expr === ctx.expr) return hit.cells;
  const out: ValueCell[] = [];
  for (const node of form.indicators) {
    const name = indicatorName(node);
    for (const [period, cell] of Object.entries(node.values)) {
      const expr = ctx.expr(cell);
      if (expr && expr.kind !== 'empty') out.push({ node, period, cell, expr, name });
    }
  }
  memo.set(form, { expr: ctx.expr, cells: out });
  return out;
}

/** Units written inside the name (房屋面积(平方米), 改造数（个）): the value may then be a bare number. */
export function unitInName(name: string): boolean {
  return /[(（][^()（）]{1,6}[)）]$/.test(name) && !/[(（](含|不含|包括|其中)/.test(name);
}
