import type { Finding } from '../../src/model/finding';
import { createExcelHost } from '../../src/hosts/excel';
import { decodeRecord } from '../../src/hosts/excel/mark-record';
import { noteHash, noteTexts, splitQualified } from '../../src/hosts/excel/notes';
import { FakeWorkbook } from './fake-excel';

function bigBook(rows: number, excelApi = '1.18'): FakeWorkbook {
  const book = new FakeWorkbook({ excelApi });
  const data: (string | number)[][] = [['一级指标', '二级指标', '三级指标', '指标值', '描述', '依据', '方向', '单位']];
  for (let i = 1; i < rows; i++)
    data.push(['产出指标', '数量指标', `指标${i}`, i % 7 === 0 ? `≥${i}` : `≥${i}人`, '说明', '依据', '正向', '人']);
  book.addSheet('Sheet1', data);
  return book;
}

const f = (
  cell: string,
  severity: Finding['severity'] = 'error',
  message = '缺少计量单位',
  suggestion?: string,
): Finding => ({
  rule: 'expr.unit-missing',
  severity,
  sheet: 'Sheet1',
  cell,
  message,
  ...(suggestion ? { suggestion } : {}),
});

const findingsFor = (rows: number): Finding[] =>
  Array.from({ length: Math.floor(rows / 7) }, (_, k) => f(`D${(k + 1) * 7 + 1}`, k % 3 === 0 ? 'error' : 'warning'));

describe('Excel notes on marks (ExcelApi 1.18)', () => {
  test('capabilities.notes follows ExcelApi 1.18', () => {
    expect(createExcelHost(bigBook(3).env()).capabilities.notes).toBe(true);
    expect(createExcelHost(bigBook(3, '1.17').env()).capabilities.notes).toBe(false);
  });

  test('10,000 rows: notes cost no extra sync (≤2 reads + 1 write), also when re-marking', async () => {
    const book = bigBook(10_000);
    book.userNote('Sheet1', 'D15', '用户自己的批注');
    const host = createExcelHost(book.env());
    book.resetCounts();
    await host.readActiveSheet();
    await host.mark(findingsFor(10_000));
    expect(book.readSyncs()).toBeLessThanOrEqual(3); // 80k cells: two value chunks (≤ 2 MB each)
    expect(book.writeSyncs()).toBe(1);
    expect(book.syncs.length).toBe(4);
    const notes = book.sheet('Sheet1').notes();
    expect(Object.keys(notes).length).toBe(Math.floor(10_000 / 7));
    expect(notes.D8).toContain('缺少计量单位');
    expect(notes.D15).toBe('用户自己的批注');

    book.resetCounts();
    await host.readActiveSheet();
    await host.mark(findingsFor(10_000).slice(10));
    expect(book.readSyncs()).toBeLessThanOrEqual(3); // 80k cells: two value chunks (≤ 2 MB each)
    expect(book.writeSyncs()).toBe(1);
    expect(book.sheet('Sheet1').notes().D8).toBeUndefined(); // no longer a finding: our note went
    expect(book.sheet('Sheet1').notes().D15).toBe('用户自己的批注');

    book.resetCounts();
    await host.clearMarks();
    // without a read before it: sheets + record, then rule types + notes, then the formulas of custom rules
    expect(book.readSyncs()).toBe(3);
    expect(book.writeSyncs()).toBe(1);
    expect(book.sheet('Sheet1').notes()).toEqual({ D15: '用户自己的批注' });
    expect(book.sheet('Sheet1').fills()).toEqual({});
  });

  test('the note holds every message on the cell, worst first, with the suggestion', async () => {
    const book = bigBook(5);
    const host = createExcelHost(book.env());
    await host.readActiveSheet();
    await host.mark([f('D2', 'warning', '表述含糊'), f('D2', 'error', '缺少计量单位', '写成“≥100人”')]);
    expect(book.sheet('Sheet1').notes().D2).toBe(
      '预算绩效目标表校验：\n【错误】缺少计量单位\n建议：写成“≥100人”\n【警告】表述含糊',
    );
  });

  test('a note the user edited after marking is theirs: clear keeps it (and keeps the other user notes)', async () => {
    const book = bigBook(6);
    book.userNote('Sheet1', 'A1', '表头说明');
    const host = createExcelHost(book.env());
    await host.readActiveSheet();
    await host.mark([f('D2'), f('D3'), f('A1', 'info', '提示')]);
    expect(book.sheet('Sheet1').notes().A1).toBe('表头说明');
    book.userNote('Sheet1', 'D3', '已与单位确认，不改');
    await host.clearMarks();
    expect(book.sheet('Sheet1').notes()).toEqual({ A1: '表头说明', D3: '已与单位确认，不改' });
  });

  test('reopen then clear: the record in the document properties names our notes by fingerprint', async () => {
    const book = bigBook(6);
    book.userNote('Sheet1', 'C4', '用户批注');
    const host = createExcelHost(book.env());
    await host.readActiveSheet();
    await host.mark([f('D2'), f('C4', 'warning')]);
    const record = decodeRecord(book.storedRecord()).notes;
    expect(record.find((c) => c.cell === 'D2')?.note).toBe(noteHash(book.sheet('Sheet1').notes().D2));
    expect(record.find((c) => c.cell === 'C4')?.note).toBeUndefined();
    const again = createExcelHost(book.env());
    book.resetCounts();
    await again.clearMarks();
    expect(book.syncs.length).toBe(4);
    expect(book.sheet('Sheet1').notes()).toEqual({ C4: '用户批注' });
  });

  test('marking without a read first probes the notes in a batch of its own and still skips user notes', async () => {
    const book = bigBook(6);
    book.userNote('Sheet1', 'D2', '用户批注');
    const host = createExcelHost(book.env());
    book.resetCounts();
    await host.mark([f('D2'), f('D3')]);
    expect(book.writeSyncs()).toBe(1);
    expect(book.sheet('Sheet1').notes().D2).toBe('用户批注');
    expect(book.sheet('Sheet1').notes().D3).toContain('缺少计量单位');
  });

  test('ExcelApi 1.17: no notes are touched, marks work as before', async () => {
    const book = bigBook(6, '1.17');
    const host = createExcelHost(book.env());
    await host.readActiveSheet();
    await host.mark([f('D2')]);
    expect(book.sheet('Sheet1').notes()).toEqual({});
    expect(book.sheet('Sheet1').fills().D2).toBe('#FFC7CE');
  });

  test('the fake: notes need ExcelApi 1.18, properties need load + sync, adding over a note fails', async () => {
    const old = bigBook(3, '1.17');
    await old.env().run(async (ctx) => {
      expect(() => ctx.workbook.notes).toThrow(/ApiNotFound/);
      expect(() => ctx.workbook.worksheets.getItem('Sheet1').notes).toThrow(/ApiNotFound/);
    });
    const book = bigBook(3);
    book.userNote('Sheet1', 'B2', '旧批注');
    await book.env().run(async (ctx) => {
      const coll = ctx.workbook.notes.load('items/content');
      expect(() => coll.items).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(coll.items.map((n) => n.content)).toEqual(['旧批注']);
      const where = coll.items[0].getLocation().load('address');
      expect(() => where.address).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(where.address).toBe('Sheet1!B2');
      ctx.workbook.worksheets.getItem('Sheet1').notes.add('B2', '覆盖');
      await expect(ctx.sync()).rejects.toThrow(/already has a note/);
    });
    expect(book.sheet('Sheet1').notes()).toEqual({ B2: '旧批注' });
  });

  test('helpers: note texts per cell, fingerprints ignore line endings, qualified addresses split', () => {
    expect([...noteTexts([f('A1:A2')]).keys()]).toEqual(['Sheet1\u0000A1', 'Sheet1\u0000A2']);
    expect(noteHash('a\r\nb ')).toBe(noteHash('a\nb'));
    expect(noteHash('a')).not.toBe(noteHash('b'));
    expect(splitQualified("'It''s'!$B$3")).toEqual({ sheet: "It's", cell: 'B3' });
  });
});
