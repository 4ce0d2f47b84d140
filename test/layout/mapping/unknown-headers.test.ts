/**
 * A form whose indicator columns are headed 栏目一 … 栏目五 (test/fixtures/mapping/unknown-headers.xlsx,
 * scripts/families/unknown-headers.ts): no reader knows the headings, so nothing is read without a mapping;
 * with one, every indicator is read and exactly the two defects built into it are found, at their cells.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkGrids } from '../../../src/check';
import { readWorkbookFile } from '../../../src/hosts/file/xlsx-file';
import { MappingSchema } from '../../../src/model/mapping';
import type { Grid } from '../../../src/model/grid';
import { familyWorkbook } from '../../../scripts/families/sheet';
import { unknownHeaders } from '../../../scripts/families/unknown-headers';

const DIR = join(__dirname, '..', '..', 'fixtures', 'mapping');
const mapping = MappingSchema.parse(JSON.parse(readFileSync(join(DIR, 'unknown-headers.mapping.json'), 'utf8')));
let grids: Grid[];
beforeAll(async () => {
  grids = await readWorkbookFile(join(DIR, 'unknown-headers.xlsx'));
});

test('the committed workbook is what its builder writes (npm run fixtures)', async () => {
  const fx = unknownHeaders();
  expect(fx.file).toBe('mapping/unknown-headers.xlsx');
  expect(Buffer.compare(await familyWorkbook(fx.sheets), readFileSync(join(DIR, 'unknown-headers.xlsx')))).toBe(0);
});

test('without a mapping: no indicators; one warning says the sheet looks like a form that was not read', () => {
  const { forms, findings } = checkGrids(grids);
  expect(forms.map((f) => [f.title, f.indicators.length, f.tables.length])).toEqual([
    ['2025年项目支出绩效目标表', 0, 0],
  ]);
  expect(findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([['structure.unrecognized', 'warning', 'A1']]);
  expect(findings[0].message).toBe('此工作表像绩效目标表（标题“2025年项目支出绩效目标表”），但未能读出指标表。');
});

test('with the mapping: the whole form is read (header, funds, goal, 11 indicators with their 一级/二级)', () => {
  const { forms, mappingProblems } = checkGrids(grids, { mapping });
  expect(mappingProblems).toEqual([]);
  expect(forms).toHaveLength(1);
  const [f] = forms;
  expect([f.kind, f.title, f.year, f.range, f.name]).toEqual([
    'project',
    '2025年项目支出绩效目标表',
    2025,
    'A1:E19',
    '社区养老服务中心运营补助',
  ]);
  expect(f.header.map((h) => h.key)).toEqual(['projectName', 'department', 'implementer']);
  // 年度资金总额: the year's amounts, typed as numbers
  expect(f.funds.map((x) => [x.key, x.amounts['年度']?.address, x.amounts['年度']?.value])).toEqual([
    ['total', 'C4', 150],
    ['fiscalSubtotal', 'C5', 120],
    ['other', 'C6', 30],
  ]);
  expect(f.goals.map((g) => [g.key, g.value?.address])).toEqual([['annual', 'B7']]);
  expect(f.unplaced).toEqual([]);
  expect(f.periods).toEqual(['全年']);
  // typed in the builder: 二级 merged down, 一级 typed once in the middle of its block
  expect(
    f.indicators.map((n) => [
      n.level1?.key,
      n.level2?.key,
      n.level3?.address,
      n.values['全年']?.text,
      n.description?.text ?? null,
    ]),
  ).toEqual([
    ['output', 'quantity', 'C9', '300人', '年度内接受日间照料的老年人数'],
    ['output', 'quantity', 'C10', '≥36000人次', '全年助餐服务累计人次'],
    ['output', 'quality', 'C11', '≥90%', '持证护理员占护理员总数的比例'],
    ['output', 'quality', 'C12', '=100%', null],
    ['output', 'timeliness', 'C13', '=100%', '按季度拨付'],
    ['output', 'cost', 'C14', '≥4000元', '按服务人数核定的年度补助'],
    ['effect', 'social', 'C15', '≥60%', null],
    ['effect', 'social', 'C16', '≥70%', null],
    ['effect', 'sustainable', 'C17', '≥5年', null],
    ['satisfaction', 'satisfaction', 'C18', '≥90%', '问卷调查'],
    ['satisfaction', 'satisfaction', 'C19', '≥90%', '问卷调查'],
  ]);
  expect(f.tables.map((t) => [t.range, t.headerRows, t.columns.map((c) => `${c.col}:${c.role}`)])).toEqual([
    ['A8:E19', 1, ['A:level1', 'B:level2', 'C:level3', 'D:value', 'E:description']],
  ]);
});

test('with the mapping: the two defects at their cells, and no other error', () => {
  const { findings } = checkGrids(grids, { mapping });
  expect(findings.find((x) => x.rule === 'expr.operator-missing')?.cell).toBe('D9');
  expect(findings.find((x) => x.rule === 'expr.cost-direction')).toMatchObject({ cell: 'D14', severity: 'error' });
  expect(findings.filter((x) => x.severity === 'error').map((x) => `${x.rule} ${x.cell}`)).toEqual([
    'expr.cost-direction D14',
  ]);
  expect(findings.map((x) => `${x.rule} ${x.cell}`).sort()).toEqual([
    'expr.cost-direction D14',
    'expr.operator-missing D9',
  ]);
});

test('a mapping without the description column still reads every indicator; E is then nobody’s (unplaced)', () => {
  const sheet = mapping.sheets['绩效目标'];
  const narrower = {
    version: 1 as const,
    sheets: { 绩效目标: { ...sheet, tables: [{ ...sheet.tables[0], range: 'A8:D19' }] } },
  };
  const { forms } = checkGrids(grids, { mapping: narrower });
  expect(forms[0].indicators).toHaveLength(11);
  expect(forms[0].indicators.every((n) => n.description === undefined)).toBe(true);
  expect(forms[0].unplaced.map((c) => c.address)).toEqual(['E9', 'E10', 'E11', 'E13', 'E14', 'E18', 'E19']);
});
