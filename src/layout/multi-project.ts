import type { Form, FundsItem, Goal, HeaderField } from '../model/form';
import { amountColumnKey, goalKey, headerKey } from './match';
import type { TableHeader } from './table-header';
import { amountOf } from '../core/amount';
import type { SheetView } from './view';
import { FUNDS_PARENT } from './vocabulary';

/**
 * One table holding several projects (项目名称 | 实施单位 | 资金总额 | 年度绩效目标 merged down on the left,
 * the indicator levels on the right): one form per project, each with its own name, unit, funds and goal,
 * the indicators of its rows, and the sheet's title, year and the fields above the table.
 * A project starts on each row whose 项目名称 cell is filled.
 */
export interface Project {
  /** Sheet rows (1-based) the project spans. */
  from: number;
  to: number;
  header: HeaderField[];
  funds: FundsItem[];
  goals: Goal[];
}

/** Reads each project's left cells (and marks them placed). */
export function readProjects(view: SheetView, header: TableHeader, tableEnd: number): Project[] {
  const fields = header.projectColumns ?? [];
  const nameCol = fields.find((f) => headerKey(f.label) === 'projectName')?.col;
  if (nameCol === undefined) return [];
  const starts: number[] = [];
  for (let r = header.lastRow + 1; r <= tableEnd; r++) if (!view.isEmpty(r, nameCol)) starts.push(r);
  const o = view.grid.origin.row;
  return starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] - 1 : tableEnd;
    const own: HeaderField[] = [];
    const funds: FundsItem[] = [];
    const goals: Goal[] = [];
    for (const f of fields) {
      if (view.isEmpty(start, f.col)) continue;
      const label = view.cell(header.row, f.col);
      const value = view.cell(start, f.col);
      // a merged cell's value sits on the project's first row; typed again below it, it is the same field
      for (let r = start + 1; r <= end; r++) if (!view.isEmpty(r, f.col)) view.cell(r, f.col);
      const hk = headerKey(f.label);
      const fk = hk === null ? amountColumnKey(f.label) : null;
      const gk = hk === null && fk === null ? goalKey(f.label) : null;
      if (hk !== null) own.push({ key: hk, label, value });
      else if (fk !== null) {
        const n = amountOf(view.raw(start, f.col));
        const amount = n === null || value.value === n ? value : { ...value, value: n };
        const parent = fk === 'total' ? null : (FUNDS_PARENT[fk] ?? 'total');
        funds.push({ key: fk, label, section: 'income', parent, amounts: { 全年: amount } });
      } else if (gk !== null) goals.push({ key: gk, label, value });
    }
    return { from: o + start + 1, to: o + end + 1, header: own, funds, goals };
  });
}

/** One form per project: the shared form's title, year and fields above, the project's own rows. */
export function splitProjects(form: Form, projects: Project[]): Form[] {
  if (projects.length === 0) return [form];
  return projects.map((p, i) => ({
    ...form,
    name: p.header.find((h) => h.key === 'projectName')?.value?.text ?? null,
    header: [...form.header, ...p.header],
    // the funds of each project are its own (a funds block above the table would be the sheet's, not theirs)
    funds: p.funds,
    fundsPeriods: p.funds.length > 0 ? ['全年'] : [],
    goals: [...form.goals, ...p.goals],
    indicators: form.indicators.filter((n) => n.row >= p.from && n.row <= p.to),
    // cells outside every project's rows are reported once, with the first form
    unplaced: form.unplaced.filter((c) => {
      const row = Number(/\d+$/.exec(c.address)?.[0] ?? 0);
      return row >= p.from && row <= p.to ? true : i === 0 && !projects.some((q) => row >= q.from && row <= q.to);
    }),
  }));
}
