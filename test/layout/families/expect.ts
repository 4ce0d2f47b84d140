import type { Form, IndicatorNode } from '../../../src/model/form';
import { isIndicatorRow } from '../../../src/layout/indicator-rows';

/**
 * The expectation format of the layout-family fixtures (test/fixtures/families) and the projection of a
 * recognized Form onto it, so that `expect(project(form, want)).toEqual(want)` shows a readable diff.
 *
 * Expectations are written by hand from what the builders in scripts/families type, never from the
 * recognizer's output. Texts are compared without whitespace (spaced labels, line breaks, full-width
 * spaces); level names by their canonical keys; 三级 names also without a leading tree numbering
 * (`1.` `1.1.1` `一、` `（一）`) or level word (`三级指标：`).
 */

/** A value as the clerk reads it: operator + number + unit, e.g. `≥95%`. One string: the form's only period. */
export type Values = string | Record<string, string>;

/** One indicator: 一级 key, 二级 key (null where the layout has no such level), 三级 name, values. */
export type Row = [l1: string | null, l2: string | null, l3: string, values: Values];

export interface FormExpect {
  kind: 'project' | 'department';
  /** Title without whitespace; null when the form has none. */
  title: string | null;
  year: number | null;
  /** Project name (project forms) or unit name (department forms). */
  name: string;
  /** Header fields that matter: canonical key → value text. */
  header: Record<string, string>;
  /**
   * The funds, exactly: key → amount (万元). A plain number when the item has one amount (whatever its
   * period is called: 全年 / 年度), else period → amount. `{}`: the form has no funds (task or project
   * amounts in other tables are not funds).
   */
  funds: Record<string, number | Record<string, number>>;
  /**
   * The amounts of a task table (年度主要任务 …), exactly: task name (or 金额合计) → column heading → amount.
   * Absent: not compared.
   */
  tasks?: Record<string, Record<string, number>>;
  /** Goal keys with a text (longTerm, annual, overall), sorted. */
  goals: string[];
  periods: string[];
  /** Indicator rows per 一级 key ('-' for rows without 一级); side-by-side blocks count once per block. */
  counts: Record<string, number>;
  /** A sample of indicators in full. */
  rows: Row[];
}

export interface FixtureExpect {
  /** Path under test/fixtures. */
  file: string;
  /** What the fixture is, one line. */
  note: string;
  forms: FormExpect[];
  /** Error findings of checkGrids as `rule@row` (sheet row number); [] for a correctly typed form. */
  errors?: string[];
  /** The exact number of structure.unplaced findings, where it matters (a header band read in full: 0). */
  unplaced?: number;
  /** Rules that must not report anything here, at any severity (e.g. level rules on a flat list). */
  absent?: string[];
}

/** Levels the layout does not have are not defects (flat lists, tree columns whose 一级/二级 rows hold no value). */
export const LEVEL_RULES = [
  'structure.unknown-level1',
  'structure.unknown-level2',
  'structure.empty-level2',
  'structure.level3-missing',
  'structure.name-in-wrong-column',
  'structure.level2-in-level3',
  'structure.value-missing',
];

/** Operator and unit in their own columns are part of the value: no "missing operator/unit/number" finding. */
export const SPLIT_VALUE_RULES = ['expr.operator-missing', 'expr.unit-missing', 'expr.number-missing', 'expr.unparsed'];

const sq = (s: string | null | undefined): string => (s ?? '').replace(/[\s\u3000]+/g, '');

/** A 三级 name without whitespace, tree numbering or level word. */
export function name3(s: string | null | undefined): string {
  return sq(s)
    .replace(/^[一二三]级指标[:：]/, '')
    .replace(/^(\d+(\.\d+)*[.．、]?|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/, '');
}

const OPERATOR = /^[≥≤=＝<>＜＞]/;

/** The value of one period as the clerk reads it: operator, value and unit columns combined. */
export function shown(n: IndicatorNode, period: string): string {
  const v = sq(n.values[period]?.text);
  const op = sq(n.operator?.text);
  const unit = sq(n.unit?.text);
  let out = v;
  if (op && op !== '定性' && !OPERATOR.test(v)) out = op + out;
  if (unit && v !== '' && !v.endsWith(unit)) out += unit;
  return out;
}

function amount(text: string, value: unknown): number {
  return typeof value === 'number' ? value : parseFloat(text.replace(/[,，\s]/g, ''));
}

function projectFunds(form: Form): FormExpect['funds'] {
  // one entry per key: 中期资金总额 and 年度资金总额 are two label cells but one 资金总额 over two periods
  const byKey = new Map<string, Record<string, number>>();
  for (const f of form.funds) {
    for (const [p, c] of Object.entries(f.amounts)) {
      let key: string = f.key;
      for (let i = 2; byKey.get(key)?.[p] !== undefined; i++) key = `${f.key}#${i}`;
      const slot = byKey.get(key) ?? {};
      slot[p] = amount(c.text, c.value);
      byKey.set(key, slot);
    }
  }
  const out: FormExpect['funds'] = {};
  for (const [key, amounts] of byKey) {
    const entries = Object.entries(amounts);
    out[key] = entries.length === 1 ? entries[0][1] : amounts;
  }
  return out;
}

function projectRow(form: Form, want: Row): Row {
  const nodes = form.indicators.filter((n) => name3(n.level3?.text) === name3(want[2]));
  if (nodes.length === 0) return [null, null, `(missing) ${want[2]}`, {}];
  const values: Record<string, string> = {};
  for (const n of nodes) for (const p of Object.keys(n.values)) if (!(p in values)) values[p] = shown(n, p);
  const periods = Object.keys(values);
  const v: Values = typeof want[3] === 'string' && periods.length === 1 ? values[periods[0]] : values;
  return [nodes[0].level1?.key ?? null, nodes[0].level2?.key ?? null, want[2], v];
}

function projectHeader(form: Form, want: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(want)) {
    const got = form.header.filter((h) => h.key === key).map((h) => sq(h.value?.text));
    out[key] = got.includes(sq(text)) ? text : got.length ? got.map((g) => g || '(empty)').join(' / ') : '(missing)';
  }
  return out;
}

export function counts(form: Form): Record<string, number> {
  const out: Record<string, number> = {};
  for (const n of form.indicators) {
    if (!isIndicatorRow(n)) continue;
    const k = n.level1?.key ?? (n.level1 ? `?${sq(n.level1.text)}` : '-');
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

function projectTasks(form: Form): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const t of form.tasks ?? []) {
    const slot = (out[sq(t.label.text)] ??= {});
    for (const [heading, c] of Object.entries(t.amounts)) slot[heading] = amount(c.text, c.value);
  }
  return out;
}

/** The recognized form in the shape of its expectation. */
export function project(form: Form, want: FormExpect): FormExpect {
  return {
    ...(want.tasks ? { tasks: projectTasks(form) } : {}),
    kind: form.kind,
    title: form.title === null ? null : sq(form.title),
    year: form.year,
    name: sq(form.name) === sq(want.name) ? want.name : (form.name ?? '(none)'),
    header: projectHeader(form, want.header),
    funds: projectFunds(form),
    goals: [...new Set(form.goals.filter((g) => sq(g.value?.text) !== '').map((g) => g.key))].sort(),
    periods: form.periods,
    counts: counts(form),
    rows: want.rows.map((r) => projectRow(form, r)),
  };
}

/** The expectation with texts in the projection's spelling (titles without whitespace). */
export function normalized(want: FormExpect): FormExpect {
  return { ...want, title: want.title === null ? null : sq(want.title), goals: [...want.goals].sort() };
}
