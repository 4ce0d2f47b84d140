/**
 * Parts that look like a form's but could not be read (rule structure.unrecognized): never a silent form
 * with 0 indicators or a silently dropped table. Each is named at its first cell.
 */
import { fromA1 } from '../core/address';
import type { Cell } from '../model/cell';
import type { Form, UnrecognizedPart } from '../model/form';
import { columnRole, isTitle, level1Key, level2Key } from './match';
import { normalizeLabel } from './normalize';
import { isKnownLabel } from './parts';
import type { TableHeader } from './table-header';
import type { SheetView } from './view';

/** A cell as the model shows it, without marking it placed (these parts were not understood). */
function seen(view: SheetView, r: number, c: number): Cell {
  const text = view.text(r, c);
  return { text, value: text, address: view.address(r, c) };
}

/** Rows under a heading looked at when nothing was read from them. */
const UNDER_HEADING = 5;

/**
 * An indicator heading that read no row at all while rows with text stand right under it (a blank
 * template reads nothing too, but has nothing under its heading: that is an empty form, not this).
 */
export function unreadTable(view: SheetView, h: TableHeader, nodes: number, limit: number): UnrecognizedPart | null {
  if (nodes > 0) return null;
  const first = h.outerCol ?? h.blocks[0].c0;
  const last = h.blocks[h.blocks.length - 1].c1;
  const top = h.implicit ? h.lastRow + 1 : h.row;
  const headCol = view.filled(top, first, last)[0] ?? first;
  for (let r = h.lastRow + 1; r <= Math.min(limit, h.lastRow + UNDER_HEADING); r++) {
    // text left of the table counts (rows typed from column A under a heading further right); a row
    // opening with a label of the next block (年度目标, 审核意见) is that block, not the table
    const c = view.filled(r, 0, last)[0];
    if (c === undefined) continue;
    if (isKnownLabel(view, r, c)) return null;
    return { part: 'table', cell: seen(view, top, headCol), found: view.text(r, c) };
  }
  return null;
}

/** Rows under a title looked at for indicator words. */
const UNDER_TITLE = 60;

/**
 * A title with rows under it but no table anyone could read, where those rows hold what an indicator
 * table holds (一级/二级 words, level column names): the table's heading was not understood.
 */
export function strayTitle(view: SheetView, row: number, end: number): UnrecognizedPart | null {
  const titleCol = view.filled(row).find((c) => isTitle(view.text(row, c)));
  if (titleCol === undefined) return null;
  for (let r = row + 1; r <= Math.min(end, row + UNDER_TITLE); r++) {
    for (const c of view.filled(r)) {
      const text = view.text(r, c);
      if (text.length > 16) continue;
      // the label computed here, not the view's cache (that one follows the window of the last form read)
      const label = normalizeLabel(text);
      const role = columnRole(label);
      const tableWord =
        level1Key(label) !== null ||
        level2Key(label) !== null ||
        role === 'level1' ||
        role === 'level2' ||
        role === 'level3';
      if (tableWord) return { part: 'title', cell: seen(view, row, titleCol), found: text };
    }
  }
  return null;
}

/**
 * Funds labels that took no amount while the cell right of them holds something that is not one
 * (`约八百万`, `待定`): that cell is named by the finding, so it is no longer listed as unplaced.
 */
export function unreadFunds(form: Form): { part: UnrecognizedPart; amount: Cell }[] {
  const out: { part: UnrecognizedPart; amount: Cell }[] = [];
  for (const item of form.funds) {
    if (Object.keys(item.amounts).length > 0) continue;
    const at = fromA1(item.label.address);
    let best: Cell | null = null;
    let bestCol = Infinity;
    for (const cell of form.unplaced) {
      const p = fromA1(cell.address);
      if (p.row === at.row && p.col > at.col && p.col < bestCol) {
        best = cell;
        bestCol = p.col;
      }
    }
    if (best) out.push({ part: { part: 'funds', cell: item.label, found: best.text }, amount: best });
  }
  return out;
}
