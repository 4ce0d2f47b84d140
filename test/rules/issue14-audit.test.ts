/**
 * Issue 14, “Deliver 1”, audited end to end: each defect kind reviewers send back, typed into a grid laid out
 * like a real form (the 2015 申报表 with one 指标值 column; the 2021 core-indicator table with 指标性质 and
 * 度量单位 columns), read by the recognizer and checked by every rule. Each bad cell is found by the rule
 * named; its good counterpart in the same layout raises no finding of that rule.
 */
import ExcelJS from 'exceljs';
import { checkGrids } from '../../src/check';
import { readWorkbook } from '../../src/hosts/file/xlsx';
import { makeGrid } from '../../src/core/grid';
import type { Finding } from '../../src/model/finding';
import type { CellValue } from '../../src/model/grid';

type Row = CellValue[];

/**
 * A 2015-style project form: funds 资金总额 on row 5, 年度目标 on row 7, the indicator table's header on
 * row 8 and its rows from row 9 (B 一级, C 二级, D 三级, E 指标值). Rows give [一级, 二级, 三级, 指标值].
 */
function project2015(rows: Row[], opts: { total?: number; goal?: string } = {}) {
  const total = opts.total ?? 300;
  return makeGrid('项目表', [
    ['项目支出绩效目标申报表', null, null, null, null, null, null],
    ['（2024年度）', null, null, null, null, null, null],
    ['项目名称', '社区养老服务补助', '项目类型', '延续性项目', null, null, null],
    ['主管部门', '某区民政局', '项目实施单位', '某区民政局', null, null, null],
    ['项目资金（万元）', '资金总额', total, '其中：财政资金', total, '其他资金', 0],
    ['总体目标', '年度目标', null, null, null, null, null],
    [null, opts.goal ?? '2024年新增社区养老服务站3个，服务老年人2万人次。', null, null, null, null, null],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', null, null],
    ...rows.map((r) => [null, ...r, null, null]),
  ]);
}

/** The rest of a complete project table, so only the row under test can raise a finding. */
const REST: Row[] = [
  ['效益指标', '社会效益指标', '服务老年人人次', '≥2万人次'],
  ['满意度指标', '服务对象满意度指标', '老年人满意度', '≥90%'],
];

function check(grid: ReturnType<typeof makeGrid>): Finding[] {
  return checkGrids([grid]).findings;
}

/** Cells (with their also cells) the rule reports. */
function at(findings: Finding[], rule: string): string[] {
  return findings.filter((f) => f.rule === rule).flatMap((f) => [f.cell, ...(f.also ?? [])]);
}

describe('zero or empty targets on cost and quantity indicators → expr.zero-target', () => {
  test('bad: 成本 =0万元, 数量 =0个', () => {
    const found = check(
      project2015([
        ['产出指标', '数量指标', '新增社区养老服务站', '=0个'],
        ['', '成本指标', '服务站建设成本', '=0万元'],
        ...REST,
      ]),
    );
    expect(at(found, 'expr.zero-target')).toEqual(['E9', 'E10']);
  });
  test('good: an accident count kept at =0次 and real targets', () => {
    const found = check(
      project2015([
        ['产出指标', '数量指标', '新增社区养老服务站', '≥3个'],
        ['', '质量指标', '安全事故发生次数', '=0次'],
        ['', '成本指标', '服务站建设成本', '≤90万元'],
        ...REST,
      ]),
    );
    expect(at(found, 'expr.zero-target')).toEqual([]);
  });
});

describe('a unit against the meaning → expr.unit-contradiction', () => {
  test('bad: a percentage as a cost, money on a 率', () => {
    const found = check(
      project2015([
        ['产出指标', '数量指标', '新增社区养老服务站', '≥3个'],
        ['', '质量指标', '服务站验收合格率', '=30万元'],
        ['', '成本指标', '服务站建设成本', '≤100%'],
        ...REST,
      ]),
    );
    expect(at(found, 'expr.unit-contradiction')).toEqual(['E10', 'E11']);
  });
  test('good: 合格率 =100%, 成本 ≤90万元, 成本节约率 ≥5%', () => {
    const found = check(
      project2015([
        ['产出指标', '质量指标', '服务站验收合格率', '=100%'],
        ['', '成本指标', '服务站建设成本', '≤90万元'],
        ['', '', '成本节约率', '≥5%'],
        ...REST,
      ]),
    );
    expect(at(found, 'expr.unit-contradiction')).toEqual([]);
  });
});

describe('时效: a deadline with a percentage or a bare number → expr.deadline-value', () => {
  test('bad: 项目完成时间 100%, 办理时限 ≤5%', () => {
    const found = check(
      project2015([['产出指标', '时效指标', '项目完成时间', '100%'], ['', '', '补助发放时限', '≤5%'], ...REST]),
    );
    expect(at(found, 'expr.deadline-value')).toEqual(['E9', 'E10']);
  });
  test('good: ≤2024年12月, ≤3个月, 按时完成率 =100%', () => {
    const found = check(
      project2015([
        ['产出指标', '时效指标', '项目完成时间', '≤2024年12月'],
        ['', '', '补助发放时限', '≤3个月'],
        ['', '', '项目按时完成率', '=100%'],
        ...REST,
      ]),
    );
    expect(at(found, 'expr.deadline-value')).toEqual([]);
  });
});

describe('frequencies and quantities without an operator, in every 二级 → expr.operator-missing', () => {
  test('bad: 1次/月, 每季度1次, 3个, 95%, 3个工作日, and under 效益 2万人次', () => {
    const found = check(
      project2015([
        ['产出指标', '数量指标', '巡查频次', '1次/月'],
        ['', '', '督查频次', '每季度1次'],
        ['', '', '新增社区养老服务站', '3个'],
        ['', '质量指标', '服务站验收合格率', '95%'],
        ['', '时效指标', '补助发放时限', '3个工作日'],
        ['效益指标', '社会效益指标', '服务老年人人次', '2万人次'],
        ['满意度指标', '服务对象满意度指标', '老年人满意度', '≥90%'],
      ]),
    );
    expect(at(found, 'expr.operator-missing')).toEqual(['E9', 'E10', 'E11', 'E12', 'E13', 'E14']);
  });
  test('bad: numbers typed as Excel numbers (80000; 0.95 shown as “95%” by a % format reads as 95%)', () => {
    const found = check(
      project2015([
        ['产出指标', '数量指标', '实施营造林总面积(亩)', 80000],
        ['', '质量指标', '苗木成活率', '95%'],
        ...REST,
      ]),
    );
    expect(at(found, 'expr.operator-missing')).toEqual(['E9', 'E10']);
  });
  test('bad: an .xlsx with a real number cell formatted 0% (0.95) and a plain number cell', async () => {
    const grid = project2015([
      ['产出指标', '数量指标', '新增社区养老服务站', null],
      ['', '质量指标', '服务站验收合格率', null],
      ...REST,
    ]);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(grid.sheet);
    grid.values.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    ws.getCell('E9').value = 3;
    ws.getCell('E10').value = 0.95;
    ws.getCell('E10').numFmt = '0%';
    const grids = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    const found = checkGrids(grids).findings;
    expect(at(found, 'expr.operator-missing')).toEqual(['E9', 'E10']);
    expect(found.find((f) => f.cell === 'E10' && f.rule === 'expr.operator-missing')?.suggestion).toContain('≥95%');
  });
  test('good: ≥1次/月, =4次/年, ≥3个, ≥95%, ≤3个工作日; a 2021 table with its own 指标性质 column', () => {
    const found = check(
      project2015([
        ['产出指标', '数量指标', '巡查频次', '≥1次/月'],
        ['', '', '督查频次', '=4次/年'],
        ['', '', '新增社区养老服务站', '≥3个'],
        ['', '质量指标', '服务站验收合格率', '≥95%'],
        ['', '时效指标', '补助发放时限', '≤3个工作日'],
        ...REST,
      ]),
    );
    expect(at(found, 'expr.operator-missing')).toEqual([]);
    expect(
      at(check(core2021([['产出指标', '数量指标', '绿化美化公路', '米', '=', 3500]])), 'expr.operator-missing'),
    ).toEqual([]);
  });
});

describe('a 三级 name with no value (定性 rows too) → structure.value-missing', () => {
  test('bad: a quantity and a 定性 效益 row with names and nothing else', () => {
    const found = check(
      project2015([
        ['产出指标', '数量指标', '新增社区养老服务站', null],
        ['效益指标', '社会效益指标', '养老服务水平', null],
        ['满意度指标', '服务对象满意度指标', '老年人满意度', '≥90%'],
      ]),
    );
    expect(at(found, 'structure.value-missing')).toEqual(['E9', 'E10']);
  });
  test('good: 定性 values (明显提升) count as values', () => {
    const found = check(
      project2015([
        ['产出指标', '数量指标', '新增社区养老服务站', '≥3个'],
        ['效益指标', '社会效益指标', '养老服务水平', '明显提升'],
        ['满意度指标', '服务对象满意度指标', '老年人满意度', '≥90%'],
      ]),
    );
    expect(at(found, 'structure.value-missing')).toEqual([]);
  });
});

describe('per-unit standard × quantity against the funds → consistency.per-unit-funds', () => {
  const rows = (people: string): Row[] => [
    ['产出指标', '数量指标', '补助老年人人数', people],
    ['', '成本指标', '人均补助标准', '≤500元/人'],
    ...REST,
  ];
  test('bad: 500元/人 × 8000人 = 400万元 > 资金总额 300万元', () => {
    expect(at(check(project2015(rows('≥8000人'))), 'consistency.per-unit-funds')).toEqual(['E10']);
  });
  test('good: 500元/人 × 6000人 = 300万元', () => {
    expect(at(check(project2015(rows('≥6000人'))), 'consistency.per-unit-funds')).toEqual([]);
  });
});

describe('missing 一级 sections → structure.missing-level1 (warning), structure.missing-cost (info)', () => {
  test('bad: a project form with 产出 and 满意度 and no 效益', () => {
    const found = check(
      project2015([
        ['产出指标', '数量指标', '新增社区养老服务站', '≥3个'],
        ['满意度指标', '服务对象满意度指标', '老年人满意度', '≥90%'],
      ]),
    );
    expect(found.filter((f) => f.rule === 'structure.missing-level1').map((f) => f.severity)).toEqual(['warning']);
  });
  test('good: 产出, 效益 and 满意度 present', () => {
    const found = check(project2015([['产出指标', '数量指标', '新增社区养老服务站', '≥3个'], ...REST]));
    expect(at(found, 'structure.missing-level1')).toEqual([]);
  });
  test('bad: the 2021 core-indicator layout without 成本指标 (info); good: with it', () => {
    const without = check(
      core2021([
        ['产出指标', '数量指标', '绿化美化公路', '米', '=', 3500],
        ['效益指标', '生态效益指标', '公路沿线绿化覆盖率', '%', '≥', 90],
        ['满意度指标', '服务对象满意度指标', '沿线村民满意度', '%', '≥', 90],
      ]),
    );
    expect(without.filter((f) => f.rule === 'structure.missing-cost').map((f) => f.severity)).toEqual(['info']);
    const withCost = check(
      core2021([
        ['产出指标', '数量指标', '绿化美化公路', '米', '=', 3500],
        ['效益指标', '生态效益指标', '公路沿线绿化覆盖率', '%', '≥', 90],
        ['满意度指标', '服务对象满意度指标', '沿线村民满意度', '%', '≥', 90],
        ['成本指标', '经济成本指标', '苗木采购成本', '万元', '≤', 20],
      ]),
    );
    expect(at(withCost, 'structure.missing-cost')).toEqual([]);
  });
});

/** 04 荣昌's 2021 layout: 绩效指标 | 一级 | 二级 | 三级 | 计量单位 | 指标性质 | 指标值. */
function core2021(rows: Row[]) {
  return makeGrid('项目绩效目标表', [
    ['项目绩效目标表', null, null, null, null, null, null],
    ['(2022年度)', null, null, null, null, null, null],
    ['申报单位', '区林业局', '项目(专项)名称', '乡村振兴绿化美化项目', null, null, null],
    ['资金情况(万元)', '年度资金总额:', 153.5, null, null, null, null],
    ['项目年度目标', '对约3500米公路沿线进行绿化美化。', null, null, null, null, null],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '计量单位', '指标性质', '指标值'],
    ...rows.map((r) => [null, ...r]),
  ]);
}

test('per-unit-funds reads 资金总额 under a 年度预算（万元） heading row (a department layout)', () => {
  const grid = (people: string) =>
    makeGrid('部门表', [
      ['部门（单位）整体支出绩效目标申报表', null, null, null, null],
      ['（2024年度）', null, null, null, null],
      ['部门（单位）名称', '某县民政局', null, null, null],
      ['年度预算（万元）', '资金总额', 300, null, null],
      ['年度总体目标', '为困难老年人发放生活补助。', null, null, null],
      ['年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
      [null, '产出指标', '数量指标', '补助老年人人数', people],
      [null, null, '成本指标', '人均补助标准', '≤500元/人'],
      [null, '效益指标', '社会效益指标', '困难老年人生活水平', '明显改善'],
      [null, '满意度指标', '服务对象满意度指标', '老年人满意度', '≥90%'],
    ]);
  expect(at(check(grid('≥8000人')), 'consistency.per-unit-funds')).toEqual(['E8']);
  expect(at(check(grid('≥6000人')), 'consistency.per-unit-funds')).toEqual([]);
});
