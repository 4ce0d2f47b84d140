/**
 * structure.unrecognized on a sheet where no form could be read at all: a sheet that looks like a target
 * form (a 绩效目标 / 绩效指标 title over a table, a heading row of level words or 指标名称 | 指标值) says so
 * once, at the title or the heading; a sheet that is something else (notes, a funds list, numbers, an empty
 * sheet) says nothing. Fixtures: scripts/families/unrecognized.ts (test/fixtures/unrecognized).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkGrids } from '../../src/check';
import { gridFromTsv } from '../../src/hosts/file/tsv';
import { readWorkbookFile } from '../../src/hosts/file/xlsx-file';
import { recognize } from '../../src/layout/recognize';
import { mappingFromForms } from '../../src/layout/mapping/derive';
import { familyWorkbook } from '../../scripts/families/sheet';
import { looksLikeForm, notAFormSheets } from '../../scripts/families/unrecognized';
import { rule } from '../../src/rules/structure/unrecognized';

const DIR = join(__dirname, '..', 'fixtures', 'unrecognized');
const sheet = (lines: string[][]) => gridFromTsv('表1', lines.map((l) => l.join('\t')).join('\n'));
const findingsOf = (grids: Parameters<typeof checkGrids>[0]) =>
  grids.map((g) => [g.sheet, checkGrids([g]).findings.map((f) => [f.rule, f.severity, f.cell, f.message])]);

test.each([
  ['looks-like-form.xlsx', looksLikeForm],
  ['not-a-form-sheets.xlsx', notAFormSheets],
])('%s is what the builder writes', async (file, build) => {
  const fx = build();
  expect(Buffer.compare(await familyWorkbook(fx.sheets), readFileSync(join(DIR, file)))).toBe(0);
});

test('sheets that look like a form but hold no readable table: one warning each, at the title or heading', async () => {
  const grids = await readWorkbookFile(join(DIR, 'looks-like-form.xlsx'));
  expect(findingsOf(grids)).toEqual([
    [
      '项目绩效目标',
      [[rule.id, 'warning', 'A1', '此工作表像绩效目标表（标题“2025年项目支出绩效目标表”），但未能读出指标表。']],
    ],
    [
      '指标表',
      [[rule.id, 'warning', 'A1', '此工作表像绩效目标表（标题“某镇2025年度绩效指标表”），但未能读出指标表。']],
    ],
    [
      'Sheet3',
      [
        [
          rule.id,
          'warning',
          'A1',
          '此工作表像绩效目标表（表头“一级 | 二级 | 考核内容 | 目标要求”），但未能读出指标表。',
        ],
      ],
    ],
  ]);
  // the form that says so is empty: no indicators, no cells claimed or listed as unplaced, no other finding
  const forms = grids.flatMap((g) => recognize(g));
  expect(forms.map((f) => [f.title, f.range, f.indicators.length, f.tables.length, f.unplaced.length])).toEqual([
    ['2025年项目支出绩效目标表', 'A1:D8', 0, 0, 0],
    ['某镇2025年度绩效指标表', 'A1:D4', 0, 0, 0],
    [null, 'A1:D4', 0, 0, 0],
  ]);
  // nothing to map: a mapping derived from these forms names none of them
  expect(mappingFromForms(forms).sheets).toEqual({});
});

test('sheets that are something else: no form, no finding', async () => {
  for (const file of [join(DIR, 'not-a-form-sheets.xlsx'), join(__dirname, '..', 'fixtures', 'not-a-form.xlsx')]) {
    const grids = await readWorkbookFile(file);
    expect(grids.length).toBeGreaterThanOrEqual(3);
    for (const g of grids) expect(recognize(g)).toEqual([]);
  }
});

describe('typed in code', () => {
  const ROWS = [
    ['新建污水管网', '3公里'],
    ['群众满意度', '90%'],
  ];
  test('a heading row of 指标名称 | 指标值 over names and values is a flat list, not an unread sheet', () => {
    const [f] = recognize(sheet([['', '指标名称', '指标值'], ...ROWS.map((r) => ['', ...r])]));
    expect(f.indicators.map((n) => [n.level3?.address, n.values['全年']?.text])).toEqual([
      ['B2', '3公里'],
      ['B3', '90%'],
    ]);
    expect(f.unrecognized).toBeUndefined();
  });

  test('a 部门整体 title: the form that says so is a department form, with the title’s year', () => {
    const lines = [
      ['2024年部门整体支出绩效目标表'],
      ['栏目一', '栏目二', '栏目三'],
      ['甲', '乙', '丙'],
      ['丁', '戊', '己'],
    ];
    const [f] = recognize(sheet(lines));
    expect([f.kind, f.year, f.unrecognized?.[0].part, f.unrecognized?.[0].cell.address]).toEqual([
      'department',
      2024,
      'sheetTitle',
      'A1',
    ]);
  });

  test('a title with nothing table-like under it (a title only, a page of sentences) says nothing', () => {
    expect(recognize(sheet([['2025年项目支出绩效目标表']]))).toEqual([]);
    const page = [['2025年项目支出绩效目标表'], ['本表由项目单位填写，报主管部门审核。'], ['指标应细化量化。']];
    expect(recognize(sheet(page))).toEqual([]);
  });

  test('a 说明 title over a table, a funds list, a level word in one cell: no form', () => {
    const notes = [['绩效目标填报说明'], ['序号', '要求'], ['1', '指标应细化量化'], ['2', '指标值应可考核']];
    expect(recognize(sheet(notes))).toEqual([]);
    const funds = [
      ['序号', '项目名称', '金额（万元）'],
      ['1', '乡村医生补助', '112.5'],
      ['2', '背街小巷改造', '320'],
    ];
    expect(recognize(sheet(funds))).toEqual([]);
    expect(
      recognize(
        sheet([
          ['一级指标', '说明'],
          ['产出', '略'],
        ]),
      ),
    ).toEqual([]);
  });

  test('a sheet with a form is unchanged: the form, no sheet-level finding', () => {
    const lines = [
      ['2024年项目支出绩效目标表'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '完成道路改造', '≥12公里'],
    ];
    const forms = recognize(sheet(lines));
    expect(forms.map((f) => [f.indicators.length, f.unrecognized])).toEqual([[1, undefined]]);
  });
});
