/**
 * 补齐 and structure.missing-standard agree: the rows 补齐 plans are exactly the items the rule reports
 * missing (both match names in standard-match.ts), and no plan inserts an indicator the form has anywhere (shifted into another column,
 * written with a synonym or a typo, under another 二级). Over the seeds and their shifted/noisy variants.
 */
import fs from 'fs';
import path from 'path';
import { checkGrids } from '../../src/check';
import { readWorkbook } from '../../src/hosts/file/xlsx';
import { missingStandardPlan } from '../../src/app/templates-view';
import { initialState, type PaneState } from '../../src/app/store';
import { BUILT_IN_SETS } from '../../src/templates/catalog';
import { mainTable, layoutOf, planInsertion } from '../../src/templates/planner';
import { normName } from '../../src/rules/names';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
const FILES = fs.readdirSync(FIXTURES).filter((f) => /^seed00\d(-shifted|-noise|-filled)?\.xlsx$/.test(f));

/** Names a plan writes into the forms' 三级 columns. */
function insertedNames(state: PaneState, plan: ReturnType<typeof missingStandardPlan>): string[] {
  const cols = new Set(
    state.result!.forms.flatMap((f) => {
      const t = mainTable(f);
      return t ? layoutOf(t).blocks.flatMap((b) => (b.level3 ? [b.level3] : [])) : [];
    }),
  );
  return plan.flatMap((p) =>
    p.rows.flatMap((r) =>
      Object.entries(r)
        .filter(([c]) => cols.has(c))
        .map(([, t]) => t),
    ),
  );
}

test.each(FILES)('%s: 补齐 plans exactly the reported items, none the form has', async (file) => {
  const grids = await readWorkbook(fs.readFileSync(path.join(FIXTURES, file)));
  const result = checkGrids(grids);
  const state: PaneState = { ...initialState, result, grids };
  const reported = result.findings
    .filter((f) => f.rule === 'structure.missing-standard')
    .map((f) => normName(f.subject))
    .sort();
  const plan = missingStandardPlan(state, BUILT_IN_SETS);
  expect(
    insertedNames(state, plan)
      .map((n) => normName(n))
      .sort(),
  ).toEqual(reported);
});

test('a standard name shifted into the 二级 column, written as a longer synonym, or under another 二级 is not inserted again', async () => {
  const grids = await readWorkbook(fs.readFileSync(path.join(FIXTURES, 'seed000.xlsx')));
  const result = checkGrids(grids);
  const form = result.forms[0];
  const set = BUILT_IN_SETS.find((s) => s.kind === form.kind)!;
  const before = planInsertion(form, set).flatMap((p) => p.rows.flatMap((r) => Object.values(r)));
  // the form with every standard name rewritten: 项目+name (synonym), and moved to the 二级 text
  const std = form.indicators.filter((n) => n.level1?.key === 'decision' || n.level1?.key === 'process');
  expect(std.length).toBeGreaterThan(2);
  const changed = {
    ...form,
    indicators: form.indicators.map((n, i) => {
      if (!std.includes(n) || !n.level3) return n;
      if (i % 3 === 0) return { ...n, level3: { ...n.level3, text: `项目${n.level3.text}` } };
      if (i % 3 === 1 && n.level2)
        return {
          ...n,
          level2: { ...n.level2, key: null, text: n.level3.text, cell: { ...n.level2.cell, address: `B${n.row}` } },
          level3: null,
        };
      return { ...n, level2: n.level2 ? { ...n.level2, key: 'output-quantity' } : n.level2 };
    }),
  };
  const after = planInsertion(changed, set).flatMap((p) => p.rows.flatMap((r) => Object.values(r)));
  const names = (xs: string[]) =>
    xs.filter((t) => set.sections.some((s) => s.groups.some((g) => g.items.some((it) => it.name === t))));
  expect(names(after)).toEqual(names(before));
});
