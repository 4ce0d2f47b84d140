import { diagnosticRule } from './diagnostic-rule';

export const rule = diagnosticRule('expr.unparsed', {
  severity: 'warning',
  description: '指标值是一段说明文字，无法识别为目标值。',
  good: [{ indicator: '成本指标', text: '≤25万元' }],
  bad: [{ indicator: '成本指标', text: '按照文件规定采购限额，不超过年度预算批复总金额' }],
});
