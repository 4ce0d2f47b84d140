import { parseExpr } from '../../src/expr';
import { ExprSchema } from '../../src/model/expr';

const ids = (text: string): string[] => parseExpr(text).diagnostics.map((d) => d.id);

describe('parseExpr: issue acceptance examples', () => {
  test('≥95% is a clean quantitative value', () => {
    const e = parseExpr('≥95%');
    expect(e).toMatchObject({ kind: 'quantitative', op: '>=', number: 95, unit: '%', normalized: '≥95%' });
    expect(e.diagnostics).toEqual([]);
    expect(ExprSchema.parse(e)).toEqual(e);
  });
  test('=篇 lacks its number', () => {
    expect(parseExpr('=篇')).toMatchObject({ kind: 'invalid', op: '=', number: null, unit: '篇' });
    expect(ids('=篇')).toEqual(['expr.number-missing']);
    expect(parseExpr('=篇').diagnostics[0].message).toContain('“=10篇”');
  });
  test('≤预算数 names a reference, not a unit: the example is a figure with its unit', () => {
    const [d] = parseExpr('≤预算数').diagnostics;
    expect(d.id).toBe('expr.number-missing');
    expect(d.message).toContain('“≤120万元”');
    expect(d.message).not.toContain('10预算数');
  });
  test('430 元/人 lacks its operator', () => {
    expect(parseExpr('430 元/人')).toMatchObject({ kind: 'quantitative', op: null, number: 430, unit: '元/人' });
    expect(ids('430 元/人')).toEqual(['expr.operator-missing']);
  });
  test('90%左右 is approximate with no certain replacement', () => {
    const e = parseExpr('90%左右');
    expect(e).toMatchObject({ kind: 'quantitative', op: null, number: 90, unit: '%' });
    expect(ids('90%左右')).toEqual(['expr.approximate']);
    expect(e.diagnostics[0]?.replacement).toBeUndefined();
  });
});
