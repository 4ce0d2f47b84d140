import { mergeConfigs, parseConfig, toCheckOptions } from '../../src/config/load';

describe('parseConfig', () => {
  test('accepts rule ids and families with settings', () => {
    const r = parseConfig({
      rules: { 'expr.fullwidth': 'off', structure: 'warning', plan: 'on' },
      only: ['expr', 'total.sum'],
    });
    expect(r.ok).toBe(true);
  });
  test.each([
    [{ rules: { 'expr.fullwidth': 'silent' } }, /expr\.fullwidth/],
    [{ rule: {} }, /rule/],
    [{ rules: { 'expr.nope': 'off' } }, /expr\.nope/],
    [{ only: ['totals'] }, /totals/],
    ['not an object', /./],
  ])('rejects %j with a message', (json, message) => {
    const r = parseConfig(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
  });
});

test('later configs win; --rules replaces only', () => {
  const merged = mergeConfigs({ rules: { expr: 'off', plan: 'info' }, only: ['expr'] }, null, {
    rules: { expr: 'on' },
  });
  expect(merged).toEqual({ rules: { expr: 'on', plan: 'info' }, only: ['expr'] });
  expect(toCheckOptions(merged)).toEqual({ rules: ['expr'], overrides: { expr: 'on', plan: 'info' } });
  expect(toCheckOptions(merged, ['total'])).toEqual({ rules: ['total'], overrides: { expr: 'on', plan: 'info' } });
});
