import type { CellValue, Merge } from '../../src/model/grid';

/**
 * Building blocks for the seed workbooks: a Part is one form (or one text section) as rows of values
 * starting at A1, with its merged areas; sheets are made by stacking parts.
 */

/** A merged area; `fill` marks a vertical 一级/二级/职能… label merge that "filled" exports repeat on every row. */
export interface TaggedMerge extends Merge {
  fill?: boolean;
}

export interface Part {
  /** What it is, for docs and tests: e.g. `000 项目 住房公积金管理业务费用`. */
  label: string;
  kind: 'project' | 'department' | 'text';
  width: number;
  rows: CellValue[][];
  merges: TaggedMerge[];
  /** Row indexes where a new block starts (header, funds, goals, indicator table …): the shifted variant puts blank rows there. */
  blocks: number[];
  /** Rows (indexes) holding the title lines (bold, centred). */
  titleRows: number[];
  /** First row of the bordered form body (after title/year lines); -1 for text parts. */
  bodyStart: number;
  /** Number format for the numeric cells (amounts), e.g. `0.00`; General when absent. */
  numFmt?: string;
  /** The indicator tables (row ranges and columns), for counting indicators in docs and tests. */
  tables: IndicatorTable[];
}

/** One indicator table of a part: rows first..last; per period, the 一级 and 二级 columns and the 三级/value columns. */
export interface IndicatorTable {
  first: number;
  last: number;
  periods: { l1: number; l2: number; leaf: number[] }[];
}

/** A cell spanning `cols` columns (and `rows` rows) in a builder row. */
export interface Span {
  span: true;
  text: CellValue;
  cols: number;
  rows: number;
  fill: boolean;
}

export type In = CellValue | Span;

export function span(text: CellValue, cols: number, rows = 1): Span {
  return { span: true, text, cols, rows, fill: false };
}

function isSpan(x: In): x is Span {
  return typeof x === 'object' && x !== null && x.span === true;
}

export class PartBuilder {
  readonly rows: CellValue[][] = [];
  readonly merges: TaggedMerge[] = [];
  readonly blocks: number[] = [];
  readonly titleRows: number[] = [];
  private bodyStart = -1;
  private readonly tables: IndicatorTable[] = [];
  numFmt: string | undefined;

  constructor(
    readonly label: string,
    readonly kind: Part['kind'],
    readonly width: number,
  ) {}

  /** Index the next row will get. */
  get next(): number {
    return this.rows.length;
  }

  /** A title line: the text across the whole width. */
  title(text: string): number {
    const r = this.row(span(text, this.width));
    this.titleRows.push(r);
    return r;
  }

  /** Marks the next row as the start of a block (and the first block as the start of the bordered body). */
  block(): this {
    if (this.bodyStart < 0) this.bodyStart = this.next;
    this.blocks.push(this.next);
    return this;
  }

  /** Adds one row; spans record merges. Missing trailing cells are empty. */
  row(...cells: In[]): number {
    const r = this.rows.length;
    const out: CellValue[] = new Array<CellValue>(this.width).fill(null);
    let c = 0;
    for (const cell of cells) {
      if (c >= this.width)
        throw new Error(`${this.label}: row ${r} is wider than ${this.width}: ${JSON.stringify(cells)}`);
      if (isSpan(cell)) {
        out[c] = cell.text === '' ? null : cell.text;
        if (cell.cols > 1 || cell.rows > 1) this.merge(r, c, r + cell.rows - 1, c + cell.cols - 1);
        c += cell.cols;
      } else {
        out[c] = cell === '' ? null : cell;
        c += 1;
      }
    }
    this.rows.push(out);
    return r;
  }

  merge(r0: number, c0: number, r1: number, c1: number, fill = false): this {
    if (c1 >= this.width) throw new Error(`${this.label}: merge beyond width at row ${r0}`);
    this.merges.push(fill ? { r0, c0, r1, c1, fill } : { r0, c0, r1, c1 });
    return this;
  }

  /** Merges column `c` from row r0 down to r1 (a vertical label). */
  down(c: number, r0: number, r1: number, fill = false): this {
    if (r1 > r0) this.merge(r0, c, r1, c, fill);
    return this;
  }

  /**
   * Indicator rows. `chains` lists the level columns from the outermost in, e.g. [[0, 1]] for 一级 in A and
   * 二级 in B, or [[1, 2], [1, 5]] for 001's 中期/年度 blocks sharing the 一级 column. A label written
   * once is merged down over the following rows whose cells in its column and in every outer column of its
   * chain are empty — the way the official forms merge 一级/二级 over their group.
   */
  tree(chains: number[][], rows: In[][], periods?: IndicatorTable['periods']): { first: number; last: number } {
    const first = this.next;
    for (const cells of rows) this.row(...cells);
    const last = this.next - 1;
    const right = Math.max(...chains.flat()) + 1;
    const leaf = Array.from({ length: this.width - right }, (_, i) => right + i);
    this.tables.push({ first, last, periods: periods ?? [{ l1: chains[0][0], l2: chains[0][1], leaf }] });
    const done = new Set<string>();
    for (const chain of chains) {
      chain.forEach((col, k) => {
        const outer = chain.slice(0, k + 1);
        for (let r = first; r <= last; r++) {
          if (this.rows[r][col] === null) continue;
          const key = `${r},${col}`;
          if (done.has(key)) continue;
          done.add(key);
          let end = r;
          while (end + 1 <= last && outer.every((oc) => this.rows[end + 1][oc] === null)) end++;
          if (end > r) this.merge(r, col, end, col, true);
        }
      });
    }
    return { first, last };
  }

  build(): Part {
    return {
      label: this.label,
      kind: this.kind,
      width: this.width,
      rows: this.rows,
      merges: this.merges.slice().sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0),
      blocks: this.blocks,
      titleRows: this.titleRows,
      bodyStart: this.bodyStart,
      tables: this.tables,
      ...(this.numFmt ? { numFmt: this.numFmt } : {}),
    };
  }
}

/** Removes LaTeX math left by text extraction: `$\geq 85\%$` → `≥85%`. */
export function cleanLatex(s: string): string {
  return s.replace(/\$([^$]*)\$/g, (_m, body: string) =>
    body.replace(/\\geq/g, '≥').replace(/\\leq/g, '≤').replace(/\\%/g, '%').replace(/\s+/g, ''),
  );
}
