import type { Finding } from '../model/finding';
import { SEVERITY_LABEL, findingKey } from './findings-view';

export interface ReportRow {
  index: number;
  sheet: string;
  cell: string;
  severity: string;
  rule: string;
  message: string;
  suggestion: string;
  fix: string;
  status: string;
}

export const REPORT_HEADER = ['序号', '工作表', '单元格', '级别', '规则', '问题', '建议', '建议改为', '状态'];

export function reportRows(
  findings: readonly Finding[],
  ignored: readonly string[],
  reviewed: readonly string[],
): ReportRow[] {
  const ig = new Set(ignored);
  const rv = new Set(reviewed);
  return findings.map((f, i) => {
    const key = findingKey(f);
    return {
      index: i + 1,
      sheet: f.sheet,
      cell: f.cell,
      severity: SEVERITY_LABEL[f.severity],
      rule: f.rule,
      message: f.message,
      suggestion: f.suggestion ?? '',
      fix: f.fix?.summary ?? f.fix?.text ?? '',
      status: ig.has(key) ? '已忽略' : rv.has(key) ? '已复核' : '',
    };
  });
}

function csvField(v: string | number): string {
  const s = String(v);
  // a leading = + - @ would be a formula when the CSV is opened in Excel
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with a UTF-8 BOM so Excel opens the Chinese text correctly. */
export function reportCsv(rows: readonly ReportRow[]): string {
  const lines = [
    REPORT_HEADER,
    ...rows.map((r) => [r.index, r.sheet, r.cell, r.severity, r.rule, r.message, r.suggestion, r.fix, r.status]),
  ];
  return `\uFEFF${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The report as .xlsx; exceljs is loaded only now (a lazy chunk), never with the pane. */
export async function reportXlsx(rows: readonly ReportRow[]): Promise<Uint8Array> {
  const ExcelJS = await import(/* webpackChunkName: "exceljs" */ 'exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('校验报告');
  ws.addRow(REPORT_HEADER);
  for (const r of rows)
    ws.addRow([r.index, r.sheet, r.cell, r.severity, r.rule, r.message, r.suggestion, r.fix, r.status]);
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((c, i) => {
    c.width = [6, 14, 8, 6, 22, 48, 36, 14, 8][i] ?? 12;
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf);
}
