import type { Finding } from '../../src/model/finding';
import { createExcelHost } from '../../src/hosts/excel';
import { splitAddress } from '../../src/hosts/excel/excel-host';
import { MAX_ADDRESS_CHARS, chunkAddresses, compactCells, parseAreas } from '../../src/hosts/excel/marks';
import { decodeMarks, encodeMarks } from '../../src/hosts/excel/mark-record';
import { FakeWorkbook, FakeExcelError } from './fake-excel';

/** A sheet of `rows` indicator rows, 8 columns, like a long indicator table. */
function bigBook(rows: number, options = {}): FakeWorkbook {
  const book = new FakeWorkbook(options);
  const data: (string | number)[][] = [['一级指标', '二级指标', '三级指标', '指标值', '描述', '依据', '方向', '单位']];
  for (let i = 1; i < rows; i++)
    data.push(['产出指标', '数量指标', `指标${i}`, i % 7 === 0 ? `≥${i}` : `≥${i}人`, '说明', '依据', '正向', '人']);
  book.addSheet('Sheet1', data);
  return book;
}

const findingsFor = (rows: number): Finding[] =>
  Array.from({ length: Math.floor(rows / 7) }, (_, k) => ({
    rule: 'expr.unit-missing',
    severity: k % 3 === 0 ? 'error' : 'warning',
    sheet: 'Sheet1',
    cell: `D${(k + 1) * 7 + 1}`,
    message: '缺少计量单位',
  }));

describe('Excel adapter round trips', () => {
  test('10,000-row sheet: read in ≤2 syncs, mark in 1 write sync (re-check included)', async () => {
    const book = bigBook(10_000);
    const host = createExcelHost(book.env());
    book.resetCounts();
    const grid = await host.readActiveSheet();
    expect(grid.rows).toBe(10_000);
    await host.mark(findingsFor(10_000));
    expect(book.readSyncs()).toBeLessThanOrEqual(3); // 80k cells: two value chunks (≤ 2 MB each)
    expect(book.writeSyncs()).toBe(1);
    expect(book.syncs.length).toBe(4);
    // a second check over marked cells: still 2 + 1 (earlier marks are probed during the read)
    book.resetCounts();
    await host.readActiveSheet();
    await host.mark(findingsFor(10_000).slice(10));
    expect(book.readSyncs()).toBeLessThanOrEqual(3); // 80k cells: two value chunks (≤ 2 MB each)
    expect(book.writeSyncs()).toBe(1);
  });

  test('ExcelApi 1.1 (Excel 2016): same budget without getRanges or merges', async () => {
    const book = bigBook(10_000, { excelApi: '1.1', sharedRuntime: false });
    const host = createExcelHost(book.env());
    expect(host.capabilities).toEqual({ merges: false, events: false, notes: false, insertRows: true });
    book.resetCounts();
    await host.readActiveSheet();
    await host.mark(findingsFor(10_000));
    expect(book.readSyncs()).toBeLessThanOrEqual(3); // 80k cells: two value chunks (≤ 2 MB each)
    expect(book.writeSyncs()).toBe(1);
    await host.select('Sheet1', 'D8');
    expect(book.selection).toEqual({ sheet: 'Sheet1', address: 'D8' });
  });

  test('a range is selected whole and read back as the selection (识别结果: parts and corrections)', async () => {
    const book = bigBook(20);
    book.addSheet('第二张 表', [['x']]);
    const host = createExcelHost(book.env());
    await host.select('第二张 表', 'A3:E9');
    expect(book.selection).toEqual({ sheet: '第二张 表', address: 'A3:E9' });
    expect(await host.readSelection()).toEqual({ sheet: '第二张 表', range: 'A3:E9' });
    await host.select('Sheet1', 'C4');
    expect(await host.readSelection()).toEqual({ sheet: 'Sheet1', range: 'C4' });
  });

  test('splitAddress: quoted sheet names, absolute references, the first of several areas', () => {
    expect(splitAddress("'My ''Sheet'''!$A$3:$E$9")).toEqual({ sheet: "My 'Sheet'", range: 'A3:E9' });
    expect(splitAddress('Sheet1!B2')).toEqual({ sheet: 'Sheet1', range: 'B2' });
    expect(splitAddress('Sheet1!A1:B2,Sheet1!D4')).toEqual({ sheet: 'Sheet1', range: 'A1:B2' });
    expect(splitAddress('A1')).toBeNull();
  });

  test('big sheets are read in row chunks under the payload limit, with progress', async () => {
    const book = bigBook(60_000, { maxCellsPerSync: 450_000 }); // 480k cells, values + formats count twice
    const host = createExcelHost(book.env());
    const progress: [number, number][] = [];
    book.resetCounts();
    const grid = await host.readActiveSheet({ onProgress: (done, total) => progress.push([done, total]) });
    expect(grid.rows).toBe(60_000);
    expect(grid.values[59_999][2]).toBe('指标59999');
    expect(book.syncs.every((s) => s.cellsRead <= 450_000)).toBe(true);
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress[progress.length - 1]).toEqual([480_000, 480_000]);
  });

  test('the fake refuses a too-big read, so chunking is needed', async () => {
    const book = bigBook(60_000, { maxCellsPerSync: 450_000 });
    await expect(
      book.env().run(async (ctx) => {
        const r = ctx.workbook.worksheets.getActiveWorksheet().getUsedRange().load('values');
        await ctx.sync();
        return r.values.length;
      }),
    ).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
  });

  test('the fake throws when a property is read before load and sync, like Office.js', async () => {
    const book = bigBook(3);
    await book.env().run(async (ctx) => {
      const r = ctx.workbook.worksheets.getActiveWorksheet().getRange('A1');
      expect(() => r.values).toThrow(FakeExcelError);
      r.load('values');
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(r.values).toEqual([['一级指标']]);
    });
  });

  test('merged areas are read where ExcelApi 1.13 exists', async () => {
    const book = bigBook(5);
    book.sheet('Sheet1').merges.push({ r0: 1, c0: 0, r1: 3, c1: 0 }, { r0: 1, c0: 1, r1: 2, c1: 1 });
    const grid = await createExcelHost(book.env()).readActiveSheet();
    expect(grid.merges).toEqual([
      { r0: 1, c0: 0, r1: 3, c1: 0 },
      { r0: 1, c0: 1, r1: 2, c1: 1 },
    ]);
    const old = bigBook(5, { excelApi: '1.12' });
    old.sheet('Sheet1').merges.push({ r0: 1, c0: 0, r1: 3, c1: 0 });
    expect((await createExcelHost(old.env()).readActiveSheet()).merges).toEqual([]);
  });

  test('date-formatted cells read as dates, booleans as TRUE/FALSE, percent-formatted numbers as shown', async () => {
    const book = new FakeWorkbook();
    const s = book.addSheet('S', [[44561, true, 0.95]]);
    s.ensure(0, 0).fmt = 'yyyy/m/d';
    s.ensure(0, 2).fmt = '0%';
    const grid = await createExcelHost(book.env()).readActiveSheet();
    // 0.95 shown as 95% is what the clerk typed and sees; the checker must not call it a bare 0.95
    expect(grid.values[0]).toEqual(['2021-12-31', 'TRUE', '95%']);
  });

  test('thousands of scattered marks stay within the address limit and still use one write sync', async () => {
    const book = bigBook(20_000);
    const host = createExcelHost(book.env());
    const scattered: Finding[] = Array.from({ length: 6000 }, (_, k) => ({
      rule: 'expr.x',
      severity: 'warning',
      sheet: 'Sheet1',
      cell: `${'ABCDEFGH'[k % 8]}${k * 3 + 2}`,
      message: 'x',
    }));
    await host.readActiveSheet();
    book.resetCounts();
    await host.mark(scattered);
    expect(book.writeSyncs()).toBe(1);
    expect(book.readSyncs()).toBe(0);
    expect(Object.keys(book.sheet('Sheet1').fills()).length).toBe(6000);
    await host.clearMarks();
    expect(Object.keys(book.sheet('Sheet1').fills()).length).toBe(0);
  });

  test('live edits: per-sheet onChanged on ExcelApi 1.7, none on 1.1', async () => {
    const book = bigBook(5, { excelApi: '1.7' });
    const host = createExcelHost(book.env());
    expect(host.capabilities.events).toBe(true);
    const seen: string[] = [];
    const off = await host.onEdit((e) => seen.push(`${e.sheet}!${e.address}`));
    book.userEdit('Sheet1', 'D2', '≥5人');
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual(['Sheet1!D2']);
    off();
    const old = createExcelHost(bigBook(5, { excelApi: '1.1' }).env());
    expect(old.capabilities.events).toBe(false);
  });
});

describe('mark helpers', () => {
  test('compactCells joins column runs; chunkAddresses stays under the limit', () => {
    expect(compactCells(['A3', 'A4', 'A5', 'B1', 'A7'])).toEqual(['A3:A5', 'A7', 'B1']);
    const areas = Array.from({ length: 3000 }, (_, i) => `C${i * 2 + 1}`);
    const chunks = chunkAddresses(areas);
    expect(chunks.every((c) => c.length <= MAX_ADDRESS_CHARS)).toBe(true);
    expect(chunks.join(',').split(',')).toEqual(areas);
  });

  test('parseAreas reads sheet-qualified, quoted, absolute addresses', () => {
    expect(parseAreas("Sheet1!$A$1:$B$2,'My, sheet'!C3, 'It''s'!D4:D9")).toEqual(['A1:B2', 'C3', 'D4:D9']);
  });

  test('the stored record round-trips and ignores garbage', () => {
    const cells = [
      { sheet: 'S', cell: 'A1', prev: null, mark: '#FFC7CE' },
      { sheet: 'S', cell: 'A2', prev: null, mark: '#FFC7CE' },
      { sheet: 'S', cell: 'B2', prev: '#00B050', mark: '#FFEB9C' },
    ];
    const stored = encodeMarks(cells);
    expect(stored.sheets.S[0].cells).toBe('A1:A2');
    expect(decodeMarks(JSON.stringify(stored))).toEqual(cells);
    expect(decodeMarks('{oops')).toEqual([]);
    expect(decodeMarks({ v: 2 })).toEqual([]);
  });
});
