import { fromA1, toA1 } from '../../src/core/address';
import { createEtHost } from '../../src/hosts/wps/et-host';
import type { HostHarness, SeedSheet } from '../hosts/conformance';
import { FakeEtBook, type FakeEtOptions } from './fake-et';

export function etBook(sheets: SeedSheet[], options: FakeEtOptions = {}): FakeEtBook {
  const book = new FakeEtBook(options);
  for (const s of sheets) book.addSheet(s.name, s.rows);
  return book;
}

/** The WPS host over a fake ET workbook; reopen = a new host over what the document kept. */
export function etHarness(book: FakeEtBook): HostHarness {
  const host = createEtHost(book.application());
  return {
    host,
    fills: (sheet) => book.sheet(sheet).fills(),
    text: (sheet, cell) => book.sheet(sheet).text(cell),
    selection: () => (book.selection ? { sheet: book.selection.sheet, cell: book.selection.address } : null),
    activeSheet: () => book.sheets[book.active].name,
    userFill: (sheet, cell, color) => book.userFill(sheet, cell, color),
    userEdit: (sheet, cell, value) => book.userEdit(sheet, cell, value),
    reopen: () => etHarness(book),
    notes: (sheet) => {
      const out: Record<string, string> = {};
      for (const [k, cell] of book.sheet(sheet).cells) {
        if (cell.comment === undefined) continue;
        const [r, c] = k.split(',').map(Number);
        out[toA1(r - 1, c - 1)] = cell.comment;
      }
      return out;
    },
    userNote: (sheet, cell, text) => {
      const p = fromA1(cell);
      book.sheet(sheet).ensure(p.row + 1, p.col + 1).comment = text;
    },
  };
}
