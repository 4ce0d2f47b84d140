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
import { filledValues, hasFilledValue, hasName } from './tree';

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

/**
 * A form whose indicator table stops after 产出 (or 履职, 决策/过程, 成本): no 效益 and no 满意度 anywhere.
 * `atSheetEnd`: the table runs to the sheet's last row and its last row is complete (a copy of a page or a
 * print area cut right after a full row): what is missing may be beyond the cut, so the rules that judge
 * the missing parts (the rest of 产出, 成本) leave it to this one finding. A table that reaches 效益 is not
 * judged here: its missing 满意度 is structure.missing-satisfaction's, cut or not (01 临邑 ends that way and
 * is complete).
 */
export interface EndedEarly {
  /** The last indicator row (with a name or a value): where the form stops. */
  last: IndicatorNode;
  atSheetEnd: boolean;
}

/**
 * Decided from structure: a project or department table with 一级 sections, none of them 效益 or 满意度
 * (满意度 may be an 二级 under 效益 in older templates), whose last row is complete (a row cut half-way is
 * isCutOff's, and stays quiet).
 */
export function endedEarly(form: Form, sheetEnd: number | undefined, cutOff: boolean): EndedEarly | null {
  if (cutOff || (form.kind !== 'project' && form.kind !== 'department')) return null;
  const rows = form.indicators.filter((n) => hasName(n) || hasFilledValue(n));
  if (rows.length === 0 || !rows.some((n) => n.level1?.key)) return null;
  const closing = (n: IndicatorNode) =>
    n.level1?.key === 'effect' || n.level1?.key === 'satisfaction' || n.level2?.key === 'satisfaction';
  if (form.indicators.some(closing)) return null;
  return { last: rows[rows.length - 1], atSheetEnd: sheetEnd !== undefined && tableEnd(form) >= sheetEnd };
}
