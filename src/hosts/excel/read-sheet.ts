import type { Grid, Merge } from '../../model/grid';
import type { CellValue } from '../../model/grid';
import { fromRangeA1, rangeA1 } from '../../core/address';
import type { XlCellValue, XlContext, XlFill, XlRange, XlRangeAreas, XlWorksheet } from './api';
import type { ExcelFeatures } from './features';
import { toGridValue } from './cell-values';
import { parseAreas } from './marks';

/**
 * Above this many cells a sheet is read in row chunks (one sync each) with progress. Measured: a read of
 * values + number formats of a target sheet costs up to ~29 bytes per cell in the response (bench: 80,000 cells gave a 2,281 KB response), so 64,000 cells
 * stay under the 2 MB we allow a request (Excel on the web refuses 5 MB).
 */
export const CHUNK_CELLS = 64_000;

/**
 * getMergedAreasOrNullObject fails on a range with more than 512 merged areas, so merges are read in blocks
 * of at most 1,024 cells: a merged area covers at least two cells, so a block can never hold more than 512.
 */
export const MERGE_BLOCK_CELLS = 1024;

/** The fills of cells we marked earlier, read alongside the values so re-marking needs no extra read. */
export type FillProbe = Map<string, XlFill>;

interface Pending {
  ws: XlWorksheet;
  used: XlRange;
  /** Merged areas wanted (ExcelApi 1.13); read in blocks along with the values. */
  merges: boolean;
  blocks: XlRangeAreas[];
}

/** Queues the first read (sheet name, used-range shape, merged areas) for one worksheet. */
export function queueShape(ws: XlWorksheet, features: ExcelFeatures): Pending {
  ws.load('name');
  const used = features.usedRangeValuesOnly ? ws.getUsedRange(true) : ws.getUsedRange();
  used.load('address,rowIndex,columnIndex,rowCount,columnCount');
  return { ws, used, merges: features.merges, blocks: [] };
}

/**
 * Reads the values of queued sheets: one more sync when they are small, row chunks (one sync each, with
 * progress) past CHUNK_CELLS. `probe(ws)` queues extra loads (fills of earlier marks) into the first sync.
 */
export async function readValues(
  ctx: XlContext,
  pending: Pending[],
  probe: (ws: XlWorksheet) => void,
  onProgress?: (done: number, total: number) => void,
): Promise<Grid[]> {
  const total = pending.reduce((n, p) => n + p.used.rowCount * p.used.columnCount, 0);
  const chunks: { p: number; range: XlRange; rows: number; first: number }[] = [];
  for (const [i, p] of pending.entries()) {
    const { rowIndex, columnIndex, rowCount, columnCount } = p.used;
    const step = Math.max(1, Math.floor(CHUNK_CELLS / Math.max(1, columnCount)));
    if (rowCount * columnCount <= CHUNK_CELLS) {
      chunks.push({ p: i, range: p.used, rows: rowCount, first: 0 });
    } else {
      for (let r = 0; r < rowCount; r += step) {
        const rows = Math.min(step, rowCount - r);
        const a1 = rangeA1(rowIndex + r, columnIndex, rowIndex + r + rows - 1, columnIndex + columnCount - 1);
        chunks.push({ p: i, range: p.ws.getRange(a1), rows, first: r });
      }
    }
  }
  const values: CellValue[][][] = pending.map(() => []);
  let done = 0;
  let batch: typeof chunks = [];
  let batchCells = 0;
  let first = true;
  const flush = async (): Promise<void> => {
    if (first) pending.forEach((p) => probe(p.ws));
    first = false;
    await ctx.sync();
    for (const c of batch) {
      const rows = c.range.values;
      const formats = c.range.numberFormat;
      for (let r = 0; r < rows.length; r++)
        values[c.p].push(rows[r].map((v: XlCellValue, k: number) => toGridValue(v, formats?.[r]?.[k])));
      done += c.rows * pending[c.p].used.columnCount;
    }
    if (onProgress && total > CHUNK_CELLS) onProgress(done, total);
    batch = [];
    batchCells = 0;
  };
  for (const c of chunks) {
    const cells = c.rows * pending[c.p].used.columnCount;
    if (batch.length > 0 && batchCells + cells > CHUNK_CELLS) await flush();
    c.range.load('values,numberFormat');
    queueMergeBlocks(pending[c.p], c.first, c.rows);
    batch.push(c);
    batchCells += cells;
  }
  if (batch.length > 0 || first) await flush();
  return pending.map((p, i) => toGrid(p, values[i]));
}

/** Queues reading the merged areas of rows [first, first+rows) of the used range, in blocks. */
function queueMergeBlocks(p: Pending, first: number, rows: number): void {
  if (!p.merges) return;
  const { rowIndex, columnIndex, columnCount } = p.used;
  const step = Math.max(1, Math.floor(MERGE_BLOCK_CELLS / Math.max(1, columnCount)));
  for (let r = first; r < first + rows; r += step) {
    const last = Math.min(first + rows, r + step) - 1;
    const a1 = rangeA1(rowIndex + r, columnIndex, rowIndex + last, columnIndex + columnCount - 1);
    const areas = p.ws.getRange(a1).getMergedAreasOrNullObject();
    areas.load('address');
    p.blocks.push(areas);
  }
}

function toGrid(p: Pending, values: CellValue[][]): Grid {
  const { rowIndex, columnIndex } = p.used;
  const empty = values.every((row) => row.every((v) => v === null));
  const merges: Merge[] = [];
  const seen = new Set<string>();
  for (const block of p.blocks) {
    if (block.isNullObject) continue;
    for (const area of parseAreas(block.address)) {
      const m = fromRangeA1(area);
      const key = `${m.r0},${m.c0},${m.r1},${m.c1}`;
      if (seen.has(key)) continue; // an area across two blocks is reported by both
      seen.add(key);
      merges.push({ r0: m.r0, c0: m.c0, r1: m.r1, c1: m.c1 });
    }
  }
  if (empty) return { sheet: p.ws.name, rows: 0, cols: 0, values: [], merges: [], origin: { row: 0, col: 0 } };
  const cols = values[0]?.length ?? 0;
  return { sheet: p.ws.name, rows: values.length, cols, values, merges, origin: { row: rowIndex, col: columnIndex } };
}
