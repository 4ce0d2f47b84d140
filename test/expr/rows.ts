/** Shared row shape of the table-driven expr tests. */
import { parseExpr } from '../../src/expr';
import type { ExprKind, Operator } from '../../src/model/expr';

export type Extras = { min?: number; max?: number; year?: number; month?: number; word?: string };
export type Row =
  | [string, ExprKind, Operator | null, number | null, string | null, string, string[]]
  | [string, ExprKind, Operator | null, number | null, string | null, string, string[], Extras];

export function expectRow(row: Row): void {
  const [text, kind, op, number, unit, normalized, ids, extras] = row;
  const e = parseExpr(text);
  expect({ kind: e.kind, op: e.op, number: e.number, unit: e.unit, normalized: e.normalized }).toEqual({
    kind,
    op,
    number,
    unit,
    normalized,
  });
  expect(e.diagnostics.map((d) => d.id)).toEqual(ids.map((id) => `expr.${id}`));
  const actualExtras: Extras = {};
  if (e.min != null) actualExtras.min = e.min;
  if (e.max != null) actualExtras.max = e.max;
  if (e.year != null) actualExtras.year = e.year;
  if (e.month != null) actualExtras.month = e.month;
  if (e.word != null) actualExtras.word = e.word;
  expect(actualExtras).toEqual(extras ?? {});
}
