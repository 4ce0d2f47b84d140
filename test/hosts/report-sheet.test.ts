/**
 * 导出报告 → 写入新工作表 in Excel and WPS (first where a downloaded report does not arrive: WPS, Excel for Mac):
 * the report is written to a new sheet under a free name — a header row and one row per finding, the same
 * columns as the CSV/xlsx — and no existing sheet changes, not even one the user called 校验报告.
 */
import { startSession } from '../../src/app/session';
import { findingKey } from '../../src/app/findings-view';
import { reportSource } from '../../src/app/actions/export';
import fs from 'fs';
import path from 'path';
import { reportRows, reportSheet } from '../../src/app/report';
import { FileHost } from '../../src/hosts/file/file-host';
import { columnName } from '../../src/core/address';
import { seedSpec } from '../pane/seed';
import { excelHarness, excelWorkbook } from '../excel/harness';
import { etBook, etHarness } from '../wps/harness';
import type { HostHarness, SeedSheet } from './conformance';

/** The columns of a one-workbook report (no 文件 column), as a clerk reads them. */
const HEADER = ['序号', '工作表', '表单', '单元格', '级别', '规则', '问题', '建议', '建议改为', '状态'];

interface Book {
  harness: HostHarness;
  names(): string[];
}

const hosts: [string, 'offered' | 'preferred', (sheets: SeedSheet[]) => Book][] = [
  [
    'Excel',
    'offered',
    (sheets) => {
      const b = excelWorkbook(sheets);
      return { harness: excelHarness(b), names: () => b.sheets.map((s) => s.name) };
    },
  ],
  [
    // the pane's web view on Mac drops blob downloads: the sheet comes first
    'Excel for Mac',
    'preferred',
    (sheets) => {
      const b = excelWorkbook(sheets, { platform: 'Mac' });
      return { harness: excelHarness(b), names: () => b.sheets.map((s) => s.name) };
    },
  ],
  [
    'WPS',
    'preferred',
    (sheets) => {
      const b = etBook(sheets);
      return { harness: etHarness(b), names: () => b.sheets.map((s) => s.name) };
    },
  ],
];

/** Every cell's text of a sheet's first rows × cols (what must not change). */
function snapshot(h: HostHarness, sheet: string, rows: number, cols: number): string[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => h.text(sheet, `${columnName(c)}${r + 1}`)),
  );
}

describe.each(hosts)('%s: 写入新工作表', (_name, offer, make) => {
  test('a new sheet under a free name: header row, one row per finding, statuses; other sheets untouched', async () => {
    const form = (await seedSpec('seed000.xlsx')).sheets[0];
    const own: SeedSheet = { name: '校验报告', rows: [['用户自己的表', 1]] };
    const book = make([{ name: form.name, rows: form.rows }, own]);
    const h = book.harness;
    const session = startSession(h.host);
    await session.actions.init();
    expect(session.store.get().reportSheet).toBe(offer);
    await session.actions.runCheck({ mark: false });
    const findings = session.store.get().result!.findings;
    expect(findings.length).toBeGreaterThan(2);
    const ignored = findings[1];
    await session.actions.toggleIgnored(findingKey(ignored));

    const width = Math.max(...form.rows.map((r) => r.length));
    const before = snapshot(h, form.name, form.rows.length + 2, width + 2);
    const ownBefore = snapshot(h, own.name, 3, 4);
    await session.actions.exportToSheet();
    const state = session.store.get();
    expect(state.error).toBeNull();
    expect(book.names()).toEqual([form.name, own.name, '校验报告 (2)']);
    expect(state.notice).toContain('校验报告 (2)');
    expect(state.notice).toContain(String(findings.length));
    const sheet = '校验报告 (2)';
    expect(HEADER.map((_, c) => h.text(sheet, `${columnName(c)}1`))).toEqual(HEADER);
    expect(h.text(sheet, `${columnName(HEADER.length)}1`)).toBe('');
    // one row per finding, in the report's order and columns; nothing below
    const rows = reportRows([reportSource(state)!]);
    expect(rows).toHaveLength(findings.length);
    rows.forEach((r, i) => {
      const line = HEADER.map((_, c) => h.text(sheet, `${columnName(c)}${i + 2}`));
      expect(line).toEqual(
        [r.index, r.sheet, r.form, r.cell, r.severity, r.rule, r.message, r.suggestion, r.fix, r.status].map(String),
      );
    });
    expect(h.text(sheet, `A${rows.length + 2}`)).toBe('');
    const ignoredRow = findings.indexOf(ignored) + 2;
    expect(h.text(sheet, `D${ignoredRow}`)).toBe(ignored.cell);
    expect(h.text(sheet, `J${ignoredRow}`)).toBe('已忽略');
    expect(h.text(sheet, 'A2')).toBe('1');
    expect(h.text(sheet, 'B2')).toBe(form.name);
    // the user's sheets are as they were
    expect(snapshot(h, form.name, form.rows.length + 2, width + 2)).toEqual(before);
    expect(snapshot(h, own.name, 3, 4)).toEqual(ownBefore);
    expect(h.text(own.name, 'A1')).toBe('用户自己的表');

    // a second export never replaces the first
    await session.actions.exportToSheet();
    expect(book.names()).toEqual([form.name, own.name, '校验报告 (2)', '校验报告 (3)']);
    expect(h.text(sheet, 'A2')).toBe('1');
  });

  test('without a check result nothing is written', async () => {
    const book = make([{ name: 'S', rows: [['x']] }]);
    const session = startSession(book.harness.host);
    await session.actions.init();
    await session.actions.exportToSheet();
    expect(book.names()).toEqual(['S']);
  });
});

/** A report of one finding whose 建议 is empty and whose 建议改为 looks like a formula. */
const oneRowReport = () =>
  reportSheet([
    {
      index: 1,
      file: '',
      sheet: 'S',
      form: '表外',
      cell: 'B3',
      severity: '错误',
      rule: '规则',
      message: '问题',
      suggestion: '',
      fix: '=100%',
      status: '',
    },
  ]);

describe('the report sheet as described and where it is offered', () => {
  test('bold header repeated on printed pages, borders from the header, empty fields left empty', () => {
    const d = oneRowReport();
    expect(d.name).toBe('校验报告');
    expect(d.cells.filter((c) => c.style === 'header').map((c) => c.at)).toEqual(
      HEADER.map((_, i) => `${columnName(i)}1`),
    );
    expect(d.cells.find((c) => c.at === 'H2')).toBeUndefined(); // 建议 is empty
    expect(d.cells.find((c) => c.at === 'I2')?.value).toBe('=100%'); // text, written as text by the hosts
    expect(d.print.titleRows).toBe('1:1');
    expect(d.borderFrom).toBe(1);
    expect(d.table).toEqual({ headerRow: 1, lastRow: 2 });
  });

  test('WPS: the header is bold, the table bordered from row 1, row 1 printed on every page; a formula-like text stays text', async () => {
    const b = etBook([{ name: 'S', rows: [['x']] }]);
    const host = etHarness(b).host;
    const d = oneRowReport();
    const { name } = await host.addSheet!(d);
    const s = b.sheet(name);
    expect(s.cell(1, 1)?.style?.Bold).toBe(true);
    expect(s.cell(2, 1)?.style?.Bold).toBeUndefined();
    expect(s.borders).toContainEqual({ r0: 1, c0: 1, r1: 2, c1: HEADER.length });
    expect(s.page.PrintTitleRows).toBe('$1:$1');
    expect(s.cell(2, 9)?.formula).toBeUndefined();
    expect(s.text('I2')).toBe('=100%');
  });

  test('file mode (a copy of the workbook in the browser) does not offer it', async () => {
    const bytes = fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', 'seed000.xlsx'));
    const session = startSession(await FileHost.open(new Uint8Array(bytes), 'seed000.xlsx'));
    await session.actions.init();
    expect(session.store.get().reportSheet).toBe('none');
  });
});
