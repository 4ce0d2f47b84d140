/** parseExpr is total: it never throws and always returns a schema-valid Expr whose invariants hold. */
import fc from 'fast-check';
import { parseExpr } from '../../src/expr';
import { ExprSchema, type Expr } from '../../src/model/expr';

/** The characters the grammar reacts to, so random strings hit its branches rather than only prose. */
const ALPHABET = [
  '≥',
  '≤',
  '=',
  '>',
  '<',
  '＝',
  '＞',
  '＜',
  '≧',
  '≦',
  '>=',
  '<=',
  '=<',
  '=>',
  '±',
  '+/-',
  '-',
  '~',
  '～',
  '—',
  '至',
  '到',
  '0',
  '1',
  '2',
  '5',
  '9',
  '12',
  '2023',
  '44561',
  '.',
  ',',
  '，',
  '０',
  '９',
  '%',
  '％',
  '‰',
  '*',
  '**',
  'X',
  '/',
  '·',
  '×',
  '万',
  '亿',
  '元',
  '万元',
  '亿元',
  '人',
  '人次',
  '天',
  '个',
  '月',
  '年',
  '日',
  '底',
  '前',
  '工作日',
  '平方米',
  'm²',
  'M',
  '二',
  '十',
  '百',
  '两',
  '百分之',
  '不低于',
  '不超过',
  '达到',
  '约',
  '左右',
  '以上',
  '以下',
  '以内',
  '内',
  '明显',
  '提高',
  '进一步',
  '改善',
  '有效',
  '一般',
  '全年',
  '长期',
  '满意率',
  '（',
  '）',
  '(',
  ')',
  '。',
  '；',
  ' ',
  '\n',
  '\t',
  '$',
  '\\geq',
  '\\%',
  '{',
  '}',
  '^',
  '第',
  '日前',
  '底前',
  '到位',
];

const grammarString = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 12 }).map((parts) => parts.join(''));

function checkInvariants(e: Expr, text: string): void {
  expect(ExprSchema.parse(e)).toEqual(e);
  expect(e.raw).toBe(text);
  switch (e.kind) {
    case 'quantitative':
      expect(e.number).not.toBeNull();
      break;
    case 'range':
      expect(e.min).not.toBeNull();
      expect(e.max).not.toBeNull();
      break;
    case 'qualitative':
      expect(e.word).toBeTruthy();
      break;
    case 'invalid':
      expect(e.number).toBeNull();
      expect(e.diagnostics.length).toBeGreaterThan(0);
      break;
    case 'empty':
      expect(e.normalized).toBe('');
      break;
    case 'date':
      expect(e.year != null || e.month != null || e.word != null).toBe(true);
      break;
  }
  if (e.number !== null) expect(Number.isFinite(e.number)).toBe(true);
}

describe('parseExpr never throws', () => {
  test('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => checkInvariants(parseExpr(text), text)),
      { numRuns: 3000 },
    );
  });
  test('on arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => checkInvariants(parseExpr(text), text)),
      { numRuns: 2000 },
    );
  });
  test('on strings built from the grammar alphabet', () => {
    fc.assert(
      fc.property(grammarString, (text) => checkInvariants(parseExpr(text), text)),
      { numRuns: 10000 },
    );
  });
  test('on number cells', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (n) => {
        const text = String(n);
        checkInvariants(parseExpr(text, { fromNumberCell: true }), text);
      }),
      { numRuns: 1000 },
    );
  });
  test('is deterministic', () => {
    fc.assert(
      fc.property(grammarString, (text) => expect(parseExpr(text)).toEqual(parseExpr(text))),
      { numRuns: 500 },
    );
  });
});

describe('well-formed values round-trip through normalized', () => {
  const op = fc.constantFrom('≥', '≤', '=', '>', '<');
  const num = fc.oneof(
    fc.integer({ min: 0, max: 99999 }).map(String),
    fc
      .tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 99 }))
      .map(([a, b]) => `${a}.${b}`.replace(/0+$/, '')),
  );
  const unit = fc.constantFrom(
    '%',
    '‰',
    '元',
    '万元',
    '亿元',
    '元/人',
    '元/人*天',
    '万元/年',
    '人',
    '人次',
    '平方米',
    '个',
    '次',
    '篇',
    '份',
    '天',
    '辆',
    '工作日',
    '笔',
    '户',
    '条',
    '套',
    '项',
  ); // no 年: =2023年 is a date
  test('op + number + unit parses to itself', () => {
    fc.assert(
      fc.property(op, num, unit, (o, n, u) => {
        const text = `${o}${n}${u}`;
        const e = parseExpr(text);
        expect(e.kind).toBe('quantitative');
        expect(e.number).toBe(Number(n));
        expect(e.unit).toBe(u);
        expect(e.normalized).toBe(text);
        expect(e.diagnostics).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
  test('spacing and ASCII operators normalise to the same value', () => {
    fc.assert(
      fc.property(fc.constantFrom(['>=', '≥'], ['<=', '≤'], ['＝', '=']), num, unit, ([written, canonical], n, u) => {
        const e = parseExpr(` ${written} ${n} ${u} `);
        expect(e.normalized).toBe(`${canonical}${n}${u}`);
        expect(e.diagnostics[0]?.replacement).toBe(`${canonical}${n}${u}`);
      }),
      { numRuns: 1000 },
    );
  });
});
