import type { Goal, HeaderField, PlanPoint } from '../model/form';
import {
  columnRole,
  fundsKey,
  goalKey,
  headerKey,
  headerPrefix,
  isFundsBlockLabel,
  isReview,
  level1Key,
  level2Key,
  periodOf,
} from './match';
import { normalizeLabel } from './normalize';
import type { SheetView } from './view';

/** Is this cell a label of any kind the recognizer knows (so it is never taken as another label's value)? */
export function isKnownLabel(view: SheetView, r: number, c: number): boolean {
  const label = view.label(r, c);
  if (label.length === 0 || label.length > 24) return false;
  if (/完成情况$/.test(label)) return true;
  return (
    headerKey(label) !== null ||
    goalKey(label) !== null ||
    fundsKey(label) !== null ||
    isFundsBlockLabel(label) ||
    isPlanLabel(label) ||
    isReview(label)
  );
}

/** The first non-empty, non-label cell right of (r,c) before the next label. */
function valueRightOf(view: SheetView, r: number, c: number): number | null {
  for (const cc of view.filled(r, c + 1)) {
    if (view.isUsed(r, cc)) return null;
    if (isKnownLabel(view, r, cc)) return null;
    return cc;
  }
  return null;
}

export function readHeaderField(view: SheetView, r: number, c: number): HeaderField | null {
  const key = headerKey(view.label(r, c));
  if (key) {
    const vc = valueRightOf(view, r, c);
    return { key, label: view.cell(r, c), value: vc === null ? null : view.cell(r, vc) };
  }
  const pre = headerPrefix(view.text(r, c));
  if (pre) {
    const cell = view.cell(r, c);
    return { key: pre.key, label: cell, value: { ...cell, text: pre.rest, value: pre.rest } };
  }
  return null;
}

export function readReview(view: SheetView, r: number, c: number): HeaderField | null {
  if (!isReview(view.label(r, c))) return null;
  const vc = valueRightOf(view, r, c);
  return { key: 'review', label: view.cell(r, c), value: vc === null ? null : view.cell(r, vc) };
}

/**
 * A goal label and its text: right of it on the row, else below it (中期目标 | … | 年度目标 headings with the
 * texts on the next row). A goal label followed by other goal labels (总体目标 | 中期目标 | 年度目标) is a group
 * heading and yields nothing.
 */
export function readGoal(
  view: SheetView,
  r: number,
  c: number,
  blocked: (r: number) => boolean,
): Goal | 'group' | null {
  // 绩效目标：全年清运…… is a label with its text, though the whole cell starts like a (long) label
  const inline = goalWithText(view, r, c);
  if (inline) return inline;
  const key = goalKey(view.label(r, c));
  if (!key) return null;
  const right = view.filled(r, c + 1);
  const nextLabel = right.find((cc) => goalKey(view.label(r, cc)) !== null);
  // 总体目标 | 中期目标 | 年度目标: the first is a heading over the others; so is 年度目标 right before
  // 半年目标 | … | 全年目标 | … (the same goal by period; 中期目标 | 年度目标 headings over texts are two goals)
  const nextKey = nextLabel !== undefined ? goalKey(view.label(r, nextLabel)) : null;
  if ((key === 'overall' || key === nextKey) && nextLabel !== undefined && right[0] === nextLabel) {
    view.consume(r, c);
    return 'group';
  }
  const vc = valueRightOf(view, r, c);
  if (vc !== null) return { key, label: view.cell(r, c), value: view.cell(r, vc) };
  // below: the next row, from this column up to the next goal label on this row
  const below = r + 1;
  // 年度绩效目标 alone on its row, 年度绩效总目标 | text below: a section heading
  if (right.length === 0 && below < view.rows && !view.isEmpty(below, c) && goalKey(view.label(below, c)) !== null) {
    view.consume(r, c);
    return 'group';
  }
  if (below < view.rows && !blocked(below)) {
    const limit = nextLabel !== undefined ? nextLabel - 1 : view.cols - 1;
    for (const cc of view.filled(below, c, limit)) {
      if (view.isUsed(below, cc) || isKnownLabel(view, below, cc)) break;
      return { key, label: view.cell(r, c), value: view.cell(below, cc) };
    }
  }
  return { key, label: view.cell(r, c), value: null };
}

/** 年度目标：完成…… (label and text in one cell): the goal is that cell, its text after the colon. */
function goalWithText(view: SheetView, r: number, c: number): Goal | null {
  const m = /^\s*([^:：]{2,14})[:：]\s*(\S[\s\S]*)$/.exec(view.text(r, c));
  // 绩效目标（中期：2024-2026年） is a label with a note, not a label and its text
  if (!m || /[（(]/.test(m[1])) return null;
  const key = goalKey(normalizeLabel(m[1]));
  if (!key) return null;
  const cell = view.cell(r, c);
  return {
    key,
    label: { ...cell, text: m[1].trim(), value: m[1].trim() },
    value: { ...cell, text: m[2].trim(), value: m[2].trim() },
  };
}

export function isPlanLabel(label: string): boolean {
  return /^(资金)?(支出|使用)(进度)?计划/.test(label) || /^资金支出进度/.test(label);
}

const MONTH = /^(\d{1,2}\s*月\s*(底|末)?(前)?|第?[一二三四1-4]季度末?|上半年|全年)$/;

/** 资金支出计划(%): month headings on the label's row (or the next), percentages under them. */
export function readPlan(view: SheetView, r: number, c: number): PlanPoint[] | null {
  if (!isPlanLabel(view.label(r, c))) return null;
  view.consume(r, c);
  let monthRow = r;
  let months = view.filled(r, c + 1).filter((cc) => MONTH.test(view.text(r, cc)));
  if (months.length === 0 && r + 1 < view.rows) {
    monthRow = r + 1;
    months = view.filled(r + 1, c + 1).filter((cc) => MONTH.test(view.text(r + 1, cc)));
  }
  const points: PlanPoint[] = [];
  for (const mc of months) {
    const vr = monthRow + 1;
    const value = vr < view.rows && !view.isEmpty(vr, mc) ? view.cell(vr, mc) : null;
    points.push({ label: view.cell(monthRow, mc), value });
  }
  // percentages written under a neighbouring column (shifted exports): place them on the nearest free month
  const vr = monthRow + 1;
  if (vr < view.rows) {
    for (const cc of view.filled(vr, c + 1)) {
      if (view.isUsed(vr, cc) || !/%$/.test(view.text(vr, cc))) continue;
      let best = -1;
      months.forEach((mc, i) => {
        if (points[i].value === null && (best < 0 || Math.abs(mc - cc) < Math.abs(months[best] - cc))) best = i;
      });
      if (best < 0) break;
      points[best].value = view.cell(vr, cc);
    }
  }
  return points;
}

/**
 * A label we do not know by name (申报日期, 所属上级项目, 资金性质 …): short, no digits, no sentence
 * punctuation, at least one Chinese character, and not a word of the indicator table (column headings,
 * level words, period words), which belong to the table readers.
 */
export function looksLikeLabel(text: string, label: string): boolean {
  if (label.length < 2 || label.length > 12) return false;
  if (/\d/.test(text) || /[。；;，,、！？!?%≥≤=<>]/.test(text)) return false;
  if (!/[\u4e00-\u9fa5]/.test(label)) return false;
  return (
    columnRole(label) === null && level1Key(label) === null && level2Key(label) === null && periodOf(label) === null
  );
}

/**
 * A cell that opens a label–value pair nobody knows by name: `打印日期：2024-01-20` in one cell, or a label
 * ending with its colon (`经办人：` | 王五). Between or below the indicator tables such a row is a field of
 * the form (header `other`), not an indicator row.
 */
export function opensFieldPair(text: string): boolean {
  if (inlinePair(text) !== null) return true;
  const m = /^\s*([^:：\n]{2,12}?)\s*[:：]\s*$/.exec(text);
  return m !== null && looksLikeLabel(m[1], normalizeLabel(m[1]));
}

/**
 * A row of the form's body made of fields, not an indicator: its first cell opens a pair (经办人：王五,
 * 打印日期：2024-01-20), or a known header or sign-off label stands before its last cell (编制单位 | 某局 |
 * 填报人 | 张三) on a row with no level word and no target value (≥, %).
 */
export function isFieldRow(view: SheetView, r: number): boolean {
  const cols = view.filled(r);
  if (cols.length === 0) return false;
  if (opensFieldPair(view.text(r, cols[0]))) return true;
  if (cols.length < 2) return false;
  let known = false;
  for (let i = 0; i < cols.length; i++) {
    const text = view.text(r, cols[i]);
    if (/[≥≤＞＜><=%％]/.test(text)) return false;
    const label = view.label(r, cols[i]);
    if (label.length > 24) continue;
    if (level1Key(label) !== null || level2Key(label) !== null) return false;
    if (i < cols.length - 1 && (headerKey(label) !== null || isReview(label))) known = true;
  }
  return known;
}

/** 编制日期：2024-01-15 (an unknown label and its value in one cell): label and value, else null. */
function inlinePair(text: string): { label: string; value: string } | null {
  const m = /^\s*([^:：\n]{2,12}?)\s*[:：]\s*(\S[\s\S]*)$/.exec(text);
  if (!m || !looksLikeLabel(m[1], normalizeLabel(m[1]))) return null;
  return { label: m[1].trim(), value: m[2].trim() };
}

/**
 * The label–value pairs of a header band row that no known label explained (issue 13 §4): each becomes a
 * header field `other` keeping its label text — a pair in one cell (编制日期：2024-01-15), or a label cell
 * and the next cell right of it (所属一级项目 | 农村饮水安全 | 申报日期 | 2024-01-20, read left to right).
 * `lone`: the row is above the form's body (between the title and the first known field), where a cell
 * without a label (a unit's name with its code, a date line) is part of the header too; in the body such a
 * cell stays for `unplaced`.
 */
export function readOtherFields(view: SheetView, r: number, lone: boolean): HeaderField[] {
  const out: HeaderField[] = [];
  const cols = view.filled(r).filter((c) => !view.isUsed(r, c));
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    const text = view.text(r, c);
    const inline = inlinePair(text);
    if (inline) {
      const cell = view.cell(r, c);
      out.push({
        key: 'other',
        label: { ...cell, text: inline.label, value: inline.label },
        value: { ...cell, text: inline.value, value: inline.value },
      });
      continue;
    }
    const next = cols[i + 1];
    const value = next !== undefined && !inlinePair(view.text(r, next)) ? next : null;
    // a label at the end of its row is a field left empty when it says so (申报日期：) or stands above the
    // body; in the body a lone text is not a label
    if (looksLikeLabel(text, view.label(r, c)) && (value !== null || lone || /[:：]$/.test(text))) {
      const cell = view.cell(r, c);
      const name = text.replace(/\s*[:：]$/, '');
      out.push({
        key: 'other',
        label: name === text ? cell : { ...cell, text: name, value: name },
        value: value === null ? null : view.cell(r, value),
      });
      if (value !== null) i++;
      continue;
    }
    if (lone) {
      // no label: the cell is its own field (the label cell carries no text)
      const cell = view.cell(r, c);
      out.push({ key: 'other', label: { address: cell.address, text: '' }, value: cell });
    }
  }
  return out;
}
