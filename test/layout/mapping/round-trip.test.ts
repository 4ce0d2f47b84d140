/**
 * A recognition's mapping (mappingFromForms), given back to the recognizer, reads the same indicators: the
 * mapping printed by `model --json` is a faithful description of how the sheet was read.
 */
import { readdirSync } from 'fs';
import { join } from 'path';
import { readWorkbookFile } from '../../../src/hosts/file/xlsx-file';
import { recognize } from '../../../src/layout/recognize';
import { mappingFromForms } from '../../../src/layout/mapping/derive';
import { MappingSchema } from '../../../src/model/mapping';
import type { Form } from '../../../src/model/form';

const FIX = join(__dirname, '..', '..', 'fixtures');

/** What a rule sees of the indicators: levels (text and key), name, values, extras, by address. */
function indicators(forms: Form[]) {
  return forms.map((f) =>
    f.indicators.map((n) => ({
      row: n.row,
      level1: n.level1 && { text: n.level1.text, key: n.level1.key },
      level2: n.level2 && { text: n.level2.text, key: n.level2.key },
      level3: n.level3?.address ?? null,
      values: Object.fromEntries(Object.entries(n.values).map(([p, c]) => [p, `${c.address}=${c.text}`])),
      unit: n.unit?.address,
      operator: n.operator?.address,
      joined: n.joined,
    })),
  );
}

// every family, the tables holding several projects (projectField columns, one form per project) included
const files = [
  ...readdirSync(join(FIX, 'families'))
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => join('families', f)),
  ...['seed000.xlsx', 'seed001.xlsx', 'seed002.xlsx', 'seed003.xlsx', 'seed004.xlsx', 'seed001-shifted.xlsx'],
];

test('fixtures to compare', () => {
  expect(files.length).toBeGreaterThanOrEqual(20);
});

test.each(files)('%s: mappingFromForms(recognize(x)) re-applied reads the same indicators', async (file) => {
  const grids = await readWorkbookFile(join(FIX, file));
  const forms = grids.flatMap((g) => recognize(g));
  expect(forms.length).toBeGreaterThan(0);
  const mapping = MappingSchema.parse(JSON.parse(JSON.stringify(mappingFromForms(forms))));
  const again = grids.flatMap((g) => recognize(g, { mapping: mapping.sheets[g.sheet] }));
  expect(indicators(again)).toEqual(indicators(forms));
  expect(again.map((f) => [f.range, f.kind, f.title, f.year, f.header.length, f.funds.length, f.goals.length])).toEqual(
    forms.map((f) => [f.range, f.kind, f.title, f.year, f.header.length, f.funds.length, f.goals.length]),
  );
});

/** What each project's form holds besides its indicators: name, fields, funds, goals (as read). */
function projects(forms: Form[]) {
  return forms.map((f) => ({
    name: f.name,
    header: f.header.map((h) => [h.key, h.label.address, h.value?.text ?? null]),
    funds: f.funds.map((x) => [x.key, x.label.address, x.amounts['全年']?.value ?? null]),
    goals: f.goals.map((g) => [g.key, g.value?.address ?? null]),
    unplaced: f.unplaced.map((c) => c.address),
  }));
}

describe('several projects in one table (issue 18): the project columns are `projectField` columns', () => {
  test('multi-project-town: the derived mapping names the five project columns, and reads the same two forms', async () => {
    const grids = await readWorkbookFile(join(FIX, 'families', 'multi-project-town.xlsx'));
    const forms = grids.flatMap((g) => recognize(g));
    const mapping = MappingSchema.parse(JSON.parse(JSON.stringify(mappingFromForms(forms))));
    // typed by scripts/families/multi.ts: 项目名称 | 实施单位 | 资金总额（万元） | 其中：财政资金 | 年度绩效目标 in A–E
    expect(mapping.sheets['Sheet1'].tables).toEqual([
      {
        range: 'A2:K11',
        headerRows: 1,
        columns: {
          A: 'projectField',
          B: 'projectField',
          C: 'projectField',
          D: 'projectField',
          E: 'projectField',
          F: 'level1',
          G: 'level2',
          H: 'level3',
          I: 'operator',
          J: 'value',
          K: 'unit',
        },
      },
    ]);
    const again = grids.flatMap((g) => recognize(g, { mapping: mapping.sheets[g.sheet] }));
    expect(again.map((f) => f.name)).toEqual(['大坪乡农村公路安全生命防护工程', '坪石镇农村饮水安全巩固提升']);
    expect(projects(again)).toEqual(projects(forms));
    expect(indicators(again)).toEqual(indicators(forms));
    // each project's own funds, as typed: 85.5 (85.5 of it fiscal) and 25万元 (text)
    expect(again.map((f) => f.funds.map((x) => x.amounts['全年']?.value))).toEqual([
      [85.5, 85.5],
      [25, 25],
    ]);
  });

  test('multi-project-county, from a mapping written by hand: one form per project', async () => {
    const grids = await readWorkbookFile(join(FIX, 'families', 'multi-project-county.xlsx'));
    const [grid] = grids;
    const mapping = MappingSchema.parse({
      version: 1,
      sheets: {
        [grid.sheet]: {
          forms: [{ range: 'A1:I16', kind: 'project' }],
          tables: [
            {
              range: 'A2:I16',
              headerRows: 1,
              columns: {
                B: 'projectField',
                C: 'projectField',
                D: 'projectField',
                E: 'projectField',
                F: 'level1',
                G: 'level2',
                H: 'level3',
                I: 'value',
              },
            },
          ],
        },
      },
    });
    const forms = recognize(grid, { mapping: mapping.sheets[grid.sheet] });
    expect(forms.map((f) => [f.name, f.indicators.length, f.funds[0]?.amounts['全年']?.value])).toEqual([
      ['脐橙产业高质量发展项目', 5, 500],
      ['乡村医生补助', 4, 312.6],
      ['农村义务教育学生营养改善计划', 5, 1260.8],
    ]);
    expect(forms.map((f) => f.header.find((h) => h.key === 'unitName')?.value?.text)).toEqual([
      '信丰县农业农村局',
      '信丰县卫生健康委员会',
      '信丰县教育科技体育局',
    ]);
    expect(projects(forms)).toEqual(projects(recognize(grid)));
  });
});
