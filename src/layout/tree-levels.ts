import type { Label } from '../model/cell';
import type { IndicatorNode } from '../model/form';
import { level1Key, level2Key } from './match';
import { toHalfWidth } from './normalize';
import type { SheetView } from './view';
import { LEVEL2_PARENT } from './vocabulary';

/**
 * One-column tables (budget-system exports): the levels are rows of the name column, said by a level
 * word, numbering or indentation. Shared by the tree and flat-list readers (readers/tree.ts, flat.ts).
 */

/** `一级指标：产出指标`, `1.1 数量指标`, `（一）产出指标`, `  数量指标`: depth said by the row's own writing. */
function treeDepth(raw: string): { depth: number | null; text: string; indented?: boolean } {
  const t = toHalfWidth(raw);
  const word = /^\s*([一二三])级(?:指标|目标)?\s*[:：]\s*/.exec(t);
  if (word) return { depth: '一二三'.indexOf(word[1]) + 1, text: t.slice(word[0].length) };
  const decimal = /^\s*(\d{1,2}(?:\.\d{1,2}){0,2})(?:[.、]|\s)\s*(?=\D)/.exec(t);
  if (decimal) return { depth: decimal[1].split('.').length, text: t.slice(decimal[0].length) };
  if (/^\s*[一二三四五六七八九十]{1,3}[、.]/.test(t)) return { depth: 1, text: t };
  if (/^\s*\([一二三四五六七八九十]{1,3}\)/.test(t)) return { depth: 2, text: t };
  // indented (half- or full-width spaces, any count per level): not an 一级; the level word says the rest
  if (/^[ \u3000\u00a0]/.test(raw)) return { depth: null, text: t, indented: true };
  return { depth: null, text: t };
}

/**
 * A one-column table: rows without a value whose name is a level word (or written one level up by
 * numbering or indentation) are the 一级/二级 of the rows under them; the other rows are 三级. A flat list
 * has no such rows: every row is a 三级 with no 一级/二级.
 */
export function readTree(view: SheetView, nodes: IndicatorNode[], nameCol: number): IndicatorNode[] {
  let level1: Label | null = null;
  let level2: Label | null = null;
  const out: IndicatorNode[] = [];
  for (const n of nodes) {
    const name = n.level3;
    const hasValue = Object.values(n.values).some((v) => v.text !== '');
    if (name !== null && !hasValue) {
      // the raw text: the view trims the leading spaces that say the depth
      const raw = view.raw(n.row - 1 - view.grid.origin.row, nameCol);
      const { depth, text, indented } = treeDepth(typeof raw === 'string' ? raw : name.text);
      const k1 = level1Key(text);
      const k2 = level2Key(text);
      // 满意度指标 is both an 一级 and an 二级 word: under 产出 it opens a new 一级, under 满意度 it is the 二级
      const parentOf2 = k2 !== null ? (LEVEL2_PARENT[k2] ?? null) : null;
      const asLevel1 =
        depth === 1 ||
        (depth === null && !indented && k1 !== null && (k2 === null || level1 === null || parentOf2 !== level1.key));
      const asLevel2 = !asLevel1 && (depth === 2 || (depth === null && k2 !== null));
      if (asLevel1) {
        level1 = { text: name.text, key: k1, cell: name };
        level2 = null;
        continue;
      }
      if (asLevel2) {
        level2 = { text: name.text, key: k2, cell: name };
        out.push({ ...n, level1, level2, level3: null, values: {} });
        continue;
      }
    }
    out.push({ ...n, level1, level2 });
  }
  return out;
}

/**
 * Does a name cell with no value open an 一级/二级 group (by its numbering, level word or level name)?
 * The same test readTree applies, without its state: used to tell a tree export from a flat list.
 */
export function isLevelRowText(raw: string): boolean {
  const { depth, text, indented } = treeDepth(raw);
  if (depth === 1 || depth === 2) return true;
  if (depth !== null) return false;
  return level2Key(text) !== null || (!indented && level1Key(text) !== null);
}
