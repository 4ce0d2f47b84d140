import { exampleValues, hintForNode, quoted } from '../hints';
import { diagnosticRule } from './diagnostic-rule';
import { body, unitInName } from './values';

/**
 * `430元/人`, `4个`, `1次/月`, a number typed as a number (80000, a cell formatted as % showing 95%): no
 * ≥/≤/=, in every 二级 (时效 included: `3个工作日` is ≤3个工作日). Not reported when the table has its own
 * 指标性质/计算符号 column. The operator and, for a bare number, the unit proposed come from the name
 * (hints.ts): 服务周期 180 → “≤180天”.
 */
export const rule = diagnosticRule(
  'expr.operator-missing',
  {
    severity: 'warning',
    description: '定量指标值缺少比较符号（≥、≤、=），按指标含义提示应写的符号和单位。',
    source: 'DOMAIN.md「Indicator values」：定量指标值 = 比较符号 + 数值 + 单位',
    good: [
      { indicator: '受训人均成本', text: '≤430元/人' },
      { indicator: '住房公积金贷款办理时限', text: '≤3个工作日' },
    ],
    bad: [
      { indicator: '受训人均成本', text: '430 元/人', note: '提示“≤430元/人”' },
      { indicator: '租赁部门', text: '4 个' },
      { indicator: '服务周期', text: '180', note: '提示“≤180天”' },
    ],
  },
  (v) => !(v.node.operator && v.node.operator.text.trim() !== ''),
  (v) => {
    const hint = hintForNode(v.node);
    const e = v.expr;
    if (e.number === null) return null;
    const noUnit = e.unit === null && !unitInName(v.name) && !(v.node.unit && v.node.unit.text.trim() !== '');
    const shown = v.cell.text.trim();
    if (!hint) {
      if (!noUnit) return null;
      return {
        message: `指标值“${shown}”缺少比较符号和计量单位。`,
        suggestion: `写成“比较符号+数值+单位”，如“≥${e.number}个”“≤${e.number}天”。`,
      };
    }
    const examples = noUnit ? exampleValues(hint, body(v)) : [...new Set(hint.ops.map((o) => `${o}${body(v)}`))];
    const what = noUnit ? '缺少比较符号和计量单位' : '缺少比较符号';
    return {
      message: `指标值“${shown}”${what}。`,
      suggestion: `按指标含义写成${quoted(examples)}。`,
    };
  },
);
