import { rule as perUnit } from '../../src/rules/consistency/per-unit-periods';
import { rule as cumulative } from '../../src/rules/consistency/cumulative-periods';
import { rule as goalYear } from '../../src/rules/consistency/goal-year';
import { form, goal, testRule } from './helpers';
import { rows000, yanchengProject } from './seed-forms';

testRule(perUnit, {
  valid: [
    { name: '000 whole table apart from 视频会议 (row 48)', form: rows000(45, [['过程', '组织实施', '综合服务平台外包人均成本', '=6.03万元/年', '=6.03万元/年'], ['产出指标', '成本指标', '会议人均经费', '≤300元/人*天', '≤300元/人*天'], ['', '', '帮扶创文资金', '≤20万元', '≤60万元']]) },
    { name: '000 物业服务面积 equal', form: rows000(65, [['产出指标', '数量指标', '物业服务面积（含各管理部）', '≥13915平方米', '≥13915平方米']]) },
  ],
  invalid: [{ name: '000 月租金 =1.146 vs =1.416', form: yanchengProject(), cells: ['D48'], message: /1\.146/ }],
});

testRule(cumulative, {
  valid: [
    { name: '000 whole table', form: yanchengProject() },
    { name: '003 增值收益 ≤1.5亿元 / =3.37亿元', form: rows000(105, [['效益', '经济效益', '增值收益', '≤1.5亿元', '＝3.37亿元']], 'department') },
    { name: '003 重点工作完成率 ≥50% / =100%', form: rows000(59, [['履职', '职能1', '重点工作完成率', '≥50%', '＝100%']], 'department') },
  ],
  invalid: [{ name: 'half-year count above full-year', form: rows000(62, [['产出指标', '数量指标', '参加培训人次', '≥1000人次', '≥500人次']]), cells: ['D62'] }],
});

testRule(goalYear, {
  valid: [
    { name: '004 锡山 2024', form: form({ year: 2024, goals: [goal('annual', 'A305', '年度目标', 'C305', '2024年计划归集公积金 21亿元，新增开户职工1.85万人')] }) },
    { name: 'no year named', form: form({ year: 2024, goals: [goal('annual', 'A305', '年度目标', 'C305', '归集住房公积金20亿元')] }) },
    { name: 'names the year and a base year', form: form({ year: 2024, goals: [goal('annual', 'A305', '年度目标', 'C305', '2024年归集额较2023年增长5%')] }) },
    { name: '中长期 names later years', form: form({ year: 2022, goals: [goal('longTerm', 'A22', '中长期目标', 'B22', '2026年底归集余额达294亿元')] }) },
  ],
  invalid: [{ name: '004 惠山 2023 text in a 2024 form', form: form({ year: 2024, goals: [goal('annual', 'A370', '年度目标', 'B370', '2023年计划归集公积金19.5亿元；提取住房公积金17亿元')] }), cells: ['B370'], message: /2023/ }],
});
