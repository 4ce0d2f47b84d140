/** Every filled value cell of a form with its indicator and parsed value: what expr.* rules walk. */
import type { Cell } from '../../model/cell';
import type { Expr, ExprDiagnostic } from '../../model/expr';
import type { Form, IndicatorNode } from '../../model/form';
import { indicatorName, isDateName } from '../names';
import type { RuleContext } from '../types';

export interface ValueCell {
  node: IndicatorNode;
  period: string;
  cell: Cell;
  expr: Expr;
  /** The indicator's normalised 三级 name ('' when the row has none). */
  name: string;
}

/** A value cell and the first diagnostic of one id on it. */
export interface DiagnosedCell {
  value: ValueCell;
  diagnostic: ExprDiagnostic;
}

interface Memo {
  expr: RuleContext['expr'];
  cells: ValueCell[];
  /** Diagnostic id → the cells carrying it, in cell order (built on first use). */
  byDiagnostic: Map<string, DiagnosedCell[]> | null;
}

/** Every expr.* rule walks the same cells: computed once per form and run (ctx.expr is per run). */
const memo = new WeakMap<Form, Memo>();

function memoFor(form: Form, ctx: RuleContext): Memo {
  const hit = memo.get(form);
  if (hit && hit.expr === ctx.expr) return hit;
  const out: ValueCell[] = [];
  // indexed, and Object.keys (own periods, as Object.entries; not for…in, which would also list what a
  // period named __proto__ made the prototype): this runs once per run over every row, mostly before it
  // is optimised, and Object.entries made an array per period
  for (let i = 0; i < form.indicators.length; i++) {
    const node = form.indicators[i];
    const name = indicatorName(node);
    const periods = Object.keys(node.values);
    for (let j = 0; j < periods.length; j++) {
      const period = periods[j];
      const cell = node.values[period];
      const expr = ctx.expr(cell);
      if (expr && expr.kind !== 'empty') out.push({ node, period, cell, expr, name });
    }
  }
  const entry: Memo = { expr: ctx.expr, cells: out, byDiagnostic: null };
  memo.set(form, entry);
  return entry;
}

export function valueCells(form: Form, ctx: RuleContext): ValueCell[] {
  return memoFor(form, ctx).cells;
}

/**
 * The value cells carrying a diagnostic, with its first occurrence on each cell. Some twenty
 * diagnostic rules each looked through every cell's diagnostics; one pass per form now sorts them.
 */
export function diagnosedCells(form: Form, ctx: RuleContext, id: string): readonly DiagnosedCell[] {
  const entry = memoFor(form, ctx);
  if (entry.byDiagnostic === null) {
    const index = new Map<string, DiagnosedCell[]>();
    for (const value of entry.cells) {
      for (const diagnostic of value.expr.diagnostics) {
        const list = index.get(diagnostic.id);
        if (list === undefined) index.set(diagnostic.id, [{ value, diagnostic }]);
        // only the first diagnostic of an id on a cell counts
        else if (list[list.length - 1].value !== value) list.push({ value, diagnostic });
      }
    }
    entry.byDiagnostic = index;
  }
  return entry.byDiagnostic.get(id) ?? [];
}

/** Units written inside the name (房屋面积(平方米), 改造数（个）): the value may then be a bare number. */
export function unitInName(name: string): boolean {
  return /[(（][^()（）]{1,6}[)）]$/.test(name) && !/[(（](含|不含|包括|其中)/.test(name);
}

/** The value without its operator, as normalised: ≥0.7万 → 0.7万, 4个 → 4个. */
export function body(v: ValueCell): string {
  // a number read as a date serial (受益人数 45321) is still the number typed
  if (v.expr.kind === 'date' && v.expr.number !== null) return String(v.expr.number);
  return v.expr.normalized.replace(/^(>=|<=|[≥≤=<>])/, '');
}

/** A row that asks for a date or a span of time: under 时效, a date-like name, or no name to tell. */
export function dateRow(v: ValueCell): boolean {
  return v.node.level2?.key === 'timeliness' || v.name === '' || isDateName(v.name);
}
