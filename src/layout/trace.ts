/**
 * What `target-sheet model --trace` shows: for each form, which reader read each table and which cells
 * each block of the form took (header band, funds, goals, spending plan, review lines).
 */
import { fromA1, rangeA1 } from '../core/address';
import type { Cell } from '../model/cell';
import type { Form, UnrecognizedPart } from '../model/form';
import type { Grid } from '../model/grid';
import { recognizeTraced } from './recognize';

/** One indicator table and the reader that read it. */
export interface TableTrace {
  /** Reader id (file name under src/layout/readers/) and its zh-CN name. */
  reader: string;
  name: string;
  range: string;
  /** Sheet rows of the heading (`5` or `5-6`); null for a table printed without one. */
  heading: string | null;
  /** Nodes read (indicator rows and label-only rows). */
  rows: number;
}

export type PartName = 'header' | 'funds' | 'goals' | 'plan' | 'review';

/** The cells a block of the form took: their bounding range and how many. */
export interface PartTrace {
  part: PartName;
  range: string;
  cells: number;
}

export interface FormTrace {
  sheet: string;
  range: string;
  kind: Form['kind'];
  name: string | null;
  tables: TableTrace[];
  parts: PartTrace[];
  /** Cells inside the form nobody claimed (structure.unplaced). */
  unplaced: number;
  /** Parts found but not read (structure.unrecognized). */
  unrecognized: UnrecognizedPart[];
}

/** The forms of a sheet with their trace, `traces[i]` for `forms[i]`. */
export function traceSheet(grid: Grid): { forms: Form[]; traces: FormTrace[] } {
  const { forms, tables } = recognizeTraced(grid);
  return { forms, traces: forms.map((f, i) => traceForm(f, tables[i] ?? [])) };
}

export function traceForm(form: Form, tables: TableTrace[]): FormTrace {
  const cells: Record<PartName, Cell[]> = {
    header: [],
    funds: [],
    goals: [],
    plan: [],
    review: [],
  };
  for (const f of form.header) {
    const list = f.key === 'review' ? cells.review : cells.header;
    list.push(f.label);
    if (f.value) list.push(f.value);
  }
  for (const f of form.funds) cells.funds.push(f.label, ...Object.values(f.amounts));
  for (const g of form.goals) {
    cells.goals.push(g.label);
    if (g.value) cells.goals.push(g.value);
  }
  for (const p of form.plan) {
    cells.plan.push(p.label);
    if (p.value) cells.plan.push(p.value);
  }
  const parts: PartTrace[] = [];
  for (const [part, list] of Object.entries(cells) as [PartName, Cell[]][]) {
    const trace = partOf(part, list);
    if (trace) parts.push(trace);
  }
  return {
    sheet: form.sheet,
    range: form.range,
    kind: form.kind,
    name: form.name,
    tables,
    parts,
    unplaced: form.unplaced.length,
    unrecognized: form.unrecognized ?? [],
  };
}

/** Bounding range of the distinct cells (a label and its value may be one cell). */
function partOf(part: PartName, list: Cell[]): PartTrace | null {
  const addresses = [...new Set(list.map((c) => c.address))];
  if (addresses.length === 0) return null;
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const a of addresses) {
    const p = fromA1(a);
    r0 = Math.min(r0, p.row);
    c0 = Math.min(c0, p.col);
    r1 = Math.max(r1, p.row);
    c1 = Math.max(c1, p.col);
  }
  return { part, range: rangeA1(r0, c0, r1, c1), cells: addresses.length };
}
