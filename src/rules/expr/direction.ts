import type { Rule } from '../types';
import { valueCells } from './values';

/** Names whose value is a floor: satisfaction (≤90% would aim at discontent). */
const FLOOR = /(?:^|[^不])满意(度|率)$/;
/** Shares of something bad: a ceiling (投诉率 ≥5% would aim at more complaints). */
const BAD_RATE = /(不满意|投诉|差错|事故|故障|逾期|失误|违规|不良|流失|返工|误差|偏差|不合格|发病|死亡)率$/;
/** Time allowed for a task: a ceiling (办结时限 ≥5个工作日 would ask for slowness). */
const TIME_LIMIT = /时限$|用时$|(响应|办理|处理|办结|等待|到达|到场|修复|审批|答复|回复)(时间|时长)$/;
const TIME_UNIT = /^(个)?(工作日|日|天|小时|分钟|秒|周|个月|月)$/;

/**
 * An operator pointing the wrong way for what the name measures: a satisfaction rate with ≤ or <, a share of
 * something bad (投诉率, 故障率) or a time limit (办结时限, 响应时间) with ≥ or >. The target then rewards
 * the opposite of the work. Costs are expr.cost-direction's; changes (下降≥5%) say their own direction.
 */
export const rule: Rule = {
  id: 'expr.direction',
  meta: {
    family: 'expr',
    severity: 'warning',
    // the wording (不低于10万元) is the same slip: its fix would keep the wrong direction
    rootCauseOfRow: { rules: ['expr.approximate', 'expr.operator-conflict'] },
    description: '比较符号方向与指标含义相反：满意度写成“≤”，投诉率、故障率、办理时限写成“≥”。',
    source: 'DOMAIN.md「Indicator values」Direction：满意度等比率是下限（≥）',
    good: [
      { indicator: '群众满意度', text: '≥90%' },
      { indicator: '群众投诉率', text: '≤5%' },
      { indicator: '业务办结时限', text: '≤5个工作日' },
    ],
    bad: [
      { indicator: '群众满意度', text: '≤90%' },
      { indicator: '设备故障率', text: '≥3%' },
      { indicator: '业务办结时限', text: '≥5个工作日' },
    ],
  },
  check(form, ctx) {
    const out = [];
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = valueCells(form, ctx);
    for (let k = 0; k < rows.length; k++) {
      const v = rows[k];
      const e = v.expr;
      if (e.kind !== 'quantitative' || e.op === null || e.op === '=' || e.change || e.number === null) continue;
      const up = e.op === '>=' || e.op === '>';
      const rate = e.unit === '%' || e.unit === '‰';
      let want: '≥' | '≤' | null = null;
      if (!up && rate && FLOOR.test(v.name)) want = '≥';
      else if (up && rate && BAD_RATE.test(v.name)) want = '≤';
      else if (up && e.unit !== null && TIME_UNIT.test(e.unit) && TIME_LIMIT.test(v.name)) want = '≤';
      if (want === null) continue;
      const written = e.normalized.replace(/^(≥|≤|>|<)/, '');
      out.push(
        ctx.report({
          cell: v.cell.address,
          message: `“${v.name}”${want === '≥' ? '越高越好' : '越低越好'}，指标值“${v.cell.text.trim()}”的比较符号方向反了。`,
          suggestion: `写成“${want}${written}”。`,
        }),
      );
    }
    return out;
  },
};
