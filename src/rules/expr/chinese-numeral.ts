import { diagnosticRule } from './diagnostic-rule';

export const rule = diagnosticRule('expr.chinese-numeral', {
  severity: 'info',
  description: '数值用了汉字（如“二天”），应改用阿拉伯数字。',
  good: [{ indicator: '处理时限', text: '≤2天' }],
  bad: [{ indicator: '处理时限', text: '≤二天' }],
  fixable: true,
});
