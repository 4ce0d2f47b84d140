import { diagnosticRule } from './diagnostic-rule';

export const rule = diagnosticRule('expr.range-units', {
  severity: 'warning',
  description: '区间两端的单位不一致。',
  good: [{ indicator: '补助标准', text: '300-500元' }],
  bad: [{ indicator: '补助标准', text: '300元-5万人' }],
});
