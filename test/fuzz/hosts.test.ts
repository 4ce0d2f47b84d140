/**
 * mark → clear restores a whole seed workbook exactly on every host fake: values, formulas, number
 * formats, fills (the user's own included) and notes — after marking every finding of a real check,
 * after re-marking, and after reopening the document.
 */
import path from 'path';
import { checkGrids } from '../../src/check';
import { readWorkbookFile } from '../../src/hosts/file/xlsx-file';
import type { Host } from '../../src/hosts/host';
import type { Finding } from '../../src/model/finding';
import type { Grid } from '../../src/model/grid';
import type { SeedSheet, SeedValue } from '../hosts/conformance';
import { excelHarness, excelWorkbook } from '../excel/harness';
import type { FakeWorkbook } from '../excel/fake-excel';
import { etBook, etHarness } from '../wps/harness';
import type { FakeEtBook } from '../wps/fake-et';
import { FIXTURES } from './corpus';

/** A grid as the rows of a fresh sheet (sheet coordinates kept: the grid's origin becomes blank rows/cols). */
function seedSheet(g: Grid): SeedSheet {
  const rows: SeedValue[][] = [];
  for (let r = 0; r < g.origin.row; r++) rows.push([]);
  for (const row of g.values) rows.push([...new Array<SeedValue>(g.origin.col).fill(null), ...row]);
  return { name: g.sheet, rows };
}

/** Findings shift by sheet position: a check of the host's own read gives the same cells as the file. */
async function findingsOf(host: Host): Promise<Finding[]> {
  return checkGrids(await host.readAllSheets()).findings;
}

function excelSnapshot(book: FakeWorkbook): string {
  return JSON.stringify(
    book.sheets.map((s) => [
      s.name,
      [...s.cells.entries()]
        .filter(([, c]) => c.v !== '' || c.fill !== null || c.fmt !== 'General' || c.formula !== undefined)
        .sort(),
      s.rules, // marks are conditional formats: they must be gone after clearing
    ]),
  );
}

function etSnapshot(book: FakeEtBook): string {
  return JSON.stringify(
    book.sheets.map((s) => [
      s.name,
      [...s.cells.entries()].filter(([, c]) => Object.values(c).some((v) => v !== undefined && v !== '')).sort(),
      s.rules,
    ]),
  );
}

const SEEDS = ['seed002.xlsx', 'seed004-noise.xlsx', 'two-forms-one-sheet.xlsx'];

describe.each(SEEDS)('%s', (file) => {
  let sheets: SeedSheet[] = [];
  beforeAll(async () => {
    sheets = (await readWorkbookFile(path.join(FIXTURES, file))).map(seedSheet);
  });

  test('Excel fake: mark every finding, re-mark, reopen, clear → the workbook is exactly as before', async () => {
    const book = excelWorkbook(sheets);
    const h = excelHarness(book);
    const first = sheets[0].name;
    h.userFill(first, 'A1', '#FFFF00');
    h.userFill(first, 'B3', '#00B050');
    book.sheets[0].ensure(5, 2).fmt = '0.00%';
    const before = excelSnapshot(book);
    const findings = await findingsOf(h.host);
    expect(findings.length).toBeGreaterThan(0);
    await h.host.mark([...findings, { rule: 'expr.test', severity: 'error', sheet: first, cell: 'A1', message: 'x' }]);
    expect(excelSnapshot(book)).not.toBe(before);
    await findingsOf(h.host);
    await h.host.mark(findings.slice(0, Math.ceil(findings.length / 2)));
    const reopened = h.reopen();
    await reopened.host.clearMarks();
    expect(excelSnapshot(book)).toBe(before);
  });

  test('WPS fake: mark every finding, re-mark, reopen, clear → the workbook is exactly as before (notes too)', async () => {
    const book = etBook(sheets);
    const h = etHarness(book);
    const first = sheets[0].name;
    h.userFill(first, 'A1', '#FFFF00');
    h.userFill(first, 'C4', '#0070C0');
    book.sheet(first).ensure(1, 1).comment = '用户的批注';
    const before = etSnapshot(book);
    const findings = await findingsOf(h.host);
    expect(findings.length).toBeGreaterThan(0);
    await h.host.mark([
      ...findings,
      { rule: 'expr.test', severity: 'warning', sheet: first, cell: 'B2', message: 'x' },
    ]);
    expect(etSnapshot(book)).not.toBe(before);
    await findingsOf(h.host);
    await h.host.mark(findings.slice(Math.floor(findings.length / 2)));
    const reopened = h.reopen();
    await reopened.host.clearMarks();
    expect(etSnapshot(book)).toBe(before);
  });
});
