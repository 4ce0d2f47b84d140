/** The pane's cell preview: the finding's cell and its `also` cells are highlighted alike. */
import { previewWindow } from '../../src/app/preview';
import { makeGrid } from '../../src/core/grid';
import type { Finding } from '../../src/model/finding';
import { columnName } from '../../src/core/address';

/** 06 安溪: seven village columns F…L, the same bare `1` in each. */
const grid = makeGrid('S', [
  ['一级指标', '二级指标', '三级指标', '指标解释', '', '西坪镇尧山村', 'a', 'b', 'c', 'd', 'e', '尚卿乡尤俊村'],
  ['产出指标', '数量指标', '开展小型水利工程建设(个)', '', '', '1', '1', '1', '1', '1', '1', '1'],
  ['', '质量指标', '验收合格率', '', '', '≥95%', '', '', '', '', '', ''],
]);
const finding = (cell: string, also?: string[]): Finding => ({
  rule: 'expr.operator-missing',
  severity: 'warning',
  sheet: 'S',
  cell,
  message: '缺少比较符号',
  ...(also ? { also } : {}),
});

test('without also: the cell alone is highlighted, two columns either side', () => {
  const w = previewWindow(finding('F2'), grid)!;
  expect([...w.hits]).toEqual(['F2']);
  expect(w.cols.map(columnName)).toEqual(['D', 'E', 'F', 'G', 'H']);
});

test('also cells on the row widen the window (up to nine columns) and are highlighted', () => {
  const w = previewWindow(finding('F2', ['G2', 'H2', 'I2', 'J2', 'K2', 'L2']), grid)!;
  expect(w.cols.map(columnName)).toEqual(['D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L']);
  expect([...w.hits].sort()).toEqual(['F2', 'G2', 'H2', 'I2', 'J2', 'K2', 'L2']);
  expect(w.text(1, 11)).toBe('1');
});

test('an also cell beyond the readable width is not shown (and not claimed as shown)', () => {
  const w = previewWindow(finding('C2', ['L2']), grid)!;
  expect(w.cols.map(columnName)).toEqual(['A', 'B', 'C', 'D', 'E']);
  expect([...w.hits]).toEqual(['C2']);
});
