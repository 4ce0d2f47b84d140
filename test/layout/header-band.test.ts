/**
 * The header band (issue 13 §4): every label–value pair above the tables is a header field — a key the
 * vocabulary names, or `other` keeping its label — and the cells between the title and the body without a
 * label are fields too. Expectations written by hand from scripts/families/funds.ts (headerBand).
 */
import { join } from 'path';
import { makeGrid } from '../../src/core/grid';
import { recognize } from '../../src/layout/recognize';
import { readWorkbookFile } from '../../src/hosts/file/xlsx-file';
import { rollForward } from '../../src/templates/roll';

const FILE = join(__dirname, '..', 'fixtures', 'families', 'funds-header-band-project.xlsx');

test('every cell of the header band is a field with its label', async () => {
  const [grid] = await readWorkbookFile(FILE);
  const [form] = recognize(grid);
  expect(form.header.map((h) => [h.key, h.label.text, h.value?.text ?? null, h.value?.address ?? null])).toEqual([
    // between the title and the body, no label: the unit with its code, the date the form was filled in
    ['other', '', '【101001】吉安市水利局', 'A2'],
    ['other', '', '2024-01-15', 'D2'],
    ['projectName', '项目名称', '城乡供水一体化改造工程', 'B3'],
    ['code', '项目编码', '36080024T000000123', 'D3'],
    ['department', '主管部门', '【101001】吉安市水利局', 'B4'],
    ['implementer', '实施单位', '吉安市供水有限公司', 'D4'],
    ['projectPeriod', '项目期限', '2024-2026', 'D5'],
    ['other', '所属上级项目', '农村饮水安全巩固提升', 'B5'],
    ['code', '预算编码', '2130401', 'B6'],
    ['phone', '联系电话', '0796-8123456', 'D6'],
    ['other', '申报日期', '2024-01-20', 'B7'],
    ['other', '资金性质', '一般公共预算', 'D7'],
  ]);
  expect(form.unplaced).toEqual([]);
  // `other` fields never stand for the project's name
  expect(form.name).toBe('城乡供水一体化改造工程');
});

describe('pairs no known label explains', () => {
  const HEAD = ['一级指标', '二级指标', '三级指标', '指标值'];
  const ROW = ['产出指标', '数量指标', '培训人次', '≥100人次'];

  test('a pair in one cell (编制日期：2024-01-15) keeps its label and value', () => {
    const [f] = recognize(makeGrid('s', [['项目名称', '某某项目', '编制日期：2024-01-15', ''], HEAD, ROW]));
    expect(f.header.map((h) => [h.key, h.label.text, h.value?.text])).toContainEqual([
      'other',
      '编制日期',
      '2024-01-15',
    ]);
    expect(f.unplaced).toEqual([]);
  });

  test('a label with its colon at the end of its row is a field left empty', () => {
    const [f] = recognize(makeGrid('s', [['项目名称', '某某项目', '资金性质：', ''], HEAD, ROW]));
    expect(f.header.map((h) => [h.key, h.label.text, h.value])).toContainEqual(['other', '资金性质', null]);
  });

  test('inside the body a lone cell without a label stays unplaced', () => {
    const [f] = recognize(
      makeGrid('s', [['项目名称', '某某项目', '', ''], ['', '', '这句话不属于任何栏目', ''], HEAD, ROW]),
    );
    expect(f.unplaced.map((c) => c.address)).toEqual(['C2']);
  });

  test('table words are never taken for a pair label (半年 | 全年 stay the funds reader’s or unplaced)', () => {
    const [f] = recognize(makeGrid('s', [['项目名称', '某某项目', '', ''], ['', '', '半年', '全年'], HEAD, ROW]));
    expect(f.header.filter((h) => h.key === 'other')).toEqual([]);
  });
});

describe('pairs typed the way sign-off and date rows are', () => {
  const HEAD = ['一级指标', '二级指标', '三级指标', '指标值'];
  const ROW = ['产出指标', '数量指标', '培训人次', '≥100人次'];

  test('填报人：张三 | 联系电话：… | 填报日期：… — each cell its own pair (before: 填报人 took the phone as its value)', () => {
    const [f] = recognize(
      makeGrid('s', [
        ['项目支出绩效目标表', '', '', ''],
        ['填报人：张三', '联系电话：0797-1234567', '填报日期：2025年1月10日', ''],
        ['项目名称', '某某项目', '', ''],
        HEAD,
        ROW,
      ]),
    );
    expect(f.header.map((h) => [h.key, h.label.text, h.value?.text])).toEqual([
      ['review', '填报人', '张三'],
      ['phone', '联系电话：0797-1234567', '0797-1234567'],
      ['review', '填报日期', '2025年1月10日'],
      ['projectName', '项目名称', '某某项目'],
    ]);
    expect(f.unplaced).toEqual([]);
  });

  test.each(['至', '-', '～'])(
    '项目起止时间 | 2025年1月 | %s | 2025年12月 is one span (before: the end unplaced)',
    (sep) => {
      const [f] = recognize(
        makeGrid('s', [['项目名称', '某某项目', '', ''], ['项目起止时间', '2025年1月', sep, '2025年12月'], HEAD, ROW]),
      );
      expect(f.header.find((h) => h.key === 'projectPeriod')?.value).toMatchObject({
        address: 'B2',
        text: '2025年1月至2025年12月',
      });
      expect(f.unplaced).toEqual([]);
    },
  );
});

describe('单位：万元 at the right end of a band row', () => {
  const HEAD = ['一级指标', '二级指标', '三级指标', '指标值'];
  const ROW = ['产出指标', '数量指标', '培训人次', '≥100人次'];
  const unitOf = (f: ReturnType<typeof recognize>[number]) =>
    f.header.filter((h) => h.key === 'amountUnit').map((h) => [h.value?.text, h.value?.address]);

  test('on the title row it is the amount unit, and the title stays the title', () => {
    const [f] = recognize(
      makeGrid('s', [['2025年项目支出绩效目标表', '', '', '单位：万元'], ['项目名称', '某某项目', '', ''], HEAD, ROW]),
    );
    expect(f.title).toBe('2025年项目支出绩效目标表');
    expect(unitOf(f)).toEqual([['万元', 'D1']]);
    expect(f.unplaced).toEqual([]);
  });

  test('right of the table, past a wide gap, it is still the form’s', () => {
    const wide = (cells: string[], last = '') => [...cells, '', '', '', '', '', last];
    const [f] = recognize(
      makeGrid('s', [
        wide(['项目支出绩效目标申报表', '', '', ''], '单位：元'),
        wide(['项目名称', '某某项目', '', '']),
        wide(HEAD),
        wide(ROW),
      ]),
    );
    expect(unitOf(f)).toEqual([['元', 'J1']]);
    expect(f.unplaced).toEqual([]);
  });

  test('a note far right of the band is not taken into the form', () => {
    const wide = (cells: string[], last = '') => [...cells, '', '', '', '', '', last];
    const [f] = recognize(
      makeGrid('s', [
        wide(['项目支出绩效目标申报表', '', '', ''], '请于三月底前报送'),
        wide(['项目名称', '某某项目', '', '']),
        wide(HEAD),
        wide(ROW),
      ]),
    );
    expect(f.header.some((h) => h.value?.address === 'J1' || h.label.address === 'J1')).toBe(false);
    expect(f.range.endsWith('D4')).toBe(true);
  });
});

test('rolling a form forward: `other` fields above the body are still title area', () => {
  const grid = makeGrid('s', [
    ['2024年项目支出绩效目标表', '', '', ''],
    ['编制日期：2024年1月', '', '', ''],
    ['项目名称', '某某项目', '', ''],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '培训人次', '≥100人次'],
  ]);
  const [form] = recognize(grid);
  expect(form.header.map((h) => h.key)).toEqual(['other', 'projectName']);
  expect(rollForward(grid, form, 2025).map((e) => [e.cell, e.after])).toEqual([
    ['A1', '2025年项目支出绩效目标表'],
    ['A2', '编制日期：2025年1月'],
  ]);
});
