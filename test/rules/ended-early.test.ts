/**
 * structure.ended-early: a form whose indicator table stops after 产出 (no 效益, no 满意度), typed as a sheet
 * and read by the recognizer. A table cut right after a full row at the sheet end (a copied page, a print
 * area) is one finding, not one per missing section; a row cut half-way stays quiet (cut-off.ts); a table
 * that reaches 效益 is missing-satisfaction's; a complete form is not accused.
 */
import { checkForms, checkGrids } from '../../src/check';
import { makeGrid } from '../../src/core/grid';
import type { Finding } from '../../src/model/finding';
import type { CellValue } from '../../src/model/grid';

type Row = CellValue[];

/** A 2015-style project form: table header on row 8, rows from row 9 (B 一级, C 二级, D 三级, E 指标值). */
function project2015(rows: Row[], after: Row[] = []) {
  return makeGrid('项目表', [
    ['项目支出绩效目标申报表', null, null, null, null],
    ['（2024年度）', null, null, null, null],
    ['项目名称', '社区养老服务补助', '项目类型', '延续性项目', null],
    ['主管部门', '某区民政局', '项目实施单位', '某区民政局', null],
    ['项目资金（万元）', '资金总额', 300, '其中：财政资金', 300],
    ['总体目标', '年度目标', null, null, null],
    [null, '2024年新增社区养老服务站3个，服务老年人2万人次。', null, null, null],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
    ...rows.map((r) => [null, ...r]),
    ...after,
  ]);
}

const OUTPUT: Row[] = [
  ['产出指标', '数量指标', '新增社区养老服务站', '≥3个'],
  ['', '质量指标', '服务站验收合格率', '=100%'],
  ['', '时效指标', '项目完成时间', '≤2024年12月'],
  ['', '成本指标', '服务站建设成本', '≤90万元'],
];
const EFFECT: Row = ['效益指标', '社会效益指标', '服务老年人人次', '≥2万人次'];
const SATISFACTION: Row = ['满意度指标', '服务对象满意度指标', '老年人满意度', '≥90%'];
const SIGNATURE: Row[] = [[null], ['填表人：张三', null, null, '填报日期：2024年1月5日', null]];

/** The rules that judge what is missing at the end of a table. */
const MISSING = [
  'structure.ended-early',
  'structure.missing-satisfaction',
  'structure.missing-level1',
  'structure.output-core-missing',
  'structure.missing-cost',
  'structure.empty-level2',
  'structure.value-missing',
];

function missingFindings(grid: ReturnType<typeof makeGrid>): Finding[] {
  return checkGrids([grid]).findings.filter((f) => MISSING.includes(f.rule));
}

const brief = (fs: Finding[]) => fs.map((f) => [f.rule, f.cell, f.severity]);

describe('bad: one finding where the table stops', () => {
  test('the sheet ends after a full 产出 row: 效益 and 满意度 named in one warning', () => {
    const found = missingFindings(project2015(OUTPUT));
    expect(brief(found)).toEqual([['structure.ended-early', 'D12', 'warning']]);
    expect(found[0].message).toBe(
      '指标表在第 12 行（产出指标）之后就到了工作表末尾，没有效益指标和满意度指标：表格可能复制或打印不全。',
    );
    expect(found[0].suggestion).toContain('对照原表补全第 12 行之后的内容');
  });

  test('cut inside 产出 after a full row: not also “产出 lacks 时效” (it may be beyond the cut)', () => {
    expect(brief(missingFindings(project2015(OUTPUT.slice(0, 2))))).toEqual([
      ['structure.ended-early', 'D10', 'warning'],
    ]);
  });

  test('a table ending after 产出 with signature lines below: not a cut, still one finding', () => {
    const found = missingFindings(project2015(OUTPUT, SIGNATURE));
    expect(brief(found)).toEqual([['structure.ended-early', 'D12', 'warning']]);
    expect(found[0].message).toBe('指标表在产出指标之后就结束了，没有效益指标和满意度指标。');
  });

  test('a 2021 department table (计算符号 / 目标值 / 度量单位) ending after its first 质量 row: one finding', () => {
    // 10 浮梁's layout: without the rule it gave output-core-missing (时效) and missing-cost (info)
    const grid = makeGrid('部门整体支出绩效目标表', [
      ['部门整体支出绩效目标表', null, null, null, null, null, null],
      ['部门名称', '某县林业局', null, null, null, null, null],
      ['年度绩效总目标', '完成营造林任务1万亩，森林覆盖率保持稳定。', null, null, null, null, null],
      ['一级指标', '二级指标', '三级指标', '计算符号', '目标值', '度量单位', '指标值说明'],
      ['产出指标', '数量指标', '营造林面积', '≥', 10000, '亩', '该指标值数据合理'],
      [null, null, '森林督查图斑核查数', '=', 120, '个', '该指标值数据合理'],
      [null, '质量指标', '造林成活率', '≥', 85, '%', '该指标值数据合理'],
    ]);
    const found = missingFindings(grid);
    expect(brief(found)).toEqual([['structure.ended-early', 'C7', 'warning']]);
  });
});

describe('good: complete tables, and cuts that are cut-off.ts’s', () => {
  test('产出, 效益 and 满意度 to the sheet end: nothing', () => {
    expect(missingFindings(project2015([...OUTPUT, EFFECT, SATISFACTION]))).toEqual([]);
  });

  test('满意度 typed as an 二级 under 效益 (older templates): complete', () => {
    expect(
      missingFindings(project2015([...OUTPUT, EFFECT, ['', '服务对象满意度指标', '老年人满意度', '≥90%']])),
    ).toEqual([]);
  });

  test('a row cut half-way at the sheet end (“≥” without its number): quiet, as before', () => {
    expect(missingFindings(project2015([...OUTPUT.slice(0, 2), ['', '时效指标', '项目完成时间', '≥']]))).toEqual([]);
  });

  test('the sheet ends after a full 效益 row, no 满意度: missing-satisfaction alone, an error (01 临邑 is complete so)', () => {
    expect(brief(missingFindings(project2015([...OUTPUT, EFFECT])))).toEqual([
      ['structure.missing-satisfaction', 'B13', 'error'],
    ]);
  });

  test('效益 without 满意度 with rows below the table: missing-satisfaction alone (an error, as before)', () => {
    expect(brief(missingFindings(project2015([...OUTPUT, EFFECT], SIGNATURE)))).toEqual([
      ['structure.missing-satisfaction', 'B13', 'error'],
    ]);
  });

  test('a form re-checked without its sheet (the pane’s re-check, no sheet end known): not a cut, one finding', () => {
    const { forms } = checkGrids([project2015(OUTPUT)]);
    const again = checkForms(forms, {}).filter((f) => MISSING.includes(f.rule));
    expect(brief(again)).toEqual([['structure.ended-early', 'D12', 'warning']]);
    expect(again[0].message).toBe('指标表在产出指标之后就结束了，没有效益指标和满意度指标。');
  });
});
