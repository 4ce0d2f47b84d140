/**
 * 新建绩效目标表 in WPS 表格: renders a new-form description into a (new) worksheet through the ET API —
 * the whole block in one Value2 write, the SUM formulas, bold titles and labels, merges, column widths
 * (ET counts characters, like the description), borders, list validations and print setup.
 */
import { columnName } from '../../core/address';
import type { SheetDescription } from '../../model/sheet';
import { sheetBlock } from '../../core/sheet-block';
import { asCellText } from '../excel/cell-values';
import {
  XL_BETWEEN,
  XL_CENTER,
  XL_CONTINUOUS,
  XL_LANDSCAPE,
  XL_PAPER_A4,
  XL_PORTRAIT,
  XL_VALID_ALERT_STOP,
  XL_VALIDATE_LIST,
  type EtWorksheet,
} from './et-api';

/** Where the bordered part starts unless the description says (new forms: the header fields, below the title). */
const FIRST_BORDERED_ROW = 3;

export function writeEtSheet(ws: EtWorksheet, d: SheetDescription): void {
  const block = sheetBlock(d);
  const last = columnName(block.cols - 1);
  const all = ws.Range(`A1:${last}${block.rows}`);
  all.Value2 = block.values.map((row) => row.map((v) => (typeof v === 'string' ? asCellText(v) : v)));
  for (const c of block.formulas) ws.Range(c.at).Formula = c.formula;
  all.WrapText = true;
  all.VerticalAlignment = XL_CENTER;
  for (const s of block.styled) {
    const r = ws.Range(s.at);
    r.Font.Bold = true;
    if (s.style === 'title') r.Font.Size = 16;
    r.HorizontalAlignment = XL_CENTER;
  }
  ws.Range(`A${d.borderFrom ?? FIRST_BORDERED_ROW}:${last}${d.table.lastRow}`).Borders.LineStyle = XL_CONTINUOUS;
  for (const m of d.merges) ws.Range(m).Merge(false);
  d.widths.forEach((w, i) => {
    const col = columnName(i);
    ws.Range(`${col}:${col}`).ColumnWidth = w;
  });
  for (const v of d.validations) {
    const r = ws.Range(v.range);
    r.Validation.Delete();
    r.Validation.Add(XL_VALIDATE_LIST, XL_VALID_ALERT_STOP, XL_BETWEEN, v.list.join(','));
  }
  const page = ws.PageSetup;
  page.PaperSize = XL_PAPER_A4;
  page.Orientation = d.print.orientation === 'landscape' ? XL_LANDSCAPE : XL_PORTRAIT;
  const [from, to] = d.print.titleRows.split(':');
  page.PrintTitleRows = `$${from}:$${to}`;
}
