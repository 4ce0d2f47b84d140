import { diagnosticRule } from './diagnostic-rule';
import { dateRow } from './values';

/**
 * Only where a date is asked for (时效, 完成时间 …): under 受益人数 the same 45321 is a count, and
 * expr.operator-missing says what it lacks.
 */
export const rule = diagnosticRule(
  'expr.excel-serial',
  {
    severity: 'error',
    description: '指标值是Excel日期序列号（如 44561），日期单元格被当成了数字。',
    good: [
      { indicator: '完成时间', text: '2021年12月31日前' },
      { indicator: '数量指标 | 受益人数', text: '≥45321人' },
    ],
    bad: [{ indicator: '完成时间', text: '44561' }],
  },
  (v) => dateRow(v),
);
