/** The spending schedule as numbers: 资金支出计划(%) at 3月底 … 12月底. */
import type { Cell } from '../../model/cell';
import type { Form } from '../../model/form';
import { decimalNumber, yearTotal } from '../total/funds';

export interface PlanValue {
  label: string;
  cell: Cell;
  /** Percent, 0–100 (a fraction 0.3 read from a %-formatted xlsx cell becomes 30). */
  percent: number;
}

const PERCENT = /^([0-9]+(?:\.[0-9]+)?)\s*[%％]$/;

/** The filled points in schedule order; cells that are not a percentage are left out. */
export function planValues(form: Form): PlanValue[] {
  const cells = form.plan
    .map((p) => ({ label: p.label.text.replace(/\s+/g, ''), cell: p.value }))
    .filter((p) => p.cell && p.cell.text.trim() !== '');
  // xlsx %-formatted cells hold fractions (0.3) while the sheet shows 30%: decide once for the whole schedule.
  const numbers = cells
    .map((p) => p.cell as Cell)
    .map((c) => (typeof c.value === 'number' && !/%|％/.test(c.text) ? c.value : null));
  const fractions = numbers.every((n) => n === null || n <= 1) && numbers.some((n) => n !== null && n > 0);
  // plain numbers above 100 are amounts (资金支出计划（万元）): a share of the year's total when the form has
  // one, else the schedule cannot be judged in percent
  const amounts = numbers.some((n) => n !== null && n > 100) && !cells.some((p) => /%|％/.test(p.cell?.text ?? ''));
  const total = amounts ? positiveYearTotal(form) : null;
  if (amounts && total === null) return [];
  const out: PlanValue[] = [];
  cells.forEach((p, i) => {
    const cell = p.cell as Cell;
    const m = PERCENT.exec(cell.text.trim());
    let percent: number | null = m ? Number(m[1]) : null;
    const n = numbers[i];
    if (percent === null && n !== null) percent = total !== null ? (n / total) * 100 : fractions ? n * 100 : n;
    if (percent !== null) out.push({ label: p.label, cell, percent: Math.round(percent * 1e6) / 1e6 });
  });
  return out;
}

/** The form's year total (total/funds.ts yearTotal) when it is a positive number. */
function positiveYearTotal(form: Form): number | null {
  const total = yearTotal(form);
  const n = total ? decimalNumber(total.value) : null;
  return n !== null && n > 0 ? n : null;
}
