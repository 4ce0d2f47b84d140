import { diagnosticRule } from './diagnostic-rule';

export const rule = diagnosticRule('expr.latex', {
  severity: 'info',
  description: '指标值含有公式排版残留（如“$\\geq 85\\%$”），可一键改为“≥85%”。',
  good: [{ indicator: '业务办理满意度', text: '≥85%' }],
  bad: [{ indicator: '业务办理满意度', text: '$\\geq 85\\%$' }],
  fixable: true,
  perForm: true,
  mechanical: true,
});
