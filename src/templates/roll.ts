/**
 * 复制为新年度 (roll forward): the cell edits that turn a recognized form into next year's — the form's own
 * year in the title and the goals replaced by the new year. Values are kept. Pure: hosts apply the edits
 * to a copy (new sheet or file), never to the original.
 */
import { fromRangeA1, rangeA1 } from '../core/address';
import type { Form } from '../model/form';
import type { Grid } from '../model/grid';

export interface RollEdit {
  /** A1 address on the form's sheet. */
  cell: string;
  what: string;
  before: string;
  after: string;
}

/** The year as a whole number only (2026 in 2026年度, not in 120261). */
function replaceYear(text: string, from: number, to: number): string {
  return text.replace(new RegExp(`(?<!\\d)${from}(?!\\d)`, 'g'), String(to));
}

/**
 * Edits for one form: cells of the title area (rows above the first header field, or the title and a
 * (2026年度) line) and the goal cells that name the form's year.
 */
export function rollForward(grid: Grid, form: Form, year: number): RollEdit[] {
  const from = form.year;
  if (from === null || from === year) return [];
  const edits: RollEdit[] = [];
  const edit = (cell: string, what: string, before: string): void => {
    const after = replaceYear(before, from, year);
    if (after !== before) edits.push({ cell, what, before, after });
  };
  const range = fromRangeA1(form.range);
  // fields the recognizer knows by name start the body; `other` fields (编制日期 above the form) are title area
  const known = form.header.filter((h) => h.key !== 'other');
  const firstField = Math.min(...known.map((h) => Number(/\d+/.exec(h.label.address)?.[0])), range.r1 + 1) - 1;
  for (let r = Math.max(0, range.r0 - 3); r < firstField; r++)
    for (let c = range.c0; c <= range.c1; c++) {
      const v = grid.values[r - grid.origin.row]?.[c - grid.origin.col];
      if (typeof v === 'string') edit(rangeA1(r, c, r, c), '标题', v);
    }
  for (const g of form.goals) if (g.value?.text) edit(g.value.address, g.label.text.replace(/\s+/g, ''), g.value.text);
  return edits;
}
