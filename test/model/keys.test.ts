/** Canonical keys are zod enums: a form with a key the model does not know is rejected at the boundary. */
import { FundsItemSchema, HeaderFieldSchema } from '../../src/model/form';
import { FUNDS_KEYS, HEADER_KEYS, PeriodSchema } from '../../src/model/keys';
import { FUNDS_LABELS, HEADER_LABELS } from '../../src/layout/vocabulary';

const cell = { text: 'x', address: 'A1' };

test('header and funds keys are enums', () => {
  expect(HeaderFieldSchema.safeParse({ key: 'projectName', label: cell, value: null }).success).toBe(true);
  expect(HeaderFieldSchema.safeParse({ key: 'projectname', label: cell, value: null }).success).toBe(false);
  const item = { key: 'total', label: cell, section: 'income', parent: null, amounts: {} };
  expect(FundsItemSchema.safeParse(item).success).toBe(true);
  expect(FundsItemSchema.safeParse({ ...item, key: 'totals' }).success).toBe(false);
  expect(FundsItemSchema.safeParse({ ...item, key: 'general', parent: 'fiscalSub' }).success).toBe(false);
  expect(PeriodSchema.options).toEqual(['半年', '全年', '中期', '年度']);
});

test('every key of the label dictionary is a model key', () => {
  for (const key of Object.values(HEADER_LABELS)) expect(HEADER_KEYS).toContain(key);
  for (const key of Object.values(FUNDS_LABELS)) expect(FUNDS_KEYS).toContain(key);
});
