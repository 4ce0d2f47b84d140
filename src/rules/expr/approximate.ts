import { diagnosticRule } from './diagnostic-rule';

/** `90%左右` cannot be assessed; `不低于90%` has a certain fix (≥90%). */
export const rule = diagnosticRule('expr.approximate', {
  severity: 'warning',
  description: '指标值是约数或文字表述（左右、约、不低于……），应写成明确的比较符号和数值。',
  good: [{ indicator: '个贷率', text: '≤90%' }],
  bad: [
    { indicator: '个贷率', text: '90%左右' },
    { indicator: '短信发送及时性', text: '误差不超过二天' },
  ],
  fixable: true,
});
