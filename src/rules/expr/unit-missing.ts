import { isRateName } from '../names';
import { diagnosticRule } from './diagnostic-rule';
import { unitInName } from './values';

/**
 * `≥4`: a count without its unit. Rates are expr.rate-percent's (with a fix); a unit in the name
 * (改造数(个)) or in a 计量单位 column makes a bare number complete.
 */
export const rule = diagnosticRule(
  'expr.unit-missing',
  {
    severity: 'warning',
    description: '指标值缺少计量单位。',
    good: [
      { indicator: '县区管理部大厅自助服务区改造数', text: '≥4个' },
      { indicator: '改造数（个）', text: '=4' },
    ],
    bad: [{ indicator: '县区管理部大厅自助服务区改造数', text: '≥4' }],
  },
  (v) => !isRateName(v.name) && !unitInName(v.name) && !(v.node.unit && v.node.unit.text.trim() !== ''),
);
