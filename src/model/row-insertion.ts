/** A row-insertion plan a host carries out (built by the template planner, applied by hosts). */
export interface RowInsertion {
  sheet: string;
  /** 1-based sheet row before which the rows are inserted. */
  beforeRow: number;
  /** Values per inserted row, keyed by column letter. */
  rows: Record<string, string>[];
  /** Merges to create after insertion, in A1 (e.g. "A12:A15"). */
  merges?: string[];
}
