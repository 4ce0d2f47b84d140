/**
 * Edge cases of the value grammar (DOMAIN.md "Indicator values" and issue 3), reviewed by hand.
 * Row: [text, kind, op, number, unit, normalized, diagnostic ids (without "expr."), extras].
 */
import { baseUnit, isMoneyUnit, isRateUnit, parseExpr, toBaseNumber, EXPR_DIAGNOSTIC_IDS } from '../../src/expr';
import { ExprSchema } from '../../src/model/expr';
import { type Row, expectRow } from './rows';

const EDGE_CASES: Row[] = [
  // operators: spaces, ASCII, variants, fullwidth
  ['≥ 95 %', 'quantitative', '>=', 95, '%', '≥95%', []],
  ['> = 90%', 'quantitative', '>=', 90, '%', '≥90%', ['ascii-operator']],
  ['≥=90%', 'quantitative', '>=', 90, '%', '≥90%', ['operator-variant']],
  ['=>90%', 'quantitative', '>=', 90, '%', '≥90%', ['ascii-operator']],
  ['=<5%', 'quantitative', '<=', 5, '%', '≤5%', ['ascii-operator']],
  ['≦5%', 'quantitative', '<=', 5, '%', '≤5%', ['operator-variant']],
  ['≧ 90 %', 'quantitative', '>=', 90, '%', '≥90%', ['operator-variant']],
  ['＞90%', 'quantitative', '>', 90, '%', '>90%', ['fullwidth']],
  ['＜5%', 'quantitative', '<', 5, '%', '<5%', ['fullwidth']],
  ['＞＝90%', 'quantitative', '>=', 90, '%', '≥90%', ['fullwidth']],
  ['≥９５％', 'quantitative', '>=', 95, '%', '≥95%', ['fullwidth']],
  // numbers: thousands, negatives, 万/亿, Chinese numerals
  ['1,000元', 'quantitative', null, 1000, '元', '1000元', ['operator-missing']],
  ['≥1,000,000元', 'quantitative', '>=', 1000000, '元', '≥1000000元', []],
  ['-5%', 'quantitative', null, -5, '%', '-5%', ['operator-missing']],
  ['≥-5%', 'quantitative', '>=', -5, '%', '≥-5%', []],
  ['≤-10%', 'quantitative', '<=', -10, '%', '≤-10%', []],
  ['9万人', 'quantitative', null, 90000, '人', '9万人', ['operator-missing']],
  ['28.8万元', 'quantitative', null, 28.8, '万元', '28.8万元', ['operator-missing']],
  ['2亿元', 'quantitative', null, 2, '亿元', '2亿元', ['operator-missing']],
  ['3亿人次', 'quantitative', null, 300000000, '人次', '3亿人次', ['operator-missing']],
  ['≥5万', 'quantitative', '>=', 50000, null, '≥5万', ['unit-missing']],
  ['二天', 'quantitative', null, 2, '天', '2天', ['chinese-numeral', 'operator-missing']],
  ['三个', 'quantitative', null, 3, '个', '3个', ['chinese-numeral', 'operator-missing']],
  ['十二个月', 'quantitative', null, 12, '个月', '12个月', ['chinese-numeral', 'operator-missing']],
  ['两年', 'quantitative', null, 2, '年', '2年', ['chinese-numeral', 'operator-missing']],
  ['一百零五人', 'quantitative', null, 105, '人', '105人', ['chinese-numeral', 'operator-missing']],
  ['百分之九十', 'quantitative', null, 90, '%', '90%', ['chinese-numeral', 'operator-missing']],
  ['不超过三天', 'quantitative', '<=', 3, '天', '≤3天', ['approximate', 'chinese-numeral']],
  // a unit alone
  ['元/人', 'invalid', null, null, null, '元/人', ['number-missing']],
  // ranges and tolerance bands
  ['80%~90%', 'range', null, null, '%', '80%-90%', [], { min: 80, max: 90 }],
  ['80%～90%', 'range', null, null, '%', '80%-90%', [], { min: 80, max: 90 }],
  ['80%至90%', 'range', null, null, '%', '80%-90%', [], { min: 80, max: 90 }],
  ['80%-90元', 'range', null, null, '元', '80%-90元', ['range-units'], { min: 80, max: 90 }],
  ['90%-80%', 'range', null, null, '%', '90%-80%', ['range-reversed'], { min: 90, max: 80 }],
  ['1-2个', 'range', null, null, '个', '1个-2个', [], { min: 1, max: 2 }],
  ['±3%', 'range', null, null, '%', '±3%', [], { min: -3, max: 3 }],
  ['±5天', 'range', null, null, '天', '±5天', [], { min: -5, max: 5 }],
  // dates and periods
  ['2023年12月底前', 'date', null, null, null, '2023年12月底前', [], { year: 2023, month: 12 }],
  ['2023年12月31日前', 'date', null, null, null, '2023年12月31日前', [], { year: 2023, month: 12 }],
  ['2023年', 'date', null, null, null, '2023年', [], { year: 2023 }],
  ['2023年度', 'date', null, null, null, '2023年度', [], { year: 2023 }],
  ['2023.07', 'date', null, null, null, '2023.07', [], { year: 2023, month: 7 }],
  ['2023.7', 'date', null, null, null, '2023.7', [], { year: 2023, month: 7 }],
  ['2023.5', 'date', null, null, null, '2023.5', [], { year: 2023, month: 5 }],
  ['2023-12', 'date', null, null, null, '2023-12', [], { year: 2023, month: 12 }],
  ['2023-12-31', 'date', null, null, null, '2023-12-31', [], { year: 2023, month: 12 }],
  ['2023/12/31', 'date', null, null, null, '2023-12-31', [], { year: 2023, month: 12 }],
  ['2022年3月-2023年11月', 'date', null, null, null, '2022年3月-2023年11月', [], { year: 2023, month: 11 }],
  ['2023年4月-2024年2月', 'date', null, null, null, '2023年4月-2024年2月', [], { year: 2024, month: 2 }],
  ['2023年12月～2024年1月', 'date', null, null, null, '2023年12月-2024年1月', [], { year: 2024, month: 1 }],
  ['截至2023年12月', 'date', null, null, null, '2023年12月', [], { year: 2023, month: 12 }],
  ['完成时间2023年12月', 'date', null, null, null, '2023年12月', ['text-around'], { year: 2023, month: 12 }],
  ['6月30日前', 'date', null, null, null, '6月30日前', [], { month: 6 }],
  ['12月底', 'date', null, null, null, '12月底', [], { month: 12 }],
  ['12月', 'date', null, null, null, '12月', [], { month: 12 }],
  ['≤12月', 'quantitative', '<=', 12, '月', '≤12月', [], { month: 12 }],
  ['=2022年12月底前', 'date', '=', null, null, '=2022年12月底前', [], { year: 2022, month: 12 }],
  // Excel serials (only non-round integers 30000–60000)
  ['44561', 'date', null, 44561, null, '2021年12月31日', ['excel-serial'], { year: 2021, month: 12 }],
  ['44561.5', 'quantitative', null, 44561.5, null, '44561.5', ['operator-missing', 'unit-missing']],
  ['45000', 'quantitative', null, 45000, null, '45000', ['operator-missing', 'unit-missing']],
  ['29999', 'quantitative', null, 29999, null, '29999', ['operator-missing', 'unit-missing']],
  ['60001', 'quantitative', null, 60001, null, '60001', ['operator-missing', 'unit-missing']],
  // period words
  ['年底前', 'date', null, null, null, '年底前', [], { word: '年底前' }],
  ['全年', 'date', null, null, null, '全年', [], { word: '全年' }],
  ['长期', 'date', null, null, null, '长期', [], { word: '长期' }],
  ['年内', 'date', null, null, null, '年内', [], { word: '年内' }],
  // placeholders
  ['≥**%', 'invalid', '>=', null, '%', '≥**%', ['placeholder']],
  ['**%', 'invalid', null, null, '%', '**%', ['placeholder']],
  ['≥XX%', 'invalid', '>=', null, '%', '≥XX%', ['placeholder']],
  ['≥**个', 'invalid', '>=', null, '个', '≥**个', ['placeholder']],
  ['=X人', 'invalid', '=', null, '人', '=X人', ['placeholder']],
  ['(≥**%)', 'invalid', '>=', null, '%', '≥**%', ['placeholder']],
  // LaTeX leftovers
  ['$\\geq 85\\%$', 'quantitative', '>=', 85, '%', '≥85%', ['latex']],
  ['$\\leq 5\\%$', 'quantitative', '<=', 5, '%', '≤5%', ['latex']],
  ['$85\\%$', 'quantitative', null, 85, '%', '85%', ['latex', 'operator-missing']],
  ['$\\ge 3$次', 'quantitative', '>=', 3, '次', '≥3次', ['latex']],
  // qualitative words and phrases
  ['明显提高', 'qualitative', null, null, null, '明显提高', [], { word: '明显提高' }],
  ['进一步改善', 'qualitative', null, null, null, '进一步改善', [], { word: '进一步改善' }],
  ['明显有效', 'qualitative', null, null, null, '明显有效', [], { word: '明显有效' }],
  ['规范有效', 'qualitative', null, null, null, '规范有效', [], { word: '规范有效' }],
  ['效果显著', 'qualitative', null, null, null, '效果显著', [], { word: '效果显著' }],
  // an incident target: 重大动物疫情发生 | 不发生
  ['不发生', 'qualitative', null, null, null, '不发生', [], { word: '不发生' }],
  ['杜绝', 'qualitative', null, null, null, '杜绝', [], { word: '杜绝' }],
  ['稳步提升', 'qualitative', null, null, null, '稳步提升', [], { word: '稳步提升' }],
  ['有所提高', 'qualitative', null, null, null, '有所提高', [], { word: '有所提高' }],
  ['显著提升', 'qualitative', null, null, null, '显著提升', [], { word: '显著提升' }],
  ['好', 'qualitative', null, null, null, '好', [], { word: '好' }],
  ['较好', 'qualitative', null, null, null, '较好', [], { word: '较好' }],
  ['一般', 'qualitative', null, null, null, '一般', [], { word: '一般' }],
  ['良好', 'qualitative', null, null, null, '良好', [], { word: '良好' }],
  ['优秀', 'qualitative', null, null, null, '优秀', [], { word: '优秀' }],
  ['合格', 'qualitative', null, null, null, '合格', [], { word: '合格' }],
  ['否', 'qualitative', null, null, null, '否', [], { word: '否' }],
  ['是', 'qualitative', null, null, null, '是', [], { word: '是' }],
  ['稳定运行', 'qualitative', null, null, null, '稳定运行', [], { word: '稳定运行' }],
  ['提质增效', 'qualitative', null, null, null, '提质增效', [], { word: '提质增效' }],
  ['群众满意', 'qualitative', null, null, null, '群众满意', [], { word: '群众满意' }],
  ['推动行业高质量发展', 'invalid', null, null, null, '推动行业高质量发展', ['unparsed']],
  // approximations
  ['约90%', 'quantitative', null, 90, '%', '约90%', ['approximate']],
  ['大约100人', 'quantitative', null, 100, '人', '大约100人', ['approximate']],
  ['90%左右', 'quantitative', null, 90, '%', '90%左右', ['approximate']],
  ['90%以上', 'quantitative', '>=', 90, '%', '≥90%', ['approximate']],
  ['90%以下', 'quantitative', '<=', 90, '%', '≤90%', ['approximate']],
  ['5天以内', 'quantitative', '<=', 5, '天', '≤5天', ['approximate']],
  ['≥95%以上', 'quantitative', '>=', 95, '%', '≥95%', ['approximate']],
  ['≥90%以下', 'quantitative', '>=', 90, '%', '≥90%', ['operator-conflict']],
  ['≥90%左右', 'quantitative', '>=', 90, '%', '≥90%', ['approximate']],
  ['不低于90%', 'quantitative', '>=', 90, '%', '≥90%', ['approximate']],
  ['不少于5次', 'quantitative', '>=', 5, '次', '≥5次', ['approximate']],
  ['不超过5万元', 'quantitative', '<=', 5, '万元', '≤5万元', ['approximate']],
  ['不高于3%', 'quantitative', '<=', 3, '%', '≤3%', ['approximate']],
  ['低于5%', 'quantitative', '<', 5, '%', '<5%', ['approximate']],
  ['高于90%', 'quantitative', '>', 90, '%', '>90%', ['approximate']],
  ['大于等于90%', 'quantitative', '>=', 90, '%', '≥90%', ['approximate']],
  ['达到100%', 'quantitative', '>=', 100, '%', '≥100%', ['approximate']],
  // text around a value
  ['100%达标', 'quantitative', null, 100, '%', '100%', ['text-around', 'operator-missing']],
  ['满意率≥90%', 'quantitative', '>=', 90, '%', '≥90%', ['text-around']],
  ['满意度达到90%以上', 'quantitative', '>=', 90, '%', '≥90%', ['approximate', 'text-around']],
  ['≥90%（满意度）', 'quantitative', '>=', 90, '%', '≥90%', ['text-around']],
  // a frequency written with 每 is the rate itself (dropping 每年 would change the target)
  ['每年≥2次', 'quantitative', '>=', 2, '次/年', '≥2次/年', []],
  ['每季度1次', 'quantitative', null, 1, '次/季度', '1次/季度', ['operator-missing']],
  ['≥2次/年', 'quantitative', '>=', 2, '次/年', '≥2次/年', []],
  // Latin units
  ['≥1000m²', 'quantitative', '>=', 1000, 'm²', '≥1000m²', []],
  ['≥100M', 'quantitative', '>=', 100, 'M', '≥100M', []],
  ['≥10MB', 'quantitative', '>=', 10, 'MB', '≥10MB', []],
  ['≥5km', 'quantitative', '>=', 5, 'km', '≥5km', []],
  // sentences and lists
  ['≥90%，≥95%', 'invalid', null, null, null, '≥90%，≥95%', ['unparsed']],
  [
    '完成全年任务的90%以上，确保各项工作顺利推进',
    'invalid',
    null,
    null,
    null,
    '完成全年任务的90%以上，确保各项工作顺利推进',
    ['unparsed'],
  ],
  // empty and not-applicable
  ['/', 'empty', null, null, null, '', []],
  ['-', 'empty', null, null, null, '', []],
  ['—', 'empty', null, null, null, '', []],
  ['无', 'qualitative', null, null, null, '无', [], { word: '无' }],
  ['N/A', 'empty', null, null, null, '', []],
  // wrapping and stray marks
  ['（≥90%）', 'quantitative', '>=', 90, '%', '≥90%', []],
  ['≥90%。', 'quantitative', '>=', 90, '%', '≥90%', []],
  [' ≥90% ', 'quantitative', '>=', 90, '%', '≥90%', []],
  ["'≥90%", 'quantitative', '>=', 90, '%', '≥90%', []],
  // missing parts
  ['=0', 'quantitative', '=', 0, null, '=0', ['unit-missing']],
  ['≥0', 'quantitative', '>=', 0, null, '≥0', ['unit-missing']],
  ['0', 'quantitative', null, 0, null, '0', ['operator-missing', 'unit-missing']],
  ['≥4', 'quantitative', '>=', 4, null, '≥4', ['unit-missing']],
  ['=', 'invalid', '=', null, null, '=', ['number-missing']],
  ['≥', 'invalid', '>=', null, null, '≥', ['number-missing']],
  ['≥%', 'invalid', '>=', null, '%', '≥%', ['number-missing']],
  ['=万元', 'invalid', '=', null, '万元', '=万元', ['number-missing']],
  ['=篇', 'invalid', '=', null, '篇', '=篇', ['number-missing']],
  ['=12篇', 'quantitative', '=', 12, '篇', '=12篇', []],
  // more units
  ['≥1.5倍', 'quantitative', '>=', 1.5, '倍', '≥1.5倍', []],
  ['≥3个工作日', 'quantitative', '>=', 3, '个工作日', '≥3个工作日', []],
  ['≤3个工作日内', 'quantitative', '<=', 3, '个工作日', '≤3个工作日', ['approximate']],
  ['30分钟内', 'quantitative', '<=', 30, '分钟', '≤30分钟', ['approximate']],
  ['≤24小时', 'quantitative', '<=', 24, '小时', '≤24小时', []],
  ['≥98分', 'quantitative', '>=', 98, '分', '≥98分', []],
  ['≥4.5星', 'quantitative', '>=', 4.5, '星', '≥4.5星', []],
  // mixed cases
  ['≥≥90%', 'quantitative', '>=', 90, '%', '≥90%', ['operator-variant']],
  ['2023.5万元', 'quantitative', null, 2023.5, '万元', '2023.5万元', ['operator-missing']],
  ['≥100M带宽', 'quantitative', '>=', 100, 'M', '≥100M', ['text-around']],
  ['满意率>=90%', 'quantitative', '>=', 90, '%', '≥90%', ['ascii-operator', 'text-around']],
  ['误差不超过二天', 'quantitative', '<=', 2, '天', '≤2天', ['approximate', 'text-around', 'chinese-numeral']],
  ['2021年1月-12月', 'date', null, null, null, '2021年1月-12月', [], { year: 2021, month: 12 }],
  ['2020.12.31日前', 'date', null, null, null, '2020.12.31日前', [], { year: 2020, month: 12 }],
  ['≥0.7万', 'quantitative', '>=', 7000, null, '≥0.7万', ['unit-missing']],
  ['三公经费', 'qualitative', null, null, null, '三公经费', ['unknown-word'], { word: '三公经费' }],
  ['第一', 'qualitative', null, null, null, '第一', ['unknown-word'], { word: '第一' }],
  ['进一步', 'qualitative', null, null, null, '进一步', ['unknown-word'], { word: '进一步' }],
  ['一次性', 'qualitative', null, null, null, '一次性', ['unknown-word'], { word: '一次性' }],
  ['1，000元', 'invalid', null, null, null, '1，000元', ['unparsed']],
  ['≥1000 元/人·天', 'quantitative', '>=', 1000, '元/人*天', '≥1000元/人*天', []],
  ['≤300元/人×天', 'quantitative', '<=', 300, '元/人*天', '≤300元/人*天', []],
  ['≥2 次 / 年', 'quantitative', '>=', 2, '次/年', '≥2次/年', []],
  ['≥6万人次', 'quantitative', '>=', 60000, '人次', '≥6万人次', []],
  ['≥80%-90%', 'range', null, null, '%', '80%-90%', ['range-operator'], { min: 80, max: 90 }],
  ['80-90', 'range', null, null, null, '80-90', ['unit-missing'], { min: 80, max: 90 }],
  ['≤＝5%', 'quantitative', '<=', 5, '%', '≤5%', ['fullwidth', 'operator-variant']],
  ['≥5户以上', 'quantitative', '>=', 5, '户', '≥5户', ['approximate']],
  ['5个左右', 'quantitative', null, 5, '个', '5个左右', ['approximate']],
  ['约5万元', 'quantitative', null, 5, '万元', '约5万元', ['approximate']],
  ['近3年', 'quantitative', null, 3, '年', '近3年', ['approximate']],
  ['≥95%以上的村', 'quantitative', '>=', 95, '%', '≥95%', ['approximate', 'text-around']],
  ['三万人', 'quantitative', null, 30000, '人', '3万人', ['chinese-numeral', 'operator-missing']],
  ['五个以上', 'quantitative', '>=', 5, '个', '≥5个', ['approximate', 'chinese-numeral']],
  ['二天以内', 'quantitative', '<=', 2, '天', '≤2天', ['approximate', 'chinese-numeral']],
  ['两个一百年', 'qualitative', null, null, null, '两个一百年', ['unknown-word'], { word: '两个一百年' }],
  ['约三天', 'quantitative', null, 3, '天', '约3天', ['approximate', 'chinese-numeral']],
  ['≥1,00元', 'invalid', null, null, null, '≥1,00元', ['unparsed']],
  ['2023年12月底前完成验收', 'date', null, null, null, '2023年12月底前完成验收', [], { year: 2023, month: 12 }],
  ['12月31日前完成', 'date', null, null, null, '12月31日前完成', [], { month: 12 }],
  ['按时完成', 'qualitative', null, null, null, '按时完成', [], { word: '按时完成' }],
  ['不低于', 'invalid', '>=', null, null, '不低于', ['number-missing']],
  ['就近', 'qualitative', null, null, null, '就近', ['unknown-word'], { word: '就近' }],
  ['节约', 'qualitative', null, null, null, '节约', [], { word: '节约' }],
  ['=合格', 'qualitative', null, null, null, '合格', [], { word: '合格' }],
  // a literal \n from text exports is a line break
  ['≥90%\\n（满意度）', 'quantitative', '>=', 90, '%', '≥90%', ['text-around']],
  ['明显\\n提高', 'qualitative', null, null, null, '明显提高', [], { word: '明显提高' }],
];

describe('grammar edge cases', () => {
  test.each(EDGE_CASES)('%s', (...row) => expectRow(row));
  test('every result is schema-valid', () => {
    for (const [text] of EDGE_CASES) expect(() => ExprSchema.parse(parseExpr(text))).not.toThrow();
  });
});

const replacement = (text: string, id: string): string | undefined =>
  parseExpr(text).diagnostics.find((d) => d.id === `expr.${id}`)?.replacement;

describe('replacements are whole-cell texts, given only when certain', () => {
  test.each([
    ['＝100%', 'fullwidth', '=100%'],
    ['>=90%', 'ascii-operator', '≥90%'],
    ['<= 475元/亩', 'ascii-operator', '≤475元/亩'],
    ['≧90%', 'operator-variant', '≥90%'],
    ['$\\geq 85\\%$', 'latex', '≥85%'],
    ['绩效工资发放率 $\\geq 90\\%$', 'latex', '绩效工资发放率≥90%'],
    ['不低于90%', 'approximate', '≥90%'],
    ['90%以上', 'approximate', '≥90%'],
    ['满意率≥90%', 'text-around', '≥90%'],
    ['不超过三天', 'chinese-numeral', '≤3天'],
  ])('%s → %s → %s', (text, id, expected) => {
    expect(replacement(text, id)).toBe(expected);
  });
  test.each([
    ['90%左右', 'approximate'],
    ['约90%', 'approximate'],
    ['≥90%左右', 'approximate'],
    ['≥90%（满意度）', 'text-around'],
    ['430 元/人', 'operator-missing'],
    ['≥4', 'unit-missing'],
    ['=篇', 'number-missing'],
    ['二天', 'chinese-numeral'],
  ])('%s has no certain %s replacement', (text, id) => {
    const d = parseExpr(text).diagnostics.find((x) => x.id === `expr.${id}`);
    expect(d).toBeDefined();
    expect(d?.replacement).toBeUndefined();
  });
  test('a symbol fix keeps the text around the value', () => {
    expect(replacement('满意率>=90%', 'ascii-operator')).toBe('满意率≥90%');
  });
});

describe('messages', () => {
  test('operator-missing shows the clerk what to write', () => {
    const d = parseExpr('430 元/人').diagnostics[0];
    expect(d?.message).toContain('缺少比较符号');
    expect(d?.message).toContain('“=430元/人”');
  });
  test('every id used in messages is a declared id, and messages are Chinese', () => {
    const texts = [
      '＝100%',
      '>=90%',
      '≧90%',
      '≥90%以下',
      '90%左右',
      '满意率≥90%',
      '二天',
      '44561',
      '≥**%',
      '$85\\%$',
      '90%-80%',
      '80%-90元',
      '≥80%-90%',
      '提质',
      '推动行业高质量发展',
      '=篇',
      '≥4',
      '100%',
    ];
    const seen = new Set<string>();
    for (const t of texts) {
      for (const d of parseExpr(t).diagnostics) {
        expect(EXPR_DIAGNOSTIC_IDS).toContain(d.id);
        expect(d.message).toMatch(/[\u4e00-\u9fff]/);
        seen.add(d.id);
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(15);
  });
});

describe('approximation messages', () => {
  const message = (text: string): string => parseExpr(text).diagnostics[0]?.message ?? '';
  test('a word that decides the operator asks for the symbol', () => {
    expect(message('不低于90%')).toBe('“不低于”是文字表述，请用比较符号写成“≥90%”。');
  });
  test('an uncertain word offers the three operators on the bare value', () => {
    expect(message('约90%')).toContain('如“≥90%”“≤90%”或“=90%”');
  });
  test('an uncertain word beside an operator asks to drop the word', () => {
    expect(message('≥90%左右')).toContain('请删去“左右”，写成“≥90%”');
  });
});

describe('results are copies', () => {
  test('editing one result does not change the next', () => {
    const a = parseExpr('＝100%');
    a.diagnostics.length = 0;
    a.number = 1;
    expect(parseExpr('＝100%')).toMatchObject({ number: 100, diagnostics: [{ id: 'expr.fullwidth' }] });
  });
});

describe('number cells', () => {
  test('a number cell holding a date serial with a time part is flagged', () => {
    expect(parseExpr('44561.5', { fromNumberCell: true }).diagnostics.map((d) => d.id)).toEqual(['expr.excel-serial']);
    expect(parseExpr('44561.5').diagnostics.map((d) => d.id)).not.toContain('expr.excel-serial');
  });
  test('round numbers stay counts', () => {
    expect(parseExpr('50000', { fromNumberCell: true }).kind).toBe('quantitative');
  });
});

describe('helpers for rules', () => {
  test('isRateUnit', () => {
    expect(isRateUnit('%')).toBe(true);
    expect(isRateUnit('‰')).toBe(true);
    expect(isRateUnit('元')).toBe(false);
    expect(isRateUnit(null)).toBe(false);
  });
  test('isMoneyUnit', () => {
    for (const u of ['元', '万元', '亿元', '元/人', '元/人*天', '万元/年', '千元']) expect(isMoneyUnit(u)).toBe(true);
    for (const u of ['%', '人', '人次', '平方米', '次/年', null]) expect(isMoneyUnit(u)).toBe(false);
  });
  test('toBaseNumber scales money to 元 and leaves other units alone', () => {
    expect(toBaseNumber(parseExpr('=6.03万元/年'))).toBe(60300);
    expect(toBaseNumber(parseExpr('≥1.12亿元'))).toBe(112000000);
    expect(toBaseNumber(parseExpr('≤300元/人*天'))).toBe(300);
    expect(toBaseNumber(parseExpr('≥9万人'))).toBe(90000);
    expect(toBaseNumber(parseExpr('≥95%'))).toBe(95);
    expect(toBaseNumber(parseExpr('=篇'))).toBeNull();
    expect(toBaseNumber(parseExpr('=28.8万元'))).toBe(288000);
  });
  test('baseUnit', () => {
    expect(baseUnit('万元/年')).toBe('元/年');
    expect(baseUnit('亿元')).toBe('元');
    expect(baseUnit('人')).toBe('人');
    expect(baseUnit(null)).toBeNull();
  });
  test('万/亿 fold without float noise', () => {
    expect(parseExpr('≥1.65万人').number).toBe(16500);
    expect(parseExpr('≥0.7万').number).toBe(7000);
    expect(parseExpr('≥1.1亿人次').number).toBe(110000000);
  });
});
