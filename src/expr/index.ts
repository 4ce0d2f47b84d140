/**
 * Indicator value grammar: `parseExpr(text)` → Expr, plus the helpers rules use to compare values.
 *
 * Conventions (see parse.ts / grammar.ts):
 * - kind quantitative ⇒ number is set; op null means the operator is missing (expr.operator-missing) or only an
 *   uncertain word was written (90%左右, expr.approximate).
 * - kind range ⇒ min/max set (80%-90%, ±3%以内 → -3..3); number null.
 * - kind date ⇒ year and/or month (the end of a period: 2023.07-2024.01 → 2024, 1), or word (全年, 长期).
 * - kind qualitative ⇒ word set.
 * - kind invalid ⇒ number null; op/unit kept when they were written (=篇 → op '=', unit 篇).
 * - Money units (元, 万元, 亿元 …) keep their magnitude: 28.8万元 → 28.8 万元. Other 万/亿 fold into the
 *   number: 9万人 → 90000 人. `toBaseNumber` scales money to 元.
 */
import type { Expr } from '../model/expr';
import { unitScale } from './units';

export { parseExpr, type ParseOptions } from './parse';
export { isRateUnit, isMoneyUnit, baseUnit } from './units';
export { EXPR_DIAGNOSTIC_IDS, type ExprDiagnosticId } from './diagnostics';
export { operatorSymbol } from './operators';

/** The number in base units: =6.03万元 → 60300 (元); 9万人 → 90000; ≥95% → 95. Null when there is none. */
export function toBaseNumber(expr: Pick<Expr, 'number' | 'unit'>): number | null {
  if (expr.number === null) return null;
  const scale = unitScale(expr.unit);
  return scale === 1 ? expr.number : Number((expr.number * scale).toPrecision(15));
}
