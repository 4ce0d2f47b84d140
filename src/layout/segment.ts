import { headerKey, headerPrefix, isTitle } from './match';
import { detectHeader, detectImplicitHeader, type TableHeader } from './table-header';
import type { SheetView } from './view';
import { NAME_HINT, TITLE_HINT } from './vocabulary';

export interface Segment {
  start: number;
  /** Last row the segment may extend to (inclusive). */
  end: number;
  titleRow: number | null;
  headers: TableHeader[];
}

type Anchor = { row: number; kind: 'title' | 'name' };

/** The first few filled cells of a row are where titles and 项目名称/单位名称 labels sit. */
function anchorOf(view: SheetView, r: number): Anchor | null {
  const cols = view.filled(r);
  if (cols.length === 0) return null;
  // cheap character tests first: most rows of a big sheet are indicator rows and name nothing
  if (cols.length <= 3 && hasTitle(view, r, cols)) return { row: r, kind: 'title' };
  for (let i = 0; i < cols.length && i < 4; i++) {
    const c = cols[i];
    if (!NAME_HINT.test(view.label(r, c))) continue;
    const key = headerKey(view.label(r, c)) ?? headerPrefix(view.text(r, c))?.key ?? null;
    if (key === 'projectName' || key === 'unitName') return { row: r, kind: 'name' };
  }
  return null;
}

/** A loop, not cols.some(…): no closure for every row of a big sheet. */
function hasTitle(view: SheetView, r: number, cols: readonly number[]): boolean {
  for (let i = 0; i < cols.length; i++) {
    const label = view.label(r, cols[i]);
    if (TITLE_HINT.test(label) && isTitle(label)) return true;
  }
  return false;
}

/**
 * Splits a sheet into form segments. A form is anchored by its indicator table(s); a title starts a new
 * form unless the current one has only title lines so far; a 项目名称/单位名称 row starts a new form once
 * the current one has a table. Segments without any indicator table are not forms (a table of contents,
 * a text section, an ordinary list); with `titlesWithoutTable`, the titles of those that had rows under
 * them are listed there.
 */
export function segmentSheet(view: SheetView, titlesWithoutTable?: { row: number; end: number }[]): Segment[] {
  const segments: Segment[] = [];
  let cur: (Segment & { content: boolean }) | null = null;
  let lastEnd = -1;
  const close = (end: number) => {
    if (cur && cur.headers.length > 0) {
      segments.push({ start: cur.start, end, titleRow: cur.titleRow, headers: cur.headers });
      lastEnd = cur.headers[cur.headers.length - 1].lastRow;
    } else if (cur && cur.titleRow !== null && cur.content && titlesWithoutTable)
      // a title with rows under it and no table: structure.unrecognized may name it (unrecognized.ts)
      titlesWithoutTable.push({ row: cur.titleRow, end });
    cur = null;
  };
  for (let r = 0; r < view.rows; r++) {
    const header = detectHeader(view, r);
    if (header) {
      // no title or name row opened this form: the rows right above the table (up to a blank row or the
      // previous form) are its header band (主管部门 | …, 资金情况 …)
      if (!cur) cur = { start: bandStart(view, r, lastEnd + 1), end: r, titleRow: null, headers: [], content: true };
      cur.headers.push(header);
      cur.content = true;
      r = header.lastRow;
      continue;
    }
    // a form printed without the 一级指标/二级指标 heading row (only when this form has no table yet)
    if (cur !== null && cur.headers.length === 0) {
      const implicit = detectImplicitHeader(view, r);
      if (implicit) {
        cur.headers.push(implicit);
        continue;
      }
    }
    const anchor = anchorOf(view, r);
    if (anchor?.kind === 'title') {
      if (cur === null || cur.headers.length > 0 || cur.content) {
        close(r - 1);
        cur = { start: r, end: r, titleRow: r, headers: [], content: false };
      }
      continue;
    }
    if (anchor?.kind === 'name') {
      if (cur === null || cur.headers.length > 0) {
        close(r - 1);
        cur = { start: r, end: r, titleRow: null, headers: [], content: true };
      }
      cur.content = true;
      continue;
    }
    if (cur && !cur.content && !view.rowIsEmpty(r) && !isYearOnly(view, r)) cur.content = true;
  }
  close(view.rows - 1);
  return segments;
}

/** First row of the filled block ending right above row r (at most 40 rows up, not above `floor`). */
function bandStart(view: SheetView, r: number, floor: number): number {
  let start = r;
  while (start - 1 >= Math.max(floor, r - 40) && !view.rowIsEmpty(start - 1)) start--;
  return start;
}

function isYearOnly(view: SheetView, r: number): boolean {
  const cols = view.filled(r);
  return cols.length === 1 && /^[(（]?\s*(?:19|20)\d{2}\s*年度?\s*[)）]?$/.test(view.text(r, cols[0]));
}
