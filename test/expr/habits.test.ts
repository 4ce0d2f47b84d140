/**
 * How clerks of other provinces type values that the grammar read as defects (issue 13, value corpus in
 * test/fixtures/values): each row was a false alarm or a wrong verdict before its fix, checked by hand.
 * Row: [text, kind, op, number, unit, normalized, diagnostic ids (without "expr."), extras].
 */
import { parseExpr } from '../../src/expr';
import { type Row, expectRow } from './rows';

const ROWS: Row[] = [
  // the 指标值类型 column's word typed in front of the value
  ['定性:优', 'qualitative', null, null, null, '优', [], { word: '优' }],
  ['定性：合格', 'qualitative', null, null, null, '合格', [], { word: '合格' }],
  ['定量：≥95%', 'quantitative', '>=', 95, '%', '≥95%', []],
  // a note that the bound includes its number restates ≥/≤
  ['≥95%（含）', 'quantitative', '>=', 95, '%', '≥95%', []],
  ['≥95%（含95%）', 'quantitative', '>=', 95, '%', '≥95%', []],
  ['≤5个工作日(含本数)', 'quantitative', '<=', 5, '个工作日', '≤5个工作日', []],
  // other notes stay text around the value
  ['≥90%（抽样调查）', 'quantitative', '>=', 90, '%', '≥90%', ['text-around']],
  // a grading scale is words, not a unit lacking its number
  ['优/良/中/差', 'invalid', null, null, null, '优/良/中/差', ['unparsed']],
  ['好/较好/一般', 'invalid', null, null, null, '好/较好/一般', ['unparsed']],
  ['元/人', 'invalid', null, null, null, '元/人', ['number-missing']],
  // quarters and monthly deadlines are dates
  ['2025年第一季度', 'date', null, null, null, '2025年第一季度', [], { year: 2025, month: 3 }],
  ['2025年第四季度前', 'date', null, null, null, '2025年第四季度前', [], { year: 2025, month: 12 }],
  ['第四季度', 'date', null, null, null, '第四季度', [], { month: 12, word: '第四季度' }],
  ['三季度末', 'date', null, null, null, '三季度末', [], { month: 9, word: '三季度末' }],
  ['每月10日前', 'date', null, null, null, '每月10日前', []],
  ['每月5号前', 'date', null, null, null, '每月5号前', []],
  // a change against a baseline: the direction, then its size
  ['提高5个百分点', 'quantitative', '>=', 5, '个百分点', '提高5个百分点', []],
  ['增长10%', 'quantitative', '>=', 10, '%', '增长10%', []],
  ['下降≥5%', 'quantitative', '>=', 5, '%', '下降≥5%', []],
  ['较上年增长10%', 'quantitative', '>=', 10, '%', '较上年增长10%', []],
  ['同比下降3%', 'quantitative', '>=', 3, '%', '同比下降3%', []],
  ['比上年增长15%', 'quantitative', '>=', 15, '%', '比上年增长15%', []],
  ['较上年提高', 'qualitative', null, null, null, '较上年提高', [], { word: '较上年提高' }],
  // not a change: a name typed before the value, or a baseline without its direction
  ['提高率5%', 'quantitative', null, 5, '%', '5%', ['text-around', 'operator-missing']],
  ['上年增长10%', 'quantitative', null, 10, '%', '10%', ['text-around', 'operator-missing']],
  // compound units as typed: the per-part in brackets, a full stop for ·, the unit named twice, 万 before m³
  ['≤300元/（人·天）', 'quantitative', '<=', 300, '元/人*天', '≤300元/人*天', []],
  ['≤100元/人.天', 'quantitative', '<=', 100, '元/人*天', '≤100元/人*天', []],
  ['≤2000元/台（套）', 'quantitative', '<=', 2000, '元/台(套)', '≤2000元/台(套)', []],
  ['≥20万m³', 'quantitative', '>=', 200000, 'm³', '≥20万m³', []],
  ['≥95%（套）', 'quantitative', '>=', 95, '%', '≥95%', ['text-around']],
  // half-years, and a range word typed onto the month
  ['2025年上半年', 'date', null, null, null, '2025年上半年', [], { year: 2025, month: 6 }],
  ['2025年3月至12月', 'date', null, null, null, '2025年3月-12月', [], { year: 2025, month: 12 }],
  ['3月至', 'date', null, null, null, '3月', ['text-around'], { month: 3 }],
  // qualitative words listed, water-quality classes, no incident of a kind
  ['规范、有效', 'qualitative', null, null, null, '规范、有效', [], { word: '规范、有效' }],
  ['科学，合理', 'qualitative', null, null, null, '科学，合理', [], { word: '科学，合理' }],
  ['好、较好、一般、差', 'invalid', null, null, null, '好、较好、一般、差', ['unparsed']],
  ['达到Ⅲ类标准', 'qualitative', null, null, null, '达到Ⅲ类标准', [], { word: '达到Ⅲ类标准' }],
  ['Ⅲ类及以上', 'qualitative', null, null, null, 'Ⅲ类及以上', [], { word: 'Ⅲ类及以上' }],
  ['不发生重大安全事故', 'qualitative', null, null, null, '不发生重大安全事故', [], { word: '不发生重大安全事故' }],
  [
    '杜绝安全生产事故发生',
    'qualitative',
    null,
    null,
    null,
    '杜绝安全生产事故发生',
    [],
    { word: '杜绝安全生产事故发生' },
  ],
  // grades by A's, 号 for 日, the year word of a month date, a digit quarter, a unit in brackets
  ['4A级', 'qualitative', null, null, null, '4A级', [], { word: '4A级' }],
  ['A级及以上', 'qualitative', null, null, null, 'A级及以上', [], { word: 'A级及以上' }],
  ['2025年12月31号前', 'date', null, null, null, '2025年12月31日前', [], { year: 2025, month: 12 }],
  ['次年3月底前', 'date', null, null, null, '次年3月底前', [], { month: 3 }],
  ['当年12月底前', 'date', null, null, null, '当年12月底前', [], { month: 12 }],
  ['截至2025年12月', 'date', null, null, null, '2025年12月', [], { year: 2025, month: 12 }],
  ['2025年3季度', 'date', null, null, null, '2025年3季度', [], { year: 2025, month: 9 }],
  ['≤35.6（万元）', 'quantitative', '<=', 35.6, '万元', '≤35.6万元', []],
  ['≥95%（抽检）', 'quantitative', '>=', 95, '%', '≥95%', ['text-around']],
  ['95%以上（含95%）', 'quantitative', '>=', 95, '%', '≥95%', ['approximate']],
  // % in brackets, once every N years/months
  ['≥95（%）', 'quantitative', '>=', 95, '%', '≥95%', []],
  ['≥1次/2年', 'quantitative', '>=', 1, '次/2年', '≥1次/2年', []],
  ['≥1次/3个月', 'quantitative', '>=', 1, '次/3个月', '≥1次/3个月', []],
];

describe('values as clerks type them', () => {
  test.each(ROWS.map((r) => [r[0], r] as const))('%s', (_text, row) => expectRow(row));

  test('a change says its direction', () => {
    expect(parseExpr('同比下降3%').change).toBe('down');
    expect(parseExpr('减少≥10%').change).toBe('down');
    expect(parseExpr('提高5个百分点').change).toBe('up');
    expect(parseExpr('≥5%').change).toBeUndefined();
  });
});
