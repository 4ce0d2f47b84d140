import ExcelJS from 'exceljs';
import type { SheetSpec } from './sheet';

/** Fixed workbook properties so that regenerating gives byte-identical files. */
export const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));
export const CREATOR = 'target-sheet fixtures';

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Writes sheets into an .xlsx (bytes). Deterministic: fixed properties and zip entry dates. */
export async function workbookBytes(sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = CREATOR;
  wb.lastModifiedBy = CREATOR;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const s of sheets) addSheet(wb, s);
  const data = await wb.xlsx.writeBuffer();
  return fixZipDates(Buffer.from(data));
}

function addSheet(wb: ExcelJS.Workbook, s: SheetSpec): void {
  const ws = wb.addWorksheet(s.name);
  const R = (r: number) => s.origin.row + r + 1;
  const C = (c: number) => s.origin.col + c + 1;
  s.widths.forEach((w, i) => {
    ws.getColumn(C(i)).width = w;
  });
  for (const c of s.hiddenCols ?? []) ws.getColumn(C(c)).hidden = true;
  for (const b of s.bodies) {
    for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) ws.getCell(R(r), C(c)).border = THIN;
  }
  const titles = new Set(s.titleRows);
  s.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(R(r), C(c));
      cell.value = v;
      if (titles.has(r)) {
        cell.font = { bold: true, size: 14 };
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      } else {
        cell.alignment = { vertical: 'middle', wrapText: true };
      }
      const fmt = s.numFmts[`${r},${c}`];
      if (fmt && typeof v === 'number') cell.numFmt = fmt;
    }),
  );
  for (const m of s.merges) ws.mergeCells(R(m.r0), C(m.c0), R(m.r1), C(m.c1));
}

/**
 * JSZip stamps every zip entry with the current time; set them all to FIXED_DATE (DOS time/date fields of
 * the local headers and of the central directory) so the bytes do not depend on when they were written.
 */
export function fixZipDates(buf: Buffer): Buffer {
  const d = FIXED_DATE;
  const dosTime = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  const dosDate = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  let eocd = -1;
  for (let i = buf.length - 22; i >= 0; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip: no end of central directory');
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory entry');
    buf.writeUInt16LE(dosTime, p + 12);
    buf.writeUInt16LE(dosDate, p + 14);
    const local = buf.readUInt32LE(p + 42);
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error('bad local header');
    buf.writeUInt16LE(dosTime, local + 10);
    buf.writeUInt16LE(dosDate, local + 12);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return buf;
}
