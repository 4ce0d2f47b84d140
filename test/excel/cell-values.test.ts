import { toGridValue } from '../../src/hosts/excel/cell-values';

describe('Excel cell values → grid values', () => {
  test('percent formats give the text a clerk sees; other numbers stay numbers', () => {
    expect(toGridValue(0.95, '0%')).toBe('95%');
    expect(toGridValue(0.5, '0.00%')).toBe('50.00%');
    expect(toGridValue(1003.82, '0.00')).toBe(1003.82);
    expect(toGridValue(12, 'General')).toBe(12);
    expect(toGridValue(44561, 'yyyy-mm-dd')).toBe('2021-12-31');
    expect(toGridValue('', 'General')).toBeNull();
    expect(toGridValue(true)).toBe('TRUE');
  });
});
