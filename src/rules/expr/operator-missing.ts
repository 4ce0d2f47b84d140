import { exampleValues, hintForNode, quoted } from '../hints';
import { diagnosticRule } from './diagnostic-rule';
import { body, dateRow, unitInName, type ValueCell } from './values';
import { isRateName } from '../names';

/** An operator column's cell that gives the value its comparison (≥, 大于等于, 正向 …). */
const OPERATOR_CELL = /[≥≤=＝<>＜＞≧≦]|等于|大于|小于|不低于|不高于|不少于|不超过|不多于|正向|反向/;

/**
 * A rate written as a bare number with no operator and no unit (苗木成活率 85): both parts are missing, and
 * this rule reports them together (expr.rate-percent leaves such a cell alone).
 */
export function bareRate(v: ValueCell): boolean {
  const e = v.expr;
  return (
    e.kind === 'quantitative' &&
    e.op === null &&
    e.unit === null &&
    e.number !== null &&
    isRateName(v.name) &&
    !(v.node.unit && v.node.unit.text.trim() !== '') &&
    !(v.node.operator && OPERATOR_CELL.test(v.node.operator.text))
  );
}

/**
 * A number typed as an Excel number (80000, or 0.95 shown as “95%” by a % format) cannot take a ≥: the
 * cell has to become text first, which the clerk needs to be told.
 */
function asNumber(v: ValueCell): string {
  if (typeof v.cell.value !== 'number') return '';
  const shown = v.cell.text.trim();
  const pct = shown.endsWith('%') ? `（单元格里存的是数字 ${v.cell.value}，按百分比格式显示为“${shown}”）` : '';
  return `这个单元格是数字格式${pct}，请先把它设为文本格式再写比较符号。`;
}

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
  // an operator column that says the value type (定量) or nothing gives no operator
  (v) => !(v.node.operator && OPERATOR_CELL.test(v.node.operator.text)),
  (v) => {
    const hint = hintForNode(v.node);
    const e = v.expr;
    if (e.number === null) return null;
    // a rate with a bare number (成活率 85): operator and % are one slip, one finding (not rate-percent too)
    if (bareRate(v)) {
      const ops = hint?.ops.length ? hint.ops : ['≥'];
      return {
        message: `指标值“${v.cell.text.trim()}”缺少比较符号和%。`,
        suggestion: `按指标含义写成${quoted([...new Set(ops.slice(0, 2).map((o) => `${o}${body(v)}%`))])}。${asNumber(v)}`,
      };
    }
    const noUnit = e.unit === null && !unitInName(v.name) && !(v.node.unit && v.node.unit.text.trim() !== '');
    const shown = v.cell.text.trim();
    if (!hint) {
      if (!noUnit) {
        const b = body(v);
        return {
          message: `指标值“${shown}”缺少比较符号。`,
          suggestion: `按目标方向写成“≥${b}”（至少）、“≤${b}”（至多）或“=${b}”（恰好）。${asNumber(v)}`,
        };
      }
      return {
        message: `指标值“${shown}”缺少比较符号和计量单位。`,
        suggestion: `写成“比较符号+数值+单位”，单位按指标的计量对象填写（个、人、次、天、万元……）。${asNumber(v)}`,
      };
    }
    const examples = noUnit ? exampleValues(hint, body(v)) : [...new Set(hint.ops.map((o) => `${o}${body(v)}`))];
    const what = noUnit ? '缺少比较符号和计量单位' : '缺少比较符号';
    return {
      message: `指标值“${shown}”${what}。`,
      suggestion: `按指标含义写成${quoted(examples)}。${asNumber(v)}`,
    };
  },
  // a count in the date-serial range (受益人数 45321): not a leaked date there, a number without its operator
  {
    id: 'expr.excel-serial',
    when: (v) => !dateRow(v) && !(v.node.operator && OPERATOR_CELL.test(v.node.operator.text)),
  },
);
