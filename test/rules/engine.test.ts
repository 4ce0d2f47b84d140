import { runRules } from '../../src/rules/engine';
import { RULES } from '../../src/rules/registry';
import { selectRules, UnknownRuleError } from '../../src/rules/select';
import type { StandardSet } from '../../src/model/standard-set';
import { standardSets } from '../../src/templates/catalog';
import { DEPARTMENT_COMMON, PROJECT_COMMON } from './standard-sets';
import { RULE_FAMILIES } from '../../src/rules/types';
import { parser } from './helpers';
import { rows000 } from './seed-forms';

function clean(set: StandardSet) {
  const zh: Record<string, string> = { decision: '决策', process: '过程' };
  let l1 = '';
  let l2 = '';
  const rows = set.items.map((i) => {
    const r = [zh[i.level1] === l1 ? '' : zh[i.level1], i.level2 === l2 ? '' : i.level2, i.level3, i.value, i.value];
    l1 = zh[i.level1];
    l2 = i.level2;
    return r;
  });
  rows.push(
    ['产出指标', '数量指标', '培训人数', '≥20人', '≥40人'],
    ['', '质量指标', '培训合格率', '≥95%', '≥95%'],
    ['', '时效指标', '培训完成时间', '2024年6月底前', '2024年12月底前'],
    ['', '成本指标', '培训人均经费', '≤400元/人*天', '≤400元/人*天'],
    ['效益指标', '社会效益指标', '干部职工业务能力', '明显提升', '明显提升'],
    ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', '≥90%'],
  );
  return rows000(20, rows, set.kind);
}

describe('registry', () => {
  test('ids are family.name, unique, and each rule documents good and bad cells', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
      expect(r.id.startsWith(`${r.meta.family}.`)).toBe(true);
      expect(RULE_FAMILIES).toContain(r.meta.family);
      expect(r.meta.description).toMatch(/[\u4e00-\u9fa5]/);
      expect(r.meta.good.length).toBeGreaterThan(0);
      expect(r.meta.bad.length).toBeGreaterThan(0);
    }
  });
});

describe('a clean form built from the templates gets zero findings', () => {
  test.each([PROJECT_COMMON, DEPARTMENT_COMMON].map((s) => [s.id, s] as const))('%s', (_id, set) => {
    expect(runRules([clean(set)], selectRules(RULES), { parse: parser(), standardSets: standardSets() })).toEqual([]);
  });
});

describe('selection', () => {
  test('--rules by family and id', () => {
    const ids = selectRules(RULES, { only: ['total', 'expr.vacuous'] }).map((a) => a.rule.id);
    expect(ids).toEqual([
      'expr.vacuous',
      'total.sum',
      'total.part-exceeds-total',
      'total.half-exceeds-full',
      'total.line-repeats-total',
    ]);
  });
  test('settings: off, severity override, id beats family', () => {
    const active = selectRules(RULES, {
      settings: { structure: 'off', 'structure.unknown-level1': 'warning', 'expr.fullwidth': 'off', plan: 'info' },
    });
    const byId = new Map(active.map((a) => [a.rule.id, a.severity]));
    expect(byId.get('structure.unknown-level1')).toBe('warning');
    expect(byId.has('structure.duplicate-name')).toBe(false);
    expect(byId.has('expr.fullwidth')).toBe(false);
    expect(byId.get('plan.reaches-full')).toBe('info');
    expect(byId.get('total.sum')).toBe('error');
  });
  test('unknown names are errors, not silently ignored', () => {
    expect(() => selectRules(RULES, { only: ['expr.nope'] })).toThrow(UnknownRuleError);
    expect(() => selectRules(RULES, { settings: { totals: 'off' } })).toThrow(/totals/);
  });
});

describe('engine', () => {
  test('one value-grammar finding per cell, preferring one with a fix', () => {
    const form = rows000(50, [['产出指标', '质量指标', '住房公积金贷款短信发送及时性', '误差不超过二天', '≤2天']]);
    const found = runRules([form], selectRules(RULES, { only: ['expr'] }), { parse: parser() });
    expect(found.map((f) => [f.cell, f.rule])).toEqual([['D50', 'expr.text-around']]);
    expect(found[0].fix).toEqual({ cell: 'D50', text: '≤2天' });
  });
  test('findings carry sheet, form index and the overridden severity', () => {
    const a = rows000(52, [['产出指标', '成本指标', '残疾人就业保障金', '≥0万元', '≥5万元']]);
    const found = runRules(
      [a, a],
      selectRules(RULES, { only: ['expr.vacuous'], settings: { 'expr.vacuous': 'error' } }),
      { parse: parser() },
    );
    expect(found.map((f) => [f.sheet, f.form, f.cell, f.severity])).toEqual([
      ['Sheet1', 0, 'D52', 'error'],
      ['Sheet1', 1, 'D52', 'error'],
    ]);
  });
});
