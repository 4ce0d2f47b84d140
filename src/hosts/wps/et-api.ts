/**
 * The part of WPS 表格's (ET) JSAPI the adapter uses, as narrow interfaces. Names and shapes follow
 * `et-jsapi-declare` (Et.Application, Et.Range, …) but without its `any`s, so the adapter is typed and the
 * fake in test/wps/fake-et.ts implements exactly this. Quirks the adapter relies on:
 * - collections are 1-based and read with `.Item(i)` (or `.Item(name)` for sheets);
 * - `Range.Value2` is a scalar for one cell and an array of row arrays for several (JS arrays, 0-based);
 * - colours are BGR numbers (0xBBGGRR); "no fill" is `Interior.ColorIndex === xlColorIndexNone`;
 * - custom document properties hold strings of at most 255 characters.
 */

export type EtScalar = string | number | boolean | null | undefined;
/** What Value2 returns: a scalar (one cell), rows of values (several), or a flat list (seen for one row/column). */
export type EtValue2 = EtScalar | EtScalar[] | EtScalar[][];

export const XL_COLOR_INDEX_NONE = -4142;
export const XL_SHIFT_DOWN = -4121;
export const XL_SHEET_VISIBLE = -1;
/** msoPropertyTypeString */
export const MSO_PROPERTY_TYPE_STRING = 4;
/** msoCTPDockPositionRight */
export const MSO_CTP_DOCK_RIGHT = 2;

/** Data validation, alerts, operators, paper, orientation, alignment and borders (Excel's constants). */
export const XL_VALIDATE_LIST = 3;
export const XL_VALID_ALERT_STOP = 1;
export const XL_BETWEEN = 1;
export const XL_PAPER_A4 = 9;
export const XL_PORTRAIT = 1;
export const XL_LANDSCAPE = 2;
export const XL_CENTER = -4108;
export const XL_CONTINUOUS = 1;

/** Range.Validation: one rule per cell; Add fails where a rule exists (Delete first). */
export interface EtValidation {
  /** Formula1 of a list: comma-separated values (at most 255 characters). */
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string): void;
  Delete(): void;
}

export interface EtPageSetup {
  PaperSize: number;
  Orientation: number;
  /** Rows repeated on every printed page ('$7:$7'). */
  PrintTitleRows: string;
}

export interface EtInterior {
  /** BGR: 0xBBGGRR. */
  Color: number;
  /** xlColorIndexNone (-4142) when the cell has no fill. */
  ColorIndex: number;
  Pattern?: number;
}

export interface EtCount {
  readonly Count: number;
}

export interface EtComment {
  Text(text?: string): string;
  Delete(): void;
}

/** xlExpression: a FormatCondition whose formula decides. */
export const XL_EXPRESSION = 2;

/** A conditional format (ET FormatCondition); it moves with its cells like any format. */
export interface EtFormatCondition {
  readonly Type: number;
  /** The formula of an xlExpression condition ('=…'). */
  readonly Formula1: string;
  readonly Interior: EtInterior;
  Delete(): void;
}

export interface EtFormatConditions extends EtCount {
  Item(index: number): EtFormatCondition;
  Add(type: number, operator?: number, formula1?: string): EtFormatCondition;
}

export interface EtRange {
  /** Writes a 2-D array over a range of the same shape (one call for a whole block). */
  Value2: EtValue2;
  /** Writing '=SUM(F5:F7)' sets a formula. */
  Formula: string;
  /** Characters of the default font. */
  ColumnWidth: number;
  readonly Font: { Bold: boolean; Size: number };
  HorizontalAlignment: number;
  VerticalAlignment: number;
  WrapText: boolean;
  /** All borders of the range (edges and inside lines) at once. */
  readonly Borders: { LineStyle: number };
  readonly Validation: EtValidation;
  readonly Row: number;
  readonly Column: number;
  readonly Rows: EtCount & { Item(i: number): EtRange };
  readonly Columns: EtCount;
  readonly Count: number;
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  /** true, false, or null when the range is partly merged. */
  readonly MergeCells: boolean | null;
  /** The number format of the range ('General', 'yyyy-mm-dd', …); null when its cells differ. */
  readonly NumberFormat: string | null;
  readonly MergeArea: EtRange;
  readonly Interior: EtInterior;
  /** The conditional formats over the range (Worksheet.Cells.FormatConditions: all of the sheet). */
  readonly FormatConditions: EtFormatConditions;
  readonly EntireRow: EtRange;
  readonly Comment: EtComment | null;
  Cells: { Item(row: number, col: number): EtRange };
  Select(): unknown;
  Insert(shift?: number): unknown;
  Merge(across?: boolean): void;
  AddComment(text?: string): EtComment;
  readonly Worksheet: EtWorksheet;
}

export interface EtWorksheet {
  /** Writable: renames the sheet (a name in use throws). */
  Name: string;
  /** xlSheetVisible (-1), xlSheetHidden (0), xlSheetVeryHidden (2). */
  readonly Visible: number | boolean;
  readonly UsedRange: EtRange;
  /** Every cell of the sheet. */
  readonly Cells: EtRange;
  Range(address: string): EtRange;
  Activate(): void;
  /** A copy (values, formats, merges) placed after `after`; the copy becomes the active sheet. */
  Copy(before?: EtWorksheet, after?: EtWorksheet): void;
  readonly PageSetup: EtPageSetup;
}

export interface EtSheets extends EtCount {
  Item(index: number | string): EtWorksheet;
  /** A new blank sheet after `after` (before the active one without arguments); it becomes active. */
  Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet;
}

export interface EtDocProperty {
  readonly Name: string;
  Value: string | number | boolean;
  Delete(): void;
}

export interface EtDocProperties extends EtCount {
  Item(index: number | string): EtDocProperty;
  Add(name: string, linkToContent: boolean, type: number, value: string): EtDocProperty;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Worksheets: EtSheets;
  readonly ActiveSheet: EtWorksheet;
  readonly CustomDocumentProperties: EtDocProperties;
}

export type EtEventName =
  'SheetChange' | 'SheetActivate' | 'WindowActivate' | 'WorkbookActivate' | 'WorkbookOpen' | 'NewWorkbook';
export type EtSheetChangeHandler = (sheet: EtWorksheet, target: EtRange) => void;

export interface EtApiEvent {
  AddApiEventListener(name: EtEventName, handler: EtSheetChangeHandler | (() => void)): void;
  RemoveApiEventListener(name: EtEventName, handler: EtSheetChangeHandler | (() => void)): void;
}

export interface EtTaskPane {
  readonly ID: number;
  Visible: boolean;
  DockPosition: number;
  Width?: number;
  Delete(): void;
}

export interface EtPluginStorage {
  getItem(key: string): string | number | boolean | null | undefined;
  setItem(key: string, value: string | number | boolean): void;
}

export interface EtWindow {
  readonly Hwnd?: number;
  readonly Caption?: string;
  readonly Index?: number;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  /** The selected range of the active sheet (null when a shape or nothing is selected). */
  readonly Selection?: EtRange | null;
  readonly ActiveSheet: EtWorksheet | null;
  readonly ActiveWindow?: EtWindow | null;
  ScreenUpdating: boolean;
  readonly ApiEvent: EtApiEvent;
  /** Add-in runtime (absent outside WPS). */
  CreateTaskPane?(url: string, title?: string): EtTaskPane;
  GetTaskPane?(id: number): EtTaskPane | null;
  readonly PluginStorage?: EtPluginStorage;
  readonly Name?: string;
}
