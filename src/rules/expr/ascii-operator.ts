import { diagnosticRule } from './diagnostic-rule';

export const rule = diagnosticRule('expr.ascii-operator', {
  severity: 'info',
  description: '比较符号写成了 >= 或 <=（可一键改为 ≥、≤）。',
  good: [{ indicator: '验收合格率', text: '≥98%' }],
  bad: [{ indicator: '验收合格率', text: '>=98%' }],
  fixable: true,
  perForm: true,
  mechanical: true,
});
