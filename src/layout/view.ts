import { columnName } from '../core/address';
import { textOf } from '../core/grid';
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
  // Flat per-cell arrays, not Map/Set: a 500k-row sheet has millions of cells and hashing them all
  // made recognition grow faster than the sheet.
  private readonly hiddenRow: Uint8Array | null;
  private readonly hiddenCol: Uint8Array | null;
  /** Trimmed text of each cell, ignoring the window ('' for hidden cells); filled on first read. */
  private readonly textCache: (string | undefined)[];
  private readonly labelCache: (string | undefined)[];
  /** Non-empty columns of each row, ignoring the window; filled on first read. */
  private readonly filledCache: (number[] | undefined)[];
  private readonly used: Uint8Array;
  /** A1 column letters of each grid column (every placed cell needs its address). */
  private readonly colNames: (string | undefined)[];

  constructor(readonly grid: Grid) {
    this.rows = grid.rows;
    this.cols = grid.cols;
    this.hiddenRow = flags(grid.hiddenRows, grid.origin.row, this.rows);
    this.hiddenCol = flags(grid.hiddenCols, grid.origin.col, this.cols);
    this.textCache = new Array<string | undefined>(this.rows * this.cols);
    this.labelCache = new Array<string | undefined>(this.rows * this.cols);
    this.filledCache = new Array<number[] | undefined>(this.rows);
    this.used = new Uint8Array(this.rows * this.cols);
    this.colNames = new Array<string | undefined>(this.cols);
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

  private inWindow(r: number, c: number): boolean {
    return r >= 0 && c >= this.colMin && r < this.rows && c < this.cols && c <= this.colMax;
  }

  private hidden(r: number, c: number): boolean {
    return (this.hiddenRow !== null && this.hiddenRow[r] === 1) || (this.hiddenCol !== null && this.hiddenCol[c] === 1);
  }

  raw(r: number, c: number): string | number | null {
    if (!this.inWindow(r, c) || this.hidden(r, c)) return null;
    const v = this.grid.values[r]?.[c];
    return v === undefined ? null : v;
  }

  /** Trimmed text of an in-grid cell, window ignored (cached). */
  private cachedText(r: number, c: number): string {
    // the look-up alone, small enough to be inlined into every reader; the first read apart
    const t = this.textCache[r * this.cols + c];
    return t !== undefined ? t : this.readText(r, c);
  }

  private readText(r: number, c: number): string {
    let t = '';
    if (!this.hidden(r, c)) {
      const v = this.grid.values[r]?.[c];
      if (v !== undefined) t = textOf(v).trim();
    }
    this.textCache[r * this.cols + c] = t;
    return t;
  }

  text(r: number, c: number): string {
    return this.inWindow(r, c) ? this.cachedText(r, c) : '';
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

  /** The row number of the last address made, as text (the cells of a row are placed one after another). */
  private addressRow = -1;
  private addressRowText = '';

  /** A1 address (sheet coordinates), as addressAt in core/grid, with the column letters cached. */
  address(r: number, c: number): string {
    const col = this.grid.origin.col + c;
    let name = c >= 0 && c < this.cols ? this.colNames[c] : undefined;
    if (name === undefined) {
      name = columnName(col);
      if (c >= 0 && c < this.cols) this.colNames[c] = name;
    }
    if (r !== this.addressRow) {
      this.addressRow = r;
      this.addressRowText = String(this.grid.origin.row + r + 1);
    }
    return name + this.addressRowText;
  }

  /** The model cell at a position; marks it as placed. */
  cell(r: number, c: number): Cell {
    this.used[r * this.cols + c] = 1;
    const raw = this.raw(r, c);
    // the trimmed text is already cached (and equals the trimmed raw string)
    if (raw === null) return { text: '', address: this.address(r, c) };
    const text = this.cachedText(r, c);
    // one literal per shape: adding `value` afterwards cost every cell a second allocation
    return { text, address: this.address(r, c), value: typeof raw === 'string' ? text : raw };
  }

  /** Marks a cell as understood without putting it in the model (labels, headers, furniture). */
  consume(r: number, c: number): void {
    if (r >= 0 && c >= 0 && r < this.rows && c < this.cols) this.used[r * this.cols + c] = 1;
  }

  isUsed(r: number, c: number): boolean {
    return this.used[r * this.cols + c] === 1;
  }

  /**
   * Non-empty columns of a row, left to right. Read-only: when the whole row is in range this is the
   * view's own cached list (copying it for every look-up was a large share of recognition's garbage).
   */
  filled(r: number, c0 = 0, c1 = this.cols - 1): readonly number[] {
    if (r < 0 || r >= this.rows) return NONE;
    const all = this.rowFilled(r);
    const lo = Math.max(0, c0, this.colMin);
    const hi = Math.min(c1, this.cols - 1, this.colMax);
    if (all.length === 0 || (lo <= all[0] && hi >= all[all.length - 1])) return all;
    const out: number[] = [];
    for (const c of all) if (c >= lo && c <= hi) out.push(c);
    return out;
  }

  rowIsEmpty(r: number): boolean {
    return this.filled(r).length === 0;
  }

  /**
   * Lists of filled columns by their bit mask (rows within the first 30 columns): rows filled alike share
   * one list. A big table's rows are filled alike, and a list per row was a large share of the garbage
   * collector's copying (the lists are read-only for everyone).
   */
  private readonly sharedCols = new Map<number, number[]>();

  /** Non-empty columns of a whole row, window ignored (cached; never handed out). */
  private rowFilled(r: number): number[] {
    let cols = this.filledCache[r];
    if (cols === undefined) {
      cols = NO_COLUMNS;
      const row = this.grid.values[r];
      if (row !== undefined && !(this.hiddenRow !== null && this.hiddenRow[r] === 1)) {
        let n = 0;
        let mask = 0;
        for (let c = 0; c < this.cols; c++) {
          const v = row[c];
          if (v !== null && v !== undefined && this.cachedText(r, c) !== '') {
            n++;
            mask = c < 30 && mask >= 0 ? mask | (1 << c) : -1;
          }
        }
        if (n > 0) cols = (mask >= 0 ? this.sharedCols.get(mask) : undefined) ?? this.listFilled(r, n, mask);
      }
      this.filledCache[r] = cols;
    }
    return cols;
  }

  /** The `n` filled columns of row r (sized once: an array grown by push keeps room for 16 more). */
  private listFilled(r: number, n: number, mask: number): number[] {
    const cols = new Array<number>(n);
    let i = 0;
    for (let c = 0; c < this.cols; c++) if (this.textCache[r * this.cols + c]) cols[i++] = c;
    if (mask >= 0) this.sharedCols.set(mask, cols);
    return cols;
  }
}

const NONE: readonly number[] = Object.freeze([]);
/** The cached column list of an empty row (shared, never changed). */
const NO_COLUMNS: number[] = [];

/** 0/1 per row (or column) of the grid for sheet positions in `list`; null when none. */
function flags(list: number[] | undefined, origin: number, size: number): Uint8Array | null {
  if (!list || list.length === 0) return null;
  const out = new Uint8Array(size);
  for (const p of list) {
    const i = p - origin;
    if (i >= 0 && i < size) out[i] = 1;
  }
  return out;
}
