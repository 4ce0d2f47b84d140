import { add, compare, differs, format, parseDecimal, sum } from '../../src/rules/decimal';

const d = (t: string | number) => {
  const v = parseDecimal(t);
  if (!v) throw new Error(`not a number: ${t}`);
  return v;
};

describe('decimal', () => {
  test('0.1 + 0.2 is exactly 0.3', () => {
    expect(compare(add(d('0.1'), d('0.2')), d('0.3'))).toBe(0);
    expect(format(add(d(0.1), d(0.2)))).toBe('0.3');
  });
  test('reads sheet text and xlsx floats', () => {
    expect(format(d('1,003.82'))).toBe('1003.82');
    expect(format(d(3410.2200000000003))).toBe('3410.22');
    expect(format(d(' 0 '))).toBe('0');
    expect(parseDecimal('约10')).toBeNull();
    expect(parseDecimal('')).toBeNull();
    expect(format(d(1e-7))).toBe('0.0000001');
  });
  test('sums 锡山 half-year lines exactly', () => {
    const parts = [
      '0',
      '1',
      '3.4',
      '30',
      '3',
      '66',
      '0.4',
      '1.38',
      '3.4',
      '12',
      '2.7',
      '3.3',
      '3',
      '0.5',
      '4',
      '0.93',
      '4',
    ].map(d);
    expect(format(sum(parts))).toBe('139.01');
  });
  test('tolerance is the form’s own rounding only', () => {
    expect(differs(d('1003.82'), d('1003.82'), [2])).toBe(false);
    expect(differs(d('1003.81'), d('1003.82'), [2])).toBe(false);
    expect(differs(d('1003.80'), d('1003.82'), [2])).toBe(true);
    expect(differs(d('153.5184'), d('153.5185'), [4])).toBe(false);
    expect(differs(d('153.5184'), d('153.5190'), [4])).toBe(true);
  });
});

describe('decimal without BigInt (ES2017 engines)', () => {
  test('signs, borrows and carries', () => {
    expect(format(add(d('-0.5'), d('0.5')))).toBe('0');
    expect(add(d('-0.5'), d('0.5')).units).toBe('0');
    expect(format(add(d('999.99'), d('0.01')))).toBe('1000');
    expect(format(add(d('-1000'), d('0.01')))).toBe('-999.99');
    expect(format(add(d('(12.5)'), d('-0.25')))).toBe('-12.75');
    expect(format(sum(['1', '-3', '2.005'].map(d)))).toBe('0.005');
    expect(compare(d('-2'), d('-10'))).toBe(1);
    expect(compare(d('-0.00'), d('0'))).toBe(0);
    expect(compare(d('123456789012345678901234.5'), d('123456789012345678901234.6'))).toBe(-1);
    expect(format(add(d('99999999999999999999'), d('1')))).toBe('100000000000000000000');
  });
  test('random sums agree with integer arithmetic on cents', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 48271) % 2147483647) % 2000001) - 1000000; // cents
    for (let i = 0; i < 500; i++) {
      const [a, b] = [rnd(), rnd()];
      const text = (c: number) => (c < 0 ? '-' : '') + (Math.abs(c) / 100).toFixed(2);
      expect(compare(parseDecimal(text(a + b))!, add(d(text(a)), d(text(b))))).toBe(0);
      expect(compare(d(text(a)), d(text(b)))).toBe(Math.sign(a - b));
    }
  });
});
