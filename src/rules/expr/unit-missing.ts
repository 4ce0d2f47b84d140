import { operatorSymbol } from '../../expr';
import { exampleValues, hintForNode, quoted } from '../hints';
import { isRateName } from '../names';
import { diagnosticRule } from './diagnostic-rule';
import { body, unitInName } from './values';

/**
 * `≥4`: a count without its unit. Rates are expr.rate-percent's (with a fix); a unit in the name
 * (改造数(个)) or in a 计量单位 column makes a bare number complete. The unit proposed comes from the
 * name (hints.ts): 改造数 → 个, 服务周期 → 天; a name that says nothing gets no guessed unit.
 */
export const rule = diagnosticRule(
  'expr.unit-missing',
  {
    severity: 'warning',
    description: '指标值缺少计量单位，按指标名称提示单位。',
    source: 'DOMAIN.md「Indicator values」：no unit where one is needed (≥4)',
    good: [
      { indicator: '县区管理部大厅自助服务区改造数', text: '≥4个' },
      { indicator: '改造数（个）', text: '=4' },
      { indicator: '安全事故发生次数', text: '=0' },
    ],
    bad: [{ indicator: '县区管理部大厅自助服务区改造数', text: '≥4', note: '提示“≥4个”' }],
  },
  // zero is zero of anything (安全事故 =0): no unit makes it clearer
  (v) =>
    v.expr.number !== 0 &&
    !isRateName(v.name) &&
    !unitInName(v.name) &&
    !(v.node.unit && v.node.unit.text.trim() !== ''),
  (v) => {
    const e = v.expr;
    if (e.number === null) return null;
    const hint = hintForNode(v.node);
    const op = e.op === null ? undefined : operatorSymbol(e.op);
    const shown = v.cell.text.trim();
    if (!hint || hint.date) {
      return { message: `指标值“${shown}”没有计量单位。`, suggestion: '补上计量单位，如个、人、次、天、万元。' };
    }
    return {
      message: `指标值“${shown}”没有计量单位。`,
      suggestion: `按指标含义补上单位，写成${quoted(exampleValues(hint, body(v), op ?? hint.ops[0]))}。`,
    };
  },
);
