import type { UnrecognizedPart } from '../../model/form';
import type { Rule } from '../types';

const short = (t: string) => {
  const s = t.replace(/\s+/g, '');
  return s.length > 20 ? `${s.slice(0, 20)}…` : s;
};

/** A heading row as `a | b | c`, its spaces kept, cut after 40 characters. */
const clip = (t: string) => (t.length > 40 ? `${t.slice(0, 40)}…` : t);

/** What to say about each kind of part, in plain words. */
function describe(u: UnrecognizedPart): { message: string; suggestion: string } {
  const found = u.found ? short(u.found) : '';
  switch (u.part) {
    case 'table':
      return {
        message: `指标表表头“${short(u.cell.text)}”下面有内容（如“${found}”），但没有读出任何指标。`,
        suggestion: '确认表头下一级/二级/三级指标和指标值各占一列、一行一个指标。',
      };
    case 'title':
      return {
        message: `“${short(u.cell.text)}”下面有指标内容（如“${found}”），但找不到能识别的指标表表头。`,
        suggestion: '确认指标表有一行表头（一级指标 / 二级指标 / 三级指标 / 指标值），且表头文字没有被合并到别的行里。',
      };
    case 'sheetTitle':
      return {
        message: `此工作表像绩效目标表（标题“${short(u.cell.text)}”），但未能读出指标表${u.found ? `（表头“${clip(u.found)}”）` : ''}。`,
        suggestion:
          '确认指标表有一行表头（一级指标 / 二级指标 / 三级指标 / 指标值），一行一个指标；表头文字不同的表可在“识别结果”中指定各列的作用。',
      };
    case 'sheetHeading':
      return {
        message: `此工作表像绩效目标表（表头“${clip(u.found ?? '')}”），但未能读出指标表。`,
        suggestion:
          '确认表头中有指标值一列（指标值 / 目标值），指标按一级/二级/三级分列；表头文字不同的表可在“识别结果”中指定各列的作用。',
      };
    case 'funds':
      return {
        message: `“${short(u.cell.text)}”的金额“${found}”读不出数字。`,
        suggestion: '金额请填数字（如 854 或 854.00），单位写在标签里，如“资金总额（万元）”。',
      };
  }
}

/**
 * A part of the sheet that looks like a form's (an indicator heading, a 绩效目标 title with indicator
 * words under it, a funds label) but could not be read: named once at its first cell, so a form is
 * never silently read with 0 indicators or without its table.
 */
export const rule: Rule = {
  id: 'structure.unrecognized',
  meta: {
    family: 'structure',
    severity: 'warning',
    description: '表单中有看起来属于绩效目标表的部分（指标表表头、标题、资金项）没能读懂，请人工查看。',
    good: [{ text: '表头“一级指标 | 二级指标 | 三级指标 | 指标值”下一行一个指标' }],
    bad: [
      { text: '表头下面的指标写在一个单元格里：“产出指标：完成改造12处；满意度≥90%”', note: '读不出任何指标' },
      { indicator: '资金总额', text: '约八百万', note: '金额不是数字' },
    ],
  },
  check(form, ctx) {
    return (form.unrecognized ?? []).map((u) => ctx.report({ cell: u.cell.address, ...describe(u) }));
  },
};
