import { level1Key, level2Key, levelPair } from './match';
import { isValueLike } from './value-like';
import type { SheetView } from './view';

/** Rows under a heading looked at to tell a column of names from a column of numbers or codes. */
const SAMPLE_ROWS = 8;

/**
 * A list whose name column carries a heading no vocabulary entry names (绩效指标, 考核指标, 具体指标, 指标项
 * over 权重 | 计量单位 | 指标性质 | 指标值): of the columns left of the first value column whose heading is
 * unknown, the one nearest the values whose cells below are mostly names — text with Chinese characters that
 * reads neither as a value nor as a level name (a column of 数量指标/质量指标 is a 二级 column, read as such
 * from the rows). Null when no such column (the row is then not a table heading).
 */
export function nameColumnByContent(
  view: SheetView,
  headingRow: number,
  candidates: readonly number[],
  firstValueCol: number,
): number | null {
  const left = candidates.filter((c) => c < firstValueCol).sort((a, b) => b - a);
  for (const c of left) if (holdsNames(view, headingRow, c)) return c;
  return null;
}

/**
 * Names: text with Chinese characters that reads neither as a value nor as a level name. Rows naming a
 * level (一、产出指标 / （一）数量指标 over the names of a budget-system tree) are the tree's, not against it:
 * at least two names, and names and level rows together more than half the cells.
 */
function holdsNames(view: SheetView, headingRow: number, c: number): boolean {
  let filled = 0;
  let names = 0;
  let levels = 0;
  for (let r = headingRow + 1; r < view.rows && r <= headingRow + SAMPLE_ROWS; r++) {
    const text = view.text(r, c);
    if (text === '') continue;
    filled++;
    const label = view.label(r, c);
    if (level1Key(label) || level2Key(label)) levels++;
    else if (/[\u4e00-\u9fa5]{2}/.test(text) && !isValueLike(text)) names++;
  }
  return names >= 2 && (names + levels) * 2 > filled;
}

/**
 * A table with levels but no value column under any known name (评价标准, 考核标准, 备注 over ≥95%, ≤1200元/亩):
 * of the columns right of the levels whose role is a note, a basis or a description, the first whose cells
 * below are mostly values holds the values. Null when none: the table then really has no values.
 */
export function valueColumnByContent(
  view: SheetView,
  headingRow: number,
  candidates: readonly number[],
): number | null {
  for (const c of [...candidates].sort((a, b) => a - b)) if (holdsValues(view, headingRow, c)) return c;
  return null;
}

function holdsValues(view: SheetView, headingRow: number, c: number): boolean {
  return mostly(view, headingRow, c, (r, text) => isValueLike(text) || typeof view.raw(r, c) === 'number');
}

/** At least two and more than half of the filled cells in the rows sampled under the heading pass `test`. */
function mostly(view: SheetView, headingRow: number, c: number, test: (r: number, text: string) => boolean): boolean {
  let filled = 0;
  let passed = 0;
  for (let r = headingRow + 1; r < view.rows && r <= headingRow + SAMPLE_ROWS; r++) {
    const text = view.text(r, c);
    if (text === '') continue;
    filled++;
    if (test(r, text)) passed++;
  }
  return passed >= 2 && passed * 2 > filled;
}

/**
 * The level a column left of the names holds when its heading does not say it (指标层级, 指标, or a name
 * heading such as 指标名称 over 数量指标 / 质量指标 beside 指标内容): 一级 and 二级 typed in one cell
 * (产出指标-数量指标, read apart by the readers) or 一级 words make it the 一级 column, 二级 words the 二级.
 */
export function levelColumnByContent(view: SheetView, headingRow: number, c: number): 'level1' | 'level2' | null {
  const label = (r: number) => view.label(r, c);
  if (mostly(view, headingRow, c, (r) => levelPair(label(r)) !== null)) return 'level1';
  if (mostly(view, headingRow, c, (r) => level2Key(label(r)) !== null)) return 'level2';
  if (mostly(view, headingRow, c, (r) => level1Key(label(r)) !== null)) return 'level1';
  return null;
}
