/**
 * The marks record is checked by a hand-written guard in the hosts (zod stays out of the pane's first
 * download); it must give the same answer as the zod schema that documents the record.
 */
import fc from 'fast-check';
import { decodeRecord, isStoredMarks, MarksRecordError, StoredMarksSchema } from '../../src/hosts/excel/mark-record';

const text = fc.oneof(fc.string(), fc.constantFrom('A1', 'B2:C4', 'FFFF00'));
const junk = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.constant(undefined), fc.array(text), text);
// mostly well-formed parts, so that whole records are valid often enough to compare both answers
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: arb, weight: 12 }, { arbitrary: junk, weight: 1 });
const group = fc.record(
  { prev: maybe(fc.oneof(fc.constant(null), text)), mark: maybe(text), cells: maybe(text), extra: junk },
  { requiredKeys: [] },
);
const record = fc.record(
  {
    v: fc.oneof(fc.constantFrom(1, 2, 3, '2', 0), junk),
    sheets: maybe(fc.dictionary(text, maybe(fc.array(maybe(group), { maxLength: 3 })), { maxKeys: 3 })),
    notes: maybe(fc.dictionary(text, maybe(fc.dictionary(text, maybe(text), { maxKeys: 2 })), { maxKeys: 2 })),
    rules: maybe(fc.array(maybe(text), { maxLength: 3 })),
  },
  { requiredKeys: [] },
);

// fixed seeds: the share of valid records (about 3%) must not depend on the run (an unseeded run drew 97 of 3000)
const SEED = 20261130;

describe('marks record guard', () => {
  it('accepts and rejects exactly what StoredMarksSchema does', () => {
    fc.assert(
      fc.property(fc.oneof({ arbitrary: record, weight: 4 }, { arbitrary: junk, weight: 1 }), (data) => {
        expect(isStoredMarks(data)).toBe(StoredMarksSchema.safeParse(data).success);
      }),
      { numRuns: 3000, seed: SEED },
    );
  });

  it('both valid and corrupt records occur in the comparison (the test can tell them apart)', () => {
    const samples = fc.sample(record, { numRuns: 3000, seed: SEED });
    const valid = samples.filter((d) => StoredMarksSchema.safeParse(d).success).length;
    expect(valid).toBeGreaterThan(50);
    expect(valid).toBeLessThan(samples.length - 50);
  });

  it('a record with a group missing its colour is reported as corrupt, not read as empty', () => {
    const bad = JSON.stringify({ v: 2, sheets: { S: [{ prev: null, cells: 'A1' }] } });
    expect(() => decodeRecord(bad)).toThrow(MarksRecordError);
    const good = JSON.stringify({ v: 2, sheets: { S: [{ prev: null, mark: '#FFC7CE', cells: 'A1:A2' }] } });
    expect(decodeRecord(good).cells.map((c) => c.cell)).toEqual(['A1', 'A2']);
  });
});
