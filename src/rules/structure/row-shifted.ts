import type { Cell, Label } from '../../model/cell';
import type { CellEdit, Fix } from '../../model/finding';
import type { Form, IndicatorNode, IndicatorTable } from '../../model/form';
import type { Rule, RuleContext } from '../types';
import { columnIndex, columnName, fromRangeA1 } from '../../core/address';
import { rowOf } from '../tree';

const ROLE_ZH: Record<string, string> = {
  level1: '一级指标',
  level2: '二级指标',
  level3: '三级指标',
  value: '指标值',
  description: '指标描述',
  basis: '指标值确定依据',
};

/** A table's rows and its 三级 columns, read once per form rather than once per indicator row. */
interface TableSpan {
  table: IndicatorTable;
  r0: number;
  r1: number;
  /** First and last column (0-based). */
  c0: number;
  c1: number;
  level3Cols: string[];
}

function tableSpans(form: Form): TableSpan[] {
  return form.tables.map((table) => {
    const r = fromRangeA1(table.range);
    return {
      table,
      r0: r.r0,
      r1: r.r1,
      c0: r.c0,
      c1: r.c1,
      level3Cols: table.columns.filter((c) => c.role === 'level3').map((c) => c.col),
    };
  });
}

function tableOf(spans: readonly TableSpan[], row: number): TableSpan | undefined {
  return spans.find((t) => row - 1 >= t.r0 && row - 1 <= t.r1);
}

/** A module constant: a regex literal in the function would be a new object for every row. */
const COLUMN_LETTERS = /^[A-Z]+/;

function columnOf(address: string): string {
  return COLUMN_LETTERS.exec(address)?.[0] ?? '';
}

/** Whether a cell holds a target value rather than a name (≤20万元, =100%, 2023年12月). */
function looksLikeValue(cell: Cell, ctx: RuleContext): boolean {
  const e = ctx.expr(cell);
  return e !== null && (e.kind === 'quantitative' || e.kind === 'range' || e.kind === 'date');
}

/** A label on the node's own row that is not a level word: a 三级 name typed one or two columns left. */
export function misplacedLabel(node: IndicatorNode): Label | null {
  for (const l of [node.level2, node.level1]) {
    if (l && l.key === null && l.text.trim() !== '' && rowOf(l.cell.address) === node.row) return l;
  }
  return null;
}

interface Shift {
  name: Cell;
  /** Where the name was written, in words (二级指标列). */
  column: string;
}

/**
 * The row's shift, if any: (1) the recognizer placed the name back but it sits outside the 三级 column;
 * (2) the name stands in the 二级/一级 column as an unknown label, with the 三级 cell empty or holding a
 * value that slid left with it (000: 维保维护费用 | ≤20万元 | ≤54.95万元 |).
 */
function shiftOf(node: IndicatorNode, spans: readonly TableSpan[], ctx: RuleContext): Shift | null {
  const span = tableOf(spans, node.row);
  if (node.level3 && span && span.level3Cols.length > 0) {
    const col = columnOf(node.level3.address);
    if (!span.level3Cols.includes(col)) {
      const role = span.table.columns.find((c) => c.col === col)?.role;
      if (!looksLikeValue(node.level3, ctx))
        return { name: node.level3, column: role && ROLE_ZH[role] ? ROLE_ZH[role] : '其他' };
    }
  }
  const label = misplacedLabel(node);
  if (!label) return null;
  const hasValue = Object.values(node.values).some((c) => c.text.trim() !== '');
  const level3Empty = !node.level3 || node.level3.text.trim() === '';
  if (!hasValue && level3Empty) return null;
  if (!level3Empty && !looksLikeValue(node.level3!, ctx)) return null; // a real 三级 beside an odd 二级
  return { name: label.cell, column: label === node.level2 ? '二级指标' : '一级指标' };
}

/** Every cell of the row the recognizer attached to the node (labels typed on this row, name, values …). */
function rowCells(node: IndicatorNode, form: Form): Map<number, Cell> {
  const out = new Map<number, Cell>();
  const add = (c: Cell | null | undefined) => {
    if (c && rowOf(c.address) === node.row) out.set(columnIndex(columnOf(c.address)), c);
  };
  add(node.level1?.cell);
  add(node.level2?.cell);
  add(node.level3);
  for (const c of Object.values(node.values)) add(c);
  for (const k of ['description', 'basis', 'direction', 'operator', 'unit', 'valueType', 'weight'] as const)
    add(node[k]);
  for (const k of ['duty', 'work', 'project', 'note', 'history'] as const) add(node[k]);
  for (const c of form.unplaced) add(c);
  return out;
}

/**
 * The fix “move the row back”: every cell from the name's column to the table's edge moves by the shift, so
 * the name lands in the 三级 column and each value under its period again; the cells left behind are
 * emptied. None when the move would push a filled cell out of the table or onto a filled cell, or when the
 * table has several 三级 columns (side-by-side blocks: which one is meant is not certain).
 */
function moveBack(node: IndicatorNode, shift: Shift, span: TableSpan | undefined, form: Form): Fix | null {
  if (!span || span.level3Cols.length !== 1) return null;
  const from = columnIndex(columnOf(shift.name.address));
  const to = columnIndex(span.level3Cols[0]);
  const k = to - from;
  if (k === 0) return null;
  const cells = rowCells(node, form);
  const text = (c: number) => cells.get(c)?.text ?? '';
  // only the name slipped (its 三级 cell empty, the values in their columns): move the name alone
  if (k > 0 && text(to).trim() === '') {
    const name = `${columnName(to)}${node.row}`;
    return {
      cell: name,
      text: shift.name.text,
      more: [{ cell: shift.name.address, text: '' }],
      summary: `把“${shift.name.text.trim()}”移到三级指标列（${name}）`,
    };
  }
  // the block that moves: the name's column to the table's right edge (left slip) or to its left edge (right slip)
  const moving: number[] = [];
  for (let c = from; c <= span.c1; c++) moving.push(c);
  const after = new Map<number, string>();
  for (const c of moving) {
    const dest = c + k;
    if (dest > span.c1 || dest < span.c0) {
      if (text(c).trim() !== '') return null; // would fall off the table
      continue;
    }
    after.set(dest, text(c));
  }
  // a right slip moves left over columns between the 三级 column and the name: they must be empty
  for (let c = to; c < from; c++) if (text(c).trim() !== '') return null;
  for (const c of moving) if (!after.has(c)) after.set(c, '');
  const edits: CellEdit[] = [];
  for (const [c, t] of [...after].sort((a, b) => a[0] - b[0]))
    if (t !== text(c)) edits.push({ cell: `${columnName(c)}${node.row}`, text: t });
  const first = edits.find((e) => e.cell === `${columnName(to)}${node.row}`) ?? edits[0];
  if (!first) return null;
  const more = edits.filter((e) => e !== first);
  const dir = k > 0 ? '右' : '左';
  const n = Math.abs(k) === 1 ? '一' : String(Math.abs(k));
  return { ...first, more, summary: `把第${node.row}行整行${dir}移${n}列` };
}

/**
 * A whole row one column off (000: 维保维护费用 written in the 二级 column, its values one column left):
 * one finding with the fix “move the row back”, instead of an unparsed value, a missing 三级 name and
 * missing standard indicators that all come from the same slip (engine drops those: `rootCauseOfRow`).
 */
export const rule: Rule = {
  id: 'structure.row-shifted',
  meta: {
    family: 'structure',
    severity: 'warning',
    description: '整行错位：三级指标名称写在了一级或二级指标列，指标值随之错列。',
    source: 'DOMAIN.md「Defects found in the seeds」000：a 三级 name shifted into the 二级 column',
    fixable: true,
    rootCauseOfRow: { families: ['structure', 'consistency'], rules: ['expr.unparsed', 'expr.word-expected'] },
    good: [{ indicator: '成本指标 | 法律顾问业务咨询费用（三级列）', text: '≤20.3万元' }],
    bad: [
      { indicator: '维保维护费用（写在二级列）| ≤20万元（在三级列）', text: '≤54.95万元', note: '整行左移一列' },
      { indicator: '综合服务平台运营设备日检查合格率（写在一级列）', text: '=100%' },
    ],
  },
  check(form, ctx) {
    const out = [];
    const spans = tableSpans(form);
    // indexed: a for…of over every row, run once per check, made an iterator result per row
    const rows = form.indicators;
    for (let k = 0; k < rows.length; k++) {
      const node = rows[k];
      const shift = shiftOf(node, spans, ctx);
      if (!shift) continue;
      const span = tableOf(spans, node.row);
      const target = span?.level3Cols.length ? `三级指标列（${span.level3Cols.join('、')}列）` : '三级指标列';
      const fix = moveBack(node, shift, span, form);
      out.push(
        ctx.report({
          cell: shift.name.address,
          ...(fix ? { fix } : {}),
          message: `第${node.row}行整行错位：三级指标“${shift.name.text.trim()}”写在了${shift.column}列，指标值也随之错列。`,
          suggestion: `把这一行整体移回原位：名称移到${target}，各时段的指标值移到对应的指标值列，${shift.column}列留空（沿用上方的分类）。`,
        }),
      );
    }
    return out;
  },
};
