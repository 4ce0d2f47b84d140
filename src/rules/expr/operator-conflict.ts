import { diagnosticRule } from './diagnostic-rule';

export const rule = diagnosticRule('expr.operator-conflict', {
  severity: 'warning',
  description: '比较符号与文字的方向相反（如“≥90%以下”）。',
  good: [{ indicator: '故障率', text: '≤5%' }],
  bad: [{ indicator: '故障率', text: '≥5%以下' }],
});
