/**
 * 新建绩效目标表 in Excel: queues the writes that render a new-form description into a (new) worksheet.
 * Everything is queued for one sync — values, formulas, formats, merges, widths, validation lists and
 * print setup — each gated on the requirement set that has it, so Excel 2016 (ExcelApi 1.1) still gets a
 * complete, checkable form (values and SUM formulas), only without the niceties.
 */
import { columnName } from '../../core/address';
import type { SheetDescription } from '../../model/sheet';
import { sheetBlock } from '../../core/sheet-block';
import type { XlWorksheet } from './api';
import { asCellText } from './cell-values';
import type { ExcelFeatures } from './features';

/** Excel's column width is in points; a character of the default font is about 6 points wide (plus padding). */
export const POINTS_PER_CHAR = 6;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'];
/** Where the bordered part starts unless the description says (new forms: the header fields, below the title). */
const FIRST_BORDERED_ROW = 3;

export function queueSheet(ws: XlWorksheet, d: SheetDescription, f: ExcelFeatures): void {
  const block = sheetBlock(d);
  const last = columnName(block.cols - 1);
  const all = ws.getRange(`A1:${last}${block.rows}`);
  // null leaves a cell as it is (blank on a new sheet); text that Excel would convert is kept as typed
  all.values = block.values.map((row) => row.map((v) => (typeof v === 'string' ? asCellText(v) : v)));
  for (const c of block.formulas) ws.getRange(c.at).formulas = [[c.formula]];
  all.format.wrapText = true;
  all.format.verticalAlignment = 'Center';
  for (const s of block.styled) {
    const format = ws.getRange(s.at).format;
    format.font.bold = true;
    format.horizontalAlignment = 'Center';
    if (s.style === 'title') format.font.size = 16;
  }
  const body = ws.getRange(`A${d.borderFrom ?? FIRST_BORDERED_ROW}:${last}${d.table.lastRow}`).format.borders;
  for (const edge of EDGES) body.getItem(edge).style = 'Continuous';
  if (f.usedRangeValuesOnly) {
    // ExcelApi 1.2: merges and column widths
    for (const m of d.merges) ws.getRange(m).merge(false);
    d.widths.forEach((w, i) => {
      const col = columnName(i);
      ws.getRange(`${col}:${col}`).format.columnWidth = w * POINTS_PER_CHAR;
    });
  }
  if (f.validation)
    for (const v of d.validations)
      ws.getRange(v.range).dataValidation.rule = { list: { inCellDropDown: true, source: v.list.join(',') } };
  if (f.pageLayout) {
    ws.pageLayout.paperSize = 'A4';
    ws.pageLayout.orientation = d.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    const [from, to] = d.print.titleRows.split(':');
    ws.pageLayout.setPrintTitleRows(`$${from}:$${to}`);
  }
}
