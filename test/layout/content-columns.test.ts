/**
 * Columns read by what they hold when their heading says otherwise: values typed under a heading the
 * vocabulary knows as a note (评价标准, 考核标准) are the indicator values; a real scoring-rule column stays a note.
 */
import { makeGrid } from '../../src/core/grid';
import { checkGrids } from '../../src/check';
import { recognize } from '../../src/layout/recognize';
import type { CellValue } from '../../src/model/grid';

const band: CellValue[][] = [['2026年度项目支出绩效目标申报表'], ['项目名称', '高标准农田建设项目']];
const table = (heading: string, cells: CellValue[]): CellValue[][] => [
  ['一级指标', '二级指标', '三级指标', heading, '备注'],
  ['产出指标', '数量指标', '新建高标准农田面积', cells[0]],
  ['', '质量指标', '工程验收合格率', cells[1]],
  ['', '成本指标', '亩均建设成本', cells[2]],
  ['满意度指标', '服务对象满意度指标', '受益农户满意度', cells[3]],
];

describe('a value column found by its content', () => {
  test.each(['评价标准', '考核标准'])('values typed under %s are the indicator values', (heading) => {
    const grid = makeGrid('s', [...band, ...table(heading, ['≥1万亩', '=100%', '≤1200元/亩', 0.9])]);
    const [f] = recognize(grid);
    expect(f.indicators.map((n) => [n.level3?.text, n.values['全年']?.address])).toEqual([
      ['新建高标准农田面积', 'D4'],
      ['工程验收合格率', 'D5'],
      ['亩均建设成本', 'D6'],
      ['受益农户满意度', 'D7'],
    ]);
    const rules = checkGrids([grid]).findings.map((x) => x.rule);
    expect(rules).not.toContain('structure.value-missing');
  });

  test('a column of scoring rules under 评价标准 stays a note: the rows have no values', () => {
    const rule = '完成得满分，未完成按比例扣分';
    const grid = makeGrid('s', [...band, ...table('评价标准', [rule, rule, rule, rule])]);
    const [f] = recognize(grid);
    expect(f.indicators.every((n) => Object.keys(n.values).length === 0)).toBe(true);
  });
});
