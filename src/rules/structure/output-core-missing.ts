import type { Rule } from '../types';
import { hasFilledValue, hasName } from '../tree';

const CORE = [
  ['quantity', '数量指标'],
  ['quality', '质量指标'],
  ['timeliness', '时效指标'],
] as const;

/** 产出 needs 数量, 质量 and 时效 indicators (one finding naming all that are missing); checked only when the form has an 产出 block. */
export const rule: Rule = {
  id: 'structure.output-core-missing',
  meta: {
    family: 'structure',
    severity: 'warning',
    description: '产出指标缺少数量、质量或时效指标（缺几项都只报一条）。',
    source: '财预〔2020〕10号 附件：产出指标包括数量、质量、时效、成本指标',
    good: [{ indicator: '产出指标', text: '数量指标、质量指标、时效指标、成本指标齐全' }],
    bad: [{ indicator: '产出指标', text: '只有数量指标和成本指标' }],
  },
  check(form, ctx) {
    const output = form.indicators.filter((n) => n.level1?.key === 'output');
    if (output.length === 0 || !output.some((n) => n.level2)) return [];
    // 产出 | 职责履行 (the 2015 department framework): the unit's duties stand for 数量/质量/时效
    if (output.every((n) => !n.level2 || n.level2.key === 'dutyPerformance' || n.level2.key === 'dutyEffect'))
      return [];
    const anchor = output[0].level1;
    if (!anchor) return [];
    const filled = (key: string) => output.some((n) => n.level2?.key === key && (hasName(n) || hasFilledValue(n)));
    const missing = CORE.filter(([key]) => !filled(key)).map(([, label]) => label);
    if (missing.length === 0) return [];
    // a form cut off inside 产出 (nothing after it): the missing 二级 may be beyond the cut
    const lastOutput = output[output.length - 1].row;
    // (or a table that stops right after a full 产出 row at the sheet end: structure.ended-early says so)
    const cut = ctx.cutOff || ctx.endedEarly?.atSheetEnd;
    if (cut && !form.indicators.some((n) => n.row > lastOutput && n.level1 && n.level1.key !== 'output')) return [];
    // one finding for the block: three missing 二级 are one gap in 产出, not three
    return [
      ctx.report({
        cell: anchor.cell.address,
        message: `产出指标缺少${missing.join('、')}。`,
        suggestion: `在产出指标下补充${missing.join('、')}及其三级指标和指标值。`,
      }),
    ];
  },
};
