/**
 * The layout families of issue 13 on workbooks typed the way users type them in Excel
 * (test/fixtures/families, built by scripts/families). The expected models were written by hand from
 * what the builders type (see *.expected.ts and test/fixtures/families/README.md), never from the
 * recognizer's output. Per fixture: the forms (kind, title, year, name, header fields, funds, goals,
 * periods, counts per 一级, sample rows), at most one structure.unplaced per form, and the error findings
 * of the whole check (none on a correctly typed form; the planted defect on a defective copy).
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { allFamilies } from '../../../scripts/families';
import { familyWorkbook } from '../../../scripts/families/sheet';
import { checkGrids, type CheckResult } from '../../../src/check';
import { readWorkbookFile } from '../../../src/hosts/file/xlsx-file';
import { FormSchema } from '../../../src/model/form';
import { normalized, project } from './expect';
import { FAMILIES } from './index';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

const cache = new Map<string, Promise<CheckResult>>();
function checked(file: string): Promise<CheckResult> {
  if (!cache.has(file))
    cache.set(
      file,
      readWorkbookFile(join(FIXTURES, file)).then((grids) => checkGrids(grids)),
    );
  return cache.get(file)!;
}

test('every workbook in test/fixtures/families has an expectation', () => {
  const onDisk = readdirSync(join(FIXTURES, 'families')).filter((f) => f.endsWith('.xlsx'));
  const expected = Object.values(FAMILIES).flatMap((list) => list.map((x) => x.file.replace(/^families\//, '')));
  expect(onDisk.sort()).toEqual(expected.sort());
});

describe.each(Object.entries(FAMILIES))('%s', (_family, fixtures) => {
  describe.each(fixtures.map((x) => [x.file.replace(/^families\//, ''), x] as const))('%s', (_name, want) => {
    test('forms as typed', async () => {
      const { forms } = await checked(want.file);
      for (const f of forms) FormSchema.parse(f);
      expect(forms.map((f, i) => (want.forms[i] ? project(f, want.forms[i]) : `extra form ${f.name ?? ''}`))).toEqual(
        want.forms.map(normalized),
      );
    });

    test('at most one structure.unplaced per form', async () => {
      const { forms, findings } = await checked(want.file);
      expect(forms.length).toBeGreaterThan(0);
      const perForm = forms.map((_f, i) =>
        findings.filter((x) => x.rule === 'structure.unplaced' && (x.form ?? 0) === i && x.sheet === forms[i].sheet),
      );
      expect(perForm.map((list) => (list.length <= 1 ? 'ok' : list.map((x) => x.cell)))).toEqual(forms.map(() => 'ok'));
    });

    const exactUnplaced = want.unplaced;
    if (exactUnplaced !== undefined)
      test(`exactly ${exactUnplaced} structure.unplaced`, async () => {
        const { forms, findings } = await checked(want.file);
        expect(forms.length).toBeGreaterThan(0);
        const unplaced = findings.filter((x) => x.rule === 'structure.unplaced').map((x) => `${x.cell} ${x.message}`);
        expect(unplaced).toHaveLength(exactUnplaced);
      });

    test(want.errors?.length ? `finds ${want.errors.join(', ')}` : 'no error finding', async () => {
      const { forms, findings } = await checked(want.file);
      expect(forms.length).toBeGreaterThan(0); // no form, no finding: not a pass
      const errors = findings
        .filter((x) => x.severity === 'error')
        .map((x) => `${x.rule}@${x.cell.replace(/^[A-Z]+/, '')}`);
      expect(errors.sort()).toEqual([...(want.errors ?? [])].sort());
    });

    if (want.absent?.length)
      test('no finding of rules that do not apply to this layout', async () => {
        const { forms, findings } = await checked(want.file);
        expect(forms.length).toBeGreaterThan(0);
        const absent = new Set(want.absent);
        expect(findings.filter((x) => absent.has(x.rule)).map((x) => `${x.rule}@${x.cell}`)).toEqual([]);
      });
  });
});

describe('the committed workbooks are what scripts/families writes (npm run fixtures)', () => {
  // the families this branch reads (the others stay on branch families until their readers land)
  const expected = new Set(Object.values(FAMILIES).flatMap((list) => list.map((x) => x.file)));
  const written = allFamilies().filter((fx) => expected.has(fx.file));
  test.each(written.map((fx) => [fx.file, fx] as const))('%s', async (file, fx) => {
    const bytes = await familyWorkbook(fx.sheets, fx.origin);
    expect(bytes.equals(readFileSync(join(FIXTURES, file)))).toBe(true);
  });
});
