import { z } from 'zod';
import { compactCells, expandRange } from './marks';

/**
 * What we marked, stored in the document (Office settings) so marks can be cleared after reopening:
 * per sheet, groups of cells sharing the fill they had before (`prev`, null = no fill) and the mark colour;
 * and per sheet the notes we added, as cells grouped by the fingerprint of the text we wrote (a cell whose
 * note no longer has that text is the user's now). Records written before notes existed have no `notes`.
 */
const StoredGroupSchema = z.object({ prev: z.string().nullable(), mark: z.string(), cells: z.string() });
export const StoredMarksSchema = z.object({
  v: z.literal(1),
  sheets: z.record(z.string(), z.array(StoredGroupSchema)),
  notes: z.record(z.string(), z.record(z.string(), z.string())).optional(),
});
export type StoredMarks = z.infer<typeof StoredMarksSchema>;

export const MARKS_SETTING = 'targetSheet.marks.v1';

/** One marked cell: what its fill was, what we put there. */
export interface MarkedCell {
  sheet: string;
  cell: string;
  prev: string | null;
  mark: string;
  /** Fingerprint (noteHash) of the note we added on this cell, if we added one. */
  note?: string;
}

export function encodeMarks(cells: readonly MarkedCell[]): StoredMarks {
  const bySheet = new Map<string, Map<string, { prev: string | null; mark: string; cells: string[] }>>();
  for (const c of cells) {
    const groups = bySheet.get(c.sheet) ?? new Map<string, { prev: string | null; mark: string; cells: string[] }>();
    const key = `${c.prev ?? ''}|${c.mark}`;
    const g = groups.get(key) ?? { prev: c.prev, mark: c.mark, cells: [] };
    g.cells.push(c.cell);
    groups.set(key, g);
    bySheet.set(c.sheet, groups);
  }
  const sheets: StoredMarks['sheets'] = {};
  for (const [sheet, groups] of bySheet) {
    sheets[sheet] = [...groups.values()].map((g) => ({
      prev: g.prev,
      mark: g.mark,
      cells: compactCells(g.cells).join(','),
    }));
  }
  const notes: NonNullable<StoredMarks['notes']> = {};
  for (const c of cells) {
    if (c.note === undefined) continue;
    const bySheet = (notes[c.sheet] ??= {});
    bySheet[c.note] = bySheet[c.note] ? `${bySheet[c.note]},${c.cell}` : c.cell;
  }
  for (const bySheet of Object.values(notes))
    for (const h of Object.keys(bySheet)) bySheet[h] = compactCells(bySheet[h].split(',')).join(',');
  return Object.keys(notes).length > 0 ? { v: 1, sheets, notes } : { v: 1, sheets };
}

/** Decodes the stored record; anything unreadable counts as "nothing marked". */
export function decodeMarks(raw: unknown): MarkedCell[] {
  const parsed = StoredMarksSchema.safeParse(typeof raw === 'string' ? safeJson(raw) : raw);
  if (!parsed.success) return [];
  const noted = new Map<string, string>();
  for (const [sheet, byHash] of Object.entries(parsed.data.notes ?? {})) {
    for (const [hash, cells] of Object.entries(byHash)) {
      for (const area of cells.split(',').filter(Boolean))
        for (const cell of expandRange(area)) noted.set(`${sheet}\u0000${cell}`, hash);
    }
  }
  const out: MarkedCell[] = [];
  for (const [sheet, groups] of Object.entries(parsed.data.sheets)) {
    for (const g of groups) {
      for (const area of g.cells.split(',').filter(Boolean)) {
        for (const cell of expandRange(area)) {
          const note = noted.get(`${sheet}\u0000${cell}`);
          out.push(
            note === undefined
              ? { sheet, cell, prev: g.prev, mark: g.mark }
              : { sheet, cell, prev: g.prev, mark: g.mark, note },
          );
        }
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
