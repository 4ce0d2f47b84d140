import { diagnosticRule } from './diagnostic-rule';

export const rule = diagnosticRule('expr.operator-variant', {
  severity: 'info',
  description: '比较符号不是标准写法（如 ≧、≦、=>），可一键改为 ≥、≤。',
  good: [{ indicator: '覆盖率', text: '≥90%' }],
  bad: [{ indicator: '覆盖率', text: '≧90%' }],
  fixable: true,
  perForm: true,
  mechanical: true,
});
