/**
 * A form cut off at the end of the sheet: published forms are often copies of a page or a print area that
 * stop in the middle of the indicator table (a 二级 label with nothing beside it, a name without its value,
 * a value cut to “>”, a label cut to “数量指”). What would follow the cut is unknown, so the rules that
 * judge what is missing after it (满意度, 成本, the rest of 产出, the last row's value) stay quiet.
 */
import type { Expr } from '../model/expr';
import type { Cell } from '../model/cell';
import type { Form, IndicatorNode } from '../model/form';
import { fromRangeA1 } from '../core/address';
import { filledValues, hasName } from './tree';

/** The sheet row (1-based) where the form's indicator tables end, or 0. */
function tableEnd(form: Form): number {
  let end = 0;
  for (const t of form.tables) end = Math.max(end, fromRangeA1(t.range).r1 + 1);
  for (const n of form.indicators) end = Math.max(end, n.row);
  return end;
}

/** Whether a table's last row stops half-way: a bare label, a name with no value, a value with no number. */
function unfinished(rows: readonly IndicatorNode[], expr: (cell: Cell) => Expr | null): boolean {
  if (rows.length === 0) return true; // the last sheet row is a label the tree did not take (a cut heading)
  return rows.every((n) => {
    const values = filledValues(n);
    if (values.length === 0) return true;
    if (!hasName(n) && !n.level2) return true;
    return values.every(([, c]) => {
      const e = expr(c);
      // an operator with nothing after it (“>”, “≥”): the number was cut
      return e !== null && e.number === null && e.op !== null;
    });
  });
}

/**
 * True when the form's indicator table runs to the sheet's last row (`sheetEnd`, 1-based) and that row is
 * unfinished. A complete form that simply ends with its table (a finished row last) is not cut off.
 */
export function isCutOff(form: Form, sheetEnd: number | undefined, expr: (cell: Cell) => Expr | null): boolean {
  if (sheetEnd === undefined || form.indicators.length === 0) return false;
  const end = tableEnd(form);
  if (end < sheetEnd) return false;
  return unfinished(
    form.indicators.filter((n) => n.row === sheetEnd),
    expr,
  );
}

/** The nodes on the form's last table row (the row a cut would have broken). */
export function lastTableRow(form: Form): number {
  return tableEnd(form);
}
