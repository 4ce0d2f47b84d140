/**
 * The 识别结果 view's corrections as pure functions (issue 18): each edit gives a mapping, the check with it
 * reads the sheet as corrected. The unknown-headers fixture (栏目一…栏目五, test/fixtures/mapping) is read
 * with no indicator until a table is drawn and its columns are given roles.
 */
import fs from 'fs';
import path from 'path';
import { checkGrids } from '../../src/check';
import { readWorkbook } from '../../src/hosts/file/xlsx';
import type { Grid } from '../../src/model/grid';
import type { Mapping } from '../../src/model/mapping';
import { MappingSchema } from '../../src/model/mapping';
import { recognitionView } from '../../src/app/recognition-view';
import { MappingEditError, applyMappingEdit, formRef, tableRef, type MappingEdit } from '../../src/app/mapping-edits';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
const read = async (file: string) => readWorkbook(fs.readFileSync(path.join(FIXTURES, file)));

/** One correction, then the check with the new mapping (as the pane does). */
function correct(grids: Grid[], mapping: Mapping | null, edit: MappingEdit) {
  const before = checkGrids(grids, mapping ? { mapping } : {});
  const next = applyMappingEdit(mapping, before.forms, grids, edit);
  expect(MappingSchema.safeParse(next).success).toBe(true);
  const after = checkGrids(grids, { mapping: next });
  return { mapping: next, result: after, view: recognitionView(after, grids, next) };
}

test('栏目一…栏目五: a table drawn from the selection, then four role changes, read every indicator', async () => {
  const grids = await read('mapping/unknown-headers.xlsx');
  // no reader knows these headings: the sheet only says it looks like a form that was not read
  expect(checkGrids(grids).forms.map((f) => [f.tables.length, f.indicators.length, f.unrecognized?.[0].part])).toEqual([
    [0, 0, 'sheetTitle'],
  ]);
  // …which the 识别结果 view does not list as a form: it offers to draw one (recog-no-form)
  expect(recognitionView(checkGrids(grids), grids)).toEqual([]);
  let step = correct(grids, null, { kind: 'addTable', sheet: '绩效目标', range: 'A8:E19' });
  // the form reaches up to the title; no heading is known, so every column starts as 忽略
  expect(step.mapping.sheets['绩效目标']).toEqual({
    forms: [{ range: 'A1:E19', kind: 'project' }],
    tables: [
      {
        range: 'A8:E19',
        headerRows: 1,
        columns: { A: 'ignore', B: 'ignore', C: 'ignore', D: 'ignore', E: 'ignore' },
      },
    ],
  });
  // the table cannot be read yet; the view still shows it, with its headings and why
  const table = step.view.flatMap((f) => f.tables).find((t) => t.range === 'A8:E19');
  expect(table?.unread).toBe(true);
  expect(table?.columns.map((c) => c.header)).toEqual(['栏目一', '栏目二', '栏目三', '栏目四', '栏目五']);
  expect(step.view.flatMap((f) => f.problems).join('\n')).toMatch(/三级指标/);
  for (const [col, role] of [
    ['A', 'level1'],
    ['B', 'level2'],
    ['C', 'level3'],
    ['D', 'value'],
  ] as const) {
    const form = step.view.find((f) => f.tables.some((t) => t.columns.some((c) => c.col === col)))!;
    const t = form.tables[0];
    step = correct(grids, step.mapping, { kind: 'role', table: tableRef(step.view, form, t), col, role });
  }
  expect(step.result.forms).toHaveLength(1);
  expect(step.result.forms[0].indicators).toHaveLength(11);
  const [form] = step.view;
  expect(form.unread).toBeUndefined();
  expect(form.tables[0].columns.map((c) => c.role)).toEqual(['level1', 'level2', 'level3', 'value', 'ignore']);
  expect(form.problems).toEqual([]);
});

test('a role change on a recognized table keeps the rest of the reading (the first correction starts from it)', async () => {
  const grids = await read('families/core2021-project-water.xlsx');
  const result = checkGrids(grids);
  const view = recognitionView(result, grids);
  const t = view[0].tables[0];
  const { mapping, result: after } = correct(grids, null, {
    kind: 'role',
    table: tableRef(view, view[0], t),
    col: 'H',
    role: 'basis',
  });
  const sheet = mapping.sheets['项目绩效目标'];
  expect(sheet.forms).toEqual([{ range: 'A1:J18', kind: 'project' }]);
  expect(sheet.tables[0].columns).toMatchObject({ A: 'level1', D: 'operator', E: 'value', H: 'basis', J: 'history' });
  expect(after.forms[0].indicators).toHaveLength(12);
  expect(after.forms[0].indicators.every((n) => n.description === undefined)).toBe(true);
  expect(after.forms[0].indicators.filter((n) => n.basis).length).toBeGreaterThan(0);
});

test('header rows, exclude, split and join', async () => {
  const grids = await read('two-forms-one-sheet.xlsx');
  const result = checkGrids(grids);
  const view = recognitionView(result, grids);
  const sheet = view[0].sheet;
  const rows = applyMappingEdit(null, result.forms, grids, {
    kind: 'headerRows',
    table: tableRef(view, view[1], view[1].tables[0]),
    rows: 2,
  });
  expect(rows.sheets[sheet].tables.map((t) => t.headerRows)).toEqual([1, 2]);
  const excluded = applyMappingEdit(rows, result.forms, grids, { kind: 'exclude', sheet, range: 'G3' });
  expect(excluded.sheets[sheet].exclude).toEqual(['G3:G3']);
  expect(excluded.sheets[sheet].tables.map((t) => t.headerRows)).toEqual([1, 2]); // the earlier edit stays
  const joined = applyMappingEdit(null, result.forms, grids, { kind: 'join', form: formRef(view, view[0]) });
  expect(joined.sheets[sheet].forms).toEqual([{ range: 'A1:H124', kind: 'project' }]);
  expect(() => applyMappingEdit(null, result.forms, grids, { kind: 'join', form: formRef(view, view[1]) })).toThrow(
    MappingEditError,
  );
  const split = applyMappingEdit(joined, result.forms, grids, {
    kind: 'split',
    form: { sheet, range: 'A1:H124', index: 0 },
    row: 91,
  });
  expect(split.sheets[sheet].forms.map((f) => f.range)).toEqual(['A1:H90', 'A91:H124']);
  // read as two forms again, each with the indicators it had (a mapped form keeps the range it was given)
  expect(checkGrids(grids, { mapping: split }).forms.map((f) => [f.range, f.indicators.length])).toEqual([
    ['A1:H90', result.forms[0].indicators.length],
    ['A91:H124', result.forms[1].indicators.length],
  ]);
  expect(() =>
    applyMappingEdit(joined, result.forms, grids, { kind: 'split', form: formRef(view, view[0]), row: 1 }),
  ).toThrow(MappingEditError);
});
