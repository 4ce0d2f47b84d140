/**
 * The indicator library (指标库): common 三级 indicators with their 一级/二级, typical operator and unit and
 * an example value, for building a form while typing. Pure: data from library/indicators.json, search here.
 */
import { z } from 'zod';
import { FormKindSchema, type FormKind } from '../model/form';
import { zodInCurrentLanguage } from '../messages/zod-locale';
import { describeIssues } from './schema';
import data from './library/indicators.json';

export const LibraryEntrySchema = z.object({
  name: z.string().min(1),
  /** Labels as written on the standard forms (决策, 产出, 成本 …; 数量指标, 服务对象满意度指标 …). */
  level1: z.string().min(1),
  level2: z.string().min(1),
  /** ≥ ≤ = < > for a number, null for a qualitative value (充分, 及时 …). */
  operator: z.enum(['≥', '≤', '=', '<', '>']).nullable(),
  unit: z.string().min(1).nullable(),
  /** A typical full-year value, written as a correct cell (≥90%, 及时, ≤5个工作日). */
  example: z.string().min(1),
  kinds: z.array(FormKindSchema).min(1),
  source: z.string().min(1),
});
export type LibraryEntry = z.infer<typeof LibraryEntrySchema>;

export const LibraryFileSchema = z.object({ version: z.literal(1), entries: z.array(LibraryEntrySchema).min(1) });

function load(raw: unknown): readonly LibraryEntry[] {
  zodInCurrentLanguage();
  const parsed = LibraryFileSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(`src/templates/library/indicators.json: ${describeIssues(parsed.error).join('; ')}`);
  return parsed.data.entries;
}

export const LIBRARY: readonly LibraryEntry[] = load(data);

/** Spaces and a trailing 指标 do not matter: 满意度指标 finds 服务对象满意度指标's entries. */
function norm(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '').replace(/指标$/, '');
}

export interface LibraryQuery {
  /** Every word must occur in the entry's name or its 一级/二级 label. */
  words?: readonly string[];
  /** Only entries of this 二级 (数量 = 数量指标). */
  level2?: string;
  kind?: FormKind;
}

/** How well one word fits: 0 name equals it, 1 name starts with it, 2 name contains it, 3 only the labels. */
function wordRank(e: LibraryEntry, word: string): number | null {
  const name = norm(e.name);
  if (name === word) return 0;
  if (name.startsWith(word)) return 1;
  if (name.includes(word)) return 2;
  if (norm(e.level2).includes(word) || norm(e.level1).includes(word)) return 3;
  return null;
}

/**
 * Entries matching the query, best first (names containing the words before entries found only by their
 * group; library order within a rank, which puts the general 服务对象满意度 before specific ones).
 */
export function searchLibrary(query: LibraryQuery, entries: readonly LibraryEntry[] = LIBRARY): LibraryEntry[] {
  const words = (query.words ?? []).map(norm).filter(Boolean);
  const level2 = query.level2 !== undefined ? norm(query.level2) : undefined;
  const hits: { e: LibraryEntry; rank: number; i: number }[] = [];
  entries.forEach((e, i) => {
    if (query.kind && !e.kinds.includes(query.kind)) return;
    if (level2 !== undefined && norm(e.level2) !== level2) return;
    let rank = 0;
    for (const w of words) {
      const r = wordRank(e, w);
      if (r === null) return;
      rank = Math.max(rank, r);
    }
    hits.push({ e, rank, i });
  });
  return hits.sort((a, b) => a.rank - b.rank || a.i - b.i).map((h) => h.e);
}
