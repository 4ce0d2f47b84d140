/**
 * The 识别结果 view's description of what was read (issue 18), on fixtures whose layout is documented in
 * test/fixtures/families/README.md: parts with ranges, every column of each table with its role in zh-CN,
 * header rows, and the cells nobody placed.
 */
import fs from 'fs';
import path from 'path';
import { checkGrids } from '../../src/check';
import { readWorkbook } from '../../src/hosts/file/xlsx';
import {
  boundingRange,
  recognitionView,
  roleLabel,
  roleOptions,
  sheetPeriods,
  type FormView,
} from '../../src/app/recognition-view';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');

async function view(file: string): Promise<FormView[]> {
  const grids = await readWorkbook(fs.readFileSync(path.join(FIXTURES, file)));
  return recognitionView(checkGrids(grids), grids);
}

const roles = (f: FormView, t = 0) => f.tables[t].columns.map((c) => `${c.col}:${roleLabel(c.role)}`);

test('2021 core table: every column of A6:J18 with its role, one header row, 12 indicator rows', async () => {
  const [form] = await view('families/core2021-project-water.xlsx');
  expect(form.label).toMatch(/（项目）$/);
  expect(form.parts.map((p) => [p.label, p.range])).toEqual([
    ['标题', 'A1'],
    ['表头信息', 'A2:G3'],
    ['资金情况', 'A4:H4'],
    ['绩效目标', 'A5:B5'],
    ['指标表', 'A6:J18'],
  ]);
  const [table] = form.tables;
  expect(table.headerRows).toBe(1);
  expect(table.indicators).toBe(12);
  expect(roles(form)).toEqual([
    'A:一级',
    'B:二级',
    'C:三级',
    'D:运算符', // 指标性质 holds ≥ / ≤ / ＝
    'E:指标值·全年',
    'F:单位',
    'G:权重',
    'H:指标解释',
    'I:备注',
    'J:历史值',
  ]);
  expect(table.columns.map((c) => c.header)).toContain('度量单位');
  expect(form.unrecognized).toEqual([]);
});

test('批复表: the two-row header band counts as two header rows; 上年实际值 is not the value', async () => {
  const [form] = await view('families/approval-project-health.xlsx');
  const [table] = form.tables;
  expect(table.range).toBe('A6:E14');
  expect(table.headerRows).toBe(2);
  expect(table.indicators).toBe(7);
  expect(roles(form)).toEqual(['A:一级', 'B:二级', 'C:三级', 'D:历史值', 'E:指标值·全年']);
});

test('2015 申报表: the spanning 绩效指标 column is in the range but read by no role (忽略); 中期 and 年度 values', async () => {
  const [form] = await view('families/ministry2015-project-road.xlsx');
  const [table] = form.tables;
  expect(table.range).toBe('A11:H20');
  expect(table.indicators).toBe(18); // 9 rows on each side
  expect(table.columns[0]).toEqual({ col: 'A', header: '绩效指标', role: 'ignore' });
  expect(roles(form).slice(4)).toEqual(['E:指标值·中期', 'F:二级', 'G:三级', 'H:指标值·年度']);
  const forms = await view('families/ministry2015-project-road.xlsx');
  expect(sheetPeriods(forms, form.sheet)).toEqual(['中期', '年度']);
});

test('a cell nobody placed is listed under the form (transfer self-evaluation: the 原因分析 text beside the table)', async () => {
  const [form] = await view('families/transfer-project-selfeval.xlsx');
  expect(form.unrecognized).toEqual([{ cell: 'F12', text: '部分地块土地流转滞后，已于次年一季度补建' }]);
});

test('two forms on one sheet are two entries, each with its own parts', async () => {
  const forms = await view('two-forms-one-sheet.xlsx');
  expect(forms.map((f) => f.range)).toEqual(['A1:E87', 'A91:H124']);
  expect(forms[1].tables.map((t) => t.range)).toEqual(['A101:H124']);
  // parts are listed top to bottom, tables last
  const tops = forms[0].parts.map((p) => Number(/\d+/.exec(p.range)![0]));
  expect(tops).toEqual([...tops].sort((a, b) => a - b));
});

test('role options: the fixed roles, a value per period right after 指标值, and a current role a mapping cannot name', () => {
  const options = roleOptions(['半年', '全年']).map((o) => o.label);
  expect(options.slice(0, 5)).toEqual(['一级', '二级', '三级', '指标值·全年', '指标值·半年']);
  expect(options).toContain('运算符');
  expect(options).toContain('依据');
  expect(options[options.length - 1]).toBe('忽略');
  expect(roleOptions([], 'work').map((o) => o.value)).toContain('work');
  expect(roleOptions([], 'level1').filter((o) => o.value === 'level1')).toHaveLength(1);
});

test('boundingRange spans the given cells and skips missing ones', () => {
  expect(
    boundingRange([{ text: 'a', address: 'C5' }, null, { text: 'b', address: 'A7' }, { text: 'c', address: 'B2' }]),
  ).toBe('A2:C7');
  expect(boundingRange([null, undefined])).toBeNull();
});
