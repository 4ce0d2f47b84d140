import type { Finding } from '../model/finding';
import type { Form } from '../model/form';
import { columnName } from '../core/address';
import type { SheetCell, SheetDescription } from '../model/sheet';
import { SEVERITY_LABEL, findingKey } from './findings-view';
import { ruleTitle } from './rule-names';
import { msg, type MessageId } from '../messages';

export interface ReportRow {
  index: number;
  /** The workbook's file name (file mode); '' in Excel and WPS, where the report is one workbook's. */
  file: string;
  sheet: string;
  /** The form's project name or title (“表外” for findings outside any form). */
  form: string;
  cell: string;
  severity: string;
  /** The rule's zh-CN name (its id only when unknown). */
  rule: string;
  message: string;
  suggestion: string;
  fix: string;
  status: string;
}

/** One workbook's part of a report: its findings with the forms they point into and the review state. */
export interface ReportSource {
  file?: string;
  findings: readonly Finding[];
  forms: readonly Form[];
  ignored: readonly string[];
  reviewed: readonly string[];
  ignoredRules?: readonly string[];
}

const COLUMNS: { key: keyof ReportRow; head: MessageId; width: number }[] = [
  { key: 'index', head: 'report.column.index', width: 6 },
  { key: 'file', head: 'report.column.file', width: 22 },
  { key: 'sheet', head: 'report.column.sheet', width: 14 },
  { key: 'form', head: 'report.column.form', width: 24 },
  { key: 'cell', head: 'report.column.cell', width: 8 },
  { key: 'severity', head: 'report.column.severity', width: 6 },
  { key: 'rule', head: 'report.column.rule', width: 24 },
  { key: 'message', head: 'report.column.message', width: 48 },
  { key: 'suggestion', head: 'report.column.suggestion', width: 36 },
  { key: 'fix', head: 'report.column.fix', width: 14 },
  { key: 'status', head: 'report.column.status', width: 8 },
];

/** The columns of a report: 文件 only when the rows come from files (file mode, several workbooks). */
function columnsFor(rows: readonly ReportRow[]) {
  return rows.some((r) => r.file !== '') ? COLUMNS : COLUMNS.filter((c) => c.key !== 'file');
}

export function reportHeader(rows: readonly ReportRow[]): string[] {
  return columnsFor(rows).map((c) => msg(c.head));
}

/** The form a finding belongs to, as a clerk names it: the project name, else the title. */
export function formLabel(forms: readonly Form[], f: Pick<Finding, 'sheet' | 'form'>): string {
  if (f.form === undefined) return msg('report.outside');
  const form = forms.filter((x) => x.sheet === f.sheet)[f.form];
  return form?.name ?? form?.title ?? msg('form.nth', { n: f.form + 1 });
}

/** Rows of one or several workbooks, numbered through. */
export function reportRows(sources: readonly ReportSource[]): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const src of sources) {
    const ig = new Set(src.ignored);
    const rv = new Set(src.reviewed);
    const igRules = new Set(src.ignoredRules ?? []);
    for (const f of src.findings) {
      const key = findingKey(f);
      rows.push({
        index: rows.length + 1,
        file: src.file ?? '',
        sheet: f.sheet,
        form: formLabel(src.forms, f),
        cell: f.cell,
        severity: SEVERITY_LABEL[f.severity],
        rule: ruleTitle(f.rule),
        message: f.message,
        suggestion: f.suggestion ?? '',
        fix: f.fix?.summary ?? f.fix?.text ?? '',
        status:
          ig.has(key) || igRules.has(f.rule)
            ? msg('report.status.ignored')
            : rv.has(key)
              ? msg('report.status.reviewed')
              : '',
      });
    }
  }
  return rows;
}

function csvField(v: string | number): string {
  const s = String(v);
  // a leading = + - @ would be a formula when the CSV is opened in Excel
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with a UTF-8 BOM so Excel opens the Chinese text correctly. */
export function reportCsv(rows: readonly ReportRow[]): string {
  const cols = columnsFor(rows);
  const lines = [cols.map((c) => msg(c.head)), ...rows.map((r) => cols.map((c) => r[c.key]))];
  return `\uFEFF${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The report as .xlsx; exceljs is loaded only now (a lazy chunk), never with the pane. */
export async function reportXlsx(rows: readonly ReportRow[]): Promise<Uint8Array> {
  const ExcelJS = await import(/* webpackChunkName: "exceljs" */ 'exceljs');
  const cols = columnsFor(rows);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(msg('report.sheet'));
  ws.addRow(cols.map((c) => msg(c.head)));
  for (const r of rows) ws.addRow(cols.map((c) => r[c.key]));
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((c, i) => {
    c.width = cols[i]?.width ?? 12;
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf);
}

/** The name a report sheet asks for (the host makes it free: “校验报告 (2)” beside an existing one). */
export const reportSheetName = (): string => msg('export.sheetName');

/**
 * The report as a new worksheet of the checked workbook (写入新工作表), for hosts where a downloaded file does
 * not work (WPS, Excel for Mac): the same columns as the files, a bold header row repeated on every printed
 * page, one row per finding, borders around the table. Empty fields stay empty cells.
 */
export function reportSheet(rows: readonly ReportRow[]): SheetDescription {
  const cols = columnsFor(rows);
  const cells: SheetCell[] = cols.map((c, i) => ({ at: `${columnName(i)}1`, value: msg(c.head), style: 'header' }));
  rows.forEach((r, k) =>
    cols.forEach((c, i) => {
      const value = r[c.key];
      if (value !== '') cells.push({ at: `${columnName(i)}${k + 2}`, value, style: 'text' });
    }),
  );
  return {
    name: reportSheetName(),
    cells,
    merges: [],
    validations: [],
    widths: cols.map((c) => c.width),
    print: { paperSize: 'A4', orientation: 'landscape', titleRows: '1:1' },
    table: { headerRow: 1, lastRow: rows.length + 1 },
    borderFrom: 1,
  };
}
