/**
 * One amount reading for the recognizer and the rules: the cases on which layout/value-like.ts and
 * rules/decimal.ts used to disagree ("1，003.82", "(12.5)", "25万元"), read once in src/core/amount.
 */
import { amountBreakdown, amountOf, amountOrTotalOf, amountText } from '../../src/core/amount';
import { format, parseDecimal } from '../../src/rules/decimal';
import { recognize } from '../../src/layout/recognize';
import { gridFromTsv } from '../../src/hosts/file/tsv';
import { checkGrids } from '../../src/check';

describe('amountText', () => {
  test.each([
    ['1003.82', '1003.82'],
    ['1,003.82', '1003.82'],
    ['1，003.82', '1003.82'], // full-width comma: a thousands separator
    ['12,345,678.5', '12345678.5'],
    ['(12.5)', '-12.5'], // accounting format: negative
    ['（12.5）', '-12.5'],
    ['-12.5', '-12.5'],
    ['+3', '3'],
    ['25万元', '25'], // the funds block is in 万元: the number is the amount
    ['1,003.82 万元', '1003.82'],
    ['120万', '120'],
    ['１２．５', '12.5'],
    [' 0 ', '0'],
    ['0.00', '0.00'],
  ])('%s reads %s', (text, expected) => {
    expect(amountText(text)).toBe(expected);
  });

  test.each(['12,34', '1,2,3', '约10', '25元', '—', '', '1.2.3', '(-12)', '(12', '10%'])(
    '%s is not an amount',
    (text) => {
      expect(amountText(text)).toBeNull();
    },
  );

  test('numbers from xlsx are kept; NaN and empty are not amounts', () => {
    expect(amountOf(1003.82)).toBe(1003.82);
    expect(amountOf(Number.NaN)).toBeNull();
    expect(amountOf(null)).toBeNull();
    expect(amountOf('(1，003.5)')).toBe(-1003.5);
  });
});

describe('amountBreakdown: a total written with its parts in one cell', () => {
  test('854万（其中中央500万、省200万、市100万、县54万）: the total and four parts', () => {
    expect(amountBreakdown('854万（其中中央500万、省200万、市100万、县54万）')).toEqual({
      total: '854',
      parts: [
        { label: '中央', amount: '500' },
        { label: '省', amount: '200' },
        { label: '市', amount: '100' },
        { label: '县', amount: '54' },
      ],
      partial: false,
    });
    expect(amountOrTotalOf('854万（其中中央500万、省200万、市100万、县54万）')).toBe(854);
  });

  test.each([
    ['854万元，其中：中央500万元，省级354万元', '854', ['中央=500', '省级=354'], false],
    ['1，854万（其中中央1，500万、省354万）', '1854', ['中央=1500', '省=354'], false], // thousands, not a list
    ['854万（其中中央500万…）', '854', ['中央=500'], true],
    ['854万(其中:中央资金500万元、省级资金200万元等)', '854', ['中央资金=500', '省级资金=200'], true],
    ['300万元 其中：财政拨款：250万元 其他资金：50万元', '300', ['财政拨款=250', '其他资金=50'], false], // a band typed in one cell
    ['300 其中 中央 200 省级 100', '300', ['中央=200', '省级=100'], false],
  ])('%s', (text, total, parts, partial) => {
    const b = amountBreakdown(text);
    expect([b?.total, b?.parts.map((p) => `${p.label}=${p.amount}`), b?.partial]).toEqual([total, parts, partial]);
  });

  test.each([
    '约854万（其中中央500万）',
    '854万（中央500万）',
    '854',
    '其中中央500万',
    '854万（其中待定）',
    '300万元 财政拨款250万元',
  ])('%s is not a breakdown', (text) => {
    expect(amountBreakdown(text)).toBeNull();
  });
});

describe('the recognizer and the rules read the same amount', () => {
  test.each(['1，003.82', '(12.5)', '25万元', '1,003.82', '12,34', '约10'])('%s', (text) => {
    const exact = parseDecimal(text);
    const n = amountOf(text);
    expect(exact === null ? null : Number(format(exact))).toBe(n);
  });

  test('a funds block with text amounts: the cells carry the numbers, and the checker adds them up', () => {
    const tsv = [
      '项目支出绩效目标表',
      '项目名称\t测试',
      '项目资金（万元）\t资金总额\t1，003.82',
      '\t财政拨款\t988.82',
      '\t其他资金\t25万元',
      '\t其中：退回\t(10)',
      '一级指标\t二级指标\t三级指标\t指标值',
      '产出指标\t数量指标\t培训人次\t≥100人次',
      '满意度指标\t服务对象满意度指标\t学员满意度\t≥90%',
    ].join('\n');
    const grid = gridFromTsv('t', tsv);
    const [f] = recognize(grid);
    expect(f.funds.slice(0, 3).map((x) => x.amounts['全年']?.value)).toEqual([1003.82, 988.82, 25]);
    expect(checkGrids([grid]).findings.filter((x) => x.rule === 'total.sum')).toEqual([
      expect.objectContaining({ cell: 'C3' }),
    ]);
    const fixed = gridFromTsv('t', tsv.replace('\t988.82', '\t978.82').replace('\n\t其中：退回\t(10)', ''));
    expect(checkGrids([fixed]).findings.filter((x) => x.rule.startsWith('total.'))).toEqual([]);
  });
});
