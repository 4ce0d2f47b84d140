import { z } from 'zod';
import { compactCells, expandRange } from './marks';

/**
 * What we marked, stored in the document (Office settings) so marks can be cleared after reopening:
 * per sheet, groups of cells sharing the fill they had before (`prev`, null = no fill) and the mark colour.
 */
const StoredGroupSchema = z.object({ prev: z.string().nullable(), mark: z.string(), cells: z.string() });
export const StoredMarksSchema = z.object({ v: z.literal(1), sheets: z.record(z.string(), z.array(StoredGroupSchema)) });
export type StoredMarks = z.infer<typeof StoredMarksSchema>;

export const MARKS_SETTING = 'targetSheet.marks.v1';

/** One marked cell: what its fill was, what we put there. */
export interface MarkedCell {
  sheet: string;
  cell: string;
  prev: string | null;
  mark: string;
}

export function encodeMarks(cells: readonly MarkedCell[]): StoredMarks {
  const bySheet = new Map<string, Map<string, { prev: string | null; mark: string; cells: string[] }>>();
  for (const c of cells) {
    const groups = bySheet.get(c.sheet) ?? new Map();
    const key = `${c.prev ?? ''}|${c.mark}`;
    const g = groups.get(key) ?? { prev: c.prev, mark: c.mark, cells: [] };
    g.cells.push(c.cell);
    groups.set(key, g);
    bySheet.set(c.sheet, groups);
  }
  const sheets: StoredMarks['sheets'] = {};
  for (const [sheet, groups] of bySheet) {
    sheets[sheet] = [...groups.values()].map((g) => ({ prev: g.prev, mark: g.mark, cells: compactCells(g.cells).join(',') }));
  }
  return { v: 1, sheets };
}

/** Decodes the stored record; anything unreadable counts as "nothing marked". */
export function decodeMarks(raw: unknown): MarkedCell[] {
  const parsed = StoredMarksSchema.safeParse(typeof raw === 'string' ? safeJson(raw) : raw);
  if (!parsed.success) return [];
  const out: MarkedCell[] = [];
  for (const [sheet, groups] of Object.entries(parsed.data.sheets)) {
    for (const g of groups) {
      for (const area of g.cells.split(',').filter(Boolean)) {
        for (const cell of expandRange(area)) out.push({ sheet, cell, prev: g.prev, mark: g.mark });
      }
    }
  }
  return out;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
