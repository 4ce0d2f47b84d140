import { rule as nonDecreasing } from '../../src/rules/plan/non-decreasing';
import { rule as reachesFull } from '../../src/rules/plan/reaches-full';
import { cell, form, plan, testRule } from './helpers';

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
  ],
});
