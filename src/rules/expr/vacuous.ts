import type { Rule } from '../types';
import { isBoundedRate, isSavingName } from '../names';
import { valueCells } from './values';

/**
 * Targets every outcome meets: ≥0 (anything passes), ≤100% on a share that cannot pass 100%, and ≥100%
 * on one (only 100% can meet it: that is =100%). Revenue completion, growth and control rates may pass
 * 100% (非税收入预算完成率 ≥100%, 公用经费控制率 ≤100%) and are not judged.
 */
export const rule: Rule = {
  id: 'expr.vacuous',
  meta: {
    family: 'expr',
    severity: 'warning',
    description: '目标值形同虚设：≥0、比率≤100%，或只能等于100%的比率写成≥100%。',
    good: [
      { indicator: '非税收入预算完成率', text: '≥100%' },
      { indicator: '现代快报宣传费（半年）', text: '=0万元' },
    ],
    bad: [
      { indicator: '残疾人就业保障金', text: '≥0万元' },
      { indicator: '审计工作完成率', text: '≥100%' },
      { indicator: '验收合格率', text: '≤100%' },
    ],
  },
  check(form, ctx) {
    const out = [];
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = valueCells(form, ctx);
    for (let k = 0; k < rows.length; k++) {
      const v = rows[k];
      const e = v.expr;
      if (e.kind !== 'quantitative' || e.number === null || e.op === null || e.change) continue;
      let problem: string | null = null;
      let suggestion = '';
      if (e.op === '>=' && e.number === 0) {
        problem = `${v.name ? `“${v.name}”的` : ''}指标值“${v.cell.text.trim()}”任何结果都能达到，等于没有目标。`;
        suggestion = isSavingName(v.name) ? '写出实际要达到的数值。' : '写出实际要达到的数值，如计划完成的数量或金额。';
      } else if (e.unit === '%' && isBoundedRate(v.name) && e.number === 100 && e.op === '>=') {
        problem = `“${v.name}”不会超过100%，“≥100%”实际只能是100%。`;
        suggestion = '写成“=100%”。';
      } else if (e.unit === '%' && isBoundedRate(v.name) && e.number >= 100 && e.op === '<=') {
        problem = `“${v.name}”本来就不会超过100%，“${e.normalized}”等于没有目标。`;
        suggestion = /投诉|差错|故障|事故|逾期|不合格/.test(v.name)
          ? '写出要控制的上限，如“≤5%”。'
          : '写出要达到的下限，如“≥95%”。';
      }
      if (!problem) continue;
      out.push(ctx.report({ cell: v.cell.address, message: problem, suggestion }));
    }
    return out;
  },
};
