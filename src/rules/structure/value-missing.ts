import type { Rule } from '../types';
import { lastTableRow } from '../cut-off';
import { hasFilledValue, isBlank, LEVEL2_STEMS, levelStem } from '../tree';

/** A named indicator without any target value. */
export const rule: Rule = {
  id: 'structure.value-missing',
  meta: {
    family: 'structure',
    severity: 'warning',
    description: '三级指标已填写名称，但没有填写指标值。',
    good: [{ indicator: '培训人数', text: '≥40人' }],
    bad: [{ indicator: '培训人数', text: '（空）' }],
  },
  check(form, ctx) {
    const out = [];
    // the last row of a cut copy lost its value to the cut (“截”, a name and nothing after)
    const cutRow = ctx.cutOff ? lastTableRow(form) : 0;
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = form.indicators;
    for (let k = 0; k < rows.length; k++) {
      const node = rows[k];
      if (!node.level3 || isBlank(node.level3) || hasFilledValue(node) || node.row === cutRow) continue;
      if (LEVEL2_STEMS.has(levelStem(node.level3.text))) continue; // structure.level2-in-level3
      const empty = Object.values(node.values)[0];
      out.push(
        ctx.report({
          cell: (empty ?? node.level3).address,
          message: `指标“${node.level3.text.trim()}”没有填写指标值。`,
          suggestion: '填写目标值，定量指标写成“≥95%”“≤20万元”这样的形式，定性指标写“有效”“明显提升”等。',
        }),
      );
    }
    return out;
  },
};
