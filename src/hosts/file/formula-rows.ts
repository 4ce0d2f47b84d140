/**
 * Row references in formula text moved as Excel moves them when rows are inserted or deleted: a 合计 cell's
 * =SUM(D6:D12) must still add up its column after template rows go in above row 12 (it becomes D6:D14), and
 * again after the insertion is undone. Pure text: A1 references outside string literals, with or without a
 * sheet name ('项目表'!D6, Sheet1!$D$6:$D$12, 5:9); whole columns (D:D), names and functions are left alone.
 */

/** Rows inserted (`count` > 0, before `at`) or deleted (`count` < 0, from `at` down) on `sheet`; rows 1-based. */
export interface RowShift {
  sheet: string;
  at: number;
  count: number;
}

// A reference: an optional sheet ('带 空格'!, 表1!), then a cell or range (A1, $A$1:B$9) or a row range (5:9).
// Not preceded by a name character (LOG10 is a function, R1C1 is not read) and not followed by one, by (
// (a function call) or ! (a sheet name that looks like a cell).
const REF =
  /(?<![\w.$'\u3400-\u9fff])((?:'(?:[^']|'')+'|[A-Za-z_\u3400-\u9fff][\w.\u3400-\u9fff]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?\d+:\$?\d+)(?![\w(!.\u3400-\u9fff])/g;
const PART = /^(\$?[A-Za-z]{0,3}\$?)(\d+)$/;

/** The formula with its references to the shifted sheet's rows moved; unchanged text when none moves. */
export function shiftFormulaRows(formula: string, ownSheet: string, shift: RowShift): string {
  // string literals ("..." with "" inside) are not references
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (ref, prefix?: string, body?: string) => moveRef(ref, prefix, body ?? '', ownSheet, shift)),
    )
    .join('');
}

function sheetOf(prefix: string | undefined, ownSheet: string): string {
  if (!prefix) return ownSheet;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

function moveRef(ref: string, prefix: string | undefined, body: string, ownSheet: string, shift: RowShift): string {
  if (sheetOf(prefix, ownSheet).toLowerCase() !== shift.sheet.toLowerCase()) return ref;
  const ends = body.split(':');
  const parts = ends.map((e) => PART.exec(e));
  if (parts.some((p) => p === null)) return ref;
  const rows = parts.map((p) => Number(p![2]));
  const moved = ends.length === 1 ? moveRow(rows[0], shift) : moveRange(rows[0], rows[1], shift);
  if (moved === null) return '#REF!';
  const text = parts.map((p, i) => `${p![1]}${moved[i]}`).join(':');
  return `${prefix ?? ''}${text}`;
}

function moveRow(r: number, { at, count }: RowShift): [number] | null {
  if (count > 0) return [r >= at ? r + count : r];
  const last = at - count - 1;
  if (r < at) return [r];
  return r > last ? [r + count] : null;
}

/** A range grows when rows go in strictly inside it and shrinks when rows inside it are deleted. */
function moveRange(a: number, b: number, { at, count }: RowShift): [number, number] | null {
  const swapped = a > b;
  const [r0, r1] = swapped ? [b, a] : [a, b];
  let out: [number, number];
  if (count > 0) out = [r0 >= at ? r0 + count : r0, r1 >= at ? r1 + count : r1];
  else {
    const k = -count;
    const last = at + k - 1;
    const n0 = r0 < at ? r0 : r0 > last ? r0 - k : at;
    const n1 = r1 < at ? r1 : r1 > last ? r1 - k : at - 1;
    if (n1 < n0) return null;
    out = [n0, n1];
  }
  return swapped ? [out[1], out[0]] : out;
}
