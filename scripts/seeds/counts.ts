import type { CellValue } from '../../src/model/grid';
import type { Part } from './part';

/** Indicator counts of one form and period: rows per 一级 label (as written, forward-filled by position). */
export interface PeriodCount {
  byLevel1: Record<string, number>;
  total: number;
  /** Rows that carry a 二级 label (or only 描述/依据) but no 三级 name and no value, e.g. 001's 经济效益指标. */
  empty: number;
}

const text = (v: CellValue) => (v === null ? '' : String(v).trim());

/**
 * Counts the indicator rows of a part, per period (one entry for 半年/全年 or 指标值 forms, two for 001's
 * 中期/年度 blocks): a row counts when any of its 三级/value cells is filled; 一级 is the nearest label at or
 * above it in the 一级 column within the table (tables of a part are counted together).
 */
export function countIndicators(part: Part): PeriodCount[] {
  const periods = Math.max(0, ...part.tables.map((t) => t.periods.length));
  const out: PeriodCount[] = Array.from({ length: periods }, () => ({ byLevel1: {}, total: 0, empty: 0 }));
  for (const t of part.tables) {
    t.periods.forEach((p, k) => {
      let level1 = '';
      for (let r = t.first; r <= t.last; r++) {
        const row = part.rows[r];
        if (text(row[p.l1]) !== '') level1 = text(row[p.l1]);
        const leaf = p.leaf.some((c) => text(row[c]) !== '');
        if (leaf) {
          out[k].byLevel1[level1] = (out[k].byLevel1[level1] ?? 0) + 1;
          out[k].total++;
        } else if (row.some((v) => v !== null)) {
          out[k].empty++;
        }
      }
    });
  }
  return out;
}
