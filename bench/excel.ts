/**
 * Excel round trips per check on the fake object model (test/excel/fake-excel.ts counts context.sync()):
 * read the active sheet → recognize + rules → mark the findings, on synthetic forms of 1k/10k/100k
 * indicator rows. A second check over the marked sheet is counted too (earlier marks are probed while
 * reading). DESIGN.md budget: ≤ 2 read syncs and 1 write sync per check, whatever the sheet size.
 */
import { checkGrids } from '../src/check';
import { createExcelHost } from '../src/hosts/excel';
import { FakeWorkbook } from '../test/excel/fake-excel';
import { syntheticForm } from './synthetic';

export interface ExcelSyncs {
  rows: number;
  cells: number;
  findings: number;
  readSyncs: number;
  writeSyncs: number;
}

/** One full check (and a re-check) of a synthetic form of `rows` indicator rows; the worst of the two. */
export async function excelSyncs(rows: number): Promise<ExcelSyncs> {
  const grid = syntheticForm(rows);
  const book = new FakeWorkbook();
  book.addSheet(grid.sheet, grid.values);
  const host = createExcelHost(book.env());
  let readSyncs = 0;
  let writeSyncs = 0;
  let findings = 0;
  for (let pass = 0; pass < 2; pass++) {
    book.resetCounts();
    const read = await host.readActiveSheet();
    const result = checkGrids([read]);
    // every pass marks something, so the write path is exercised even on a clean sheet
    const marks =
      result.findings.length > 0
        ? result.findings
        : [{ rule: 'bench', severity: 'info' as const, sheet: grid.sheet, cell: 'A1', message: 'bench' }];
    await host.mark(pass === 0 ? marks : marks.slice(Math.floor(marks.length / 2)));
    readSyncs = Math.max(readSyncs, book.readSyncs());
    writeSyncs = Math.max(writeSyncs, book.writeSyncs());
    findings = Math.max(findings, result.findings.length);
  }
  return { rows, cells: grid.rows * grid.cols, findings, readSyncs, writeSyncs };
}

/**
 * The request-size scenario of issue 16: check and mark a 100k-row sheet with 20,000 findings (scattered
 * over two columns, three severities), re-check, then clear. Every sync's request and response are measured
 * in UTF-8 bytes of the JSON office.js would send and receive (RequestMeter in test/excel/fake-excel.ts:
 * object paths, actions, queries, loaded values); the largest one is excelMaxRequestKB (budget ≤ 2048).
 */
export async function excelMaxRequestKB(): Promise<{ kb: number; syncs: number; findings: number }> {
  const grid = syntheticForm(100_000);
  const book = new FakeWorkbook({ excelApi: '1.18' });
  const sheet = book.addSheet(grid.sheet, grid.values);
  for (let k = 0; k < 300; k++) sheet.merges.push({ r0: 10 + k * 40, c0: 0, r1: 11 + k * 40, c1: 0 });
  const host = createExcelHost(book.env());
  const severities = ['error', 'warning', 'info'] as const;
  const findings = Array.from({ length: 20_000 }, (_, k) => ({
    rule: 'bench',
    severity: severities[k % 3],
    sheet: grid.sheet,
    cell: `${k % 2 === 0 ? 'D' : 'C'}${5 + k * 5}`,
    message: '基准测试问题',
  }));
  book.resetCounts();
  await host.readActiveSheet();
  await host.mark(findings);
  await host.readActiveSheet();
  await host.mark(findings.slice(1000));
  await host.clearMarks();
  return { kb: Math.ceil(book.maxPayloadBytes() / 1024), syncs: book.syncs.length, findings: findings.length };
}

export async function benchExcel(table: (string | number)[][]): Promise<Record<string, number>> {
  const sizes = [1_000, 10_000, 100_000];
  const results: ExcelSyncs[] = [];
  for (const rows of sizes) results.push(await excelSyncs(rows));
  console.log('\nExcel fake, syncs per check (read → check → mark, worst of a first check and a re-check):');
  console.log('| rows | cells | findings | read syncs | write syncs |\n|---|---|---|---|---|');
  for (const r of results) console.log(`| ${r.rows} | ${r.cells} | ${r.findings} | ${r.readSyncs} | ${r.writeSyncs} |`);
  // DESIGN.md: at most 2 read syncs and 1 write up to 10k rows; past that the 5 MB request limit forces chunks
  const budgeted = results.filter((r) => r.rows <= 10_000);
  const excelReadSyncs = Math.max(...budgeted.map((r) => r.readSyncs));
  const excelWriteSyncs = Math.max(...budgeted.map((r) => r.writeSyncs));
  for (const r of results)
    table.push([
      `Excel read / write syncs, ${r.rows / 1000}k rows`,
      `${r.readSyncs} / ${r.writeSyncs}`,
      r.rows <= 10_000 ? '≤ 2 / 1' : 'chunked (5 MB limit)',
    ]);
  table.push(
    ['excelReadSyncs (max, ≤ 10k rows)', excelReadSyncs, '≤ 2'],
    ['excelWriteSyncs (max, ≤ 10k rows)', excelWriteSyncs, '≤ 1'],
  );
  const big = await excelMaxRequestKB();
  table.push([`excelMaxRequestKB (100k rows, ${big.findings} findings, ${big.syncs} syncs)`, big.kb, '≤ 2048']);
  return { excelReadSyncs, excelWriteSyncs, excelMaxRequestKB: big.kb };
}
