/**
 * Parts that look like a form's but could not be read (rule structure.unrecognized): never a silent form
 * with 0 indicators or a silently dropped table. Each is named at its first cell.
 */
import { fromA1, rangeA1 } from '../core/address';
import type { Cell } from '../model/cell';
import type { Form, UnrecognizedPart } from '../model/form';
import { columnRole, isTitle, level1Key, level2Key, yearIn } from './match';
import { normalizeLabel } from './normalize';
import { isKnownLabel } from './parts';
import type { TableHeader } from './table-header';
import type { SheetView } from './view';
import { DEPARTMENT_TITLE, FORM_LIKE_WORDS, NOT_A_FORM_WORDS } from './vocabulary';

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

/**
 * Is this the form unreadSheet gives (a sheet that only looks like a form)? It has nothing to map or show
 * as parts: the 识别结果 view offers to draw the form instead, and a derived mapping leaves it out.
 */
export function isUnreadSheet(form: Form): boolean {
  return (
    form.tables.length === 0 &&
    (form.unrecognized ?? []).some((u) => u.part === 'sheetTitle' || u.part === 'sheetHeading')
  );
}

/** Rows of a sheet without any form looked at for a form's title or heading (they sit at the top). */
const SHEET_TOP = 200;
/** Rows under such a title looked at for table-like rows (two or more filled cells). */
const TITLE_BODY = 60;

const LEVEL_WORD = /^[一二三]级(指标|目标)?$/;

/** A heading row the readers could not use but that names indicator columns: its cells as `a | b | c`. */
function formLikeHeading(view: SheetView, r: number): string | null {
  const cols = view.filled(r);
  if (cols.length < 2 || cols.length > 40) return null;
  let levels = 0;
  let name = false;
  let value = false;
  for (const c of cols) {
    const text = view.text(r, c);
    if (text.length > 16) continue;
    const label = normalizeLabel(text);
    const role = columnRole(label);
    if (role === 'level1' || role === 'level2' || role === 'level3' || LEVEL_WORD.test(label)) levels++;
    if (role === 'level3') name = true;
    if (role === 'value') value = true;
  }
  if (levels < 2 && !(name && value)) return null;
  return cols.map((c) => view.text(r, c).replace(/\s+/g, '')).join(' | ');
}

/** A title saying the sheet is a target form (绩效目标 / 绩效指标), not a notes or contents page. */
function formLikeTitle(view: SheetView, r: number): number | null {
  const cols = view.filled(r);
  if (cols.length === 0 || cols.length > 3) return null;
  for (const c of cols) {
    const text = view.text(r, c);
    if (text.length > 60) continue;
    const label = normalizeLabel(text);
    if (NOT_A_FORM_WORDS.some((w) => label.includes(w))) continue;
    if (FORM_LIKE_WORDS.some((w) => label.includes(w)) || isTitle(label)) return c;
  }
  return null;
}

/** Rows with two or more filled cells under row r (a table, not a page of notes), up to `need`. */
function tableRowsUnder(view: SheetView, r: number, need: number): boolean {
  let n = 0;
  for (let rr = r + 1; rr < Math.min(view.rows, r + 1 + TITLE_BODY); rr++)
    if (view.filled(rr).length >= 2 && ++n >= need) return true;
  return false;
}

/**
 * A sheet on which no form was read at all but that looks like one: a title with 绩效目标 / 绩效指标 over
 * rows of a table, or a heading row with level words (一级指标 | 二级指标) or 指标名称 | 指标值. It is one
 * form that says so, at the title (else the heading), with nothing else read: never a silent sheet.
 * Sheets that are something else (notes, a funds list, numbers, an empty sheet) give null.
 */
export function unreadSheet(view: SheetView): Form | null {
  let title: { r: number; c: number } | null = null;
  let heading: { r: number; text: string } | null = null;
  for (let r = 0; r < Math.min(view.rows, SHEET_TOP) && heading === null; r++) {
    if (title === null) {
      const c = formLikeTitle(view, r);
      if (c !== null && tableRowsUnder(view, r, 2)) {
        title = { r, c };
        continue;
      }
    }
    const text = formLikeHeading(view, r);
    if (text !== null) heading = { r, text };
  }
  if (title === null && heading === null) return null;
  const at = title ?? { r: heading!.r, c: view.filled(heading!.r)[0] };
  const cell = seen(view, at.r, at.c);
  const part: UnrecognizedPart = title
    ? { part: 'sheetTitle', cell, found: heading?.text ?? null }
    : { part: 'sheetHeading', cell, found: heading!.text };
  const titleText = title ? cell.text.replace(/\s+/g, ' ') : null;
  const o = view.grid.origin;
  return {
    sheet: view.sheet,
    kind: titleText !== null && DEPARTMENT_TITLE.test(normalizeLabel(titleText)) ? 'department' : 'project',
    title: titleText,
    year: titleText !== null ? yearIn(titleText) : null,
    range: rangeA1(o.row + at.r, o.col, o.row + view.rows - 1, o.col + Math.max(0, view.cols - 1)),
    name: null,
    header: [],
    funds: [],
    fundsPeriods: [],
    plan: [],
    goals: [],
    periods: [],
    tables: [],
    indicators: [],
    // the one finding names the sheet; its cells are not each reported as unplaced
    unplaced: [],
    unrecognized: [part],
  };
}
