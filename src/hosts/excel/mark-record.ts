import { z } from 'zod';
import { compactCells, expandRange } from './marks';
import { msg } from '../../messages';

/**
 * What we marked, stored in the document (Office settings) so marks can be cleared after reopening:
 * per sheet, groups of cells sharing the fill they had before (`prev`, null = no fill) and the mark colour;
 * and per sheet the notes we added, as cells grouped by the fingerprint of the text we wrote (a cell whose
 * note no longer has that text is the user's now). Records written before notes existed have no `notes`.
 */
const StoredGroupSchema = z.object({ prev: z.string().nullable(), mark: z.string(), cells: z.string() });
export const StoredMarksSchema = z.object({
  v: z.union([z.literal(1), z.literal(2)]),
  sheets: z.record(z.string(), z.array(StoredGroupSchema)),
  notes: z.record(z.string(), z.record(z.string(), z.string())).optional(),
  /** v2: sheets that carry conditional-format rules of ours (marks that move with their cells). */
  rules: z.array(z.string()).optional(),
});
export type StoredMarks = z.infer<typeof StoredMarksSchema>;

const isString = (v: unknown): v is string => typeof v === 'string';
const isRecordOf = (v: unknown, item: (x: unknown) => boolean): boolean =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(item);
const isGroup = (g: unknown): boolean =>
  isRecordOf(g, () => true) &&
  ((g as { prev?: unknown }).prev === null || isString((g as { prev?: unknown }).prev)) &&
  isString((g as { mark?: unknown }).mark) &&
  isString((g as { cells?: unknown }).cells);

/**
 * StoredMarksSchema's check written out: the same answer (test/excel/mark-record-guard.test.ts compares
 * them on generated records), without zod in the pane's first download.
 */
export function isStoredMarks(data: unknown): data is StoredMarks {
  if (!isRecordOf(data, () => true)) return false;
  const d = data as Record<string, unknown>;
  return (
    (d.v === 1 || d.v === 2) &&
    isRecordOf(d.sheets, (groups) => Array.isArray(groups) && groups.every(isGroup)) &&
    (d.notes === undefined || isRecordOf(d.notes, (byHash) => isRecordOf(byHash, isString))) &&
    (d.rules === undefined || (Array.isArray(d.rules) && d.rules.every(isString)))
  );
}

/** The record as Excel's add-in settings kept it before v2 (read for migration; Excel before ExcelApi 1.7). */
export const MARKS_SETTING = 'targetSheet.marks.v1';

/**
 * The document-level record both hosts read and write: a custom document property (Excel ExcelApi 1.7
 * `workbook.properties.custom`, WPS `CustomDocumentProperties` — the same docProps/custom.xml of the file),
 * split in parts of at most 250 characters: `targetSheet.marks` holds the number of parts, `targetSheet.marks.0`…
 * the JSON text.
 */
export const MARKS_PROPERTY = 'targetSheet.marks';

/** The newest record version this code writes and understands. */
export const MARKS_VERSION = 2;

/** A record that cannot be used: reported to the user (zh-CN), never silently taken as "nothing marked". */
export class MarksRecordError extends Error {
  constructor(
    readonly reason: 'corrupt' | 'newer',
    message: string,
  ) {
    super(message);
    this.name = 'MarksRecordError';
  }
}

/** What a decoded record says: painted cells (hosts without format rules) and sheets with rules of ours. */
export interface MarksRecord {
  cells: MarkedCell[];
  ruleSheets: string[];
  /** Notes we added next to rule marks: cell and fingerprint of our text. */
  notes: NotedCell[];
}

export interface NotedCell {
  sheet: string;
  cell: string;
  note: string;
}

/** Strict decoding of a stored record (null/absent = nothing marked); throws MarksRecordError otherwise. */
export function decodeRecord(raw: unknown): MarksRecord {
  if (raw === null || raw === undefined || raw === '') return { cells: [], ruleSheets: [], notes: [] };
  const data = typeof raw === 'string' ? safeJson(raw) : raw;
  const version = (data as { v?: unknown } | null)?.v;
  if (typeof version === 'number' && version > MARKS_VERSION)
    throw new MarksRecordError('newer', msg('marks.newerRecord', { version }));
  if (!isStoredMarks(data)) throw new MarksRecordError('corrupt', msg('marks.corruptRecord'));
  const cells = decodeMarks(data);
  const painted = new Set(cells.map((c) => `${c.sheet}\u0000${c.cell}`));
  const notes: NotedCell[] = [];
  for (const [sheet, byHash] of Object.entries(data.notes ?? {}))
    for (const [note, list] of Object.entries(byHash))
      for (const area of list.split(',').filter(Boolean))
        for (const cell of expandRange(area))
          if (!painted.has(`${sheet}\u0000${cell}`)) notes.push({ sheet, cell, note });
  return { cells, ruleSheets: data.rules ?? [], notes };
}

/** The record to store (v2), or null when nothing is marked. */
export function encodeRecord(record: MarksRecord): string | null {
  const ruleSheets = [...new Set(record.ruleSheets)].sort();
  if (record.cells.length === 0 && ruleSheets.length === 0 && record.notes.length === 0) return null;
  const painted = encodeMarks(record.cells);
  const withNotes = encodeMarks([
    ...record.cells,
    ...record.notes.map((n) => ({ sheet: n.sheet, cell: n.cell, prev: null, mark: '', note: n.note })),
  ]);
  const stored: StoredMarks = { v: 2, sheets: painted.sheets };
  if (withNotes.notes) stored.notes = withNotes.notes;
  if (ruleSheets.length > 0) stored.rules = ruleSheets;
  return JSON.stringify(stored);
}

/**
 * Co-authoring: the record to write when this user changed the marks of `touched` sheets — theirs from
 * `ours`, every other sheet as the document holds it now (`fresh`, read just before), so a co-author's
 * marks on other sheets are merged in rather than overwritten.
 */
export function mergeRecords(fresh: MarksRecord, ours: MarksRecord, touched: ReadonlySet<string>): MarksRecord {
  return {
    cells: [...fresh.cells.filter((c) => !touched.has(c.sheet)), ...ours.cells],
    ruleSheets: [...fresh.ruleSheets.filter((s) => !touched.has(s)), ...ours.ruleSheets],
    notes: [...fresh.notes.filter((n) => !touched.has(n.sheet)), ...ours.notes],
  };
}

/** Characters per custom document property (both hosts cap a value at 255). */
export const PART_CHARS = 250;

/** The record text as property name → value (head = number of parts). */
export function recordParts(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let n = 0;
  for (let i = 0; i < text.length; i += PART_CHARS) out.set(`${MARKS_PROPERTY}.${n++}`, text.slice(i, i + PART_CHARS));
  out.set(MARKS_PROPERTY, String(n));
  return out;
}

/** The record text from properties (`get` by name, case-insensitive in Excel); null when there is none. */
export function joinParts(get: (name: string) => string | null): string | null {
  const head = get(MARKS_PROPERTY);
  if (head === null) return null;
  const n = Number(head);
  if (!Number.isInteger(n) || n < 0) return '\u0000corrupt';
  let text = '';
  for (let i = 0; i < n; i++) {
    const part = get(`${MARKS_PROPERTY}.${i}`);
    if (part === null) return '\u0000corrupt';
    text += part;
  }
  return text;
}

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

/** Decodes the painted cells of a stored record, leniently: anything unreadable counts as "nothing marked". */
export function decodeMarks(raw: unknown): MarkedCell[] {
  const data = typeof raw === 'string' ? safeJson(raw) : raw;
  if (!isStoredMarks(data)) return [];
  const noted = new Map<string, string>();
  for (const [sheet, byHash] of Object.entries(data.notes ?? {})) {
    for (const [hash, cells] of Object.entries(byHash)) {
      for (const area of cells.split(',').filter(Boolean))
        for (const cell of expandRange(area)) noted.set(`${sheet}\u0000${cell}`, hash);
    }
  }
  const out: MarkedCell[] = [];
  for (const [sheet, groups] of Object.entries(data.sheets)) {
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
