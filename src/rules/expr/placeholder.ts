import { diagnosticRule } from './diagnostic-rule';

export const rule = diagnosticRule('expr.placeholder', {
  severity: 'error',
  description: '指标值仍是模板占位符（如“≥**%”）。',
  good: [{ indicator: '验收合格率', text: '≥95%' }],
  bad: [{ indicator: '验收合格率', text: '≥**%' }],
});
