import { readWorkbookFile } from '../../src/hosts/file/xlsx-file';
import type { Grid } from '../../src/model/grid';
import { BUILT_IN_SETS } from '../../src/templates/catalog';
import { placeTyped, suggestForTyped, typingArea } from '../../src/templates/typing';
import { applyPlanToGrid, deleteGridRows, formsOf, standardRows } from './helpers';

const fixture = async (name: string): Promise<Grid> => (await readWorkbookFile(`test/fixtures/${name}.xlsx`))[0];

describe('suggestForTyped', () => {
  let full: Grid;
  let cut: Grid;
  beforeAll(async () => {
    full = await fixture('seed000');
    cut = deleteGridRows(full, standardRows(formsOf(full)[0]));
  });

  test('a 一级 label (决策, 决策指标, with spaces) offers all its missing standard rows, in template order', () => {
    const form = formsOf(cut)[0];
    for (const typed of ['决策', '决策指标', ' 决 策 ']) {
      const s = suggestForTyped(typed, form, BUILT_IN_SETS);
      expect(s?.set.id).toBe('project-common');
      expect(s?.level).toBe(1);
      expect(s?.rows.map((r) => r.level2.label)).toEqual([
        '项目立项',
        '项目立项',
        '绩效目标',
        '绩效目标',
        '资金投入',
        '资金投入',
      ]);
      expect(s?.rows[0].item.name).toBe('立项依据充分性');
    }
    expect(suggestForTyped('过程', form, BUILT_IN_SETS)?.rows).toHaveLength(5);
  });

  test('a 二级 label offers its group only', () => {
    const form = formsOf(cut)[0];
    const s = suggestForTyped('资金管理', form, BUILT_IN_SETS);
    expect(s?.level).toBe(2);
    expect(s?.level1.label).toBe('过程');
    expect(s?.rows.map((r) => r.item.name)).toEqual(['资金到位率', '预算执行率', '资金使用合规性']);
    expect(suggestForTyped('项目立项', form, BUILT_IN_SETS)?.rows.map((r) => r.item.name)).toEqual([
      '立项依据充分性',
      '立项程序规范性',
    ]);
  });

  test('nothing is offered for other words or when the form already has every row', () => {
    const cutForm = formsOf(cut)[0];
    expect(suggestForTyped('产出', cutForm, BUILT_IN_SETS)).toBeNull(); // skeleton: not a standard group
    expect(suggestForTyped('培训人数', cutForm, BUILT_IN_SETS)).toBeNull();
    expect(suggestForTyped('', cutForm, BUILT_IN_SETS)).toBeNull();
    const complete = formsOf(full)[0];
    expect(suggestForTyped('决策', complete, BUILT_IN_SETS)).toBeNull();
    expect(suggestForTyped('资金管理', complete, BUILT_IN_SETS)).toBeNull();
  });

  test('department forms get the department set (预算执行)', async () => {
    const dept = await fixture('seed003');
    const form = formsOf(dept)[0];
    expect(form.kind).toBe('department');
    const cutDept = deleteGridRows(dept, standardRows(form));
    const s = suggestForTyped('预算执行', formsOf(cutDept)[0], BUILT_IN_SETS);
    expect(s?.set.id).toBe('department-common');
    expect(s?.rows.length).toBe(8);
    expect(
      suggestForTyped(
        '预算执行',
        formsOf(cutDept)[0],
        BUILT_IN_SETS.filter((x) => x.kind === 'project'),
      ),
    ).toBeNull();
  });

  test('placeTyped fills the typed row and inserts the rest below it; applied, the form is complete again', () => {
    const form = formsOf(cut)[0];
    const area = typingArea(form)!;
    expect(area.sheet).toBe(form.sheet);
    const firstOutput = form.indicators.find((n) => n.level1?.key === 'output')!.row;
    // the user inserted an empty row before 产出 and typed 决策 into column A
    const withRow = applyPlanToGrid(cut, [{ sheet: form.sheet, beforeRow: firstOutput, rows: [{ A: '决策' }] }]);
    const typedForm = formsOf(withRow)[0];
    const s = suggestForTyped('决策', typedForm, BUILT_IN_SETS)!;
    const p = placeTyped(typedForm, s, { row: firstOutput, col: 'A' });
    expect(p.first).toEqual({ B: '项目立项', C: '立项依据充分性', D: '充分', E: '充分' });
    expect(p.rest?.beforeRow).toBe(firstOutput + 1);
    expect(p.rest?.rows).toHaveLength(5);
    expect(p.rest?.rows[1]).toEqual({ B: '绩效目标', C: '绩效目标合理性', D: '合理', E: '合理' });
    // write the first row's cells, insert the rest: 决策 is complete
    const row = firstOutput - 1 - withRow.origin.row;
    const values = withRow.values.map((r) => r.slice());
    for (const [col, text] of Object.entries(p.first)) values[row][col.charCodeAt(0) - 65 - withRow.origin.col] = text;
    const after = applyPlanToGrid({ ...withRow, values }, [p.rest!]);
    expect(suggestForTyped('决策', formsOf(after)[0], BUILT_IN_SETS)).toBeNull();
  });
});
