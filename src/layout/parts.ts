import type { Cell } from '../model/cell';
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

/**
 * Labels on one row and their values on the row below (项目名称 | 主管部门 | 实施单位 over 城区路灯改造 |
 * 某市城管局 | …): a row of two or more labels and nothing else; the value is the cell under the label, when
 * it is no label itself and nothing has claimed it.
 */
function valueBelow(view: SheetView, r: number, c: number): number | null {
  const cols = view.filled(r);
  if (cols.length < 2 || r + 1 >= view.rows || !cols.every((cc) => isKnownLabel(view, r, cc))) return null;
  if (view.isEmpty(r + 1, c) || view.isUsed(r + 1, c) || isKnownLabel(view, r + 1, c)) return null;
  // the row below holds values only: a row of labels (资金总额 | 财政拨款 over amounts) reads on its own
  if (view.filled(r + 1).some((cc) => isKnownLabel(view, r + 1, cc))) return null;
  return c;
}

export function readHeaderField(view: SheetView, r: number, c: number): HeaderField | null {
  const key = headerKey(view.label(r, c));
  if (key) {
    const vc = valueRightOf(view, r, c);
    if (vc !== null) return { key, label: view.cell(r, c), value: withRangeEnd(view, r, vc) };
    const below = valueBelow(view, r, c);
    return { key, label: view.cell(r, c), value: below === null ? null : view.cell(r + 1, below) };
  }
  const pre = headerPrefix(view.text(r, c));
  if (pre) {
    const cell = view.cell(r, c);
    const rest = pre.rest.split(NEXT_PAIR)[0];
    return { key: pre.key, label: cell, value: { ...cell, text: rest, value: rest } };
  }
  return null;
}

/**
 * 项目起止时间 | 2025年1月 | 至 | 2025年12月: the value is the span, start to end (the 至 and the end typed in
 * their own cells are part of it, not unplaced).
 */
function withRangeEnd(view: SheetView, r: number, vc: number): Cell {
  const value = view.cell(r, vc);
  const [sep, end] = view.filled(r, vc + 1);
  if (sep === undefined || end === undefined || view.isUsed(r, end)) return value;
  if (!/^(至|到|—|－|-|~|～)$/.test(view.text(r, sep).trim())) return value;
  view.consume(r, sep);
  const text = `${value.text}至${view.cell(r, end).text}`;
  return { ...value, text, value: text };
}

/** Where a second label–value pair starts in one cell (项目负责人：周八  联系电话：136…). */
const NEXT_PAIR = /\s+(?=[^\s:：]{2,12}[:：]\S)/;

/**
 * The header fields of a cell: its field (readHeaderField), and the pairs typed after it in the same cell
 * (项目负责人：周八  联系电话：13600001111 is the manager and the phone), known keys or `other`.
 */
export function readHeaderFields(view: SheetView, r: number, c: number): HeaderField[] {
  const first = readHeaderField(view, r, c);
  if (first === null) return [];
  const pre = headerPrefix(view.text(r, c));
  if (pre === null || first.value?.text === pre.rest) return [first];
  const cell = view.cell(r, c);
  const out = [first];
  for (const part of pre.rest.split(NEXT_PAIR).slice(1)) {
    const m = /^([^\s:：]{2,12})[:：]\s*(\S[\s\S]*)$/.exec(part);
    if (!m) continue;
    const label = m[1];
    const value = m[2].trim();
    out.push({
      key: headerKey(normalizeLabel(label)) ?? 'other',
      label: { ...cell, text: label, value: label },
      value: { ...cell, text: value, value },
    });
  }
  return out;
}

export function readReview(view: SheetView, r: number, c: number): HeaderField | null {
  if (!isReview(view.label(r, c))) return null;
  // 填报人：张三 holds its own value: the cell right of it is another pair (联系电话：…), not this one's
  const inline = /^\s*([^:：]{1,12}?)\s*[:：]\s*(\S[\s\S]*)$/.exec(view.text(r, c));
  if (inline && isReview(normalizeLabel(inline[1]))) {
    const cell = view.cell(r, c);
    const [label, value] = [inline[1].trim(), inline[2].trim()];
    return { key: 'review', label: { ...cell, text: label, value: label }, value: { ...cell, text: value, value } };
  }
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
  // a period word (半年, 全年预算数) heads amounts or values; a field about a year (预算年度, 申报年度) is a label
  return (
    columnRole(label) === null &&
    level1Key(label) === null &&
    level2Key(label) === null &&
    (periodOf(label) === null || /^[\u4e00-\u9fa5]{2,6}年度$/.test(label))
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
