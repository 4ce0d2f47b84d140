import type { Finding, Severity } from '../../model/finding';
import { fromA1, fromRangeA1, rangeA1, toA1 } from '../../core/address';

/** Fill colours of marks, like Excel's own 差/适中/注释 cell styles. */
export const MARK_COLORS: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Excel rejects very long multi-area addresses; stay well below its limit. */
export const MAX_ADDRESS_CHARS = 2000;

export interface MarkTarget {
  sheet: string;
  /** One cell, A1 without $. */
  cell: string;
  color: string;
}

/**
 * Every cell a finding is about: its own (a range expands to its cells) and its `also` cells, the other
 * cells of the same slip (the same value typed in 半年 and 全年): the clerk has to correct them all.
 */
export function findingCells(f: Finding, cap = 10000): string[] {
  const cells = expandRange(f.cell, cap);
  for (const a of f.also ?? []) for (const c of expandRange(a, cap)) if (!cells.includes(c)) cells.push(c);
  return cells;
}

/** One cell per finding cell (ranges expand, `also` cells included), coloured by the worst severity on it. */
export function markTargets(findings: readonly Finding[]): MarkTarget[] {
  const worst = new Map<string, { sheet: string; cell: string; severity: Severity }>();
  for (const f of findings) {
    for (const cell of findingCells(f)) {
      const key = `${f.sheet}\u0000${cell}`;
      const prev = worst.get(key);
      if (!prev || RANK[f.severity] < RANK[prev.severity])
        worst.set(key, { sheet: f.sheet, cell, severity: f.severity });
    }
  }
  return [...worst.values()].map((w) => ({ sheet: w.sheet, cell: w.cell, color: MARK_COLORS[w.severity] }));
}

/** Cells of an A1 range ("B3:C4" → B3, C4, …); a single cell gives itself. Capped to stay sane. */
export function expandRange(range: string, cap = 10000): string[] {
  const clean = range.replace(/\$/g, '').trim();
  const p = fromRangeA1(clean);
  const out: string[] = [];
  for (let r = p.r0; r <= p.r1; r++) {
    for (let c = p.c0; c <= p.c1; c++) {
      out.push(toA1(r, c));
      if (out.length >= cap) return out;
    }
  }
  return out;
}

/** Joins cells into column runs (A3,A4,A5 → A3:A5), sorted, so address lists stay short. */
export function compactCells(cells: readonly string[]): string[] {
  const pos = [...new Set(cells)].map((c) => fromA1(c)).sort((a, b) => a.col - b.col || a.row - b.row);
  const out: string[] = [];
  let i = 0;
  while (i < pos.length) {
    let j = i;
    while (j + 1 < pos.length && pos[j + 1].col === pos[i].col && pos[j + 1].row === pos[j].row + 1) j++;
    out.push(rangeA1(pos[i].row, pos[i].col, pos[j].row, pos[j].col));
    i = j + 1;
  }
  return out;
}

/** Splits areas into comma-joined address lists no longer than `max` characters each. */
export function chunkAddresses(areas: readonly string[], max = MAX_ADDRESS_CHARS): string[] {
  const out: string[] = [];
  let current = '';
  for (const a of areas) {
    if (current && current.length + 1 + a.length > max) {
      out.push(current);
      current = '';
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) out.push(current);
  return out;
}

/** Groups targets of one sheet by colour. */
export function groupByColor(targets: readonly MarkTarget[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const t of targets) {
    const list = groups.get(t.color) ?? [];
    list.push(t.cell);
    groups.set(t.color, list);
  }
  return groups;
}

/** Parses "Sheet1!A1:B2, 'My, sheet'!C3" (Excel's RangeAreas.address) into local ranges without $. */
export function parseAreas(address: string): string[] {
  const out: string[] = [];
  const re = /(?:(?:'(?:[^']|'')*'|[^!,']+)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)/g;
  for (const m of address.matchAll(re)) out.push(m[1].replace(/\$/g, ''));
  return out;
}

/** Same colour? Excel reports "#ffc7ce" or "#FFC7CE" depending on version. */
export function sameColor(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? '').toUpperCase() === (b ?? '').toUpperCase();
}
