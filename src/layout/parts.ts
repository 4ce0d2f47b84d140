import type { Goal, HeaderField, PlanPoint } from '../model/form';
import { fundsKey, goalKey, headerKey, headerPrefix, isFundsBlockLabel, isReview } from './match';
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
  const key = goalKey(view.label(r, c));
  if (!key) return goalWithText(view, r, c);
  const right = view.filled(r, c + 1);
  const nextLabel = right.find((cc) => goalKey(view.label(r, cc)) !== null);
  // 总体目标 | 中期目标 | 年度目标: the first is a heading over the others
  if (key === 'overall' && nextLabel !== undefined && right[0] === nextLabel) {
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
  if (!m) return null;
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
