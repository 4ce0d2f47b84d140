/**
 * A mapping that does not fit its sheet: each part that cannot be read is left out with a zh-CN problem
 * (never an exception), and the rest is still read; excluded ranges read as empty.
 */
import { makeGrid } from '../../../src/core/grid';
import { checkGrids, mappingProblems } from '../../../src/check';
import { recognize } from '../../../src/layout/recognize';
import type { Mapping, SheetMapping } from '../../../src/model/mapping';

// A1:E7, headings nobody knows (列1 …), a title the readers know
const grid = makeGrid('表', [
  ['2025年项目支出绩效目标表', null, null, null, null],
  ['项目名称', '某项目', null, null, null],
  ['列1', '列2', '列3', '列4', '列5'],
  ['产出指标', '数量指标', '培训人数', '≥100人', '备注甲'],
  [null, '质量指标', '合格率', '=100%', null],
  ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', null],
  ['注：本表由某县自行设计', null, null, null, null],
]);

const COLUMNS = { A: 'level1', B: 'level2', C: 'level3', D: 'value', E: 'note' } as const;
const sheet = (m: Partial<SheetMapping>): SheetMapping => ({ forms: [], tables: [], ...m });
const mappingOf = (m: Partial<SheetMapping>): Mapping => ({ version: 1, sheets: { 表: sheet(m) } });
const codes = (m: Partial<SheetMapping>) => mappingProblems([grid], mappingOf(m)).map((p) => `${p.code} ${p.range}`);

const good = {
  forms: [{ range: 'A1:E6', kind: 'project' as const }],
  tables: [{ range: 'A3:E6', headerRows: 1, columns: COLUMNS }],
};

test('a mapping that fits: no problem, the table read with its roles', () => {
  expect(codes(good)).toEqual([]);
  const [form] = recognize(grid, { mapping: sheet(good) });
  expect(form.indicators.map((n) => [n.level1?.key, n.level3?.text, n.values['全年']?.text, n.note?.text])).toEqual([
    ['output', '培训人数', '≥100人', '备注甲'],
    ['output', '合格率', '=100%', undefined],
    ['satisfaction', '满意度', '≥90%', undefined],
  ]);
  expect(form.name).toBe('某项目');
});

test('a range wholly outside the used range is left out; one partly outside is clipped, both said', () => {
  expect(codes({ ...good, forms: [...good.forms, { range: 'A20:E30', kind: 'project' }] })).toEqual([
    'rangeOutside A20:E30',
  ]);
  const partly = { forms: [{ range: 'A1:E40', kind: 'project' as const }], tables: good.tables };
  expect(codes(partly)).toEqual(['rangePartlyOutside A1:E40']);
  expect(recognize(grid, { mapping: sheet(partly) })[0].indicators).toHaveLength(3);
  const [p] = mappingProblems([grid], mappingOf(partly));
  expect(p.message).toBe('映射中的表单 A1:E40 超出工作表的已用区域 A1:E7，只读取其中的部分；请确认范围是否仍然正确。');
});

test('a column letter outside the table, a table outside every form, no 三级 or value column', () => {
  expect(codes({ ...good, tables: [{ ...good.tables[0], columns: { ...COLUMNS, G: 'weight' } }] })).toEqual([
    'columnOutside A3:E6',
  ]);
  // (the form, left without a table, is said too)
  expect(codes({ ...good, forms: [{ range: 'A1:C6', kind: 'project' }] })).toEqual([
    'tableOutsideForms A3:E6',
    'formWithoutTable A1:C6',
  ]);
  expect(codes({ ...good, tables: [{ ...good.tables[0], columns: { A: 'level1', D: 'value' } }] })).toEqual([
    'noNameColumn A3:E6',
  ]);
  expect(
    codes({ ...good, tables: [{ ...good.tables[0], columns: { A: 'level1', B: 'level2', C: 'level3' } }] }),
  ).toEqual(['noValueColumn A3:E6']);
  expect(codes({ ...good, tables: [{ ...good.tables[0], range: 'A3:E4', headerRows: 2 }] })).toEqual([
    'headerRowsTooMany A3:E4',
  ]);
  // a form without mapped tables is read with the tables the readers detect in it; none found is said
  expect(codes({ ...good, tables: [] })).toEqual([]);
  expect(recognize(grid, { mapping: sheet({ ...good, tables: [] }) })[0].indicators).toHaveLength(3);
  expect(codes({ forms: [{ range: 'A1:E2', kind: 'project' }] })).toEqual(['formWithoutTable A1:E2']);
});

test('problems become structure.mapping-mismatch findings at the range’s first cell, first in the list', () => {
  const mapping = mappingOf({ ...good, forms: [{ range: 'A1:C6', kind: 'project' }] });
  const { findings, mappingProblems: problems } = checkGrids([grid], { mapping });
  expect(problems?.map((p) => p.code)).toEqual(['tableOutsideForms', 'formWithoutTable']);
  expect(findings.slice(0, 2).map((f) => [f.rule, f.severity, f.cell])).toEqual([
    ['structure.mapping-mismatch', 'warning', 'A3'],
    ['structure.mapping-mismatch', 'warning', 'A1'],
  ]);
  // switched off like any rule; the problems are still returned
  const off = checkGrids([grid], { mapping, overrides: { 'structure.mapping-mismatch': 'off' } });
  expect(off.findings.some((f) => f.rule === 'structure.mapping-mismatch')).toBe(false);
  expect(off.mappingProblems).toHaveLength(2);
});

test('excluded ranges read as empty', () => {
  const [form] = recognize(grid, { mapping: sheet({ ...good, exclude: ['E4:E4', 'A7:E7'] }) });
  expect(form.indicators[0].note).toBeUndefined();
  // without a form in the mapping the readers segment the sheet, excluded cells left out
  expect(recognize(grid, { mapping: sheet({ exclude: ['A1:E2'] }) })).toEqual([]);
});

test('a sheet the mapping names but the workbook lacks is said when every sheet was read', () => {
  const mapping: Mapping = { version: 1, sheets: { 表: sheet(good), 旧表: sheet({}) } };
  expect(mappingProblems([grid], mapping).map((p) => p.code)).toEqual([]);
  expect(mappingProblems([grid], mapping, true).map((p) => `${p.code} ${p.sheet}`)).toEqual(['sheetMissing 旧表']);
});
