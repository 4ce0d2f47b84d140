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
