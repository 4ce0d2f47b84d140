import { rule as perUnit } from '../../src/rules/consistency/per-unit-periods';
import { rule as cumulative } from '../../src/rules/consistency/cumulative-periods';
import { rule as goalYear } from '../../src/rules/consistency/goal-year';
import { rule as goalNumbers } from '../../src/rules/consistency/goal-numbers';
import { form, goal, table, testRule } from './helpers';
import { rows000, yanchengProject } from './seed-forms';

testRule(perUnit, {
  valid: [
    {
      name: '000 whole table apart from 视频会议 (row 48)',
      form: rows000(45, [
        ['过程', '组织实施', '综合服务平台外包人均成本', '=6.03万元/年', '=6.03万元/年'],
        ['产出指标', '成本指标', '会议人均经费', '≤300元/人*天', '≤300元/人*天'],
        ['', '', '帮扶创文资金', '≤20万元', '≤60万元'],
      ]),
    },
    {
      name: '000 物业服务面积 equal',
      form: rows000(65, [['产出指标', '数量指标', '物业服务面积（含各管理部）', '≥13915平方米', '≥13915平方米']]),
    },
  ],
  invalid: [{ name: '000 月租金 =1.146 vs =1.416', form: yanchengProject(), cells: ['D48'], message: /1\.146/ }],
});

testRule(cumulative, {
  valid: [
    { name: '000 whole table', form: yanchengProject() },
    {
      name: '003 增值收益 ≤1.5亿元 / =3.37亿元',
      form: rows000(105, [['效益', '经济效益', '增值收益', '≤1.5亿元', '＝3.37亿元']], 'department'),
    },
    {
      name: '003 重点工作完成率 ≥50% / =100%',
      form: rows000(59, [['履职', '职能1', '重点工作完成率', '≥50%', '＝100%']], 'department'),
    },
  ],
  invalid: [
    {
      name: 'half-year count above full-year',
      form: rows000(62, [['产出指标', '数量指标', '参加培训人次', '≥1000人次', '≥500人次']]),
      cells: ['D62'],
    },
  ],
});

testRule(goalYear, {
  valid: [
    {
      name: '004 锡山 2024',
      form: form({
        year: 2024,
        goals: [goal('annual', 'A305', '年度目标', 'C305', '2024年计划归集公积金 21亿元，新增开户职工1.85万人')],
      }),
    },
    {
      name: 'no year named',
      form: form({ year: 2024, goals: [goal('annual', 'A305', '年度目标', 'C305', '归集住房公积金20亿元')] }),
    },
    {
      name: 'names the year and a base year',
      form: form({ year: 2024, goals: [goal('annual', 'A305', '年度目标', 'C305', '2024年归集额较2023年增长5%')] }),
    },
    {
      name: '中长期 names later years',
      form: form({ year: 2022, goals: [goal('longTerm', 'A22', '中长期目标', 'B22', '2026年底归集余额达294亿元')] }),
    },
  ],
  invalid: [
    {
      name: '004 惠山 2023 text in a 2024 form',
      form: form({
        year: 2024,
        goals: [goal('annual', 'A370', '年度目标', 'B370', '2023年计划归集公积金19.5亿元；提取住房公积金17亿元')],
      }),
      cells: ['B370'],
      message: /2023/,
    },
  ],
});

// 004 本级: 年度目标 and the 履职 values (全年) as printed — they agree (9万人 = 90000人).
const wuxiGoal = (text: string) => [goal('annual', 'A63', '年度目标', 'C63', text)];
const wuxiDuty = (full: string[]) =>
  table({
    cols: ['level1', 'level2', 'level3', 'value:半年', 'value:全年'],
    row: 97,
    col: 'A',
    rows: [
      ['履职', '编制执行住房公积金的归集、使用计划', '归集住房公积金金额', '=70亿元', full[0]],
      ['', '负责记载职工住房公积金的缴存、提取、使用情况', '新增开户职工人数', '=40000人', full[1]],
      ['', '负责住房公积金的核算', '提取住房公积金金额', '=55亿元', full[2]],
      ['', '负责住房公积金的保值和归还', '发放住房公积金贷款', '=18亿元', full[3]],
    ],
  });
const WUXI_GOAL =
  '2024年市本级计划归集住房公积金149亿元；提取住房公积金115亿元；新增职工9万人；发放住房公积金贷款36亿元。';

testRule(goalNumbers, {
  valid: [
    {
      name: '004 本级 as printed',
      form: form({
        year: 2024,
        kind: 'department',
        goals: wuxiGoal(WUXI_GOAL),
        indicators: wuxiDuty(['=149亿元', '=90000人', '=115亿元', '=36亿元']),
      }),
    },
    {
      name: 'goal without numbers',
      form: form({
        year: 2024,
        goals: wuxiGoal('保障单位正常运转。'),
        indicators: wuxiDuty(['=149亿元', '=90000人', '=115亿元', '=36亿元']),
      }),
    },
    {
      name: 'unrelated indicator names are not compared',
      form: form({
        year: 2024,
        goals: wuxiGoal('培训职工200人次'),
        indicators: wuxiDuty(['=149亿元', '=90000人', '=115亿元', '=36亿元']),
      }),
    },
  ],
  invalid: [
    {
      name: '新增职工8万人 vs =90000人',
      form: form({
        year: 2024,
        goals: wuxiGoal(WUXI_GOAL.replace('9万人', '8万人')),
        indicators: wuxiDuty(['=149亿元', '=90000人', '=115亿元', '=36亿元']),
      }),
      cells: ['E98'],
      message: /8万人/,
    },
    {
      name: '发放贷款 36亿元 vs =30亿元',
      form: form({
        year: 2024,
        goals: wuxiGoal(WUXI_GOAL),
        indicators: wuxiDuty(['=149亿元', '=90000人', '=115亿元', '=30亿元']),
      }),
      cells: ['E100'],
    },
  ],
});

// 001-style 中期 and 年度 blocks side by side: one node per block on the same sheet row.
const sideBySide = (mid: [string, string][], year: [string, string][]) =>
  form({
    periods: ['中期', '年度'],
    indicators: [
      ...table({
        cols: ['level1', 'level2', 'level3', 'value:中期'],
        row: 10,
        col: 'B',
        block: '中期',
        rows: mid.map(([name, v], i) => [i === 0 ? '产出指标' : '', i === 0 ? '数量指标' : '', name, v]),
      }),
      ...table({
        cols: ['level2', 'level3', 'value:年度'],
        row: 10,
        col: 'F',
        block: '年度',
        rows: year.map(([name, v], i) => [i === 0 ? '数量指标' : '', name, v]),
      }),
    ],
  });

testRule(cumulative, {
  valid: [
    {
      name: '001 举办培训次数 ≥6次 / ≥2次',
      form: sideBySide([['举办服务礼仪、业务培训等次数', '≥6次']], [['举办服务礼仪、业务培训等次数', '≥2次']]),
    },
  ],
  invalid: [
    {
      name: '年度 block above 中期 on the same row',
      form: sideBySide([['走访企业户数', '≥2000户']], [['走访企业户数', '≥6000户']]),
      cells: ['H10'],
    },
  ],
});

testRule(perUnit, {
  valid: [
    {
      name: '001 12329短信费用 ≤0.06元/条 in both blocks',
      form: sideBySide([['12329短信费用', '≤0.06元/条']], [['12329短信费用', '≤0.06元/条']]),
    },
  ],
  invalid: [
    {
      name: '单价 differs between the blocks',
      form: sideBySide([['12329短信单价', '≤0.06元/条']], [['12329短信单价', '≤0.08元/条']]),
      cells: ['H10'],
    },
  ],
});
