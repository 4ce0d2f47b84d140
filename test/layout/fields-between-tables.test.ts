/**
 * Rows of label–value pairs between or below the indicator tables (经办人 | 王五, 打印日期：2024-01-20,
 * 编制单位 | 某县局 | 填报人 | 张三) are fields of the form: a known key (review, phone …) or `other` with
 * its label; never indicator rows, never unplaced (issue 13 §4). Grids typed in code, values by hand.
 */
import { makeGrid } from '../../src/core/grid';
import type { CellValue } from '../../src/model/grid';
import { recognize } from '../../src/layout/recognize';

const TITLE = ['2024年项目支出绩效目标表'];
const NAME = ['项目名称', '农村公路改造'];
const HEAD = ['一级指标', '二级指标', '三级指标', '指标值'];
const ROW1 = ['产出指标', '数量指标', '完成道路改造', '≥12公里'];
const ROW2 = ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'];

const read = (rows: CellValue[][]) => {
  const forms = recognize(makeGrid('s', rows));
  expect(forms).toHaveLength(1);
  const [f] = forms;
  return {
    indicators: f.indicators.map((n) => n.level3?.text),
    fields: f.header.filter((h) => h.key !== 'projectName').map((h) => [h.key, h.label.text, h.value?.text ?? null]),
    unplaced: f.unplaced.map((c) => c.address),
    range: f.range,
  };
};

test('below the table: unknown pairs and a pair in one cell are fields `other`, sign-off words are review lines', () => {
  expect(
    read([TITLE, NAME, HEAD, ROW1, ROW2, ['编制单位', '某县交通局', '经办人', '王五'], ['打印日期：2024-01-20']]),
  ).toEqual({
    indicators: ['完成道路改造', '群众满意度'],
    fields: [
      ['review', '经办人', '王五'],
      ['other', '编制单位', '某县交通局'],
      ['other', '打印日期', '2024-01-20'],
    ],
    unplaced: [],
    range: 'A1:D7',
  });
});

test('between two tables: the pair row ends the first table and is a field, the second table is read', () => {
  const rows = [TITLE, NAME, HEAD, ROW1, ['编制人：王五', '', '联系电话', '0797-1234567'], HEAD, ROW2];
  expect(read(rows)).toEqual({
    indicators: ['完成道路改造', '群众满意度'],
    fields: [
      ['phone', '联系电话', '0797-1234567'],
      ['other', '编制人', '王五'],
    ],
    unplaced: [],
    range: 'A1:D7',
  });
});

test('a label ending with its colon, its value in the next cell: one field', () => {
  expect(read([TITLE, NAME, HEAD, ROW1, ROW2, ['核对时间：', '2024-02-01']]).fields).toEqual([
    ['other', '核对时间', '2024-02-01'],
  ]);
});

test('indicator rows that look a little like pairs stay indicators', () => {
  // a known label word inside an indicator row with its target value; an 三级 with a colon in a tree export
  const rows = [
    TITLE,
    NAME,
    HEAD,
    ROW1,
    ['', '质量指标', '单位负责人培训合格率', '≥95%'],
    ['效益指标', '社会效益指标', '通行时间缩短', '≥10%'],
    ROW2,
  ];
  expect(read(rows)).toMatchObject({
    indicators: ['完成道路改造', '单位负责人培训合格率', '通行时间缩短', '群众满意度'],
    fields: [],
    unplaced: [],
  });
});
