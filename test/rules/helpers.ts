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
import type { FundsKey } from '../../src/model/keys';

const LEVEL1: Record<string, string> = {
  决策: 'decision',
  过程: 'process',
  产出: 'output',
  项目产出: 'output',
  效益: 'effect',
  效果: 'effect',
  满意度: 'satisfaction',
  履职: 'duty',
  成本: 'cost',
};
const LEVEL2: Record<string, string> = {
  数量: 'quantity',
  质量: 'quality',
  时效: 'timeliness',
  成本: 'cost',
  经济效益: 'economic',
  社会效益: 'social',
  生态效益: 'ecological',
  可持续影响: 'sustainable',
  可持续性影响: 'sustainable',
  可持续发展: 'sustainable',
  服务对象满意度: 'satisfaction',
  满意度: 'satisfaction',
  经济成本: 'economicCost',
  社会成本: 'socialCost',
  生态环境成本: 'ecologicalCost',
  项目立项: 'projectSetup',
  绩效目标: 'performanceTarget',
  资金投入: 'fundInput',
  计划制定: 'planning',
  目标设定: 'targetSetting',
  预算编制: 'budgeting',
  资金管理: 'fundManagement',
  组织实施: 'implementation',
  预算执行: 'budgetExecution',
  预算管理: 'budgetManagement',
  资产管理: 'assetManagement',
  项目管理: 'projectManagement',
  人员管理: 'personnelManagement',
  机构建设: 'institutionBuilding',
};

function stem(text: string): string {
  return text.replace(/\s+/g, '').replace(/指标$/, '');
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
          l1 = { text, key: LEVEL1[stem(text)] ?? null, cell: c };
          l2 = null;
        }
      } else if (role === 'level2') {
        if (text.trim() !== '') l2 = { text, key: LEVEL2[stem(text)] ?? null, cell: c };
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
