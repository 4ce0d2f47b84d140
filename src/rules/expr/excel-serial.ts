import { diagnosticRule } from './diagnostic-rule';

export const rule = diagnosticRule('expr.excel-serial', {
  severity: 'error',
  description: '指标值是Excel日期序列号（如 44561），日期单元格被当成了数字。',
  good: [{ indicator: '完成时间', text: '2021年12月31日前' }],
  bad: [{ indicator: '完成时间', text: '44561' }],
});
