import type { Form } from '../../model/form';
import type { Rule } from '../types';
import { formIndicatorNames, unmatchedItems } from '../standard-match';
import type { StandardItem, StandardSet } from '../../model/standard-set';
import { levelStem } from '../tree';

/** Below this share of a set's items the form follows another region's set: comparing would only accuse. */
const MIN_COVERAGE = 0.5;

function missingItems(set: StandardSet, names: string[]): StandardItem[] {
  return unmatchedItems(set.items, (i) => i.level3, names);
}

/** The standard set this form follows: the best-covered one, if it covers enough. */
export function bestSet(form: Form, sets: readonly StandardSet[], names: string[]): StandardSet | null {
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
    const names = formIndicatorNames(form);
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
