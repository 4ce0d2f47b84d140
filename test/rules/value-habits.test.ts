/**
 * Value rules on how clerks of other provinces write (issue 13, corpus in test/fixtures/values): answers to
 * yes/no names, zero without a unit, changes against a baseline, and shares aimed above 100%.
 */
import { rule as yesNo } from '../../src/rules/expr/yes-no';
import { rule as unitMissing } from '../../src/rules/expr/unit-missing';
import { rule as costDirection } from '../../src/rules/expr/cost-direction';
import { rule as vacuous } from '../../src/rules/expr/vacuous';
import { rule as rateOver100 } from '../../src/rules/expr/rate-over-100';
import { rule as operatorMissing } from '../../src/rules/expr/operator-missing';
import { rule as approximate } from '../../src/rules/expr/approximate';
import { rule as direction } from '../../src/rules/expr/direction';
import { rule as ratePercent } from '../../src/rules/expr/rate-percent';
import { rule as excelSerial } from '../../src/rules/expr/excel-serial';
import { runRule } from './helpers';
import { rule as deadlineYear } from '../../src/rules/consistency/deadline-year';
import { rule as unitContradiction } from '../../src/rules/expr/unit-contradiction';
import { rule as operatorConflict } from '../../src/rules/expr/operator-conflict';
import { runRules } from '../../src/rules/engine';
import { parseExpr } from '../../src/expr';
import type { Rule } from '../../src/rules/types';
import type { Form } from '../../src/model/form';
import { makeGrid } from '../../src/core/grid';
import { recognize } from '../../src/layout/recognize';
import { checkGrids } from '../../src/check';
import { form, table, testRule } from './helpers';

/** One row at A10: 一级 | 二级 | 三级 | 指标值. */
const row = (level1: string, level2: string, name: string, value: string) =>
  form({
    indicators: table({
      cols: ['level1', 'level2', 'level3', 'value:全年'],
      row: 10,
      rows: [[level1, level2, name, value]],
    }),
  });

testRule(yesNo, {
  valid: [
    { name: '是否按期完工 | 是 (the name asks)', form: row('产出指标', '质量指标', '是否按期完工', '是') },
    { name: '是否发生重大安全事故 | 否', form: row('产出指标', '质量指标', '是否发生重大安全事故', '否') },
    { name: '有无违规使用资金 | 无', form: row('过程', '资金管理', '有无违规使用资金', '无') },
    { name: '重大安全事故 | 无 (none is the target)', form: row('产出指标', '质量指标', '重大安全事故', '无') },
    { name: '群体性事件 | 无', form: row('效益指标', '社会效益指标', '群体性事件', '无') },
    { name: '对周边居民的负面影响 | 无', form: row('成本指标', '社会成本指标', '对周边居民的负面影响', '无') },
  ],
  invalid: [
    { name: '社会影响 | 是', form: row('效益指标', '社会效益指标', '社会影响', '是'), cells: ['D10'] },
    {
      name: '重大安全事故 | 有 (a harm is no target)',
      form: row('产出指标', '质量指标', '重大安全事故', '有'),
      cells: ['D10'],
    },
    { name: '带动就业 | 无', form: row('效益指标', '经济效益指标', '带动就业', '无'), cells: ['D10'] },
  ],
});

testRule(unitMissing, {
  valid: [
    { name: '安全事故发生次数 =0', form: row('产出指标', '质量指标', '安全事故发生次数', '=0') },
    { name: '信访件数 ≤0', form: row('产出指标', '质量指标', '信访件数', '≤0') },
  ],
  invalid: [{ name: '安全检查次数 ≥4', form: row('产出指标', '数量指标', '安全检查次数', '≥4'), cells: ['D10'] }],
});

testRule(costDirection, {
  valid: [
    {
      name: '成本 | 运维成本 降低10万元 (a saving’s size)',
      form: row('产出指标', '成本指标', '运维成本', '降低10万元'),
    },
    { name: '成本 | 单位成本 同比下降≥5%', form: row('成本指标', '经济成本指标', '单位成本', '同比下降≥5%') },
  ],
  invalid: [
    { name: '成本 | 运维成本 ≥10万元', form: row('产出指标', '成本指标', '运维成本', '≥10万元'), cells: ['D10'] },
  ],
});

testRule(vacuous, {
  valid: [
    {
      name: '经济效益 | 产值 增长≥0% (a change: no decline, not a level)',
      form: row('效益指标', '经济效益指标', '产值', '增长≥0%'),
    },
  ],
  invalid: [{ name: '受益人数 ≥0人', form: row('产出指标', '数量指标', '受益人数', '≥0人'), cells: ['D10'] }],
});

testRule(rateOver100, {
  valid: [
    { name: '设备完好率 ≥98%', form: row('产出指标', '质量指标', '设备完好率', '≥98%') },
    { name: '验收合格率 =100%', form: row('产出指标', '质量指标', '验收合格率', '=100%') },
    {
      name: '非税收入预算完成率 ≥110% (revenue may overshoot)',
      form: row('过程', '预算执行', '非税收入预算完成率', '≥110%'),
    },
    { name: '产值增长率 ≥120% (growth is no share)', form: row('效益指标', '经济效益指标', '产值增长率', '≥120%') },
    { name: '公用经费控制率 ≤105%', form: row('过程', '预算执行', '公用经费控制率', '≤105%') },
    { name: '就业率 提高120% (a change)', form: row('效益指标', '社会效益指标', '就业率', '提高120%') },
  ],
  invalid: [
    {
      name: '设备完好率 ≥120%',
      form: row('产出指标', '质量指标', '设备完好率', '≥120%'),
      cells: ['D10'],
      message: /100%/,
    },
    { name: '项目验收合格率 =110%', form: row('产出指标', '质量指标', '项目验收合格率', '=110%'), cells: ['D10'] },
    { name: '群众满意度 >100%', form: row('满意度指标', '服务对象满意度指标', '群众满意度', '>100%'), cells: ['D10'] },
    {
      name: '09 鄂州 验收合格率 292% (no operator)',
      form: row('产出指标', '质量指标', '设备更新验收合格率', '292%'),
      cells: ['D10'],
    },
  ],
});

/** 指标性质 | 指标值 | 度量单位 columns at D–F, row 10. */
const split = (name: string, op: string, value: string) =>
  form({
    roles: ['level1', 'level2', 'level3', 'operator', 'value', 'unit'],
    indicators: table({
      cols: ['level1', 'level2', 'level3', 'operator', 'value:全年', 'unit'],
      row: 10,
      rows: [['产出指标', '质量指标', name, op, value, '%']],
    }),
  });

testRule(operatorMissing, {
  valid: [
    { name: '指标性质 ≥ (joined)', form: split('设备运行率', '≥', '≥95%') },
    { name: '指标性质 正向', form: split('设备运行率', '正向', '95%') },
  ],
  invalid: [
    { name: '指标性质 定量 gives no operator', form: split('设备运行率', '定量', '95%'), cells: ['E10'] },
    { name: '指标性质 定量, a bare rate', form: split('设备运行率', '定量', '95'), cells: ['E10'] },
  ],
});

describe('an operator column in words (budget-system exports: 大于等于 / 小于等于 / 等于)', () => {
  const grid = makeGrid('表', [
    ['2025年度项目支出绩效目标表'],
    ['项目名称', '农产品质量提升项目'],
    ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
    ['产出指标', '质量指标', '出厂合格率', '大于等于', 95, '%'],
    ['', '成本指标', '人均经费', '小于等于', 3000, '元/人'],
    ['', '数量指标', '培训场次', '等于', 12, '场'],
    ['满意度指标', '服务对象满意度指标', '农户满意度', '大于等于', 90, '%'],
  ]);

  test('reads as the symbol it stands for', () => {
    const [f] = recognize(grid);
    expect(f.indicators.map((n) => n.values['全年']?.text)).toEqual(['≥95%', '≤3000元/人', '=12场', '≥90%']);
  });

  test('is no approximate wording', () => {
    const rules = checkGrids([grid]).findings.map((x) => x.rule);
    expect(rules).not.toContain(approximate.id);
  });
});

testRule(direction, {
  valid: [
    { name: '群众满意度 ≥90%', form: row('满意度指标', '服务对象满意度指标', '群众满意度', '≥90%') },
    { name: '群众投诉率 ≤5%', form: row('产出指标', '质量指标', '群众投诉率', '≤5%') },
    { name: '投诉处理率 ≥95% (handling is good)', form: row('产出指标', '质量指标', '投诉处理率', '≥95%') },
    { name: '业务办结时限 ≤5个工作日', form: row('产出指标', '时效指标', '业务办结时限', '≤5个工作日') },
    { name: '故障率 同比下降≥10% (a change)', form: row('产出指标', '质量指标', '设备故障率', '同比下降≥10%') },
    { name: '满意度 =100%', form: row('满意度指标', '服务对象满意度指标', '群众满意度', '=100%') },
    { name: '服务时长 ≥2000小时 (not a limit)', form: row('产出指标', '数量指标', '志愿服务时长', '≥2000小时') },
  ],
  invalid: [
    {
      name: '群众满意度 ≤90%',
      form: row('满意度指标', '服务对象满意度指标', '群众满意度', '≤90%'),
      cells: ['D10'],
      message: /越高越好/,
    },
    {
      name: '设备故障率 >3%',
      form: row('产出指标', '质量指标', '设备故障率', '>3%'),
      cells: ['D10'],
      message: /越低越好/,
    },
    {
      name: '业务办结时限 ≥5个工作日',
      form: row('产出指标', '时效指标', '业务办结时限', '≥5个工作日'),
      cells: ['D10'],
    },
    { name: '应急响应时间 ≥30分钟', form: row('产出指标', '时效指标', '应急响应时间', '≥30分钟'), cells: ['D10'] },
  ],
});

testRule(ratePercent, {
  valid: [
    { name: '验收合格率（%） ≥95', form: row('产出指标', '质量指标', '验收合格率（%）', '≥95') },
    { name: '群众满意度(%) ≥90', form: row('满意度指标', '服务对象满意度指标', '群众满意度(%)', '≥90') },
  ],
  invalid: [{ name: '验收合格率 ≥95', form: row('产出指标', '质量指标', '验收合格率', '≥95'), cells: ['D10'] }],
});

describe('a number in the date-serial range', () => {
  testRule(excelSerial, {
    valid: [{ name: '受益人数 45321 (a count)', form: row('产出指标', '数量指标', '受益人数', '45321') }],
    invalid: [
      { name: '项目完成时间 45657', form: row('产出指标', '时效指标', '项目完成时间', '45657'), cells: ['D10'] },
      { name: '完成时间 under 质量', form: row('产出指标', '质量指标', '设备验收完成时间', '45657'), cells: ['D10'] },
    ],
  });

  test('under 受益人数 it is a count without its operator and unit', () => {
    const [f] = runRule(operatorMissing, row('产出指标', '数量指标', '受益人数', '45321'));
    expect(f?.rule).toBe('expr.operator-missing');
    expect(f?.message).toContain('45321');
    expect(f?.suggestion).toContain('≥45321人');
    expect(f?.suggestion).not.toContain('2024');
  });

  test('under 完成时间 operator-missing leaves it to excel-serial', () => {
    expect(runRule(operatorMissing, row('产出指标', '时效指标', '项目完成时间', '45657'))).toEqual([]);
  });
});

describe('one slip, one finding', () => {
  const run = (rules: Rule[], f: Form) =>
    runRules(
      [f],
      rules.map((rule) => ({ rule, severity: rule.meta.severity })),
      { parse: parseExpr },
    ).map((x) => x.rule);

  test('a cost written 不低于10万元: the direction, not the wording (whose fix would keep ≥)', () => {
    expect(run([approximate, costDirection], row('产出指标', '成本指标', '培训成本', '不低于10万元'))).toEqual([
      'expr.cost-direction',
    ]);
  });

  test('故障率 ≥5%以下: the direction, not the conflict', () => {
    expect(run([operatorConflict, direction], row('产出指标', '质量指标', '故障率', '≥5%以下'))).toEqual([
      'expr.direction',
    ]);
  });

  test('合格率 292%: the unreachable target, not the missing operator', () => {
    expect(run([operatorMissing, rateOver100], row('产出指标', '质量指标', '验收合格率', '292%'))).toEqual([
      'expr.rate-over-100',
    ]);
  });

  test('合格率 120%以上: the unreachable target', () => {
    expect(run([approximate, rateOver100], row('产出指标', '质量指标', '验收合格率', '120%以上'))).toEqual([
      'expr.rate-over-100',
    ]);
  });
});

describe('deadlines and counts', () => {
  const in2025 = (name: string, value: string) =>
    form({
      year: 2025,
      indicators: table({
        cols: ['level1', 'level2', 'level3', 'value:全年'],
        row: 10,
        rows: [['产出指标', '时效指标', name, value]],
      }),
    });

  testRule(deadlineYear, {
    valid: [
      { name: '2025年12月底前', form: in2025('项目完成时间', '2025年12月底前') },
      { name: '项目开工时间 2023年3月 (a start)', form: in2025('项目开工时间', '2023年3月') },
      { name: '2024.07-2025.06 ends in the year', form: in2025('项目实施期', '2024.07-2025.06') },
      { name: '12月底前 (no year)', form: in2025('项目完成时间', '12月底前') },
      { name: '44561 is expr.excel-serial’s', form: in2025('项目完成时间', '44561') },
    ],
    invalid: [
      { name: '2023年12月底前', form: in2025('项目完成时间', '2023年12月底前'), cells: ['D10'], message: /2025/ },
      { name: '≤2024.12', form: in2025('工程竣工时间', '≤2024.12'), cells: ['D10'] },
      { name: '2023.07-2024.06', form: in2025('项目实施期', '2023.07-2024.06'), cells: ['D10'] },
    ],
  });

  testRule(unitContradiction, {
    valid: [
      { name: '培训覆盖率 ≥95%', form: row('产出指标', '数量指标', '培训覆盖率', '≥95%') },
      { name: '培训人数 ≥500人', form: row('产出指标', '数量指标', '培训人数', '≥500人') },
      { name: '发放补助资金 ≥850万元', form: row('产出指标', '数量指标', '发放补助资金', '≥850万元') },
    ],
    invalid: [
      { name: '培训人数 ≥95%', form: row('产出指标', '数量指标', '培训人数', '≥95%'), cells: ['D10'], message: /数量/ },
      {
        name: '补助对象人数 ≥1200万元',
        form: row('产出指标', '数量指标', '补助对象人数', '≥1200万元'),
        cells: ['D10'],
      },
    ],
  });
});
