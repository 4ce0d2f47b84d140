import { createExcelHost } from '../../src/hosts/excel';
import { fromA1, toA1 } from '../../src/core/address';
import type { HostHarness, SeedSheet } from '../hosts/conformance';
import { FakeWorkbook, type FakeWorkbookOptions } from './fake-excel';

/** A fake workbook seeded with sheets, and the Excel host over it. */
export function excelWorkbook(sheets: SeedSheet[], options: FakeWorkbookOptions = {}): FakeWorkbook {
  const book = new FakeWorkbook(options);
  for (const s of sheets) book.addSheet(s.name, s.rows);
  return book;
}

export function excelHarness(book: FakeWorkbook): HostHarness {
  const host = createExcelHost(book.env());
  return {
    host,
    fills: (sheet) => {
      const out: Record<string, string> = {};
      for (const [a1, color] of Object.entries(book.sheet(sheet).fills())) if (color) out[a1] = color.toUpperCase();
      return out;
    },
    text: (sheet, cell) => {
      const p = fromA1(cell);
      const v = book.sheet(sheet).cell(p.row, p.col)?.v ?? '';
      return typeof v === 'number' ? String(v) : String(v);
    },
    selection: () => (book.selection ? { sheet: book.selection.sheet, cell: book.selection.address } : null),
    activeSheet: () => book.sheets[book.active].name,
    userFill: (sheet, cell, color) => book.userFill(sheet, cell, color),
    userEdit: (sheet, cell, value) => book.userEdit(sheet, cell, value),
    reopen: () => excelHarness(book),
    notes: (sheet) => book.sheet(sheet).notes(),
    userNote: (sheet, cell, text) => book.userNote(sheet, cell, text),
  };
}

export { toA1 };
