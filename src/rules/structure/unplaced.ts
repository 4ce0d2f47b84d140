import type { Rule } from '../types';

/** Cells inside a form the recognizer could not place: shown so a reviewer can look, never an error. */
export const rule: Rule = {
  id: 'structure.unplaced',
  meta: {
    family: 'structure',
    severity: 'info',
    description: '表单内有无法识别归属的单元格（可能是错位的内容），请人工查看。',
    good: [{ text: '所有内容都在表头、资金、目标或指标表的对应列中' }],
    bad: [{ text: '指标表右侧多出的“备注：……”' }],
  },
  check(form, ctx) {
    return form.unplaced.map((cell) => {
      const text = cell.text.trim();
      const short = text.length > 20 ? `${text.slice(0, 20)}…` : text;
      return ctx.report({
        cell: cell.address,
        message: `无法判断“${short}”属于表单的哪一部分。`,
        suggestion: '确认它是否放错了行或列；如是说明文字，可移到备注中。',
      });
    });
  },
};
