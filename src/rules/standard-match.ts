/**
 * Which standard indicators a form already has: one matching for the rule structure.missing-standard and
 * the template planner (补齐), so the rows 补齐 inserts are exactly the ones the rule reports missing.
 */
import type { Form } from '../model/form';
import { normName } from './names';
import { dice } from './similarity';
import { misplacedLabel } from './structure/row-shifted';

/** Same indicator despite a small typo (组织建设及时性完成率 ~ 组织建设工作及时完成率 is 0.63). */
const SAME_NAME = 0.6;

/**
 * Every indicator name on the form, normalised. Names anywhere count: under a wrong 一级 or 二级 (004 惠山:
 * 结果) the item is there, misfiled; a name typed into the 二级/一级 column of its row (structure.row-shifted)
 * is present, only misplaced.
 */
export function formIndicatorNames(form: Form): string[] {
  return form.indicators
    .flatMap((n) => [normName(n.level3?.text), normName(misplacedLabel(n)?.text)])
    .filter((n) => n !== '');
}

/**
 * The items no name on the form answers. One name answers one item only, exact names first, then the
 * closest pairs: otherwise 资产管理制度健全性 would also pass for 预算管理制度健全性.
 */
export function unmatchedItems<T>(items: readonly T[], nameOf: (item: T) => string, names: readonly string[]): T[] {
  const free = new Set(names.map((_, i) => i));
  const open: T[] = [];
  for (const item of items) {
    const target = normName(nameOf(item));
    const i = names.findIndex((n, k) => free.has(k) && n === target);
    // a synonym that keeps the standard name inside (项目预算执行率 for 预算执行率) is the same indicator
    const j = i >= 0 ? i : names.findIndex((n, k) => free.has(k) && target.length >= 4 && n.includes(target));
    if (j >= 0) free.delete(j);
    else open.push(item);
  }
  const pairs: { item: T; k: number; score: number }[] = [];
  for (const item of open) {
    const target = normName(nameOf(item));
    names.forEach((n, k) => {
      const score = free.has(k) ? dice(n, target) : 0;
      if (score >= SAME_NAME) pairs.push({ item, k, score });
    });
  }
  pairs.sort((a, b) => b.score - a.score);
  const matched = new Set<T>();
  for (const p of pairs) {
    if (matched.has(p.item) || !free.has(p.k)) continue;
    matched.add(p.item);
    free.delete(p.k);
  }
  return open.filter((i) => !matched.has(i));
}
