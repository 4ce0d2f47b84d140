/**
 * Terse builders for Forms as the recognizer produces them, so rule tests can use the real seed layouts
 * row by row: row(['产出指标', '成本指标', '物业费', '≥20万元', '≥62.01万元']).
 */
import { columnName } from '../../src/core/address';
import type { Cell, Label } from '../../src/model/cell';
import type { Finding } from '../../src/model/finding';
import type { ColumnRole, Form, FormKind, FundsItem, Goal, IndicatorNode, PlanPoint } from '../../src/model/form';
import { runRules } from '../../src/rules/engine';
import { standardSets } from '../../src/templates/catalog';
import type { Rule } from '../../src/rules/types';
import type { Expr } from '../../src/model/expr';
import type { FundsKey, Level1Key, Level2Key } from '../../src/model/keys';
import { LEVEL1_LABELS, LEVEL2_LABELS } from '../../src/layout/vocabulary';
import { levelStem } from '../../src/layout/normalize';

/** 一级/二级 keys from the recognizer's own vocabulary (one source): a test label gets the key a sheet's would. */
function level1Key(text: string): Level1Key | null {
  return LEVEL1_LABELS[levelStem(text)] ?? null;
}
function level2Key(text: string): Level2Key | null {
  return LEVEL2_LABELS[levelStem(text)] ?? null;
}

export function cell(address: string, text: string): Cell {
  return { text, address };
}

/** Column spec: level1 | level2 | level3 | value:<period> | description | basis | duty | work | project. */
export type Col =
  | 'level1'
  | 'level2'
  | 'level3'
  | `value:${string}`
  | 'description'
  | 'basis'
  | 'duty'
  | 'work'
  | 'project'
  | 'operator'
  | 'unit';

export interface TableSpec {
  cols: Col[];
  /** Sheet row (1-based) of the first data row. */
  row: number;
  /** Column letter of the first column. */
  col?: string;
  block?: string | null;
  rows: string[][];
}

/** Builds indicator nodes from rows; level1/level2/duty cells left '' inherit the label above (forward fill). */
export function table(spec: TableSpec): IndicatorNode[] {
  const c0 = spec.col ? spec.col.charCodeAt(0) - 65 : 0;
  let l1: Label | null = null;
  let l2: Label | null = null;
  let duty: Cell | undefined;
  return spec.rows.map((values, r) => {
    const row = spec.row + r;
    const at = (i: number) => cell(`${columnName(c0 + i)}${row}`, values[i] ?? '');
    const node: IndicatorNode = {
      row,
      block: spec.block ?? null,
      level1: null,
      level2: null,
      level3: null,
      values: {},
    };
    spec.cols.forEach((role, i) => {
      const c = at(i);
      const text = c.text;
      if (role === 'level1') {
        if (text.trim() !== '') {
          l1 = { text, key: level1Key(text), cell: c };
          l2 = null;
        }
      } else if (role === 'level2') {
        if (text.trim() !== '') l2 = { text, key: level2Key(text), cell: c };
      } else if (role === 'level3') {
        node.level3 = text.trim() === '' ? null : c;
      } else if (role.startsWith('value:')) {
        node.values[role.slice(6)] = c;
      } else if (role === 'duty') {
        if (text.trim() !== '') duty = c;
      } else if (text.trim() !== '') {
        node[role as 'description' | 'basis' | 'work' | 'project' | 'operator' | 'unit'] = c;
      }
    });
    node.level1 = l1;
    node.level2 = l2;
    if (duty) node.duty = duty;
    return node;
  });
}

export interface FundsRow {
  key: FundsKey;
  label: string;
  parent?: FundsKey | null;
  section?: 'income' | 'expense';
  /** period → amount text, e.g. {半年: '150', 全年: '300.79'} */
  amounts: Record<string, string | number>;
}

/** Funds items one per sheet row from `row`, label in column B, periods in the given columns. */
export function funds(row: number, periodCols: Record<string, string>, items: FundsRow[]): FundsItem[] {
  return items.map((it, i) => {
    const r = row + i;
    const amounts: Record<string, Cell> = {};
    for (const [period, v] of Object.entries(it.amounts)) {
      amounts[period] =
        typeof v === 'number'
          ? { text: String(v), value: v, address: `${periodCols[period]}${r}` }
          : cell(`${periodCols[period]}${r}`, v);
    }
    return {
      key: it.key,
      label: cell(`B${r}`, it.label),
      section: it.section ?? 'income',
      parent: it.parent ?? null,
      amounts,
    };
  });
}

export function plan(
  row: number,
  values: (string | null)[],
  labels = ['3月底', '6月底', '10月底', '12月底'],
): PlanPoint[] {
  return labels.map((label, i) => ({
    label: cell(`${columnName(1 + i)}${row}`, label),
    value: values[i] === null || values[i] === undefined ? null : cell(`${columnName(1 + i)}${row + 1}`, values[i]),
  }));
}

export function goal(
  key: Goal['key'],
  labelAddress: string,
  label: string,
  valueAddress: string,
  value: string | null,
): Goal {
  return { key, label: cell(labelAddress, label), value: value === null ? null : cell(valueAddress, value) };
}

export interface FormSpec {
  kind?: FormKind;
  year?: number | null;
  sheet?: string;
  periods?: string[];
  indicators?: IndicatorNode[];
  funds?: FundsItem[];
  /** A task table's lines and 合计 (年度主要任务), apart from the funds. */
  tasks?: FundsItem[];
  fundsPeriods?: string[];
  plan?: PlanPoint[];
  goals?: Goal[];
  unplaced?: Cell[];
  unrecognized?: Form['unrecognized'];
  roles?: ColumnRole[];
}

export function form(spec: FormSpec): Form {
  const roles = spec.roles ?? ['level1', 'level2', 'level3', 'value'];
  return {
    sheet: spec.sheet ?? 'Sheet1',
    kind: spec.kind ?? 'project',
    title: null,
    year: spec.year === undefined ? 2022 : spec.year,
    range: 'A1:F100',
    name: null,
    header: [],
    funds: spec.funds ?? [],
    ...(spec.tasks ? { tasks: spec.tasks } : {}),
    fundsPeriods: spec.fundsPeriods ?? ['全年'],
    plan: spec.plan ?? [],
    goals: spec.goals ?? [],
    periods: spec.periods ?? ['全年'],
    tables: [
      {
        range: 'A1:F100',
        headerRow: 1,
        block: null,
        columns: roles.map((role, i) => ({ col: columnName(i), role, period: null, header: role })),
      },
    ],
    indicators: spec.indicators ?? [],
    unplaced: spec.unplaced ?? [],
    ...(spec.unrecognized ? { unrecognized: spec.unrecognized } : {}),
  };
}

/** The value parser (src/expr), loaded lazily so structure/total tests run without it. */
export function parser(): (text: string) => Expr {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy and synchronous, see above
  const mod = require('../../src/expr') as { parseExpr: (text: string) => Expr };
  return mod.parseExpr;
}

/** Runs one rule on a form at its default severity. */
export function runRule(rule: Rule, f: Form): Finding[] {
  let parse: ((text: string) => Expr) | null = null;
  return runRules([f], [{ rule, severity: rule.meta.severity }], {
    standardSets: standardSets(),
    parse: (text) => {
      parse ??= parser();
      return parse(text);
    },
  });
}

export interface InvalidCase {
  name: string;
  form: Form;
  /** The cells reported, in order. */
  cells: string[];
  /** Expected fix texts by cell, when the rule fixes. */
  fixes?: Record<string, string>;
  /** Substrings every message must contain. */
  message?: RegExp;
}

export interface ValidCase {
  name: string;
  form: Form;
}

/** ESLint's RuleTester shape: valid forms give no finding, invalid ones exactly the listed cells. */
export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    test.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', (_name, c) => {
      expect(runRule(rule, c.form)).toEqual([]);
    });
    test.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_name, c) => {
      const found = runRule(rule, c.form);
      expect(cellsOf(found)).toEqual(c.cells);
      for (const f of found) {
        expect(f.rule).toBe(rule.id);
        expect(f.severity).toBe(rule.meta.severity);
        expect(f.message.length).toBeGreaterThan(4);
        if (c.message) expect(f.message).toMatch(c.message);
        if (c.fixes) expect(f.fix?.text).toBe(c.fixes[f.cell]);
      }
    });
  });
}

/** Cells the rule reports, for compact expectations. */
export function cellsOf(findings: Finding[]): string[] {
  // a finding covers its cell and the cells with the very same slip on its row (Finding.also)
  return findings.flatMap((f) => [f.cell, ...(f.also ?? [])]);
}
