import type { Grid } from '../model/grid';
import type { Finding } from '../model/finding';
import type { RowInsertion } from '../model/row-insertion';
import type { SheetDescription } from '../model/sheet';

export type { RowInsertion };

/** What a host can do beyond reading values (detected at run time). */
export interface HostCapabilities {
  /** Merged areas are read (Excel ExcelApi 1.13, WPS, files). */
  merges: boolean;
  /** Change events for live re-check and typing templates. */
  events: boolean;
  /** Notes/comments can carry the message next to a mark. */
  notes: boolean;
  /** Rows can be inserted (templates). */
  insertRows: boolean;
  /**
   * A file the pane makes (a report) reaches the user as a download. False where the pane's web view drops
   * blob downloads (WPS; Excel on Mac and iPad): 写入新工作表 comes first there. Absent: true.
   */
  downloads?: boolean;
}

/** One cell to write (a fix) and its new text. */
export interface CellEdit {
  sheet: string;
  cell: string;
  text: string;
}

export interface EditEvent {
  sheet: string;
  /** A1 address or range of what changed. */
  address: string;
}

/** Options of a read: big sheets are read in chunks and report progress (cells read, cells in all). */
export interface ReadOptions {
  onProgress?: (done: number, total: number) => void;
}

/**
 * HostStorage key of the workbook's recognition mapping (docs/mapping.md). Unlike the pane's review state
 * it describes the workbook itself, so file mode keeps it in the copy a user downloads.
 */
export const MAPPING_KEY = 'mapping';

/** Small per-workbook key/value state (ignored / reviewed findings), stored in the document where possible. */
export interface HostStorage {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
}

/** One cell of a copied sheet to rewrite (the year in the title …). */
export interface SheetEdit {
  cell: string;
  text: string;
}

/** The interface every host (Excel, WPS, file) implements; the pane and commands only talk to this. */
export interface Host {
  readonly name: 'excel' | 'wps' | 'file';
  readonly capabilities: HostCapabilities;
  /** Values (and merges where supported) of the active sheet's used range. */
  readActiveSheet(options?: ReadOptions): Promise<Grid>;
  /** Every sheet of the workbook (hosts may read only visible sheets). */
  readAllSheets(options?: ReadOptions): Promise<Grid[]>;
  /** Selects a cell or a range ("C5", "A3:E9") on its sheet, activating the sheet. */
  select(sheet: string, cell: string): Promise<void>;
  /**
   * The user's current selection: its first area as a relative A1 range ("A3:E9", or "C5" for one cell).
   * Corrections of the 识别结果 view take the range; callers that need one cell (指标库 insert at the
   * selected row) take its top-left cell. In file mode it is what the pane's grid selected.
   */
  readSelection?(): Promise<{ sheet: string; range: string } | null>;
  /**
   * Colours the findings' cells (remembering what was there) — reversible with clearMarks. Afterwards the
   * workbook's marks are exactly these findings: marks of an earlier call are restored first.
   */
  mark(findings: Finding[]): Promise<void>;
  /** Restores every marked cell to exactly what it was before marking. */
  clearMarks(): Promise<void>;
  /** Writes one cell (a certain fix); undoable by the host's undo or by restoring the returned old text. */
  writeCell(sheet: string, cell: string, text: string): Promise<{ previous: string }>;
  /**
   * Writes several cells as one step (全部修正): in Excel one write sync, which Excel keeps as one undo record.
   * Returns each cell's old text, in the order given.
   */
  writeCells(edits: readonly CellEdit[]): Promise<{ previous: string }[]>;
  /**
   * Inserts rows (a template plan). Several insertions are one batch: applied bottom-up (each one's rows and
   * merges as if the ones below were already in place), values and merges included — in Excel one write
   * sync, which Excel keeps as one undo step.
   */
  insertRows(plan: RowInsertion | readonly RowInsertion[]): Promise<void>;
  /**
   * Takes back the latest insertRows call still in place, restoring the sheet as it was (values, styles,
   * merges). Only where the host has no undo of its own for it (file mode): Excel and WPS undo an insertion
   * with their own 撤销 (Ctrl+Z), so they leave this out.
   */
  undoInsertion?(): Promise<void>;
  /**
   * 新建绩效目标表: writes the description into a NEW worksheet under a free name (never replacing a sheet),
   * makes it the active sheet and returns its name. Absent where the host cannot add sheets.
   */
  addSheet?(d: SheetDescription): Promise<{ name: string }>;
  /**
   * 复制为新年度: copies a worksheet (values, formats, merges) to a NEW worksheet under a free name near
   * `name`, writes the edits (A1 cell → text) into the copy only, activates it and returns its name.
   */
  copySheet?(sheet: string, name: string, edits: readonly SheetEdit[]): Promise<{ name: string }>;
  /** Values of a small range (the typing handler reads the edited row only); absent where not supported. */
  readRange?(sheet: string, range: string): Promise<(string | number | null)[][]>;
  /** Subscribes to user edits; returns an unsubscribe function. Our own writes are not reported. */
  onEdit(handler: (e: EditEvent) => void): Promise<() => void>;
  /** Per-workbook pane state; absent where the host cannot store anything in the document. */
  readonly storage?: HostStorage;
}

/**
 * The insertions of a plan in the order hosts apply them: bottom-up per sheet (later rows first, the given
 * order kept for equal rows), so each insertion's rows are still where the planner meant them; empty ones dropped.
 */
export function bottomUpInsertions(plan: RowInsertion | readonly RowInsertion[]): RowInsertion[] {
  const list = (isInsertionList(plan) ? [...plan] : [plan]).filter((p) => p.rows.length > 0);
  return list
    .map((p, i) => ({ p, i }))
    .sort((a, b) => b.p.beforeRow - a.p.beforeRow || a.i - b.i)
    .map((x) => x.p);
}

function isInsertionList(plan: RowInsertion | readonly RowInsertion[]): plan is readonly RowInsertion[] {
  return Array.isArray(plan);
}
