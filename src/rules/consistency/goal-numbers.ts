import { toBaseNumber } from '../../expr';
import { normName } from '../names';
import { sharedBigrams } from '../similarity';
import type { Rule } from '../types';

/** A quantity in goal text: 归集住房公积金149亿元 / 新增职工9万人 (money in 元, other 万/亿 folded). */
interface GoalQuantity {
  phrase: string;
  base: number;
  money: boolean;
  unit: string;
  written: string;
}

const QUANTITY = /(\d+(?:\.\d+)?)\s*(万|亿)?\s*(元|人次|人|户|笔|次|个|份|篇|件|套|条|项|家|平方米|亩|公里|场|期)/g;

function quantities(text: string): GoalQuantity[] {
  const out: GoalQuantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const start = m.index ?? 0;
    // the words right before the number name what it counts; stop at punctuation, digits or a year
    const before = text.slice(Math.max(0, start - 12), start);
    const phrase = normName(before.split(/[，,；;。、：:（）()\d]/).pop() ?? '').replace(
      /^(计划|全年|实现|完成|预计|力争|年)/,
      '',
    );
    if (phrase.length < 2) continue;
    const n = Number(m[1]);
    const mag = m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : 1;
    out.push({
      phrase,
      base: Number((n * mag).toPrecision(15)),
      money: m[3] === '元',
      unit: m[3],
      written: m[0].replace(/\s+/g, ''),
    });
  }
  return out;
}

/** Verbs that say what is done with the thing counted: 发放 贷款 and 提取 公积金 are different figures. */
const VERB =
  /(发放|提取|归集|新增|完成|实现|培训|建设|开展|举办|召开|购置|采购|支持|支付|拨付|缴存|受理|办理|服务|改造|维修|安置|帮扶|资助|补助|收回|回收|发送|接待|开设|新建|改建|修建|修订|制定|出台)/;

/**
 * How strongly a goal phrase speaks of an indicator: word pairs of the phrase's last 8 characters found in
 * the name (新增职工 → 新增开户职工人数: 新增, 职工). 0 when fewer than two or under half of them, or when the
 * name lacks the phrase's head noun or verb (发放住房公积金贷款 is not 提取住房公积金 nor 公积金贷款节约利息).
 */
function affinity(phrase: string, name: string): number {
  const tail = phrase.slice(-8);
  // the same subject: the phrase's head noun (its last two characters: 贷款, 职工) and its verb, if any
  if (tail.length >= 2 && !name.includes(tail.slice(-2))) return 0;
  const verb = VERB.exec(phrase)?.[0];
  if (verb && !name.includes(verb)) return 0;
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < tail.length; i++) pairs.add(tail.slice(i, i + 2));
  const shared = sharedBigrams(tail, name);
  if (shared >= 2 && shared / pairs.size >= 0.5) return shared;
  // a short phrase (培训 9万人) names the indicator when the name holds it whole (培训人数): the weakest
  // match, kept only when no other indicator with the same unit holds it too (see `check`)
  return tail.length >= 2 && name.includes(tail) ? WHOLE_PHRASE : 0;
}

const WHOLE_PHRASE = 1;

/**
 * Numbers in 年度目标 that contradict the indicator they describe (年度目标 “新增职工8万人” while the 全年
 * value of 新增开户职工人数 is =90000人). 9万人 and =90000人 agree. Conservative: the one goal quantity that clearly names
 * the indicator, same kind of unit, and a difference above rounding (0.5%).
 */
export const rule: Rule = {
  id: 'consistency.goal-numbers',
  meta: {
    family: 'consistency',
    severity: 'warning',
    description: '年度目标文字中的数字与对应指标的全年指标值不一致。',
    good: [{ indicator: '年度目标“新增职工9万人” | 新增开户职工人数', text: '=90000人' }],
    bad: [{ indicator: '年度目标“新增职工8万人” | 新增开户职工人数', text: '=90000人', note: '目标与指标值相差1万人' }],
    source: 'DOMAIN.md「The parts of a form」Goals：年度目标与指标表描述同一年度的同一目标',
  },
  check(form, ctx) {
    const goals = form.goals.filter((g) => g.key === 'annual' && g.value);
    const qs = goals.flatMap((g) => quantities(g.value!.text));
    if (qs.length === 0) return [];
    const out = [];
    const candidates = [];
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = form.indicators;
    for (let k = 0; k < rows.length; k++) {
      const node = rows[k];
      const name = normName(node.level3?.text);
      if (name === '') continue;
      const cell = node.values['全年'] ?? node.values['年度'];
      if (!cell) continue;
      const e = ctx.expr(cell);
      if (!e || e.kind !== 'quantitative' || e.number === null || e.unit === null) continue;
      const base = toBaseNumber(e);
      if (base === null) continue;
      const money = /元/.test(e.unit);
      const unit = e.unit.replace(/^[万亿]/, '');
      // same unit (money with money, 人 with 人): 培训 9万人 says nothing about 培训天数 or 培训经费
      const scored = qs
        .filter((q) => q.money === money && (money || q.unit === unit))
        .map((q) => ({ q, score: affinity(q.phrase, name) }))
        .filter((x) => x.score > 0)
        .sort((a, b) => b.score - a.score);
      candidates.push({ node, cell, base, scored });
    }
    // how many indicators a goal quantity names whole: a short phrase must name exactly one
    const wholeHits = new Map<GoalQuantity, number>();
    for (const c of candidates)
      for (const x of c.scored) if (x.score === WHOLE_PHRASE) wholeHits.set(x.q, (wholeHits.get(x.q) ?? 0) + 1);
    for (const { node, cell, base, scored } of candidates) {
      // the goal quantity that speaks of this indicator most clearly, and only if no other does as much
      if (scored.length === 0 || (scored.length > 1 && scored[1].score === scored[0].score)) continue;
      const q = scored[0].q;
      if (scored[0].score === WHOLE_PHRASE && wholeHits.get(q) !== 1) continue;
      if (Math.abs(q.base - base) <= Math.abs(base) * 0.005) continue;
      out.push(
        ctx.report({
          cell: cell.address,
          message: `年度目标写“${q.phrase}${q.written}”，而“${node.level3!.text.trim()}”的全年指标值是“${cell.text.trim()}”，两者不一致。`,
          suggestion: '核对年度目标与指标值，改成同一个数。',
        }),
      );
    }
    return out;
  },
};
