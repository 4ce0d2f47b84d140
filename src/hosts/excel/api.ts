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

/** ExcelApi 1.6: the rule of a custom (formula) conditional format. */
export interface XlConditionalRule {
  formula: string;
  load(props: string): XlConditionalRule;
}

/** ExcelApi 1.6: a custom conditional format: its formula and the format shown where it is true. */
export interface XlCustomConditionalFormat {
  readonly rule: XlConditionalRule;
  readonly format: XlRangeFormat;
}

/** ExcelApi 1.6: one conditional format; it moves and resizes with its cells like any cell format. */
export interface XlConditionalFormat {
  readonly id: string;
  /** 'Custom', 'CellValue', 'DataBar', … */
  readonly type: string;
  /** Only valid on a 'Custom' format. */
  readonly custom: XlCustomConditionalFormat;
  delete(): void;
  load(props: string): XlConditionalFormat;
}

export interface XlConditionalFormatCollection {
  readonly items: XlConditionalFormat[];
  add(type: 'Custom'): XlConditionalFormat;
  getItem(id: string): XlConditionalFormat;
  load(props: string): XlConditionalFormatCollection;
}

/** ExcelApi 1.7: a custom document property (the file's docProps/custom.xml, which WPS reads too). */
export interface XlCustomProperty {
  readonly key: string;
  value: unknown;
  delete(): void;
}

export interface XlCustomPropertyCollection {
  readonly items: XlCustomProperty[];
  /** Keys are case-insensitive; values hold at most 255 characters outside Excel on the web. */
  add(key: string, value: string): XlCustomProperty;
  /** ExcelApi 1.7: the property with this key, or a null object (load isNullObject). */
  getItemOrNullObject(key: string): XlCustomProperty & { readonly isNullObject: boolean };
  load(props: string): XlCustomPropertyCollection;
}

export interface XlRangeAreas {
  readonly isNullObject: boolean;
  /** Comma-separated sheet-qualified addresses ("Sheet1!A1:B2,Sheet1!D4"). */
  readonly address: string;
  readonly format: XlRangeFormat;
  /** ExcelApi 1.9. */
  readonly conditionalFormats: XlConditionalFormatCollection;
  load(props: string): XlRangeAreas;
}

/** ExcelApi 1.1: one border of a range (EdgeTop, InsideHorizontal …); style 'Continuous' draws it. */
export interface XlBorder {
  style: string;
}

/** The formats the new-form writer sets (ExcelApi 1.1, columnWidth 1.2). */
export interface XlCellFormat extends XlRangeFormat {
  readonly font: { bold: boolean; size: number };
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  /** ExcelApi 1.2: points. */
  columnWidth: number;
  readonly borders: { getItem(index: string): XlBorder };
}

/** ExcelApi 1.8: a list rule (source: comma-separated values, at most 255 characters). */
export interface XlDataValidation {
  rule: { list: { inCellDropDown: boolean; source: string } };
}

export interface XlRange {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: XlCellValue[][];
  /** Writing sets formulas ('=SUM(F4:F6)') or constants, like typing. */
  formulas: XlCellValue[][];
  /** Number formats ("General", "0.00%", "yyyy-mm-dd" …), per cell. */
  readonly numberFormat: string[][];
  readonly format: XlCellFormat;
  /** ExcelApi 1.6. */
  readonly conditionalFormats: XlConditionalFormatCollection;
  /** ExcelApi 1.8. */
  readonly dataValidation: XlDataValidation;
  load(props: string): XlRange;
  select(): void;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): XlRangeAreas;
  /** Whole rows/columns or a sub-range; `insert('Down')` shifts cells down (rows when the range is whole rows). */
  insert(shift: 'Down'): XlRange;
  /** ExcelApi 1.2. */
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
  /** 'Local' or 'Remote' (a co-author's edit, ExcelApi 1.7). */
  source?: string;
  /** ExcelApi 1.14: 'ThisLocalAddin' when this add-in's own write caused the event, else 'Unknown'. */
  triggerSource?: string;
}

export interface XlEventResult {
  readonly context: XlContext;
  remove(): void;
}

export interface XlEvent<A> {
  add(handler: (args: A) => Promise<void>): XlEventResult;
}

/** ExcelApi 1.9: print setup of a worksheet. */
export interface XlPageLayout {
  /** 'A4', 'Letter' … */
  paperSize: string;
  /** 'Portrait' | 'Landscape'. */
  orientation: string;
  /** Rows repeated on every printed page ('$7:$7'). */
  setPrintTitleRows(address: string): void;
}

export interface XlWorksheet {
  /** Writable: renames the sheet (a name in use fails the sync). */
  name: string;
  readonly id: string;
  /** 'Visible' | 'Hidden' | 'VeryHidden'. */
  readonly visibility?: string;
  getUsedRange(valuesOnly?: boolean): XlRange;
  getRange(address?: string): XlRange;
  /** ExcelApi 1.9: several areas at once ("A1, B3:B5"). */
  getRanges(address: string): XlRangeAreas;
  activate(): void;
  /** ExcelApi 1.7: a copy of the sheet (values, formats, merges) placed after `relativeTo` ('After'). */
  copy(positionType?: 'After' | 'End', relativeTo?: XlWorksheet): XlWorksheet;
  /** ExcelApi 1.9. */
  readonly pageLayout: XlPageLayout;
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
  /** Adds a blank sheet at the end (a name in use fails the sync). */
  add(name?: string): XlWorksheet;
  load(props: string): XlWorksheetCollection;
  /** ExcelApi 1.9: changes on any sheet. */
  readonly onChanged: XlEvent<XlChangedArgs>;
}

export interface XlContext {
  readonly workbook: {
    readonly worksheets: XlWorksheetCollection;
    /** ExcelApi 1.1: the user's selection (load 'address': sheet-qualified). */
    getSelectedRange(): XlRange;
    /** ExcelApi 1.18. */ readonly notes: XlNoteCollection;
    /** ExcelApi 1.1: the selected range (its first area when several are selected). */
    getSelectedRange(): XlRange;
    /** ExcelApi 1.7: document properties; `custom` is the shared store of the marks record. */
    readonly properties: { readonly custom: XlCustomPropertyCollection };
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
  /** Office.context.diagnostics.platform ('PC', 'Mac', 'OfficeOnline', 'iOS' …); absent when unknown. */
  platform?: string;
}
