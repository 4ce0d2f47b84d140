import { fromRangeA1, toA1 } from '../../core/address';
import type { MappingProblem } from '../../layout/mapping/fit';
import type { Finding, Severity } from '../../model/finding';
import type { Rule } from '../types';

/**
 * A user's mapping (docs/mapping.md) that no longer fits its sheet. The problems belong to a sheet, not to
 * a recognized form (a mapped form that does not fit is not read at all), so `check` has nothing to look at
 * per form: checkGrids reports the recognizer's problems through `mappingFindings`, at this rule's severity
 * and only when the rule is selected.
 */
export const rule: Rule = {
  id: 'structure.mapping-mismatch',
  meta: {
    family: 'structure',
    severity: 'warning',
    description:
      '工作簿中保存的（或 --mapping 给出的）识别映射与表格不符：范围超出已用区域、列不在指标表内、指标表不在表单内或缺少三级指标/指标值列，这部分映射未被采用。',
    source: 'docs/mapping.md',
    good: [{ text: '映射中的表单 A1:E20 在工作表的已用区域 A1:E20 之内' }],
    bad: [{ text: '映射中的指标表 A3:E40，而工作表只有 20 行' }],
  },
  check() {
    return [];
  },
};

/** The findings of a check's mapping problems, at the first cell of each problem's range. */
export function mappingFindings(problems: readonly MappingProblem[], severity: Severity): Finding[] {
  return problems.map((p) => {
    const pos = fromRangeA1(p.range.replace(/\$/g, ''));
    return {
      rule: rule.id,
      severity,
      sheet: p.sheet,
      cell: toA1(pos.r0, pos.c0),
      message: p.message,
      suggestion: '在“识别结果”中重新指定范围和各列的作用，或清除映射后按自动识别校验。',
      // several problems may point at one corner (a table's range and its column): each is its own finding
      subject: `${p.code}:${p.range}:${p.message}`,
    };
  });
}
