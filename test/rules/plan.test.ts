import { rule as nonDecreasing } from '../../src/rules/plan/non-decreasing';
import { rule as reachesFull } from '../../src/rules/plan/reaches-full';
import { cell, form, funds, plan, testRule } from './helpers';
import type { PlanPoint } from '../../src/model/form';

/** A schedule typed as xlsx numbers (资金支出计划（万元）: amounts, not percentages). */
const amounts = (values: number[]): PlanPoint[] =>
  ['3月底', '6月底', '10月底', '12月底'].map((label, i) => ({
    label: cell(`${'BCDE'[i]}10`, label),
    value: { text: String(values[i]), value: values[i], address: `${'BCDE'[i]}11` },
  }));
const total600 = funds(5, { 全年: 'C' }, [{ key: 'total', label: '资金总额', amounts: { 全年: 600 } }]);

// 002 张家口 schedules: labels on row 10 (B..E), values on row 11.
const good = [
  { name: '宣传费 10/30/60/100', form: form({ plan: plan(10, ['10%', '30%', '60%', '100%']) }) },
  { name: '网络租赁 blank/20/50/100', form: form({ plan: plan(10, [null, '20%', '50%', '100%']) }) },
  { name: '培训费: 100% by 6月底', form: form({ plan: plan(10, [null, '100%', null, null]) }) },
  { name: '法律顾问: no schedule filled', form: form({ plan: plan(10, [null, null, null, null]) }) },
  { name: 'no schedule at all', form: form({}) },
  {
    name: 'xlsx %-formatted fractions',
    form: form({
      plan: [
        { label: cell('B10', '6月底'), value: { text: '0.5', value: 0.5, address: 'C11' } },
        { label: cell('C10', '12月底'), value: { text: '1', value: 1, address: 'E11' } },
      ],
    }),
  },
  // before: 120 / 300 / 450 / 600 were read as percentages, and 600 "exceeded 100%"
  {
    name: 'amounts (万元) reaching the total 600',
    form: form({ plan: amounts([120, 300, 450, 600]), funds: total600 }),
  },
  { name: 'amounts with no total to compare: not judged', form: form({ plan: amounts([120, 300, 450, 500]) }) },
];

testRule(nonDecreasing, {
  valid: good,
  invalid: [
    { name: 'decreasing at 10月底', form: form({ plan: plan(10, ['10%', '50%', '40%', '100%']) }), cells: ['D11'] },
  ],
});

testRule(reachesFull, {
  valid: good,
  invalid: [
    {
      name: '002 办公家具: ends at 80%',
      form: form({ plan: plan(10, [null, '50%', '80%', null]) }),
      cells: ['D11'],
      message: /80%/,
    },
    { name: 'over 100%', form: form({ plan: plan(10, ['10%', '50%', '80%', '110%']) }), cells: ['E11'] },
    {
      name: 'amounts ending below the total (500 of 600)',
      form: form({ plan: amounts([120, 300, 450, 500]), funds: total600 }),
      cells: ['E11'],
    },
  ],
});
