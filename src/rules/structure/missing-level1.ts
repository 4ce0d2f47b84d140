import type { Rule } from '../types';
import { hasFilledValue, hasName } from '../tree';

/**
 * A project form whose indicator table has no 产出 or no 效益 section: they are the core of every project
 * template. Forms cut off before 效益 and department forms (履职 stands for 产出 there) are not judged.
 */
export const rule: Rule = {
  id: 'structure.missing-level1',
  meta: {
    family: 'structure',
    severity: 'warning',
    description: '项目支出绩效目标表缺少一级“产出指标”或“效益指标”。',
    source: '财预〔2020〕10号 附件（项目支出绩效目标表：产出、效益、满意度指标）',
    good: [{ indicator: '产出指标、效益指标、满意度指标', text: '齐全' }],
    bad: [
      { indicator: '产出指标、满意度指标', text: '', note: '没有效益指标' },
      { indicator: '效益指标、满意度指标', text: '', note: '没有产出指标' },
    ],
  },
  check(form, ctx) {
    const nodes = form.indicators.filter((n) => hasName(n) || hasFilledValue(n));
    if (nodes.length === 0 || ctx.cutOff) return []; // a section may be beyond a cut
    const anchor = (nodes[0].level1?.cell ?? nodes[0].level3)?.address;
    if (!anchor) return [];
    const has = (key: string) => nodes.some((n) => n.level1?.key === key);
    const out = [];
    if (form.kind === 'project' && nodes.some((n) => n.level1?.key)) {
      // a table that reaches 满意度 is complete: what is not there was left out
      const complete = has('satisfaction') || has('effect');
      if (!has('output') && complete) {
        out.push(
          ctx.report({
            cell: anchor,
            message: '项目支出绩效目标表没有产出指标。',
            suggestion: '增加一级“产出指标”，下设数量、质量、时效、成本指标，写明项目要交付什么。',
          }),
        );
      }
      if (!has('effect') && has('output') && has('satisfaction')) {
        out.push(
          ctx.report({
            cell: anchor,
            message: '项目支出绩效目标表没有效益指标。',
            suggestion: '在产出指标之后增加一级“效益指标”（经济、社会、生态效益或可持续影响），写明项目带来的效果。',
          }),
        );
      }
    }
    return out;
  },
};
