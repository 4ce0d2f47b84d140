import type { Form } from '../../model/form';
import type { Rule } from '../types';
import { normName } from '../names';
import { dice } from '../similarity';
import type { StandardItem, StandardSet } from '../../model/standard-set';
import { levelStem } from '../tree';
import { misplacedLabel } from './row-shifted';

/** Same indicator despite a small typo (组织建设及时性完成率 ~ 组织建设工作及时完成率 is 0.63). */
const SAME_NAME = 0.6;
/** Below this share of a set's items the form follows another region's set: comparing would only accuse. */
const MIN_COVERAGE = 0.5;

/**
 * The set's items with no indicator on the form. One sheet name answers one item only, exact names
 * first, then the closest pairs: otherwise 资产管理制度健全性 would also pass for 预算管理制度健全性.
 */
function missingItems(set: StandardSet, names: string[]): StandardItem[] {
  const free = new Set(names.map((_, i) => i));
  const open: StandardItem[] = [];
  for (const item of set.items) {
    const target = normName(item.level3);
    const i = names.findIndex((n, k) => free.has(k) && n === target);
    // a synonym that keeps the standard name inside (项目预算执行率 for 预算执行率) is the same indicator
    const j = i >= 0 ? i : names.findIndex((n, k) => free.has(k) && target.length >= 4 && n.includes(target));
    if (j >= 0) free.delete(j);
    else open.push(item);
  }
  const pairs: { item: StandardItem; k: number; score: number }[] = [];
  for (const item of open) {
    const target = normName(item.level3);
    names.forEach((n, k) => {
      const score = free.has(k) ? dice(n, target) : 0;
      if (score >= SAME_NAME) pairs.push({ item, k, score });
    });
  }
  pairs.sort((a, b) => b.score - a.score);
  const matched = new Set<StandardItem>();
  for (const p of pairs) {
    if (matched.has(p.item) || !free.has(p.k)) continue;
    matched.add(p.item);
    free.delete(p.k);
  }
  return open.filter((i) => !matched.has(i));
}

/** The standard set this form follows: the best-covered one, if it covers enough. */
function bestSet(form: Form, sets: readonly StandardSet[], names: string[]): StandardSet | null {
  let best: { set: StandardSet; coverage: number } | null = null;
  for (const set of sets) {
    const coverage = 1 - missingItems(set, names).length / set.items.length;
    const better = !best || coverage > best.coverage || (coverage === best.coverage && set.kind === form.kind);
    if (better) best = { set, coverage };
  }
  return best && best.coverage >= MIN_COVERAGE ? best.set : null;
}

/**
 * Standard 决策/过程 indicators the form leaves out, compared with the set it evidently follows. Forms
 * without any 决策/过程 rows (2015-style project forms) are not checked: their templates have none.
 */
export const rule: Rule = {
  id: 'structure.missing-standard',
  meta: {
    family: 'structure',
    severity: 'warning',
    description: '决策、过程指标缺少标准（共性）指标，按表单类型（项目/部门整体）的标准指标集核对。',
    good: [{ indicator: '过程 | 预算管理 | 预算管理制度健全性', text: '健全' }],
    bad: [{ indicator: '过程 | 预算管理', text: '缺少“预算管理制度健全性”' }],
  },
  check(form, ctx) {
    const nodes = form.indicators.filter((n) => n.level1?.key === 'decision' || n.level1?.key === 'process');
    if (nodes.length === 0) return [];
    // Names anywhere count: under a wrong 一级 (004 惠山: 结果) the item is there, misfiled.
    // A name typed into the 二级/一级 column of its row (structure.row-shifted) is present, only misplaced.
    const names = form.indicators
      .flatMap((n) => [normName(n.level3?.text), normName(misplacedLabel(n)?.text)])
      .filter((n) => n !== '');
    const set = bestSet(form, ctx.standardSets, names);
    if (!set) return [];
    const out = [];
    for (const item of missingItems(set, names)) {
      const anchor =
        nodes.find((n) => n.level2 && levelStem(n.level2.text) === item.level2)?.level2?.cell ??
        nodes.find((n) => n.level1?.key === item.level1)?.level1?.cell ??
        nodes[0].level1?.cell;
      if (!anchor) continue;
      out.push(
        ctx.report({
          cell: anchor.address,
          message: `缺少标准指标“${item.level3}”（${item.level1 === 'decision' ? '决策' : '过程'}/${item.level2}）。`,
          suggestion: `按“${set.name}”补充“${item.level3}”，指标值一般为“${item.value}”。`,
          subject: item.level3,
        }),
      );
    }
    return out;
  },
};
