/** The spending schedule as numbers: 资金支出计划(%) at 3月底 … 12月底. */
import type { Cell } from '../../model/cell';
import type { Form } from '../../model/form';

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
  const out: PlanValue[] = [];
  cells.forEach((p, i) => {
    const cell = p.cell as Cell;
    const m = PERCENT.exec(cell.text.trim());
    let percent: number | null = m ? Number(m[1]) : null;
    if (percent === null && numbers[i] !== null) percent = fractions ? numbers[i] * 100 : numbers[i];
    if (percent !== null) out.push({ label: p.label, cell, percent: Math.round(percent * 1e6) / 1e6 });
  });
  return out;
}
