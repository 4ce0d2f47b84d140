import type { Rule } from '../types';
import { hasName, isBlank } from '../tree';

/**
 * An indicator table that stops after 产出 (or 履职, 决策/过程): no 效益 and no 满意度 (cut-off.ts endedEarly).
 * One root cause, one finding, not one per missing section: a copy or print area cut right after a full
 * row, or the closing sections never filled in. When the table runs to the sheet end, the rules about what
 * is missing after its last row (the rest of 产出, 成本) leave it to this one.
 */
export const rule: Rule = {
  id: 'structure.ended-early',
  meta: {
    family: 'structure',
    severity: 'warning',
    description:
      '指标表在产出指标之后就结束了，没有效益指标和满意度指标（表格到工作表末尾时可能复制或打印不全）：只报一条。',
    source:
      '财预〔2020〕10号 附件（项目支出绩效目标表：产出、效益、满意度指标）；DOMAIN.md「Indicator levels」（部门表：履职、效益、满意度）',
    good: [{ indicator: '产出指标 … 效益指标 … 满意度指标 | 服务对象满意度指标 | 群众满意度', text: '≥90%' }],
    bad: [
      {
        indicator: '产出指标 | 质量指标 | 验收合格率（工作表最后一行）',
        text: '=100%',
        note: '表格到此为止，没有效益、满意度指标：可能复制或打印不全',
      },
      {
        indicator: '产出指标 | 成本指标 | 建设成本（其下是填表人一行）',
        text: '≤90万元',
        note: '没有效益、满意度指标',
      },
    ],
  },
  check(form, ctx) {
    const early = ctx.endedEarly;
    if (!early) return [];
    const { last, atSheetEnd } = early;
    const anchor =
      (hasName(last) ? last.level3 : null) ?? Object.values(last.values).find((c) => !isBlank(c)) ?? last.level1?.cell;
    if (!anchor) return [];
    const section = last.level1?.text.replace(/\s+/g, '') ?? '指标表';
    const add = `增加效益指标和满意度指标（如“满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90%”）`;
    return [
      ctx.report({
        cell: anchor.address,
        message: atSheetEnd
          ? `指标表在第 ${last.row} 行（${section}）之后就到了工作表末尾，没有效益指标和满意度指标：表格可能复制或打印不全。`
          : `指标表在${section}之后就结束了，没有效益指标和满意度指标。`,
        suggestion: atSheetEnd
          ? `对照原表补全第 ${last.row} 行之后的内容；原表也没有的，在${section}之后${add}。`
          : `在${section}之后${add}。`,
      }),
    ];
  },
};
