/**
 * Noise budget (issue 14): findings the checker raised on the published samples (test/fixtures/samples) that
 * were judged false by eye, each kept out by a rule change, and the true defects next to them kept in.
 */
import { checkGrids } from '../../src/check';
import { makeGrid } from '../../src/core/grid';
import type { Finding } from '../../src/model/finding';
import { sampleGrid } from '../layout/helpers';

const findings = (name: string): Finding[] => checkGrids([sampleGrid(name)]).findings;
const rules = (fs: Finding[]) => fs.map((f) => `${f.cell} ${f.rule}`).sort();

describe('a copy cut off at the end of the sheet: nothing is judged missing beyond the cut', () => {
  test('04 荣昌 (cut in the 时效 row): no 产出缺少时效, no 缺少成本; nothing else either', () => {
    expect(rules(findings('04_rongchang_project_2022.tsv'))).toEqual([]);
  });

  test('06 安溪 (cut at the 三级 name “截”): the village values’ missing operator stays, the cut row is not judged', () => {
    expect(rules(findings('06_anxi_special_2022.tsv'))).toEqual(['F7 expr.operator-missing']);
  });

  test('09 鄂州 (cut at the value “>”): no 缺少数值 error on the cut cell, no 产出缺少时效; the true slips stay', () => {
    const found = findings('09_ezhou_project_2022.tsv');
    // E18 验收合格率 292%: no share reaches it (issue 13 values: expr.rate-over-100)
    expect(found.filter((f) => f.severity === 'error').map((f) => `${f.cell} ${f.rule}`)).toEqual([
      'E18 expr.rate-over-100',
      'E11 total.sum',
    ]);
    expect(rules(found)).not.toContain('B15 structure.output-core-missing');
    expect(rules(found)).toContain('E15 expr.operator-missing'); // 2280次
  });

  test('11 东莞 (cut at 可持续影响, a name without value): no 缺少满意度 error, no value-missing on the cut row', () => {
    expect(rules(findings('11_dongguan_project_2019.tsv'))).toEqual([
      'E12 expr.operator-missing',
      'E8 expr.operator-missing',
    ]);
  });

  test('10 浮梁 (the sheet ends after a full 质量 row): one structure.ended-early, not 产出缺少时效 plus 缺少成本', () => {
    expect(rules(findings('10_fuliang_department_2026.tsv'))).toEqual(['C21 structure.ended-early']);
  });

  test('01 临邑 ends with a finished row: it is complete, and its missing 满意度 is still an error', () => {
    expect(rules(findings('01_linyi_project_2025.tsv'))).toContain('A14 structure.missing-satisfaction');
  });

  test('a sheet that goes on after the table (a footer row) is not cut, whatever its last table row', () => {
    const rows = [
      ['项目支出绩效目标表', null, null, null, null],
      ['（2024年度）', null, null, null, null],
      ['项目名称', '乡村道路养护', null, null, null],
      ['年度目标', '2024年养护农村公路120公里。', null, null, null],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
      [null, '产出指标', '数量指标', '养护里程', '≥120公里'],
      [null, '效益指标', '社会效益指标', '群众出行条件', '明显改善'],
      [null, null, '可持续影响指标', '道路使用年限', null],
    ];
    const cut = checkGrids([makeGrid('S', rows)]).findings.map((f) => f.rule);
    expect(cut).not.toContain('structure.missing-satisfaction');
    expect(cut).not.toContain('structure.value-missing');
    const footed = checkGrids([
      makeGrid('S', [...rows, ['填表人：（略）', null, null, '填报日期：2024年1月', null]]),
    ]).findings.map((f) => f.rule);
    expect(footed).toContain('structure.missing-satisfaction');
    expect(footed).toContain('structure.value-missing');
  });
});

test('03 原州 苗木成活率 85: one finding (operator and % together, “≥85%”), not operator-missing plus rate-percent', () => {
  const found = findings('03_yuanzhou_project_2022.tsv').filter((f) => f.cell === 'E14');
  expect(found.map((f) => f.rule)).toEqual(['expr.operator-missing']);
  expect(found[0].message).toContain('缺少比较符号和%');
  expect(found[0].suggestion).toContain('“≥85%”');
});

describe('per-unit-funds pairs a standard with a quantity about the same subject', () => {
  const grid = (standard: string, quantity: string) =>
    makeGrid('批复表', [
      ['项目支出绩效目标批复表', null, null, null, null],
      ['（2024年度）', null, null, null, null],
      ['项目名称', '基本公共卫生服务补助', null, null, null],
      ['项目资金（万元）', '资金总额', 520, null, null],
      ['年度目标', '为辖区居民提供基本公共卫生服务。', null, null, null],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
      [null, '产出指标', '数量指标', quantity, '≥10万人'],
      [null, null, '成本指标', standard, '≤94元/人'],
      [null, '效益指标', '社会效益指标', '居民健康水平', '逐步提高'],
      [null, '满意度指标', '服务对象满意度指标', '居民满意度', '≥90%'],
    ]);
  const at = (g: ReturnType<typeof grid>) =>
    checkGrids([g])
      .findings.filter((f) => f.rule === 'consistency.per-unit-funds')
      .map((f) => f.cell);

  test('families/approval-project-health: 人均基本公共卫生服务补助标准 (per resident) × 老年人健康管理人数: no pairing', () => {
    expect(at(grid('人均基本公共卫生服务补助标准', '65岁及以上老年人健康管理人数'))).toEqual([]);
  });
  test('the same figures about one subject: 94元/人 × 10万人 = 940万元 > 520万元', () => {
    expect(at(grid('人均基本公共卫生服务补助标准', '基本公共卫生服务人数'))).toEqual(['E8']);
  });
  test('a generic standard (人均补助标准) still pairs with the only quantity in 人', () => {
    expect(at(grid('人均补助标准', '65岁及以上老年人健康管理人数'))).toEqual(['E8']);
  });
});
