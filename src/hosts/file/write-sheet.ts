import type { Workbook } from 'exceljs';
import type { SheetDescription } from '../../model/sheet';

const THIN = { style: 'thin' as const };

/**
 * Renders a new-form description into a new worksheet of an exceljs workbook: values, SUM formulas with
 * their cached results (readers without a calc engine see the number), merges, list validations, widths,
 * borders and print setup (A4, table header repeated). The sheet name must be free (callers pick one).
 */
export function writeSheet(wb: Workbook, d: SheetDescription): void {
  const ws = wb.addWorksheet(d.name);
  d.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const c of d.cells) {
    const cell = ws.getCell(c.at);
    cell.value = typeof c.value === 'object' ? { formula: c.value.formula, result: c.value.result } : c.value;
    if (c.style === 'title') {
      cell.font = { bold: true, size: 16 };
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
    } else if (c.style === 'header' || c.style === 'label') {
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    } else cell.alignment = { vertical: 'middle', wrapText: true };
  }
  for (const m of d.merges) ws.mergeCells(m);
  for (const v of d.validations) {
    // exceljs takes a list validation per cell; the list is a quoted, comma-separated literal.
    const [from, to] = v.range.split(':');
    const col = from.replace(/\d+/g, '');
    const r0 = Number(from.replace(/\D+/g, ''));
    const r1 = Number(to.replace(/\D+/g, ''));
    for (let r = r0; r <= r1; r++)
      ws.getCell(`${col}${r}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${v.list.join(',')}"`],
      };
  }
  // Borders on everything from the header fields to the table's last row.
  const first = d.borderFrom ?? 3;
  for (let r = first; r <= d.table.lastRow; r++)
    for (let c = 1; c <= d.widths.length; c++)
      ws.getCell(r, c).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: d.print.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: d.print.titleRows,
  };
}
