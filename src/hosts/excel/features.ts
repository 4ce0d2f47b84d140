import type { ExcelEnv } from './api';

/** What this Excel can do, from its requirement sets (Excel 2016 MSI has ExcelApi 1.1 only). */
export interface ExcelFeatures {
  /** ExcelApi 1.2: getUsedRange(valuesOnly), Range.merge. */
  usedRangeValuesOnly: boolean;
  /** ExcelApi 1.6: conditional formats — marks are format rules of ours that move with their cells. */
  formatRules: boolean;
  /** ExcelApi 1.7: custom document properties — the marks record both Excel and WPS read. */
  docProps: boolean;
  /** ExcelApi 1.7: worksheet onChanged. */
  events: boolean;
  /** ExcelApi 1.9: getRanges (multi-area writes), fill.pattern, worksheets.onChanged. */
  multiArea: boolean;
  /** ExcelApi 1.14: change events tell our own writes apart (triggerSource 'ThisLocalAddin'). */
  triggerSource: boolean;
  /** ExcelApi 1.7: Worksheet.copy (复制为新年度). */
  copySheet: boolean;
  /** ExcelApi 1.8: data-validation lists. */
  validation: boolean;
  /** ExcelApi 1.9: page layout (A4, repeated header rows). */
  pageLayout: boolean;
  /** ExcelApi 1.13: getMergedAreasOrNullObject. */
  merges: boolean;
  /** ExcelApi 1.18: workbook/worksheet notes (marks carry their message in a note). */
  notes: boolean;
  /** ExcelApi 1.20: Excel.run({ mergeUndoGroup }) makes a whole batch one undo step. */
  undoGroup: boolean;
}

export function detectFeatures(env: ExcelEnv): ExcelFeatures {
  const api = (v: string): boolean => {
    try {
      return env.isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  return {
    usedRangeValuesOnly: api('1.2'),
    formatRules: api('1.6'),
    docProps: api('1.7'),
    triggerSource: api('1.14'),
    events: api('1.7'),
    multiArea: api('1.9'),
    copySheet: api('1.7'),
    validation: api('1.8'),
    pageLayout: api('1.9'),
    merges: api('1.13'),
    notes: api('1.18'),
    undoGroup: api('1.20'),
  };
}
