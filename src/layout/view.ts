import { addressAt, textOf } from '../core/grid';
import type { Cell } from '../model/cell';
import type { Grid } from '../model/grid';
import { normalizeLabel } from './normalize';

/**
 * Read-only view of a grid for recognition: hidden rows/columns read as empty (a reviewer does not see
 * them), texts are trimmed, normalised labels are cached, and every cell handed out is tracked so the
 * recognizer can report what it did not place.
 */
export class SheetView {
  readonly rows: number;
  readonly cols: number;
  private readonly hiddenRows: Set<number>;
  private readonly hiddenCols: Set<number>;
  // Flat per-cell arrays, not Map/Set: a 500k-row sheet has millions of cells and hashing them all
  // made recognition grow faster than the sheet.
  private readonly labelCache: (string | undefined)[];
  private readonly used: Uint8Array;

  constructor(readonly grid: Grid) {
    this.rows = grid.rows;
    this.cols = grid.cols;
    this.hiddenRows = new Set((grid.hiddenRows ?? []).map((r) => r - grid.origin.row));
    this.hiddenCols = new Set((grid.hiddenCols ?? []).map((c) => c - grid.origin.col));
    this.labelCache = new Array<string | undefined>(this.rows * this.cols);
    this.used = new Uint8Array(this.rows * this.cols);
  }

  get sheet(): string {
    return this.grid.sheet;
  }

  private colMin = 0;
  private colMax = Number.MAX_SAFE_INTEGER;

  /**
   * Restricts reading to columns c0..c1 (a form's own width): notes and side tables next to a form are
   * not part of it. `null` lifts the restriction.
   */
  setWindow(window: { c0: number; c1: number } | null): void {
    this.colMin = window ? window.c0 : 0;
    this.colMax = window ? window.c1 : Number.MAX_SAFE_INTEGER;
  }

  raw(r: number, c: number): string | number | null {
    if (r < 0 || c < this.colMin || r >= this.rows || c >= this.cols || c > this.colMax) return null;
    if (this.hiddenRows.has(r) || this.hiddenCols.has(c)) return null;
    const v = this.grid.values[r]?.[c];
    return v === undefined ? null : v;
  }

  text(r: number, c: number): string {
    return textOf(this.raw(r, c)).trim();
  }

  isEmpty(r: number, c: number): boolean {
    return this.text(r, c) === '';
  }

  /** Normalised label text (cached: the same cell is looked at by several passes). */
  label(r: number, c: number): string {
    const key = r * this.cols + c;
    let v = this.labelCache[key];
    if (v === undefined) {
      v = normalizeLabel(this.text(r, c));
      this.labelCache[key] = v;
    }
    return v;
  }

  address(r: number, c: number): string {
    return addressAt(this.grid, r, c);
  }

  /** The model cell at a position; marks it as placed. */
  cell(r: number, c: number): Cell {
    this.used[r * this.cols + c] = 1;
    const raw = this.raw(r, c);
    const out: Cell = { text: textOf(raw).trim(), address: this.address(r, c) };
    if (raw !== null) out.value = typeof raw === 'string' ? raw.trim() : raw;
    return out;
  }

  /** Marks a cell as understood without putting it in the model (labels, headers, furniture). */
  consume(r: number, c: number): void {
    if (r >= 0 && c >= 0 && r < this.rows && c < this.cols) this.used[r * this.cols + c] = 1;
  }

  isUsed(r: number, c: number): boolean {
    return this.used[r * this.cols + c] === 1;
  }

  /** Non-empty columns of a row, left to right. */
  filled(r: number, c0 = 0, c1 = this.cols - 1): number[] {
    const out: number[] = [];
    for (let c = Math.max(0, c0); c <= Math.min(c1, this.cols - 1); c++) if (!this.isEmpty(r, c)) out.push(c);
    return out;
  }

  rowIsEmpty(r: number): boolean {
    for (let c = 0; c < this.cols; c++) if (!this.isEmpty(r, c)) return false;
    return true;
  }
}
