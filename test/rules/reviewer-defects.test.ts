/**
 * Issue 14: the defects reviewers still send back (zero targets, units against the meaning, deadlines as
 * percentages, per-unit × quantity over the funds, a task repeating the total, missing 一级 sections), one
 * finding per root cause, and hints from the indicator's meaning. Cells are taken from the seeds and samples.
 */
import { rule as zeroTarget } from '../../src/rules/expr/zero-target';
import { rule as deadlineValue } from '../../src/rules/expr/deadline-value';
import { rule as unitMissing } from '../../src/rules/expr/unit-missing';
import { rule as operatorMissing } from '../../src/rules/expr/operator-missing';
import { rule as perUnitFunds } from '../../src/rules/consistency/per-unit-funds';
import { rule as goalNumbers } from '../../src/rules/consistency/goal-numbers';
import { rule as lineRepeatsTotal } from '../../src/rules/total/line-repeats-total';
import { rule as totalSum } from '../../src/rules/total/sum';
import { rule as missingLevel1 } from '../../src/rules/structure/missing-level1';
import { rule as missingCost } from '../../src/rules/structure/missing-cost';
import { rule as valueMissing } from '../../src/rules/structure/value-missing';
import { RULES } from '../../src/rules/registry';
import { runRules } from '../../src/rules/engine';
import { selectRules } from '../../src/rules/select';
import { hintFor } from '../../src/rules/hints';
import type { Form } from '../../src/model/form';
import { form, funds, goal, parser, runRule, table, testRule, type FundsRow } from './helpers';
import { rows000, rows002, yanchengProject } from './seed-forms';

testRule(zeroTarget, {
  valid: [
    { name: '000 whole table (现代快报宣传费 =0万元 half, =10万元 full)', form: yanchengProject() },
    {
      name: 'an accident count kept at zero',
      form: rows000(70, [['产出指标', '数量指标', '安全事故发生次数', '=0次', '=0次']]),
    },
    {
      name: 'an ecological cost counted in events, kept at zero (not money)',
      form: rows000(12, [['成本指标', '生态环境成本指标', '施工期环境污染事件发生次数', '', '=0次']]),
    },
    {
      name: '≥0 is expr.vacuous’s',
      form: rows000(52, [['产出指标', '成本指标', '残疾人就业保障金', '≥0万元', '≥0万元']]),
    },
  ],
  invalid: [
    {
      name: 'a cost at =0万元 in both periods',
      form: rows000(54, [['产出指标', '成本指标', '党建廉政宣传费', '=0万元', '=0万元']]),
      cells: ['E54'],
      message: /成本指标“党建廉政宣传费”.*零/,
    },
    {
      name: '002 layout: a quantity at =0人次',
      form: rows002(227, [['产出指标', '数量指标', '培训人次', '参加培训的人次', '=0人次', '计划标准']]),
      cells: ['E227'],
      message: /数量指标/,
    },
    {
      name: '成本 as 一级 (05 奉节 layout): ≤0万元',
      form: rows000(12, [['成本指标', '经济成本指标', '设备采购成本', '', '≤0万元']]),
      cells: ['E12'],
    },
  ],
});

testRule(deadlineValue, {
  valid: [
    { name: '000 whole table (处理时限 ≤5工作日, 服务期限 =12月)', form: yanchengProject() },
    {
      name: '项目完成时间 ≤2025年12月',
      form: rows000(30, [['产出指标', '时效指标', '项目完成时间', '≤2025年6月', '≤2025年12月']]),
    },
    {
      name: '按时完成率 100% (a share)',
      form: rows000(30, [['产出指标', '时效指标', '项目按时完成率', '=100%', '=100%']]),
    },
    { name: '处理时限(天) 5', form: rows000(30, [['产出指标', '时效指标', '投诉处理时限(天)', '≤5', '≤5']]) },
  ],
  invalid: [
    {
      name: '项目完成时间 100%',
      form: rows002(231, [['产出指标', '时效指标', '项目完成时间', '按期完成', '100%', '计划标准']]),
      cells: ['E231'],
      message: /完成日期/,
    },
    {
      name: '工单处理时限 ≤5%',
      form: rows000(77, [['产出指标', '时效指标', '工单处理时限', '≤5%', '≤5工作日']]),
      cells: ['D77'],
      message: /时长/,
    },
    {
      name: '截止时间 12 (a bare number)',
      form: rows002(231, [['产出指标', '时效指标', '资金拨付截止时间', '', '12', '']]),
      cells: ['E231'],
    },
  ],
});

testRule(valueMissing, {
  valid: [
    {
      name: '000 决策 rows with 定性 values',
      form: rows000(33, [['决策', '项目立项', '立项依据充分性', '充分', '充分']]),
    },
  ],
  invalid: [
    {
      name: '定性 row with no value at all',
      form: rows000(33, [['决策', '项目立项', '立项依据充分性', '', '']]),
      cells: ['D33'],
    },
    {
      name: '03 沅州: 效益 rows with a name and nothing else',
      form: rows002(17, [['效益指标', '经济效益指标', '增加就业机会,提高农民收入。', '', '', '']]),
      cells: ['E17'],
    },
  ],
});

/** 资金总额 (全年) in 万元 on row 5. */
function withFunds(total: string, indicators: Form['indicators'], lines: FundsRow[] = []): Form {
  return form({
    year: 2022,
    funds: funds(5, { 全年: 'C' }, [{ key: 'total', label: '资金总额', amounts: { 全年: total } }, ...lines]),
    indicators,
  });
}

const subsidyRows = (people: string) =>
  table({
    cols: ['level1', 'level2', 'level3', 'value:全年'],
    row: 20,
    rows: [
      ['产出指标', '数量指标', '受益人数', people],
      ['', '成本指标', '人均补助标准', '≤500元/人'],
      ['', '', '会议人均经费', '≤300元/人*天'],
    ],
  });

testRule(perUnitFunds, {
  valid: [
    { name: '500元/人 × 1000人 = 50万元 ≤ 100万元', form: withFunds('100', subsidyRows('≥1000人')) },
    { name: '500元/人 × 2000人 = 100万元 (equal)', form: withFunds('100', subsidyRows('≥2000人')) },
    { name: 'no funds block', form: form({ indicators: subsidyRows('≥3000人') }) },
    {
      name: '000 会议人均经费 ≤300元/人*天 is per day, not per person',
      form: withFunds('1003.82', yanchengProject().indicators),
    },
  ],
  invalid: [
    {
      name: '500元/人 × 3000人 = 150万元 > 100万元',
      form: withFunds('100', subsidyRows('≥3000人')),
      cells: ['D21'],
      message: /150万元.*100万元/,
    },
  ],
});

testRule(lineRepeatsTotal, {
  valid: [
    {
      name: 'tasks 300 + 200 = 500',
      form: withFunds(
        '500',
        [],
        [
          { key: 'projectLine', label: '任务一', parent: 'total', amounts: { 全年: '300' } },
          { key: 'projectLine', label: '任务二', parent: 'total', amounts: { 全年: '200' } },
        ],
      ),
    },
    {
      name: 'one task alone carries the whole total',
      form: withFunds('500', [], [{ key: 'projectLine', label: '任务一', parent: 'total', amounts: { 全年: '500' } }]),
    },
  ],
  invalid: [
    {
      name: 'task 一 repeats 资金总额 500 beside task 二 200',
      form: withFunds(
        '500',
        [],
        [
          { key: 'projectLine', label: '任务一', parent: 'total', amounts: { 全年: '500' } },
          { key: 'projectLine', label: '任务二', parent: 'total', amounts: { 全年: '200' } },
        ],
      ),
      cells: ['C6'],
      message: /任务一.*与资金总额相同/,
    },
  ],
});

test('total.sum leaves a repeated total to total.line-repeats-total (one finding)', () => {
  const f = withFunds(
    '500',
    [],
    [
      { key: 'projectLine', label: '任务一', parent: 'total', amounts: { 全年: '500' } },
      { key: 'projectLine', label: '任务二', parent: 'total', amounts: { 全年: '200' } },
    ],
  );
  expect(runRule(totalSum, f)).toEqual([]);
  const g = withFunds(
    '500',
    [],
    [
      { key: 'projectLine', label: '任务一', parent: 'total', amounts: { 全年: '400' } },
      { key: 'projectLine', label: '任务二', parent: 'total', amounts: { 全年: '200' } },
    ],
  );
  expect(runRule(totalSum, g).map((x) => x.cell)).toEqual(['C5']);
});

const cols4 = ['level1', 'level2', 'level3', 'value:全年'] as const;

testRule(missingLevel1, {
  valid: [
    { name: '000 whole table', form: yanchengProject() },
    {
      name: 'a department form (履职 stands for 产出)',
      form: rows000(
        20,
        [
          ['履职', '职能1', '归集住房公积金', '≥50亿元', '≥100亿元'],
          ['满意度', '服务对象满意度', '缴存职工满意度', '≥90%', '≥90%'],
        ],
        'department',
      ),
    },
    {
      name: 'a table cut off after 产出 (not judged)',
      form: rows000(20, [['产出指标', '数量指标', '培训人次', '≥500人次', '≥1000人次']]),
    },
  ],
  invalid: [
    {
      name: 'a project form with 产出 and 满意度 but no 效益',
      form: form({
        indicators: table({
          cols: [...cols4],
          row: 10,
          rows: [
            ['产出指标', '数量指标', '开展小型水利工程建设', '≥1个'],
            ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
          ],
        }),
      }),
      cells: ['A10'],
      message: /没有效益指标/,
    },
    {
      name: 'a project form with 效益 and 满意度 but no 产出',
      form: form({
        indicators: table({
          cols: [...cols4],
          row: 10,
          rows: [
            ['效益指标', '社会效益指标', '群众咨询问题便捷性', '提高'],
            ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
          ],
        }),
      }),
      cells: ['A10'],
      message: /没有产出指标/,
    },
  ],
});

/** 04 荣昌: 一级 | 二级 | 三级 | 计量单位 | 指标性质 | 指标值. */
function rongchang(rows: string[][]): Form {
  return form({
    roles: ['level1', 'level2', 'level3', 'unit', 'operator', 'value'],
    indicators: table({ cols: ['level1', 'level2', 'level3', 'unit', 'operator', 'value:全年'], row: 16, rows }),
  });
}

testRule(missingCost, {
  valid: [
    { name: '000 (no 指标性质 column, 成本 under 产出)', form: yanchengProject() },
    {
      name: '2021 layout with an economic cost',
      form: rongchang([
        ['产出指标', '数量指标', '绿化美化公路', '米', '=', '3500'],
        ['成本指标', '经济成本指标', '苗木采购成本', '万元', '≤', '20'],
      ]),
    },
  ],
  invalid: [
    {
      name: '04 荣昌: 指标性质 column, no cost indicator',
      form: rongchang([
        ['产出指标', '数量指标', '绿化美化公路', '米', '=', '3500'],
        ['', '质量指标', '树木成活率', '%', '≥', '85'],
      ]),
      cells: ['A16'],
    },
  ],
});

/** 003 履职 rows under the 年度目标 “发放住房公积金贷款50亿元”. */
function yancheng003(loans: string): Form {
  return form({
    kind: 'department',
    goals: [goal('annual', 'A10', '年度目标', 'B10', '全年归集住房公积金100亿元，发放住房公积金贷款50亿元。')],
    indicators: table({
      cols: ['level1', 'level2', 'level3', 'value:半年', 'value:全年'],
      row: 61,
      rows: [
        ['履职', '职能1', '提取住房公积金', '≥35亿元', '≥70亿元'],
        ['', '', '归集住房公积金', '≥50亿元', '≥100亿元'],
        ['', '', '发放住房公积金贷款', '≥25亿元', loans],
        ['效益', '经济效益', '职工通过公积金贷款节约利息支出', '≥1500万元', '≥3000万元'],
      ],
    }),
  });
}

testRule(goalNumbers, {
  valid: [{ name: '003: 发放贷款 50亿元 is not 提取 70亿元 nor 节约利息 3000万元', form: yancheng003('≥50亿元') }],
  invalid: [
    {
      name: '003 with 发放住房公积金贷款 ≥45亿元',
      form: yancheng003('≥45亿元'),
      cells: ['E63'],
      message: /发放住房公积金贷款50亿元/,
    },
  ],
});

describe('hints from the indicator’s meaning (hints.ts)', () => {
  test.each([
    ['服务周期', null, '天', '≤'],
    ['受益人数', null, '人', '≥'],
    ['物业服务面积（含各管理部）', null, '平方米', '≥'],
    ['验收合格率', null, '%', '≥'],
    ['客服投诉率', null, '%', '≤'],
    ['日常办公成本', null, '万元', '≤'],
    ['受训人均成本', null, '元/人', '≤'],
    ['镇街补助款完成结算项目数', null, '个', '≥'],
    ['实施营造林总面积(亩)', null, '亩', '≥'],
    ['项目总投入(≥**万元)', null, '万元', '≥'],
    ['维保维护', 'cost', '万元', '≤'],
  ])('%s (二级 %s) → %s, %s', (name, level2, unit, op) => {
    const hint = hintFor(name, level2);
    expect(hint?.units[0]).toBe(unit);
    expect(hint?.ops[0]).toBe(op);
  });

  test('a name that says nothing gets no hint', () => {
    expect(hintFor('开展工作', null)).toBeNull();
  });

  test('服务周期 180: one finding, “≤180天”, no “180%”“180万元”', () => {
    const f = rows002(212, [['产出指标', '时效指标', '服务周期', '', '180', '']]);
    const found = runRules([f], selectRules(RULES, { only: ['expr'] }), { parse: parser() });
    expect(found.map((x) => x.rule)).toEqual(['expr.operator-missing']);
    expect(found[0].suggestion).toContain('≤180天');
    expect(found[0].message + (found[0].suggestion ?? '')).not.toMatch(/180%|180万元/);
  });

  test('改造数 ≥4 → “≥4个”', () => {
    const f = rows000(47, [['产出指标', '数量指标', '县区管理部大厅自助服务区改造数', '≥4', '≥2']]);
    const found = runRule(unitMissing, f);
    expect(found.map((x) => [x.cell, x.also, x.suggestion])).toEqual([
      ['D47', ['E47'], '按指标含义补上单位，写成“≥4个”。'],
    ]);
  });

  test('受训人均成本 430元/人 → “≤430元/人”', () => {
    const found = runRule(
      operatorMissing,
      rows002(233, [['产出指标', '成本指标', '受训人均成本', '', '430 元/人', '']]),
    );
    expect(found[0].suggestion).toBe('按指标含义写成“≤430元/人”或“=430元/人”。');
  });
});

describe('one root cause, one finding (engine)', () => {
  const all = () => selectRules(RULES);

  test('000 as extracted: a row slid one column left gives only structure.row-shifted on that row', () => {
    const f = yanchengProject();
    f.indicators = f.indicators.map((n) =>
      n.level2?.text === '维保维护费用' && n.row === 64
        ? {
            ...n,
            level3: { text: '≤20万元', address: 'C64' },
            values: { 半年: { text: '≤54.95万元', address: 'D64' }, 全年: { text: '', address: 'E64' } },
          }
        : n,
    );
    const found = runRules([f], all(), { parse: parser() });
    const row64 = found.filter((x) => /\D64$/.test(x.cell));
    expect(row64.map((x) => x.rule)).toEqual(['structure.row-shifted']);
    expect(
      found.filter((x) => x.rule === 'structure.missing-standard' || x.rule === 'structure.level3-missing'),
    ).toEqual([]);
  });

  test('the same value typed in 半年 and 全年 is one finding naming both cells', () => {
    const f = rows000(20, [['产出指标', '质量指标', '住房公积金网厅办结率', '100%', '100%']]);
    const found = runRules([f], selectRules(RULES, { only: ['expr'] }), { parse: parser() });
    expect(found.map((x) => [x.rule, x.cell, x.also])).toEqual([['expr.operator-missing', 'D20', ['E20']]]);
  });

  test('fixable findings on one row are one finding whose fix writes each cell (one step)', () => {
    const f = rows000(32, [['过程', '预算执行', '非税收入预算完成率', '＝100%', '＝100%']], 'department');
    const found = runRules([f], selectRules(RULES, { only: ['expr.fullwidth'] }), { parse: parser() });
    expect(found.map((x) => [x.cell, x.also, x.fix])).toEqual([
      [
        'D32',
        ['E32'],
        { cell: 'D32', text: '=100%', more: [{ cell: 'E32', text: '=100%' }], summary: '把D32、E32改为“=100%”' },
      ],
    ]);
  });

  test('a typing habit (＝ all over the form) is one finding per form, its fix writing every cell in one step', () => {
    const f = rows000(
      79,
      [
        ['产出指标', '质量指标', '跨省通办和长三角一体化业务办理率', '＝100%', '＝100%'],
        ['', '', '数字签名、身份认证准确率', '＝100%', '＝100%'],
        ['', '数量指标', '召开委托银行考核会议', '＝2次', '＝4次'],
        ['', '', '在线服务渠道', '=8个', '=8个'],
      ],
      'department',
    );
    const found = runRules([f], selectRules(RULES, { only: ['expr.fullwidth'] }), { parse: parser() });
    expect(found).toHaveLength(1);
    expect(found[0].cell).toBe('D79');
    expect(found[0].also).toEqual(['E79', 'D80', 'E80', 'D81', 'E81']);
    expect(found[0].message).toContain('表中共 6 个单元格如此：D79、E79、D80、E80、D81、E81');
    expect(found[0].fix?.more).toEqual([
      { cell: 'E79', text: '=100%' },
      { cell: 'D80', text: '=100%' },
      { cell: 'E80', text: '=100%' },
      { cell: 'D81', text: '=2次' },
      { cell: 'E81', text: '=4次' },
    ]);
  });

  test('different fixes on one row: each cell gets its own text', () => {
    const f = rows000(100, [['履职', '职能1', '召开委托银行考核会议', '＝2次', '＝4次']], 'department');
    const found = runRules([f], selectRules(RULES, { only: ['expr.fullwidth'] }), { parse: parser() });
    expect(found.map((x) => x.fix)).toEqual([
      {
        cell: 'D100',
        text: '=2次',
        more: [{ cell: 'E100', text: '=4次' }],
        summary: '把D100、E100分别改为“=2次”、“=4次”',
      },
    ]);
  });
});

describe('numbers typed as Excel numbers', () => {
  test('a % formatted number (0.95 shown as 95%) needs an operator, and the cell has to become text', () => {
    const f = rows000(18, [['产出指标', '质量指标', '重要设备维修维保验收合格率', '', '']]);
    f.indicators[0].values['全年'] = { text: '95%', value: 0.95, address: 'E18' };
    const found = runRule(operatorMissing, f);
    expect(found.map((x) => x.cell)).toEqual(['E18']);
    expect(found[0].suggestion).toContain('“≥95%”');
    expect(found[0].suggestion).toContain('0.95');
    expect(found[0].suggestion).toContain('文本格式');
  });

  test('a number cell under 数量 (03 沅州 80000 亩)', () => {
    const f = rows000(10, [['产出指标', '数量指标', '实施营造林总面积(亩)', '', '']]);
    f.indicators[0].values['全年'] = { text: '80000', value: 80000, address: 'E10' };
    const found = runRule(operatorMissing, f);
    expect(found[0].suggestion).toBe(
      '按指标含义写成“≥80000”。这个单元格是数字格式，请先把它设为文本格式再写比较符号。',
    );
  });
});

/** A project form whose 年度目标 speaks of 培训 and 贷款, with the indicators it names. */
function goalForm(goalText: string, rows: string[][]): Form {
  return form({
    goals: [goal('annual', 'A8', '年度目标', 'B8', goalText)],
    indicators: table({ cols: [...cols4], row: 20, rows }),
  });
}

testRule(goalNumbers, {
  valid: [
    {
      name: '发放贷款50亿元 vs 提取 ≥70亿元: different things, nothing compared',
      form: goalForm('全年发放贷款50亿元。', [['产出指标', '数量指标', '提取住房公积金', '≥70亿元']]),
    },
    {
      name: '培训 9万人 vs 培训人数 90000人 agree',
      form: goalForm('全年培训9万人，群众满意度达到90%以上。', [['产出指标', '数量指标', '培训人数', '=90000人']]),
    },
    {
      name: '培训 8万人 vs 培训天数 ≤5天: another unit, nothing compared',
      form: goalForm('全年培训8万人。', [['产出指标', '时效指标', '培训天数', '≤5天']]),
    },
    {
      name: '培训 8万人 named whole by two indicators (培训人数, 培训人员合格人数): ambiguous, nothing compared',
      form: goalForm('全年培训8万人。', [
        ['产出指标', '数量指标', '培训人数', '=90000人'],
        ['', '质量指标', '培训合格人数', '≥85000人'],
      ]),
    },
  ],
  invalid: [
    {
      name: '培训 8万人 vs 培训人数 90000人',
      form: goalForm('全年培训8万人。', [['产出指标', '数量指标', '培训人数', '=90000人']]),
      cells: ['D20'],
      message: /培训8万人.*培训人数.*=90000人/,
    },
  ],
});
