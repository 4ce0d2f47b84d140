import { diagnosticRule } from './diagnostic-rule';

export const rule = diagnosticRule('expr.range-reversed', {
  severity: 'warning',
  description: '区间的下限大于上限（如“90%-80%”）。',
  good: [{ indicator: '出栏率', text: '80%-90%' }],
  bad: [{ indicator: '出栏率', text: '90%-80%' }],
});
