/**
 * A fake of the Excel JavaScript API object model, faithful where the adapter could go wrong:
 * - proxies: every property read throws PropertyNotLoaded until it was load()ed AND the context synced;
 * - batches: writes and loads queue and run in order at context.sync() (a load queued before a write sees
 *   the old value); each sync is logged with its loads and writes so tests can count round trips;
 * - requirement sets: APIs newer than the declared ExcelApi version throw ApiNotFound;
 * - limits: a sync reading more than `maxCellsPerSync` cells fails; every sync measures the bytes of its request
 *   and of its response as JSON the way office.js builds them (see `RequestMeter`) and fails above `maxRequestBytes`
 *   (Excel on the web: 5 MB); a multi-area address longer than 8192 characters fails; getMergedAreasOrNullObject
 *   fails on a range with more than 512 merged areas; Range.merge needs ExcelApi 1.2;
 * - a context is unusable once its Excel.run has ended (except one that registered event handlers, whose
 *   EventHandlerResult.context stays valid for removing them, as in Office.js);
 * - conditional formats (ExcelApi 1.6) with ids, custom formula rules and a fill; they move and grow with their
 *   cells when rows are inserted or deleted; `fills()` is what a user sees (a rule's fill over the cell's own:
 *   every custom rule counts as true — the fake does not evaluate formulas), `cellFills()` the cells' own fills;
 * - custom document properties (ExcelApi 1.7), case-insensitive keys, values of at most 255 characters;
 * - co-authoring: `remoteEdit` fires onChanged with source 'Remote'; from ExcelApi 1.14 events carry
 *   triggerSource ('ThisLocalAddin' for the add-in's own writes);
 * - the user inserting or deleting whole rows (`userInsertRows`, `userDeleteRows`): cells, notes, merges and
 *   conditional formats move;
 * - value coercion like Excel: "95%" → 0.95, "12" → 12, leading ' keeps text, leading = is a formula;
 * - events: onChanged fires (asynchronously) for API writes too, as in Excel;
 * - notes (ExcelApi 1.18): per-cell notes that move with their cells, workbook/worksheet collections, add on a
 *   cell that already has a note fails the sync (strict: the adapter must never overwrite a user's note);
 * - undo: each write sync is one undo step, unless Excel.run({ mergeUndoGroup: true }) (ExcelApi 1.20)
 *   merges a whole batch into one; inserting whole rows inside a merged area grows it, as in Excel.
 * - new sheets (新建绩效目标表): worksheets.add (a name in use or over 31 characters fails the sync), renaming,
 *   Worksheet.copy (ExcelApi 1.7: cells, merges, widths and validations copied, named “X (2)” like Excel);
 *   Range.formulas (SUM over a range is computed when written: the fake has no recalculation), cell formats
 *   (bold, size, alignment, wrap), borders, column widths (ExcelApi 1.2), list validations (ExcelApi 1.8;
 *   a source over 255 characters fails, as Excel refuses it) and page layout (ExcelApi 1.9).
 * Runs in Node (jest) and in the browser (pane tests bundle it).
 */
import { fromRangeA1, rangeA1 } from '../../src/core/address';
import { joinParts } from '../../src/hosts/excel/mark-record';
import type {
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlConditionalRule,
  XlCustomConditionalFormat,
  XlCustomProperty,
  XlCustomPropertyCollection,
  ExcelEnv,
  ExcelRunOptions,
  XlCellValue,
  XlChangedArgs,
  XlContext,
  XlEvent,
  XlEventResult,
  XlFill,
  XlNote,
  XlNoteCollection,
  XlRange,
  XlRangeAreas,
  XlRangeFormat,
  XlBorder,
  XlCellFormat,
  XlDataValidation,
  XlPageLayout,
  XlSettings,
  XlWorksheet,
  XlWorksheetCollection,
} from '../../src/hosts/excel/api';

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface FakeNoteData {
  content: string;
  author: string;
}

export interface FakeCell {
  v: string | number | boolean;
  fill: string | null;
  fmt: string;
  formula?: string;
  note?: FakeNoteData;
  /** Cell formats the new-form writer sets: bold, size, horizontalAlignment, verticalAlignment, wrapText. */
  format?: Record<string, string | number | boolean>;
}

/** A data-validation list over a rectangle. */
export interface FakeValidation {
  rect: Rect;
  source: string;
}

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

export interface SyncRecord {
  loads: number;
  writes: number;
  cellsRead: number;
  /** Bytes of the request (actions + object paths as JSON) and of the response (loaded values as JSON). */
  requestBytes: number;
  responseBytes: number;
}

/** A conditional format: a custom formula rule and the fill shown where it holds. */
export interface FakeRule {
  id: string;
  type: string;
  formula: string;
  fill: string | null;
  rects: Rect[];
}

/** Rows [at, at+n) inserted (n > 0) or deleted (n < 0) from a rectangle; null when it is deleted whole. */
function shiftRect(m: Rect, at: number, n: number, grow: boolean): Rect | null {
  if (n > 0) {
    if (m.r0 >= at) return { ...m, r0: m.r0 + n, r1: m.r1 + n };
    if (grow && m.r1 >= at) return { ...m, r1: m.r1 + n };
    return m;
  }
  const end = at - n; // first row after the deleted ones
  if (m.r1 < at) return m;
  if (m.r0 >= end) return { ...m, r0: m.r0 + n, r1: m.r1 + n };
  const r0 = m.r0 < at ? m.r0 : at;
  const r1 = m.r1 >= end ? m.r1 + n : at - 1;
  return r1 < r0 ? null : { ...m, r0, r1 };
}

type ChangeHandler = (args: XlChangedArgs) => Promise<void>;

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  merges: Rect[] = [];
  /** Conditional formats, highest priority first (a new one goes on top, as in Excel). */
  rules: FakeRule[] = [];
  visibility = 'Visible';
  handlers = new Set<ChangeHandler>();
  /** Column widths in points (ExcelApi 1.2), by 0-based column. */
  widths = new Map<number, number>();
  validations: FakeValidation[] = [];
  /** Border edges drawn, per rectangle (EdgeTop, InsideHorizontal …). */
  borders: { rect: Rect; edge: string }[] = [];
  page: { paperSize: string; orientation: string; printTitleRows: string | null } = {
    paperSize: 'Letter',
    orientation: 'Portrait',
    printTitleRows: null,
  };
  constructor(
    public name: string,
    readonly id: string,
  ) {}

  cell(r: number, c: number): FakeCell | undefined {
    return this.cells.get(`${r},${c}`);
  }

  ensure(r: number, c: number): FakeCell {
    const k = `${r},${c}`;
    let cell = this.cells.get(k);
    if (!cell) {
      cell = { v: '', fill: null, fmt: 'General' };
      this.cells.set(k, cell);
    }
    return cell;
  }

  /** Used range like Excel: values only, or values and formats; A1 when the sheet is blank. */
  usedRect(valuesOnly: boolean): Rect {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    for (const [k, cell] of this.cells) {
      if (cell.v === '' && (valuesOnly || (cell.fill === null && cell.fmt === 'General'))) continue;
      const [r, c] = k.split(',').map(Number);
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    return r1 < 0 ? { r0: 0, c0: 0, r1: 0, c1: 0 } : { r0, c0, r1, c1 };
  }

  /** Notes of every cell: A1 → content. */
  notes(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, cell] of this.cells) {
      if (!cell.note) continue;
      const [r, c] = k.split(',').map(Number);
      out[rangeA1(r, c, r, c)] = cell.note.content;
    }
    return out;
  }

  /** Last known cell key of each note: a hint checked against the cells, so moves and deletes stay right. */
  private noteKeys = new WeakMap<FakeNoteData, string>();

  /** Where a note is now (notes move with their cells). */
  locate(note: FakeNoteData): { r: number; c: number } | null {
    let key = this.noteKeys.get(note);
    if (key === undefined || this.cells.get(key)?.note !== note) {
      // One pass re-indexes every note, so locating n notes costs O(cells), not O(n × cells).
      key = undefined;
      for (const [k, cell] of this.cells) {
        if (!cell.note) continue;
        this.noteKeys.set(cell.note, k);
        if (cell.note === note) key = k;
      }
      if (key === undefined) return null;
    }
    const [r, c] = key.split(',').map(Number);
    return { r, c };
  }

  /** The cells' own fills (what a user set with the fill button), without conditional formats. */
  cellFills(): Record<string, string | null> {
    const out: Record<string, string | null> = {};
    for (const [k, cell] of this.cells) {
      if (cell.fill === null) continue;
      const [r, c] = k.split(',').map(Number);
      out[rangeA1(r, c, r, c)] = cell.fill;
    }
    return out;
  }

  /** Fills a user sees: the top conditional format with a fill over a cell, else the cell's own fill. */
  fills(): Record<string, string | null> {
    const out = this.cellFills();
    for (const rule of [...this.rules].reverse()) {
      if (rule.fill === null) continue;
      for (const m of rule.rects)
        for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) out[rangeA1(r, c, r, c)] = rule.fill;
    }
    return out;
  }

  /**
   * Inserts (n > 0) or deletes (n < 0) whole rows at `at`: cells and their notes move, merged areas and
   * conditional formats move, grow (insert inside them) or shrink (delete), as in Excel.
   */
  shiftRows(at: number, n: number): void {
    const moved = new Map<string, FakeCell>();
    for (const [k, cell] of this.cells) {
      const [r, c] = k.split(',').map(Number);
      if (n < 0 && r >= at && r < at - n) continue;
      moved.set(r >= at ? `${r + n},${c}` : k, cell);
    }
    this.cells.clear();
    for (const [k, cell] of moved) this.cells.set(k, cell);
    this.merges = this.merges.flatMap((m) => {
      const x = shiftRect(m, at, n, true);
      return x ? [x] : [];
    });
    this.rules = this.rules.flatMap((rule) => {
      const rects = rule.rects.flatMap((m) => {
        const x = shiftRect(m, at, n, true);
        return x ? [x] : [];
      });
      return rects.length > 0 ? [{ ...rule, rects }] : [];
    });
  }
}

/** Options of a fake workbook. */
export interface FakeWorkbookOptions {
  /** Highest ExcelApi version supported, e.g. '1.1' (Excel 2016) or '1.17'. */
  excelApi?: string;
  sharedRuntime?: boolean;
  maxCellsPerSync?: number;
  /** Largest request or response of one sync, in bytes (Excel on the web: 5 MB). */
  maxRequestBytes?: number;
  /** Office.context.diagnostics.platform ('PC', 'Mac', 'iOS', 'OfficeOnline'); absent as on the oldest hosts. */
  platform?: string;
}

/** Excel's limit of getMergedAreasOrNullObject. */
export const MAX_MERGED_AREAS = 512;

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  active = 0;
  selection: { sheet: string; address: string } | null = null;
  /** Document-stored settings (what saveAsync persisted). */
  saved: Record<string, unknown> = {};
  syncs: SyncRecord[] = [];
  runs = 0;
  /** Steps on the undo stack our batches created (one per write sync, one per run with mergeUndoGroup). */
  undoSteps = 0;
  readonly excelApi: number[];
  readonly sharedRuntime: boolean;
  readonly maxCellsPerSync: number;
  readonly maxRequestBytes: number;
  readonly platform: string | undefined;
  /** Custom document properties: lower-case key → key as added and value. */
  props = new Map<string, { key: string; value: string }>();
  private nextId = 1;
  nextRuleId = 1;
  private workbookHandlers = new Set<ChangeHandler>();

  constructor(options: FakeWorkbookOptions = {}) {
    this.excelApi = (options.excelApi ?? '1.17').split('.').map(Number);
    this.sharedRuntime = options.sharedRuntime ?? true;
    this.maxCellsPerSync = options.maxCellsPerSync ?? 1_000_000;
    this.maxRequestBytes = options.maxRequestBytes ?? 5 * 1024 * 1024;
    this.platform = options.platform;
  }

  /** The marks record as stored in the custom document properties (what both hosts read). */
  storedRecord(): string | null {
    return joinParts((name) => this.props.get(name.toLowerCase())?.value ?? null);
  }

  /** The largest request or response of the syncs since the last reset, in bytes. */
  maxPayloadBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => Math.max(s.requestBytes, s.responseBytes)));
  }

  /** The user inserts `count` whole rows before 1-based row `row`. */
  userInsertRows(sheetName: string, row: number, count = 1): void {
    this.sheet(sheetName).shiftRows(row - 1, count);
  }

  /** The user deletes `count` whole rows from 1-based row `row`. */
  userDeleteRows(sheetName: string, row: number, count = 1): void {
    this.sheet(sheetName).shiftRows(row - 1, -count);
  }

  /** A co-author's edit arriving: the value changes and onChanged fires with source 'Remote'. */
  remoteEdit(sheetName: string, address: string, value: string | number): void {
    const sheet = this.sheet(sheetName);
    const p = fromRangeA1(address);
    writeValue(sheet.ensure(p.r0, p.c0), value);
    this.fireChanged(sheet, address, 'Remote');
  }

  supports(name: string, version: string): boolean {
    const [maj, min] = version.split('.').map(Number);
    if (name === 'ExcelApi')
      return maj < this.excelApi[0] || (maj === this.excelApi[0] && (min ?? 0) <= this.excelApi[1]);
    if (name === 'SharedRuntime') return this.sharedRuntime && version === '1.1';
    return false;
  }

  require(version: string, api: string): void {
    if (!this.supports('ExcelApi', version))
      throw new FakeExcelError('ApiNotFound', `${api} needs ExcelApi ${version}`);
  }

  addSheet(name: string, rows: (string | number | boolean | null)[][] = []): FakeSheet {
    const sheet = new FakeSheet(name, `{00000000-0001-0000-0000-${String(this.nextId++).padStart(12, '0')}}`);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== '') sheet.ensure(r, c).v = v;
      }),
    );
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new FakeExcelError('ItemNotFound', `worksheet ${name}`);
    return s;
  }

  /** The ExcelEnv an adapter gets: Excel.run, requirement sets, settings (a fresh in-memory copy of the saved ones). */
  env(): ExcelEnv & { settingsData: Record<string, unknown> } {
    const data = JSON.parse(JSON.stringify(this.saved)) as Record<string, unknown>;
    const settings: XlSettings = {
      get: (k) => (k in data ? data[k] : null),
      set: (k, v) => {
        data[k] = v;
      },
      remove: (k) => {
        delete data[k];
      },
      save: async () => {
        this.saved = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
      },
    };
    return {
      run: async (batch, options?: ExcelRunOptions) => {
        this.runs++;
        if (options?.mergeUndoGroup) this.require('1.20', 'RunOptions.mergeUndoGroup');
        const ctx = new FakeContext(this, options?.mergeUndoGroup === true);
        try {
          return await batch(ctx);
        } finally {
          ctx.end();
        }
      },
      isSetSupported: (n, v) => this.supports(n, v),
      settings,
      settingsData: data,
      ...(this.platform !== undefined ? { platform: this.platform } : {}),
    };
  }

  resetCounts(): void {
    this.syncs = [];
    this.runs = 0;
    this.undoSteps = 0;
  }

  readSyncs(): number {
    return this.syncs.filter((s) => s.writes === 0).length;
  }

  writeSyncs(): number {
    return this.syncs.filter((s) => s.writes > 0).length;
  }

  /** A user typing into a cell: sets it and fires onChanged like Excel does. */
  userEdit(sheetName: string, address: string, value: string | number): void {
    const sheet = this.sheet(sheetName);
    const p = fromRangeA1(address);
    writeValue(sheet.ensure(p.r0, p.c0), value);
    this.fireChanged(sheet, address, 'Local', false);
  }

  /** A user adding (or, with null, deleting) a note of their own. */
  userNote(sheetName: string, address: string, content: string | null, author = '张会计'): void {
    const p = fromRangeA1(address);
    const cell = this.sheet(sheetName).ensure(p.r0, p.c0);
    cell.note = content === null ? undefined : { content, author };
  }

  /** A user colouring cells themselves. */
  userFill(sheetName: string, address: string, color: string | null): void {
    const sheet = this.sheet(sheetName);
    const p = fromRangeA1(address);
    for (let r = p.r0; r <= p.r1; r++) for (let c = p.c0; c <= p.c1; c++) sheet.ensure(r, c).fill = color;
  }

  /** onChanged as Excel raises it; `ours`: caused by an add-in write (triggerSource from ExcelApi 1.14). */
  fireChanged(sheet: FakeSheet, address: string, source: 'Local' | 'Remote' = 'Local', ours = true): void {
    const args: XlChangedArgs = { worksheetId: sheet.id, address, changeType: 'RangeEdited', source };
    if (this.supports('ExcelApi', '1.14'))
      args.triggerSource = ours && source === 'Local' ? 'ThisLocalAddin' : 'Unknown';
    for (const h of [...sheet.handlers, ...this.workbookHandlers]) setTimeout(() => void h(args), 0);
  }

  addWorkbookHandler(h: ChangeHandler): () => void {
    this.workbookHandlers.add(h);
    return () => this.workbookHandlers.delete(h);
  }
}

export function writeValue(cell: FakeCell, value: XlCellValue): void {
  cell.formula = undefined;
  if (value === null) {
    cell.v = '';
    return;
  }
  if (typeof value !== 'string') {
    cell.v = value;
    return;
  }
  if (value.startsWith("'")) {
    cell.v = value.slice(1);
    return;
  }
  if (value.startsWith('=')) {
    cell.formula = value;
    cell.v = '#NAME?';
    return;
  }
  const pct = /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
  if (pct) {
    cell.v = Number(pct[1]) / 100;
    cell.fmt = '0%';
    return;
  }
  if (/^\s*-?\d+(?:\.\d+)?\s*$/.test(value)) {
    cell.v = Number(value);
    return;
  }
  cell.v = value;
}

/** Excel's sheet-name rules: 1–31 characters, none of \\ / ? * [ ] :, unique ignoring case. */
function checkSheetName(book: FakeWorkbook, name: string, self?: FakeSheet): void {
  if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name))
    throw new FakeExcelError('InvalidArgument', `sheet name "${name}"`);
  if (book.sheets.some((x) => x !== self && x.name.toLowerCase() === name.toLowerCase()))
    throw new FakeExcelError('ItemAlreadyExists', `a sheet named "${name}"`);
}

/** A formula's value when written: SUM over one range of numbers; anything else shows #NAME?. */
function evaluate(sheet: FakeSheet, formula: string): string | number {
  const m = /^=SUM\(([A-Z]+\d+:[A-Z]+\d+)\)$/i.exec(formula.replace(/\s+/g, ''));
  if (!m) return '#NAME?';
  const r = fromRangeA1(m[1].toUpperCase());
  let sum = 0;
  for (let i = r.r0; i <= r.r1; i++)
    for (let j = r.c0; j <= r.c1; j++) {
      const v = sheet.cell(i, j)?.v;
      if (typeof v === 'number') sum += v;
    }
  return sum;
}

interface Op {
  kind: 'load' | 'write' | 'other';
  run: () => void;
}

/**
 * How many bytes a request and its response take, measured the way office.js builds them: a request is a
 * JSON object {Actions: [...], ObjectPaths: {...}}; every proxy made by a method call (getItem, getRange,
 * getRanges, add, …) or a navigation (format, fill, …) is an object path {Id, ObjectPathType, Name,
 * ParentObjectPathId, ArgumentInfo: {Arguments}} plus an InstantiateObjectPath action; every load is a Query
 * action with its Select list, every property write a SetProperty action with its value, every method call
 * a Method action with its arguments. The response is the loaded properties as JSON. Ids are counted as
 * 5-digit numbers. This is the wire format's size to within a few percent, which is what the 5 MB limit needs.
 */
/** UTF-8 bytes of a string (the wire size of JSON text). */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class RequestMeter {
  request = 0;
  response = 0;
  private id = 10_000;
  path(name: string, args: unknown[] = [], type = 3): void {
    const id = this.id++;
    const path = {
      Id: id,
      ObjectPathType: type,
      Name: name,
      ParentObjectPathId: id,
      ArgumentInfo: { Arguments: args },
    };
    this.request += utf8Bytes(JSON.stringify(path)) + `"${id}":,`.length;
    this.action(1, '', []);
  }
  action(type: number, name: string, args: unknown[]): void {
    const id = this.id++;
    const a = { Id: id, ActionType: type, Name: name, ObjectPathId: id, ArgumentInfo: { Arguments: args } };
    this.request += utf8Bytes(JSON.stringify(a)) + 1;
  }
  query(select: string[]): void {
    const id = this.id++;
    const q = { Id: id, ActionType: 2, Name: '', ObjectPathId: id, QueryInfo: { Select: select, Expand: [] } };
    this.request += utf8Bytes(JSON.stringify(q)) + 1;
  }
  result(name: string, value: unknown): void {
    this.response += utf8Bytes(JSON.stringify(value ?? null)) + name.length + 4;
  }
}

export class FakeContext implements XlContext {
  readonly ops: Op[] = [];
  readonly workbook: {
    worksheets: XlWorksheetCollection;
    getSelectedRange(): XlRange;
    notes: XlNoteCollection;
    properties: { custom: XlCustomPropertyCollection };
  };
  cellsRead = 0;
  meter = new RequestMeter();
  /** Event handlers were registered through this context: it stays usable for removing them. */
  keepAlive = false;
  private ended = false;
  private undoCounted = false;
  constructor(
    readonly book: FakeWorkbook,
    private readonly mergeUndo = false,
  ) {
    const worksheets = new FakeWorksheetCollection(this);
    const notes = (): XlNoteCollection => {
      this.book.require('1.18', 'Workbook.notes');
      this.meter.path('Notes', [], 4);
      return new FakeNoteCollection(this, () => this.book.sheets, null);
    };
    const properties = () => {
      this.book.require('1.7', 'Workbook.properties');
      this.meter.path('Properties', [], 4);
      return { custom: new FakeCustomProperties(this) };
    };
    const selected = (): XlRange => {
      this.meter.path('GetSelectedRange');
      return new FakeRange(this, () => {
        const sel = this.book.selection;
        const sheet = sel ? this.book.sheet(sel.sheet) : this.book.sheets[this.book.active];
        return { sheet, rect: sel ? parseAddress(sel.address) : { r0: 0, c0: 0, r1: 0, c1: 0 } };
      });
    };
    this.workbook = {
      worksheets,
      getSelectedRange: selected,
      get notes() {
        return notes();
      },
      get properties() {
        return properties();
      },
    };
  }

  end(): void {
    if (!this.keepAlive) this.ended = true;
  }

  private live(): void {
    if (this.ended)
      throw new FakeExcelError('InvalidObjectPath', 'the request context was used after its Excel.run ended');
  }

  /** Queues an operation; `action` (name, arguments) is what office.js would send for it. */
  queue(kind: Op['kind'], run: () => void, action?: { name: string; args?: unknown[] }): void {
    this.live();
    this.ops.push({ kind, run });
    if (kind === 'write' || kind === 'other')
      this.meter.action(kind === 'write' ? 4 : 3, action?.name ?? '', action?.args ?? []);
  }

  countRead(cells: number): void {
    this.cellsRead += cells;
    if (this.cellsRead > this.book.maxCellsPerSync)
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', `${this.cellsRead} cells in one sync`);
  }

  async sync(): Promise<void> {
    this.live();
    const ops = this.ops.splice(0);
    const meter = this.meter;
    this.meter = new RequestMeter();
    const rec: SyncRecord = {
      loads: ops.filter((o) => o.kind === 'load').length,
      writes: ops.filter((o) => o.kind === 'write').length,
      cellsRead: 0,
      requestBytes: meter.request + 30,
      responseBytes: 0,
    };
    this.book.syncs.push(rec);
    this.cellsRead = 0;
    if (rec.requestBytes > this.book.maxRequestBytes)
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', `request of ${rec.requestBytes} bytes`);
    if (rec.writes > 0 && !(this.mergeUndo && this.undoCounted)) {
      this.book.undoSteps++;
      this.undoCounted = true;
    }
    await Promise.resolve();
    this.responseMeter = meter;
    try {
      for (const op of ops) op.run();
    } finally {
      this.responseMeter = null;
      rec.cellsRead = this.cellsRead;
      rec.responseBytes = meter.response;
    }
    if (rec.responseBytes > this.book.maxRequestBytes)
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', `response of ${rec.responseBytes} bytes`);
  }

  /** Where loaded values are counted while a sync runs. */
  responseMeter: RequestMeter | null = null;
}

/** Base of every proxy: properties readable only after load + sync. */
class Proxy {
  protected readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}

  protected prop<T>(name: string): T {
    if (!this.loaded.has(name))
      throw new FakeExcelError('PropertyNotLoaded', `${this.constructor.name}.${name} read before load() and sync()`);
    return this.loaded.get(name) as T;
  }

  protected queueLoad(props: string, known: Record<string, () => unknown>): void {
    const names = props
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    this.ctx.meter.query(names);
    this.ctx.queue('load', () => {
      for (const n of names) {
        const get = known[n];
        if (!get) throw new FakeExcelError('InvalidArgument', `unknown property ${n}`);
        const v = get();
        this.ctx.responseMeter?.result(n, v);
        this.loaded.set(n, v);
      }
    });
  }
}

type Target = () => { sheet: FakeSheet; rects: Rect[] };

class FakeFill extends Proxy implements XlFill {
  private navigated = false;
  constructor(
    ctx: FakeContext,
    private readonly target: Target,
  ) {
    super(ctx);
  }
  /** The format and fill object paths, sent once per proxy. */
  private nav(): void {
    if (this.navigated) return;
    this.navigated = true;
    this.ctx.meter.path('Format', [], 4);
    this.ctx.meter.path('Fill', [], 4);
  }
  get color(): string {
    return this.prop('color');
  }
  set color(v: string) {
    this.nav();
    this.ctx.queue(
      'write',
      () =>
        this.each((c) => {
          c.fill = v.toUpperCase();
        }),
      { name: 'Color', args: [v] },
    );
  }
  get pattern(): string {
    return this.prop('pattern');
  }
  clear(): void {
    this.nav();
    this.ctx.queue(
      'write',
      () =>
        this.each((c) => {
          c.fill = null;
        }),
      { name: 'Clear' },
    );
  }
  load(props: string): XlFill {
    this.nav();
    if (props.includes('pattern')) this.ctx.book.require('1.9', 'RangeFill.pattern');
    this.queueLoad(props, {
      color: () => {
        const f = this.common();
        return f === undefined ? null : (f ?? '#FFFFFF');
      },
      pattern: () => {
        const f = this.common();
        return f === undefined ? null : f === null ? 'None' : 'Solid';
      },
    });
    return this;
  }
  /** The fill shared by all cells (null = none), undefined when mixed. */
  private common(): string | null | undefined {
    const { sheet, rects } = this.target();
    let seen: string | null | undefined;
    let first = true;
    for (const rect of rects)
      for (let r = rect.r0; r <= rect.r1; r++)
        for (let c = rect.c0; c <= rect.c1; c++) {
          const f = sheet.cell(r, c)?.fill ?? null;
          if (first) {
            seen = f;
            first = false;
          } else if (seen !== f) return undefined;
        }
    return seen;
  }
  private each(f: (c: FakeCell) => void): void {
    const { sheet, rects } = this.target();
    for (const rect of rects)
      for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) f(sheet.ensure(r, c));
  }
}

class FakeFormat implements XlRangeFormat {
  readonly fill: FakeFill;
  constructor(ctx: FakeContext, target: Target) {
    this.fill = new FakeFill(ctx, target);
  }
}

function qualified(sheet: FakeSheet, rect: Rect): string {
  const name = /^[A-Za-z0-9_]+$/.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`;
  return `${name}!${rangeA1(rect.r0, rect.c0, rect.r1, rect.c1)}`;
}

function area(rect: Rect): number {
  return (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
}

/** Write-only cell formats of a range (the adapter never reads them back). */
class FakeCellFormat extends FakeFormat implements XlCellFormat {
  readonly font: { bold: boolean; size: number };
  readonly borders: { getItem(index: string): XlBorder };
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: () => { sheet: FakeSheet; rect: Rect },
  ) {
    super(ctx, () => {
      const t = range();
      return { sheet: t.sheet, rects: [t.rect] };
    });
    const set = this.set.bind(this);
    this.font = {
      get bold(): boolean {
        throw new FakeExcelError('PropertyNotLoaded', 'fake: font.bold is write-only');
      },
      set bold(v: boolean) {
        set('bold', v);
      },
      get size(): number {
        throw new FakeExcelError('PropertyNotLoaded', 'fake: font.size is write-only');
      },
      set size(v: number) {
        set('size', v);
      },
    };
    this.borders = {
      getItem: (edge: string): XlBorder => {
        if (!/^(Edge(Top|Bottom|Left|Right)|Inside(Vertical|Horizontal)|Diagonal(Down|Up))$/.test(edge))
          throw new FakeExcelError('InvalidArgument', `border ${edge}`);
        return {
          get style(): string {
            throw new FakeExcelError('PropertyNotLoaded', 'fake: border style is write-only');
          },
          set style(v: string) {
            ctx.queue(
              'write',
              () => {
                const { sheet, rect } = range();
                if (v === 'Continuous') sheet.borders.push({ rect: { ...rect }, edge });
              },
              { name: 'Style', args: [v] },
            );
          },
        };
      },
    };
  }
  private set(name: string, v: string | number | boolean): void {
    this.ctx.queue(
      'write',
      () => {
        const { sheet, rect } = this.range();
        for (let r = rect.r0; r <= rect.r1; r++)
          for (let c = rect.c0; c <= rect.c1; c++) {
            const cell = sheet.ensure(r, c);
            cell.format = { ...cell.format, [name]: v };
          }
      },
      { name, args: [v] },
    );
  }
  private writeOnly(name: string): never {
    throw new FakeExcelError('PropertyNotLoaded', `fake: format.${name} is write-only`);
  }
  get wrapText(): boolean {
    return this.writeOnly('wrapText');
  }
  set wrapText(v: boolean) {
    this.set('wrapText', v);
  }
  get horizontalAlignment(): string {
    return this.writeOnly('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this.set('horizontalAlignment', v);
  }
  get verticalAlignment(): string {
    return this.writeOnly('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this.set('verticalAlignment', v);
  }
  get columnWidth(): number {
    return this.writeOnly('columnWidth');
  }
  set columnWidth(v: number) {
    this.ctx.book.require('1.2', 'RangeFormat.columnWidth');
    this.ctx.queue(
      'write',
      () => {
        const { sheet, rect } = this.range();
        for (let c = rect.c0; c <= rect.c1; c++) sheet.widths.set(c, v);
      },
      { name: 'ColumnWidth', args: [v] },
    );
  }
}

class FakeRange extends Proxy implements XlRange {
  readonly format: FakeCellFormat;
  constructor(
    ctx: FakeContext,
    private readonly target: () => { sheet: FakeSheet; rect: Rect },
  ) {
    super(ctx);
    this.format = new FakeCellFormat(ctx, target);
  }
  get formulas(): XlCellValue[][] {
    return this.prop('formulas');
  }
  set formulas(v: XlCellValue[][]) {
    this.ctx.queue(
      'write',
      () => {
        const { sheet, rect } = this.target();
        if (v.length !== rect.r1 - rect.r0 + 1 || v.some((row) => row.length !== rect.c1 - rect.c0 + 1))
          throw new FakeExcelError('InvalidArgument', 'formulas do not match the range size');
        v.forEach((row, i) =>
          row.forEach((x, j) => {
            const cell = sheet.ensure(rect.r0 + i, rect.c0 + j);
            if (typeof x === 'string' && x.startsWith('=')) {
              cell.v = evaluate(sheet, x);
              cell.formula = x;
            } else writeValue(cell, x);
          }),
        );
        this.ctx.book.fireChanged(sheet, rangeA1(rect.r0, rect.c0, rect.r1, rect.c1));
      },
      { name: 'Formulas', args: [v] },
    );
  }
  get dataValidation(): XlDataValidation {
    this.ctx.book.require('1.8', 'Range.dataValidation');
    this.ctx.meter.path('DataValidation', [], 4);
    const ctx = this.ctx;
    const target = this.target;
    return {
      get rule(): XlDataValidation['rule'] {
        throw new FakeExcelError('PropertyNotLoaded', 'fake: dataValidation.rule is write-only');
      },
      set rule(r: XlDataValidation['rule']) {
        ctx.queue(
          'write',
          () => {
            const { sheet, rect } = target();
            if (r.list.source.length > 255)
              throw new FakeExcelError('InvalidArgument', 'a list source over 255 characters');
            sheet.validations = [
              ...sheet.validations.filter((x) => !(x.rect.r0 === rect.r0 && x.rect.c0 === rect.c0)),
              { rect: { ...rect }, source: r.list.source },
            ];
          },
          { name: 'Rule', args: [r] },
        );
      },
    };
  }
  get address(): string {
    return this.prop('address');
  }
  get rowIndex(): number {
    return this.prop('rowIndex');
  }
  get columnIndex(): number {
    return this.prop('columnIndex');
  }
  get rowCount(): number {
    return this.prop('rowCount');
  }
  get columnCount(): number {
    return this.prop('columnCount');
  }
  get numberFormat(): string[][] {
    return this.prop('numberFormat');
  }
  get values(): XlCellValue[][] {
    return this.prop('values');
  }
  get conditionalFormats(): FakeConditionalFormats {
    this.ctx.book.require('1.6', 'Range.conditionalFormats');
    this.ctx.meter.path('ConditionalFormats', [], 4);
    return new FakeConditionalFormats(this.ctx, () => {
      const t = this.target();
      return { sheet: t.sheet, rects: [t.rect] };
    });
  }
  set values(v: XlCellValue[][]) {
    this.ctx.queue(
      'write',
      () => {
        const { sheet, rect } = this.target();
        if (v.length !== rect.r1 - rect.r0 + 1 || v.some((row) => row.length !== rect.c1 - rect.c0 + 1)) {
          throw new FakeExcelError('InvalidArgument', 'values do not match the range size');
        }
        v.forEach((row, i) => row.forEach((x, j) => writeValue(sheet.ensure(rect.r0 + i, rect.c0 + j), x)));
        this.ctx.book.fireChanged(sheet, rangeA1(rect.r0, rect.c0, rect.r1, rect.c1));
      },
      { name: 'Values', args: [v] },
    );
  }
  load(props: string): XlRange {
    const grid = (f: (c: FakeCell | undefined) => unknown) => () => {
      const { sheet, rect } = this.target();
      this.ctx.countRead(area(rect));
      const out: unknown[][] = [];
      for (let r = rect.r0; r <= rect.r1; r++) {
        const row: unknown[] = [];
        for (let c = rect.c0; c <= rect.c1; c++) row.push(f(sheet.cell(r, c)));
        out.push(row);
      }
      return out;
    };
    this.queueLoad(props, {
      address: () => {
        const t = this.target();
        return qualified(t.sheet, t.rect);
      },
      rowIndex: () => this.target().rect.r0,
      columnIndex: () => this.target().rect.c0,
      rowCount: () => {
        const r = this.target().rect;
        return r.r1 - r.r0 + 1;
      },
      columnCount: () => {
        const r = this.target().rect;
        return r.c1 - r.c0 + 1;
      },
      values: grid((c) => c?.v ?? ''),
      formulas: grid((c) => c?.formula ?? c?.v ?? ''),
      numberFormat: grid((c) => c?.fmt ?? 'General'),
    });
    return this;
  }
  select(): void {
    this.ctx.queue('other', () => {
      const { sheet, rect } = this.target();
      if (this.ctx.book.sheets[this.ctx.book.active] !== sheet)
        throw new FakeExcelError('InvalidSelection', 'select() on a range of a sheet that is not active');
      this.ctx.book.selection = { sheet: sheet.name, address: rangeA1(rect.r0, rect.c0, rect.r1, rect.c1) };
    });
  }
  getMergedAreasOrNullObject(): XlRangeAreas {
    this.ctx.book.require('1.13', 'Range.getMergedAreasOrNullObject');
    this.ctx.meter.path('GetMergedAreasOrNullObject');
    return new FakeRangeAreas(
      this.ctx,
      () => {
        const { sheet, rect } = this.target();
        const hits = sheet.merges.filter(
          (m) => m.r0 <= rect.r1 && m.r1 >= rect.r0 && m.c0 <= rect.c1 && m.c1 >= rect.c0,
        );
        if (hits.length > MAX_MERGED_AREAS)
          throw new FakeExcelError('GeneralException', `${hits.length} merged areas (Excel returns at most 512)`);
        return { sheet, rects: hits };
      },
      true,
    );
  }
  insert(shift: 'Down'): XlRange {
    if (shift !== 'Down') throw new FakeExcelError('InvalidArgument', shift);
    this.ctx.queue(
      'write',
      () => {
        const { sheet, rect } = this.target();
        if (!(rect.c0 === 0 && rect.c1 === 16383)) throw new FakeExcelError('InvalidArgument', 'fake: whole rows only');
        sheet.shiftRows(rect.r0, rect.r1 - rect.r0 + 1);
      },
      { name: 'Insert', args: [shift] },
    );
    return this;
  }
  merge(): void {
    this.ctx.book.require('1.2', 'Range.merge');
    this.ctx.queue('write', () => {
      const { sheet, rect } = this.target();
      // merging over merged areas the range contains replaces them (Excel keeps one merged area)
      const inside = (m: Rect) => m.r0 >= rect.r0 && m.r1 <= rect.r1 && m.c0 >= rect.c0 && m.c1 <= rect.c1;
      sheet.merges = [...sheet.merges.filter((m) => !inside(m)), { ...rect }];
    });
  }
}

class FakeRangeAreas extends Proxy implements XlRangeAreas {
  readonly format: FakeFormat;
  constructor(
    ctx: FakeContext,
    private readonly target: Target,
    private readonly nullable = false,
  ) {
    super(ctx);
    this.format = new FakeFormat(ctx, target);
  }
  get isNullObject(): boolean {
    return this.prop('isNullObject');
  }
  get conditionalFormats(): FakeConditionalFormats {
    this.ctx.book.require('1.9', 'RangeAreas.conditionalFormats');
    this.ctx.meter.path('ConditionalFormats', [], 4);
    return new FakeConditionalFormats(this.ctx, this.target);
  }
  get address(): string {
    if (this.loaded.get('isNullObject') === true) throw new FakeExcelError('InvalidObjectPath', 'null object');
    return this.prop('address');
  }
  load(props: string): XlRangeAreas {
    this.queueLoad(`${props},isNullObject`, {
      address: () => {
        const t = this.target();
        return t.rects.map((r) => qualified(t.sheet, r)).join(',');
      },
      isNullObject: () => this.nullable && this.target().rects.length === 0,
    });
    return this;
  }
}

function parseAddress(address: string): Rect {
  const local = address.replace(/^.*!/, '').replace(/\$/g, '');
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) return { r0: Number(rows[1]) - 1, c0: 0, r1: Number(rows[2]) - 1, c1: 16383 };
  const cols = /^([A-Z]+):([A-Z]+)$/.exec(local);
  if (cols) {
    const p = fromRangeA1(`${cols[1]}1:${cols[2]}1`);
    return { r0: 0, c0: p.c0, r1: 1048575, c1: p.c1 };
  }
  try {
    return fromRangeA1(local);
  } catch {
    throw new FakeExcelError('InvalidArgument', `bad address ${address}`);
  }
}

/** A note proxy: `where()` finds its sheet and cell data at the time an operation runs. */
class FakeNote extends Proxy implements XlNote {
  constructor(
    ctx: FakeContext,
    private readonly where: () => { sheet: FakeSheet; r: number; c: number; data: FakeNoteData },
  ) {
    super(ctx);
  }
  get content(): string {
    return this.prop('content');
  }
  set content(v: string) {
    this.ctx.queue('write', () => {
      this.where().data.content = String(v);
    });
  }
  get authorName(): string {
    return this.prop('authorName');
  }
  getLocation(): XlRange {
    // a method call: an object path of its own in the request (office.js), like getRange
    this.ctx.meter.path('GetLocation');
    return new FakeRange(this.ctx, () => {
      const w = this.where();
      return { sheet: w.sheet, rect: { r0: w.r, c0: w.c, r1: w.r, c1: w.c } };
    });
  }
  delete(): void {
    this.ctx.queue('write', () => {
      const w = this.where();
      const cell = w.sheet.cell(w.r, w.c);
      if (cell) cell.note = undefined;
    });
  }
  load(props: string): XlNote {
    this.queueLoad(props, { content: () => this.where().data.content, authorName: () => this.where().data.author });
    return this;
  }
  loadNow(props: string[]): void {
    const w = this.where();
    for (const p of props) {
      if (p === 'content') this.loaded.set(p, w.data.content);
      else if (p === 'authorName') this.loaded.set(p, w.data.author);
      else throw new FakeExcelError('InvalidArgument', `unknown note property ${p}`);
    }
  }
}

/** Notes of one worksheet (`sheet` set: addresses are local) or of the workbook (addresses are Sheet!A1). */
class FakeNoteCollection extends Proxy implements XlNoteCollection {
  private list: FakeNote[] = [];
  constructor(
    ctx: FakeContext,
    private readonly scope: () => FakeSheet[],
    private readonly sheet: (() => FakeSheet) | null,
  ) {
    super(ctx);
  }
  get items(): XlNote[] {
    this.prop('items');
    return this.list;
  }
  load(props: string): XlNoteCollection {
    const inner = props
      .split(',')
      .map((p) => p.trim().replace(/^items\//, ''))
      .filter(Boolean);
    this.ctx.queue('load', () => {
      this.list = [];
      for (const sheet of this.sheet ? [this.sheet()] : this.scope()) {
        const found = [...sheet.cells.entries()]
          .filter(([, cell]) => cell.note)
          .map(([k, cell]) => ({ pos: k.split(',').map(Number), data: cell.note as FakeNoteData }));
        found.sort((a, b) => a.pos[0] - b.pos[0] || a.pos[1] - b.pos[1]);
        for (const f of found) {
          const note = new FakeNote(this.ctx, () => {
            const at = sheet.locate(f.data);
            if (!at) throw new FakeExcelError('ItemNotFound', 'the note was deleted');
            return { sheet, r: at.r, c: at.c, data: f.data };
          });
          note.loadNow(inner);
          this.list.push(note);
        }
      }
      this.loaded.set('items', true);
    });
    return this;
  }
  add(cellAddress: string, content: string): XlNote {
    let added: { sheet: FakeSheet; r: number; c: number; data: FakeNoteData } | null = null;
    this.ctx.queue('write', () => {
      const { sheet, r, c } = this.cellOf(cellAddress);
      const cell = sheet.ensure(r, c);
      if (cell.note) throw new FakeExcelError('InvalidOperation', `${cellAddress} already has a note`);
      cell.note = { content: String(content), author: '校验加载项' };
      added = { sheet, r, c, data: cell.note };
    });
    return new FakeNote(this.ctx, () => {
      if (!added) throw new FakeExcelError('InvalidObjectPath', 'note not added yet');
      return added;
    });
  }
  getItem(cellAddress: string): XlNote {
    return new FakeNote(this.ctx, () => {
      const { sheet, r, c } = this.cellOf(cellAddress);
      const data = sheet.cell(r, c)?.note;
      if (!data) throw new FakeExcelError('ItemNotFound', `no note on ${cellAddress}`);
      return { sheet, r, c, data };
    });
  }
  private cellOf(address: string): { sheet: FakeSheet; r: number; c: number } {
    const bang = address.lastIndexOf('!');
    let sheet: FakeSheet;
    if (this.sheet) sheet = this.sheet();
    else {
      if (bang < 0) throw new FakeExcelError('InvalidCellAddress', `${address} needs a sheet name`);
      sheet = this.ctx.book.sheet(
        address
          .slice(0, bang)
          .replace(/^'(.*)'$/, '$1')
          .replace(/''/g, "'"),
      );
    }
    const rect = parseAddress(address);
    if (rect.r0 !== rect.r1 || rect.c0 !== rect.c1)
      throw new FakeExcelError('InvalidCellAddress', `${address} is not one cell`);
    return { sheet, r: rect.r0, c: rect.c0 };
  }
}

class FakeEvent implements XlEvent<XlChangedArgs> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly register: (h: ChangeHandler) => () => void,
    private readonly version: string,
  ) {}
  add(handler: ChangeHandler): XlEventResult {
    this.ctx.book.require(this.version, 'onChanged');
    this.ctx.keepAlive = true;
    let remove: () => void = () => undefined;
    this.ctx.queue('other', () => {
      remove = this.register(handler);
    });
    const ctx = this.ctx;
    return { context: ctx, remove: () => ctx.queue('other', () => remove()) };
  }
}

class FakeWorksheet extends Proxy implements XlWorksheet {
  readonly onChanged: XlEvent<XlChangedArgs>;
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => FakeSheet,
  ) {
    super(ctx);
    this.onChanged = new FakeEvent(
      ctx,
      (h) => {
        const sheet = this.resolve();
        sheet.handlers.add(h);
        return () => sheet.handlers.delete(h);
      },
      '1.7',
    );
  }
  get name(): string {
    return this.prop('name');
  }
  set name(v: string) {
    this.ctx.queue(
      'write',
      () => {
        const sheet = this.resolve();
        checkSheetName(this.ctx.book, v, sheet);
        sheet.name = v;
      },
      { name: 'Name', args: [v] },
    );
  }
  get id(): string {
    return this.prop('id');
  }
  copy(positionType: 'After' | 'End' = 'End', relativeTo?: XlWorksheet): XlWorksheet {
    this.ctx.book.require('1.7', 'Worksheet.copy');
    if (positionType === 'After' && !relativeTo) throw new FakeExcelError('InvalidArgument', 'After needs relativeTo');
    this.ctx.meter.path('Copy', [positionType]);
    let made: FakeSheet | null = null;
    this.ctx.queue(
      'write',
      () => {
        const src = this.resolve();
        const book = this.ctx.book;
        let name = '';
        for (let i = 2; !name || book.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase()); i++)
          name = `${src.name.slice(0, 25)} (${i})`;
        const copy = book.addSheet(name);
        for (const [k, cell] of src.cells) copy.cells.set(k, JSON.parse(JSON.stringify(cell)) as FakeCell);
        copy.merges = src.merges.map((m) => ({ ...m }));
        copy.widths = new Map(src.widths);
        copy.validations = src.validations.map((v) => ({ rect: { ...v.rect }, source: v.source }));
        copy.borders = src.borders.map((b) => ({ rect: { ...b.rect }, edge: b.edge }));
        copy.page = { ...src.page };
        made = copy;
      },
      { name: 'Copy', args: [positionType] },
    );
    return new FakeWorksheet(this.ctx, () => {
      if (!made) throw new FakeExcelError('InvalidObjectPath', 'the copy does not exist yet');
      return made;
    });
  }
  get pageLayout(): XlPageLayout {
    this.ctx.book.require('1.9', 'Worksheet.pageLayout');
    this.ctx.meter.path('PageLayout', [], 4);
    const ctx = this.ctx;
    const sheet = () => this.resolve().page;
    const set = (name: 'paperSize' | 'orientation' | 'printTitleRows', v: string) =>
      ctx.queue('write', () => void (sheet()[name] = v), { name, args: [v] });
    return {
      get paperSize(): string {
        throw new FakeExcelError('PropertyNotLoaded', 'fake: pageLayout is write-only');
      },
      set paperSize(v: string) {
        if (!['A4', 'A3', 'Letter', 'Legal'].includes(v)) throw new FakeExcelError('InvalidArgument', v);
        set('paperSize', v);
      },
      get orientation(): string {
        throw new FakeExcelError('PropertyNotLoaded', 'fake: pageLayout is write-only');
      },
      set orientation(v: string) {
        if (v !== 'Portrait' && v !== 'Landscape') throw new FakeExcelError('InvalidArgument', v);
        set('orientation', v);
      },
      setPrintTitleRows(address: string): void {
        if (!/^\$\d+:\$\d+$/.test(address)) throw new FakeExcelError('InvalidArgument', address);
        set('printTitleRows', address);
      },
    };
  }
  get visibility(): string {
    return this.prop('visibility');
  }
  get notes(): XlNoteCollection {
    this.ctx.book.require('1.18', 'Worksheet.notes');
    return new FakeNoteCollection(
      this.ctx,
      () => [this.resolve()],
      () => this.resolve(),
    );
  }
  load(props: string): XlWorksheet {
    this.queueLoad(props, {
      name: () => this.resolve().name,
      id: () => this.resolve().id,
      visibility: () => this.resolve().visibility,
    });
    return this;
  }
  /** Sets loaded properties at once (a collection load with items/… completing). */
  loadNow(props: string): void {
    const known: Record<string, () => unknown> = {
      name: () => this.resolve().name,
      id: () => this.resolve().id,
      visibility: () => this.resolve().visibility,
    };
    for (const p of props
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean)) {
      if (!known[p]) throw new FakeExcelError('InvalidArgument', `unknown worksheet property ${p}`);
      this.loaded.set(p, known[p]());
    }
  }
  getUsedRange(valuesOnly?: boolean): XlRange {
    this.ctx.meter.path('GetUsedRange', valuesOnly === undefined ? [] : [valuesOnly]);
    return new FakeRange(this.ctx, () => {
      const sheet = this.resolve();
      return { sheet, rect: sheet.usedRect(valuesOnly === true && this.ctx.book.supports('ExcelApi', '1.2')) };
    });
  }
  getRange(address?: string): XlRange {
    this.ctx.meter.path('GetRange', address === undefined ? [] : [address]);
    return new FakeRange(this.ctx, () => ({
      sheet: this.resolve(),
      rect: address ? parseAddress(address) : { r0: 0, c0: 0, r1: 1048575, c1: 16383 },
    }));
  }
  getRanges(address: string): XlRangeAreas {
    this.ctx.book.require('1.9', 'Worksheet.getRanges');
    if (address.length > 8192) throw new FakeExcelError('InvalidArgument', `address of ${address.length} characters`);
    this.ctx.meter.path('GetRanges', [address]);
    return new FakeRangeAreas(this.ctx, () => ({
      sheet: this.resolve(),
      rects: address.split(/\s*,\s*/).map(parseAddress),
    }));
  }
  activate(): void {
    this.ctx.queue('other', () => {
      this.ctx.book.active = this.ctx.book.sheets.indexOf(this.resolve());
    });
  }
}

class FakeWorksheetCollection extends Proxy implements XlWorksheetCollection {
  readonly onChanged: XlEvent<XlChangedArgs>;
  private list: FakeWorksheet[] = [];
  constructor(ctx: FakeContext) {
    super(ctx);
    this.onChanged = new FakeEvent(ctx, (h) => ctx.book.addWorkbookHandler(h), '1.9');
  }
  get items(): XlWorksheet[] {
    this.prop('items');
    return this.list;
  }
  load(props: string): XlWorksheetCollection {
    const inner = props
      .split(',')
      .map((p) => p.trim().replace(/^items\//, ''))
      .join(',');
    this.ctx.queue('load', () => {
      this.list = this.ctx.book.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, () => s);
        ws.loadNow(inner);
        return ws;
      });
      this.loaded.set('items', true);
    });
    return this;
  }
  getActiveWorksheet(): XlWorksheet {
    this.ctx.meter.path('GetActiveWorksheet');
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheets[this.ctx.book.active]);
  }
  getItem(name: string): XlWorksheet {
    this.ctx.meter.path('GetItem', [name]);
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(name));
  }
  add(name?: string): XlWorksheet {
    this.ctx.meter.path('Add', name === undefined ? [] : [name]);
    let made: FakeSheet | null = null;
    this.ctx.queue(
      'write',
      () => {
        const book = this.ctx.book;
        let n = name;
        for (let i = book.sheets.length + 1; n === undefined; i++)
          if (!book.sheets.some((x) => x.name.toLowerCase() === `sheet${i}`)) n = `Sheet${i}`;
        checkSheetName(book, n);
        made = book.addSheet(n);
      },
      { name: 'Add', args: name === undefined ? [] : [name] },
    );
    return new FakeWorksheet(this.ctx, () => {
      if (!made) throw new FakeExcelError('InvalidObjectPath', 'the new sheet does not exist yet');
      return made;
    });
  }
}

/** ExcelApi 1.6: the conditional formats over a range (those that intersect it), top priority first. */
class FakeConditionalFormats extends Proxy implements XlConditionalFormatCollection {
  private list: FakeConditionalFormat[] = [];
  constructor(
    ctx: FakeContext,
    private readonly target: Target,
  ) {
    super(ctx);
  }
  get items(): XlConditionalFormat[] {
    this.prop('items');
    return this.list;
  }
  load(props: string): XlConditionalFormatCollection {
    const inner = props
      .split(',')
      .map((p) => p.trim().replace(/^items\//, ''))
      .filter(Boolean);
    this.ctx.meter.query(inner);
    this.ctx.queue('load', () => {
      const { sheet, rects } = this.target();
      const hits = sheet.rules.filter((rule) =>
        rule.rects.some((m) => rects.some((t) => m.r0 <= t.r1 && m.r1 >= t.r0 && m.c0 <= t.c1 && m.c1 >= t.c0)),
      );
      this.list = hits.map((rule) => {
        const cf = new FakeConditionalFormat(this.ctx, () => sheet, rule.id);
        cf.loadNow(inner);
        return cf;
      });
      this.ctx.responseMeter?.result(
        'items',
        hits.map((r) => ({ id: r.id, type: r.type })),
      );
      this.loaded.set('items', true);
    });
    return this;
  }
  add(type: 'Custom'): XlConditionalFormat {
    if (type !== 'Custom')
      throw new FakeExcelError('InvalidArgument', `fake: only Custom formats, not ${String(type)}`);
    this.ctx.meter.path('Add', [type]);
    const id = `{CF-${String(this.ctx.book.nextRuleId++).padStart(6, '0')}}`;
    let sheetOf: FakeSheet | null = null;
    this.ctx.queue('write', () => {
      const { sheet, rects } = this.target();
      sheet.rules.unshift({ id, type, formula: '', fill: null, rects: rects.map((r) => ({ ...r })) });
      sheetOf = sheet;
    });
    return new FakeConditionalFormat(
      this.ctx,
      () => {
        if (!sheetOf) throw new FakeExcelError('InvalidObjectPath', 'conditional format not added yet');
        return sheetOf;
      },
      id,
    );
  }
  getItem(id: string): XlConditionalFormat {
    this.ctx.meter.path('GetItem', [id]);
    return new FakeConditionalFormat(this.ctx, () => this.target().sheet, id);
  }
}

class FakeConditionalFormat extends Proxy implements XlConditionalFormat {
  readonly custom: XlCustomConditionalFormat;
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
    readonly idValue: string,
  ) {
    super(ctx);
    const rule = (): FakeRule => {
      const found = this.sheet().rules.find((r) => r.id === idValue);
      if (!found) throw new FakeExcelError('ItemNotFound', `conditional format ${idValue}`);
      if (found.type !== 'Custom') throw new FakeExcelError('InvalidOperation', 'not a custom conditional format');
      return found;
    };
    const self = ctx;
    const ruleProxy = new (class extends Proxy implements XlConditionalRule {
      get formula(): string {
        return this.prop('formula');
      }
      set formula(v: string) {
        self.queue('write', () => void (rule().formula = v), { name: 'Formula', args: [v] });
      }
      load(props: string): XlConditionalRule {
        this.queueLoad(props, { formula: () => rule().formula });
        return this;
      }
    })(ctx);
    const fill = new FakeFill(ctx, () => ({ sheet: this.sheet(), rects: [] }));
    Object.defineProperty(fill, 'color', {
      set: (v: string) => self.queue('write', () => void (rule().fill = v.toUpperCase()), { name: 'Color', args: [v] }),
      get: () => {
        throw new FakeExcelError('PropertyNotLoaded', 'fake: conditional fill colour is write-only');
      },
    });
    this.custom = { rule: ruleProxy, format: { fill } };
  }
  get id(): string {
    return this.prop('id');
  }
  get type(): string {
    return this.prop('type');
  }
  loadNow(props: string[]): void {
    const r = this.sheet().rules.find((x) => x.id === this.idValue);
    for (const p of props) {
      if (p === 'id') this.loaded.set(p, this.idValue);
      else if (p === 'type') this.loaded.set(p, r?.type);
      else throw new FakeExcelError('InvalidArgument', `fake: unknown conditional format property ${p}`);
    }
  }
  load(props: string): XlConditionalFormat {
    this.queueLoad(props, {
      id: () => this.idValue,
      type: () => this.sheet().rules.find((x) => x.id === this.idValue)?.type,
    });
    return this;
  }
  delete(): void {
    this.ctx.queue(
      'write',
      () => {
        const sheet = this.sheet();
        if (!sheet.rules.some((r) => r.id === this.idValue))
          throw new FakeExcelError('ItemNotFound', `conditional format ${this.idValue}`);
        sheet.rules = sheet.rules.filter((r) => r.id !== this.idValue);
      },
      { name: 'Delete' },
    );
  }
}

/** ExcelApi 1.7: Workbook.properties.custom over the book's `props`. */
class FakeCustomProperties extends Proxy implements XlCustomPropertyCollection {
  private list: XlCustomProperty[] = [];
  get items(): XlCustomProperty[] {
    this.prop('items');
    return this.list;
  }
  load(props: string): XlCustomPropertyCollection {
    this.ctx.meter.query([props]);
    this.ctx.queue('load', () => {
      const book = this.ctx.book;
      this.list = [...book.props.values()].map((p) => ({
        key: p.key,
        value: p.value,
        delete: () => this.ctx.queue('write', () => void book.props.delete(p.key.toLowerCase()), { name: 'Delete' }),
      }));
      this.ctx.responseMeter?.result('items', [...book.props.values()]);
      this.loaded.set('items', true);
    });
    return this;
  }
  add(key: string, value: string): XlCustomProperty {
    const book = this.ctx.book;
    this.ctx.queue(
      'write',
      () => {
        if (String(value).length > 255)
          throw new FakeExcelError('InvalidArgument', 'a property value over 255 characters');
        book.props.set(key.toLowerCase(), { key, value: String(value) });
      },
      { name: 'Add', args: [key, value] },
    );
    return { key, value, delete: () => this.ctx.queue('write', () => void book.props.delete(key.toLowerCase())) };
  }
  getItemOrNullObject(key: string): XlCustomProperty & { readonly isNullObject: boolean } {
    const book = this.ctx.book;
    this.ctx.meter.path('GetItemOrNullObject', [key]);
    const ctx = this.ctx;
    return {
      key,
      value: null,
      get isNullObject(): boolean {
        throw new FakeExcelError('PropertyNotLoaded', 'fake: isNullObject of a property is not loadable');
      },
      // deleting a null object is a no-op, as in Office.js
      delete: () => ctx.queue('write', () => void book.props.delete(key.toLowerCase()), { name: 'Delete' }),
    };
  }
}
