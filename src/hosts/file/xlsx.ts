import type { CellValue, Grid } from '../../model/grid';
import { GridBuilder, mergeFromA1, type MergeRange } from './grid-builder';
import { percentDecimals, percentText } from '../../core/number-format';
import { msg, type MessageId } from '../../messages';

/**
 * Reads .xlsx workbooks into Grids (one per worksheet, in workbook order) with exceljs.
 *
 * Works in Node and in the browser: the input is bytes, never a path (see `readWorkbookFile` for Node).
 * exceljs is imported lazily so that code which never opens a file does not pay for it.
 *
 * Cell values become what a reviewer sees in the cell:
 * - numbers stay numbers, strings stay strings (an empty string is an empty cell);
 * - rich text → its runs concatenated; hyperlinks → their text;
 * - formulas → their cached result (number or text); a cached error (#REF!, #DIV/0! …) → the error text;
 *   a formula never calculated (no cached result) → empty;
 * - booleans → 'TRUE' / 'FALSE';
 * - dates (cells with a date number format, which exceljs turns into Date objects) → 'YYYY-MM-DD'
 *   ('YYYY-MM-DD HH:MM:SS' when there is a time of day). Why text: the cell shows a date to the user, so
 *   the checker must see a date too, not the serial number behind it (a bare serial like 44561 in a cell
 *   without date format is a real defect that rules look for, and must stay distinguishable). ISO order is
 *   locale-free, and it is computed in UTC (exceljs builds dates in UTC) so results do not depend on the
 *   machine's time zone.
 *
 * The grid is the used range: the bounding box of non-empty cells and of merged areas whose top-left cell
 * is non-empty. `origin` is its top-left sheet position, so a table starting at C5 keeps its addresses.
 * Merges and hidden rows/columns are in sheet coordinates (0-based); hidden ones are recorded, not dropped.
 * An empty worksheet gives a 0×0 grid.
 */

/** Why a workbook could not be read. */
export type WorkbookReadErrorCode = 'empty' | 'encrypted-or-xls' | 'not-xlsx' | 'corrupt';

/** A workbook that cannot be read, with a message for finance staff (in the catalogue's language: zh-CN, or English under the CLI's --lang en) and one for logs (English). */
export class WorkbookReadError extends Error {
  override readonly name = 'WorkbookReadError';
  readonly code: WorkbookReadErrorCode;
  readonly messageZh: string;

  constructor(code: WorkbookReadErrorCode, message: string, messageZh: string, options?: { cause?: unknown }) {
    super(message);
    this.code = code;
    this.messageZh = messageZh;
    if (options && 'cause' in options) (this as { cause?: unknown }).cause = options.cause;
  }
}

const MESSAGES: Record<WorkbookReadErrorCode, { en: string; id: MessageId }> = {
  empty: {
    en: 'The file is empty (0 bytes).',
    id: 'workbook.empty',
  },
  'encrypted-or-xls': {
    en: 'The file is a password-protected (encrypted) workbook or an old .xls (Excel 97-2003) file; only unencrypted .xlsx can be read.',
    id: 'workbook.encryptedOrXls',
  },
  'not-xlsx': {
    en: 'The file is not an .xlsx workbook.',
    id: 'workbook.notXlsx',
  },
  corrupt: {
    en: 'The .xlsx file is damaged and could not be opened.',
    id: 'workbook.corrupt',
  },
};

function readError(code: WorkbookReadErrorCode, detail?: string, cause?: unknown): WorkbookReadError {
  const m = MESSAGES[code];
  const en = detail ? `${m.en} (${detail})` : m.en;
  return new WorkbookReadError(code, en, msg(m.id), cause === undefined ? undefined : { cause });
}

/** Compound File (OLE/CFB) signature: encrypted OOXML packages and BIFF .xls files both use it. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** ZIP local file header / empty archive / spanned archive signatures. */
const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x50, 0x4b, 0x07, 0x08],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false;
  return sig.every((b, i) => bytes[i] === b);
}

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Checks the first bytes before handing the data to exceljs, so each kind of bad input gets its own message. */
export function sniff(bytes: Uint8Array): void {
  if (bytes.length === 0) throw readError('empty');
  if (startsWith(bytes, CFB_SIGNATURE)) throw readError('encrypted-or-xls');
  if (!ZIP_SIGNATURES.some((sig) => startsWith(bytes, sig))) throw readError('not-xlsx');
}

// ---- exceljs, loaded lazily -------------------------------------------------------------------------

type ExcelJsModule = typeof import('exceljs');
type Workbook = import('exceljs').Workbook;
type Worksheet = import('exceljs').Worksheet;
type ExcelCell = import('exceljs').Cell;

let excelJs: Promise<ExcelJsModule> | undefined;

function loadExcelJs(): Promise<ExcelJsModule> {
  if (!excelJs) {
    excelJs = import('exceljs').then((mod) => {
      // CommonJS interop differs between Node, jest and webpack: the classes sit on the module or on `default`.
      const withDefault = mod as ExcelJsModule & { default?: ExcelJsModule };
      return mod.Workbook ? mod : (withDefault.default ?? mod);
    });
  }
  return excelJs;
}

/** Loads an .xlsx workbook with exceljs (browser or Node). Throws WorkbookReadError for unreadable input. */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<Workbook> {
  const bytes = toBytes(data);
  sniff(bytes);
  const { Workbook: WorkbookClass } = await loadExcelJs();
  const workbook: Workbook = new WorkbookClass();
  try {
    // exceljs types `load` as taking a Node Buffer; JSZip underneath accepts any Uint8Array/ArrayBuffer.
    await workbook.xlsx.load(bytes as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw readError('corrupt', detail, err);
  }
  // A zip without a workbook part (a .docx, a plain .zip …) loads as a workbook with no sheets.
  if (workbook.worksheets.length === 0) throw readError('not-xlsx', 'the archive holds no worksheet');
  return workbook;
}

/** Reads every worksheet of an .xlsx workbook. Throws WorkbookReadError for unreadable input. */
export async function readWorkbook(data: ArrayBuffer | Uint8Array): Promise<Grid[]> {
  const workbook = await loadWorkbook(data);
  const grids: Grid[] = [];
  workbook.eachSheet((ws) => {
    grids.push(gridFromWorksheet(ws));
  });
  return grids;
}

// ---- one worksheet ----------------------------------------------------------------------------------

/** Merged areas, 1-based. exceljs keeps them in `_merges`; `model.merges` is the public but costly fallback. */
function mergeRanges(ws: Worksheet): MergeRange[] {
  const internal = (ws as unknown as { _merges?: Record<string, MergeRange | undefined> })._merges;
  if (internal) {
    return Object.values(internal).filter((m): m is MergeRange => !!m && typeof m.top === 'number');
  }
  const out: MergeRange[] = [];
  for (const range of ws.model.merges ?? []) {
    const m = mergeFromA1(range);
    if (m) out.push(m);
  }
  return out;
}

/** The rows exceljs holds (sparse, 1-based row r at index r-1): `_rows`, or eachRow where it is absent. */
function sheetRows(ws: Worksheet): (import('exceljs').Row | undefined)[] {
  const internal = (ws as unknown as { _rows?: (import('exceljs').Row | undefined)[] })._rows;
  if (Array.isArray(internal)) return internal;
  const out: (import('exceljs').Row | undefined)[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    out[r - 1] = row;
  });
  return out;
}

export function gridFromWorksheet(ws: Worksheet): Grid {
  // Rows exceljs never created are empty and not hidden.
  const builder = new GridBuilder();
  const rows = sheetRows(ws);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    if (row.hidden) builder.hideRow(i + 1);
    const cs: number[] = [];
    const vs: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cellValue(cell);
      if (v === null) return;
      cs.push(c);
      vs.push(v);
    });
    builder.setRow(i + 1, cs, vs);
  }
  const hiddenCols: number[] = [];
  (ws.columns ?? []).forEach((col, i) => {
    if (col && col.hidden) hiddenCols.push(i);
  });
  return builder.build(ws.name, mergeRanges(ws), hiddenCols);
}

// ---- one cell -----------------------------------------------------------------------------------------

/** exceljs ValueType.Merge: the covered cells of a merged area report their master's value; we want null. */
const MERGE_TYPE: import('exceljs').ValueType = 1;

function cellValue(cell: ExcelCell): CellValue {
  if (cell.type === MERGE_TYPE) return null;
  const v = convert(cell.value);
  // a percent-formatted number reads as the clerk sees it (0.95 → "95%")
  if (typeof v === 'number') {
    const decimals = percentDecimals(cell.numFmt);
    if (decimals !== null) return percentText(v, decimals);
  }
  return v;
}

/** Converts an exceljs cell value (or formula result, or hyperlink text) to a grid value. */
export function convert(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (Array.isArray(o.richText)) return richText(o.richText);
    if (typeof o.error === 'string') return o.error;
    if ('formula' in o || 'sharedFormula' in o || 'result' in o) return convert(o.result);
    if ('hyperlink' in o || 'text' in o) return convert(o.text);
  }
  return null;
}

function richText(runs: unknown[]): CellValue {
  let s = '';
  for (const run of runs) {
    if (run && typeof run === 'object' && typeof (run as { text?: unknown }).text === 'string')
      s += (run as { text: string }).text;
  }
  return s === '' ? null : s;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

export function dateText(d: Date): CellValue {
  if (Number.isNaN(d.getTime())) return null;
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h || m || s ? `${day} ${pad(h)}:${pad(m)}:${pad(s)}` : day;
}
