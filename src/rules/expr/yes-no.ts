import type { Rule } from '../types';
import { valueCells } from './values';

const YES_NO = new Set(['是', '否', '有', '无']);
/** A name that asks yes or no (是否按期完工, 有无安全事故): 是/否 is its answer. */
const ASKS = /是否|有无|有没有|能否|可否/;
/** Harms whose absence is the target (重大安全事故 | 无): 无/否 says “none”, which is checkable. */
const HARM =
  /事故|事件|投诉|上访|信访|违规|违纪|违法|案件|处罚|纠纷|隐患|疫情|污染|伤亡|损失|差错|失误|故障|问题|舆情|索赔|返工|欠薪|超支|负面影响|不良影响|扰民|破坏/;

/**
 * 是 / 否 / 有 / 无 as the whole target (临海: 社会效益指标 = 是): it says the effect exists, not how much
 * of it the money buys, so a reviewer cannot judge it against results. Not when the name asks yes or no
 * (是否按期完工 | 是) or names a harm whose absence is the target (重大安全事故 | 无).
 */
export const rule: Rule = {
  id: 'expr.yes-no',
  meta: {
    family: 'expr',
    severity: 'warning',
    description: '指标值只写了“是/否/有/无”，没有可考核的程度或数值。',
    good: [
      { indicator: '生态效益指标 | 城市绿化覆盖率', text: '≥40%' },
      { indicator: '社会效益指标 | 市民生活环境', text: '明显改善' },
      { indicator: '质量指标 | 是否按期完工', text: '是' },
      { indicator: '质量指标 | 重大安全事故', text: '无' },
    ],
    bad: [{ indicator: '社会效益指标', text: '是' }],
  },
  check(form, ctx) {
    const out = [];
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = valueCells(form, ctx);
    for (let k = 0; k < rows.length; k++) {
      const v = rows[k];
      const word = v.cell.text.trim();
      if (v.expr.kind !== 'qualitative' || !YES_NO.has(word)) continue;
      if (ASKS.test(v.name) || ((word === '无' || word === '否') && HARM.test(v.name))) continue;
      out.push(
        ctx.report({
          cell: v.cell.address,
          message: `指标值“${v.cell.text.trim()}”只说明有没有，没有写要达到的程度。`,
          suggestion: '写成可考核的目标，如“≥95%”“明显改善”“=12次”。',
        }),
      );
    }
    return out;
  },
};
