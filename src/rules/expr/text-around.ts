import { diagnosticRule } from './diagnostic-rule';

export const rule = diagnosticRule('expr.text-around', {
  severity: 'warning',
  description: '指标值单元格里夹有文字（如“满意率≥90%”），应只填比较符号、数值和单位。',
  good: [{ indicator: '群众满意度', text: '≥90%' }],
  bad: [{ indicator: '群众满意度', text: '满意率≥90%' }],
  fixable: true,
});
