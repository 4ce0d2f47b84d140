/**
 * Rules that surface one diagnostic of the value grammar (src/expr), in context: the diagnostic's own
 * zh-CN message, its certain replacement as a fix, and a per-rule filter for cells where the diagnostic
 * does not apply (a unit in the name, an operator column, a 时效 duration …).
 */
import type { ExprDiagnosticId } from '../../expr';
import type { ExprDiagnostic } from '../../model/expr';
import type { Rule, RuleMeta } from '../types';
import { diagnosedCells, type ValueCell } from './values';
import { lastTableRow } from '../cut-off';

/** Where the form stands: the row a cut copy broke off at (0 when the form is not cut off, cut-off.ts). */
export interface Where {
  cutRow: number;
}

/** A rule's own wording for a diagnostic, from the indicator's meaning (hints.ts); null keeps the parser's. */
export type Describe = (v: ValueCell, d: ExprDiagnostic) => { message: string; suggestion?: string } | null;

/**
 * Cells another rule's diagnostic marks, when that rule does not apply there and this one says what is
 * wrong instead (a number in the date-serial range under 受益人数 is a count without its operator).
 */
export interface Borrowed {
  id: ExprDiagnosticId;
  when: (v: ValueCell) => boolean;
}

export function diagnosticRule(
  id: ExprDiagnosticId,
  meta: Omit<RuleMeta, 'family'>,
  applies: (v: ValueCell, where: Where) => boolean = () => true,
  describe?: Describe,
  borrowed?: Borrowed,
): Rule {
  return {
    id,
    meta: { family: 'expr', exclusive: true, ...meta },
    check(form, ctx) {
      const out = [];
      const where: Where = { cutRow: ctx.cutOff ? lastTableRow(form) : 0 };
      // indexed: a for…of over every row, run once per check, made an iterator result per row
      let rows = diagnosedCells(form, ctx, id);
      if (borrowed) {
        const more = diagnosedCells(form, ctx, borrowed.id).filter((r) => borrowed.when(r.value));
        // the borrowed diagnostic's message is the other rule's: this rule's describe() words it
        if (more.length > 0)
          rows = [...rows, ...more.map((r) => ({ value: r.value, diagnostic: { id, message: '' } }))];
      }
      for (let k = 0; k < rows.length; k++) {
        const { value: v, diagnostic: d } = rows[k];
        if (!applies(v, where)) continue;
        const own = describe?.(v, d) ?? null;
        const message = own?.message ?? d.message;
        out.push(
          ctx.report({
            cell: v.cell.address,
            message: v.name ? `“${v.name}”的指标值：${message}` : message,
            ...(own?.suggestion ? { suggestion: own.suggestion } : {}),
            ...(d.replacement !== undefined && d.replacement !== v.cell.text.trim()
              ? { fix: { cell: v.cell.address, text: d.replacement } }
              : {}),
          }),
        );
      }
      return out;
    },
  };
}
