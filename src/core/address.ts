/** A1 addresses. Rows and columns are 0-based in code, 1-based and lettered in A1 text. */

export function columnName(col: number): string {
  let n = col + 1;
  let name = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new Error(`bad column name: ${name}`);
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

export function toA1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export interface CellPos {
  row: number;
  col: number;
}

export function fromA1(a1: string): CellPos {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`bad A1 address: ${a1}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export function rangeA1(r0: number, c0: number, r1: number, c1: number): string {
  const a = toA1(r0, c0);
  const b = toA1(r1, c1);
  return a === b ? a : `${a}:${b}`;
}

export interface RangePos {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function fromRangeA1(range: string): RangePos {
  const [a, b] = range.split(':');
  const p = fromA1(a);
  const q = b ? fromA1(b) : p;
  return {
    r0: Math.min(p.row, q.row),
    c0: Math.min(p.col, q.col),
    r1: Math.max(p.row, q.row),
    c1: Math.max(p.col, q.col),
  };
}
