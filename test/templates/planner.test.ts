import { readWorkbookFile } from '../../src/hosts/file/xlsx-file';
import type { Grid } from '../../src/model/grid';
import { BUILT_IN_SETS, findSet } from '../../src/templates/catalog';
import { planInsertion, plannedRowCount } from '../../src/templates/planner';
import { itemCount, type TemplateSet } from '../../src/templates/schema';
import { applyPlanToGrid, deleteGridRows, formsOf, standardRows } from './helpers';

const project = findSet(BUILT_IN_SETS, 'project-common') as TemplateSet;
const department = findSet(BUILT_IN_SETS, 'department-common') as TemplateSet;
const fixture = (name: string): Promise<Grid[]> => readWorkbookFile(`test/fixtures/${name}.xlsx`);

/** Every standard item of the set appears exactly once among the form's 决策/过程 indicators. */
function expectComplete(grid: Grid, set: TemplateSet): void {
  for (const form of formsOf(grid)) {
    // Side-by-side forms give one node per block (中期, 年度): each block must be complete.
    for (const block of new Set(form.indicators.map((n) => n.block))) {
      // An item filed under another 一级 (004 惠山 keeps some under 结果) counts: it is not added twice.
      const nodes = form.indicators.filter((n) => n.block === block);
      for (const s of set.sections.filter((x) => !x.skeleton))
        for (const g of s.groups)
          for (const i of g.items) {
            const found = nodes.filter((n) => n.level3?.text.replace(/[“”"]/g, '') === i.name.replace(/[“”"]/g, ''));
            expect(found.map((n) => n.level3?.text)).toHaveLength(1);
            const standard = found.filter((n) => n.level1?.key === 'decision' || n.level1?.key === 'process');
            for (const n of standard) expect(`${n.level2?.key}/${i.name}`).toBe(`${g.key}/${i.name}`);
          }
    }
  }
}

describe('planner on seed 000 (project, 半年/全年)', () => {
  let grid: Grid;
  beforeAll(async () => {
    grid = (await fixture('seed000'))[0];
  });

  it('is a no-op when every standard item is there', () => {
    expect(planInsertion(formsOf(grid)[0], project, { grid })).toEqual([]);
  });

  it('restores deleted 决策/过程 rows before 产出, in template order, with both periods', () => {
    const form = formsOf(grid)[0];
    const cut = deleteGridRows(grid, standardRows(form));
    const cutForm = formsOf(cut)[0];
    expect(standardRows(cutForm)).toEqual([]);
    const firstOutput = cutForm.indicators.find((n) => n.level1?.key === 'output')?.row;
    const plan = planInsertion(cutForm, project, { grid: cut });
    expect(plan).toHaveLength(1);
    expect(plan[0].beforeRow).toBe(firstOutput);
    expect(plan[0].rows).toHaveLength(itemCount(project));
    expect(plan[0].rows[0]).toEqual({ A: '决策', B: '项目立项', C: '立项依据充分性', D: '充分', E: '充分' });
    expect(plan[0].rows[1]).toEqual({ C: '立项程序规范性', D: '规范', E: '规范' });
    expect(plan[0].rows[7]).toEqual({ C: '预算执行率', D: '=50%', E: '=100%' });
    expect(plan[0].rows[6]).toEqual({ A: '过程', B: '资金管理', C: '资金到位率', D: '=100%', E: '=100%' });
    // Labels merged like the form merges them.
    const b = plan[0].beforeRow;
    expect(plan[0].merges).toEqual(
      expect.arrayContaining([`A${b}:A${b + 5}`, `B${b}:B${b + 1}`, `A${b + 6}:A${b + 10}`, `B${b + 9}:B${b + 10}`]),
    );
    const after = applyPlanToGrid(cut, plan);
    expectComplete(after, project);
    expect(planInsertion(formsOf(after)[0], project, { grid: after })).toEqual([]);
  });

  it('appends missing items to their existing 二级 and a missing 二级 after the one before it', () => {
    const form = formsOf(grid)[0];
    const rowOf = (name: string): number => form.indicators.find((n) => n.level3?.text === name)?.row as number;
    // Drop 预算执行率 (middle of 资金管理) and the whole 资金投入 group (end of 决策).
    const cut = deleteGridRows(grid, [rowOf('预算执行率'), rowOf('预算编制科学性'), rowOf('资金分配合理性')]);
    const cutForm = formsOf(cut)[0];
    const plan = planInsertion(cutForm, project, { grid: cut });
    expect(plannedRowCount(plan)).toBe(3);
    expect(plan.map((p) => p.beforeRow)).toEqual([...plan.map((p) => p.beforeRow)].sort((a, b) => b - a));
    const fund = plan.find((p) => p.rows.some((r) => r.C === '预算执行率'));
    expect(fund?.rows).toEqual([{ C: '预算执行率', D: '=50%', E: '=100%' }]);
    const input = plan.find((p) => p.rows.some((r) => r.C === '预算编制科学性'));
    expect(input?.rows[0]).toEqual({ B: '资金投入', C: '预算编制科学性', D: '科学', E: '科学' });
    expect(input?.beforeRow).toBe(rowOf('绩效指标明确性') + 1);
    const after = applyPlanToGrid(cut, plan);
    expectComplete(after, project);
  });

  it('inserts at an anchor row when one is given', () => {
    const form = formsOf(grid)[0];
    const cut = deleteGridRows(grid, standardRows(form));
    const plan = planInsertion(formsOf(cut)[0], project, { anchor: 30 });
    expect(plan.map((p) => p.beforeRow)).toEqual([30]);
    expect(plan[0].merges).toBeUndefined();
  });
});

describe('planner on seed 001 (中期 | 年度 side by side)', () => {
  it('fills both blocks: 二级/三级/value of each, 一级 once', async () => {
    const grid = (await fixture('seed001'))[0];
    const forms = formsOf(grid);
    expect(forms.length).toBeGreaterThanOrEqual(1);
    for (const form of forms) {
      const plan = planInsertion(form, project, { grid });
      expect(plan).toHaveLength(1);
      const firstOutput = form.indicators.find((n) => n.level1?.key === 'output')?.row;
      expect(plan[0].beforeRow).toBe(firstOutput);
      expect(plan[0].rows[0]).toEqual({
        B: '决策',
        C: '项目立项',
        D: '立项依据充分性',
        E: '充分',
        F: '项目立项',
        G: '立项依据充分性',
        H: '充分',
      });
      expect(plan[0].rows[7]).toEqual({ D: '预算执行率', E: '=100%', G: '预算执行率', H: '=100%' });
    }
    const after = applyPlanToGrid(
      grid,
      forms.flatMap((f) => planInsertion(f, project, { grid })),
    );
    expectComplete(after, project);
    for (const f of formsOf(after)) expect(planInsertion(f, project, { grid: after })).toEqual([]);
  });
});

describe('planner on stacked department units (seeds 003, 004)', () => {
  it.each(['seed003', 'seed004'])(
    '%s: no-op when complete; restores deleted rows right after the header, above the next table',
    async (name) => {
      const grid = (await fixture(name))[0];
      const forms = formsOf(grid);
      for (const form of forms) {
        const plan = planInsertion(form, department, { grid });
        // A form may miss an item (004 has regional variants): whatever is planned goes into the first table.
        for (const p of plan) expect(p.beforeRow).toBeLessThanOrEqual(form.tables[1]?.headerRow ?? Infinity);
      }
      const rows = forms.flatMap(standardRows);
      const cut = deleteGridRows(grid, rows);
      const cutForms = formsOf(cut);
      expect(cutForms).toHaveLength(forms.length);
      const plan = cutForms.flatMap((f) => planInsertion(f, department, { grid: cut }));
      expect(plan).toHaveLength(forms.length);
      cutForms.forEach((f, i) => {
        const p = plan.find(
          (x) => x.beforeRow > f.tables[0].headerRow && x.beforeRow <= (f.tables[1]?.headerRow ?? Infinity),
        );
        expect(p?.beforeRow).toBe(f.tables[0].headerRow + 1);
        expect(p?.rows[0]).toEqual({ A: '决策', B: '计划制定', C: '中长期规划制定健全性', F: '健全', G: '健全' });
        expect(p?.merges).toEqual(expect.arrayContaining([`C${p?.beforeRow}:E${p?.beforeRow}`]));
        void i;
      });
      const after = applyPlanToGrid(cut, plan);
      expectComplete(after, department);
    },
  );
});

describe('skeleton rows', () => {
  it('adds 产出/效益/满意度 rows with an empty 三级 to an empty table', async () => {
    const grid = (await fixture('seed000'))[0];
    const form = formsOf(grid)[0];
    const body = form.indicators.map((n) => n.row);
    const cut = deleteGridRows(grid, body);
    const cutForm = formsOf(cut)[0];
    const plan = planInsertion(cutForm, project, { grid: cut, skeleton: true });
    expect(plan).toHaveLength(1);
    const rows = plan[0].rows;
    expect(rows).toHaveLength(itemCount(project) + 9);
    expect(rows[itemCount(project)]).toEqual({ A: '产出', B: '数量指标' });
    expect(rows[rows.length - 1]).toEqual({ A: '满意度', B: '服务对象满意度指标', D: '≥90%', E: '≥90%' });
  });
});
