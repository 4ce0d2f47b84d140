import { diagnosticRule } from './diagnostic-rule';

/** Accepted by reviewers, so only info; the fix is certain (＝100% → =100%). */
export const rule = diagnosticRule('expr.fullwidth', {
  severity: 'info',
  description: '指标值使用了全角符号或数字（可一键改为半角）。',
  good: [{ indicator: '预算执行率', text: '=100%' }],
  bad: [{ indicator: '预算执行率', text: '＝100%' }],
  fixable: true,
  perForm: true,
  mechanical: true,
});
