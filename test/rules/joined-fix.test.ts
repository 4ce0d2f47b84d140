/**
 * Operator, value and unit typed in three columns are one value (issue 13 §3) for fixes too: a fix is
 * written to the one column whose part it changes, and says which cell it writes.
 */
import { makeGrid } from '../../src/core/grid';
import type { CellValue } from '../../src/model/grid';
import { checkGrids } from '../../src/check';

const HEAD: CellValue[] = ['一级指标', '二级指标', '三级指标', '运算符号', '指标值', '计量单位'];
const form = (rows: CellValue[][]) =>
  checkGrids([makeGrid('s', [['项目支出绩效目标表'], ['项目名称', '校舍维修'], HEAD, ...rows])]).findings;
const fixesOf = (rows: CellValue[][], rule: string) =>
  form(rows)
    .filter((f) => f.rule === rule)
    .map((f) => [
      f.cell,
      f.fix ? [f.fix.cell, f.fix.text, ...(f.fix.more ?? []).map((e) => `${e.cell}:${e.text}`)] : null,
    ]);

test('an ASCII operator in the operator column is fixed there, not in the value column', () => {
  expect(fixesOf([['产出指标', '数量指标', '维修面积', '>=', 1000, '平方米']], 'expr.ascii-operator')).toEqual([
    ['E4', ['D4', '≥']],
  ]);
  const [f] = form([['产出指标', '数量指标', '维修面积', '>=', 1000, '平方米']]).filter(
    (x) => x.rule === 'expr.ascii-operator',
  );
  expect(f.fix?.summary).toBe('把D4改为“≥”');
});

test('a full-width operator in the operator column is fixed there', () => {
  expect(fixesOf([['产出指标', '质量指标', '验收合格率', '＝', 100, '%']], 'expr.fullwidth')).toEqual([
    ['E4', ['D4', '=']],
  ]);
});

test('several rows alike: one finding whose fix writes each operator cell', () => {
  const rows: CellValue[][] = [
    ['产出指标', '数量指标', '维修面积', '>=', 1000, '平方米'],
    ['产出指标', '时效指标', '完成时间', '<=', '2025年12月', ''],
    ['产出指标', '数量指标', '维修间数', '>=', 12, '间'],
  ];
  const found = form(rows).filter((f) => f.rule === 'expr.ascii-operator');
  expect(found).toHaveLength(1);
  const edits = [found[0].fix!, ...(found[0].fix!.more ?? [])].map((e) => `${e.cell}:${e.text}`);
  expect(edits).toEqual(['D4:≥', 'D5:≤', 'D6:≥']);
  expect(found[0].fix!.summary).toBe('把D4、D5、D6共 3 个单元格改为建议的写法');
});

test('a full-width digit in the value column is fixed in the value column', () => {
  expect(fixesOf([['产出指标', '数量指标', '培训人次', '≥', '１００', '人次']], 'expr.fullwidth')).toEqual([
    ['E4', ['E4', '100']],
  ]);
});
