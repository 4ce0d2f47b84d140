/**
 * The slice of the Excel JavaScript API the adapter uses, as structural types. The real `Excel.run`
 * context satisfies them (see office-env.ts); so does the fake object model in test/excel/fake-excel.ts.
 * Every property read is only valid after `load(...)` and `context.sync()`, exactly as in Office.js.
 */

export type XlCellValue = string | number | boolean | null;

export interface XlFill {
  color: string;
  /** ExcelApi 1.9: 'None' when the cell has no fill, 'Solid' for a plain fill. */
  pattern?: string;
  clear(): void;
  load(props: string): XlFill;
}

export interface XlRangeFormat {
  fill: XlFill;
}

export interface XlRangeAreas {
  readonly isNullObject: boolean;
  /** Comma-separated sheet-qualified addresses ("Sheet1!A1:B2,Sheet1!D4"). */
  readonly address: string;
  readonly format: XlRangeFormat;
  load(props: string): XlRangeAreas;
}

export interface XlRange {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: XlCellValue[][];
  /** Number formats ("General", "0.00%", "yyyy-mm-dd" …), per cell. */
  readonly numberFormat: string[][];
  readonly format: XlRangeFormat;
  load(props: string): XlRange;
  select(): void;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): XlRangeAreas;
  /** Whole rows/columns or a sub-range; `insert('Down')` shifts cells down (rows when the range is whole rows). */
  insert(shift: 'Down'): XlRange;
  merge(across?: boolean): void;
}

/** ExcelApi 1.18: a (legacy, yellow) note on one cell. It has no id: it is found by its cell. */
export interface XlNote {
  content: string;
  readonly authorName?: string;
  /** The cell the note is on (load 'address' to read it, sheet-qualified). */
  getLocation(): XlRange;
  delete(): void;
  load(props: string): XlNote;
}

/** ExcelApi 1.18: the notes of a worksheet or of the whole workbook. */
export interface XlNoteCollection {
  readonly items: XlNote[];
  /** Adds a note on one cell ("A1" on a worksheet's collection); throws at sync if the cell already has one. */
  add(cellAddress: string, content: string): XlNote;
  /** The note on a cell; ItemNotFound at sync when there is none. */
  getItem(cellAddress: string): XlNote;
  load(props: string): XlNoteCollection;
}

export interface XlChangedArgs {
  worksheetId: string;
  address: string;
  changeType?: string;
  source?: string;
}

export interface XlEventResult {
  readonly context: XlContext;
  remove(): void;
}

export interface XlEvent<A> {
  add(handler: (args: A) => Promise<void>): XlEventResult;
}

export interface XlWorksheet {
  readonly name: string;
  readonly id: string;
  /** 'Visible' | 'Hidden' | 'VeryHidden'. */
  readonly visibility?: string;
  getUsedRange(valuesOnly?: boolean): XlRange;
  getRange(address?: string): XlRange;
  /** ExcelApi 1.9: several areas at once ("A1, B3:B5"). */
  getRanges(address: string): XlRangeAreas;
  activate(): void;
  /** ExcelApi 1.18. */
  readonly notes: XlNoteCollection;
  /** ExcelApi 1.7. */
  readonly onChanged: XlEvent<XlChangedArgs>;
  load(props: string): XlWorksheet;
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  getActiveWorksheet(): XlWorksheet;
  getItem(name: string): XlWorksheet;
  load(props: string): XlWorksheetCollection;
  /** ExcelApi 1.9: changes on any sheet. */
  readonly onChanged: XlEvent<XlChangedArgs>;
}

export interface XlContext {
  readonly workbook: {
    readonly worksheets: XlWorksheetCollection;
    /** ExcelApi 1.18. */ readonly notes: XlNoteCollection;
  };
  sync(): Promise<void>;
}

/** Office.context.document.settings, promisified (values are JSON-serialisable). */
export interface XlSettings {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  remove(key: string): void;
  save(): Promise<void>;
}

/** Everything the adapter needs from Office: batches, requirement sets, document settings. */
export interface ExcelRunOptions {
  /** ExcelApi 1.20: every context.sync() of the batch becomes one undo step (else one per sync). */
  mergeUndoGroup?: boolean;
}

export interface ExcelEnv {
  run<T>(batch: (context: XlContext) => Promise<T>, options?: ExcelRunOptions): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  settings: XlSettings;
}
