/** Reading the indicator tree: which family a row belongs to, its non-empty values, labels seen once. */
import type { Cell, Label } from '../model/cell';
import type { Form, IndicatorNode } from '../model/form';

export function level1(node: IndicatorNode): string | null {
  return node.level1?.key ?? null;
}

export function level2(node: IndicatorNode): string | null {
  return node.level2?.key ?? null;
}

/** A cost row: under 成本 (一级, 财预〔2021〕101号) or 产出/成本指标, 经济成本. */
export function isCostNode(node: IndicatorNode): boolean {
  return level1(node) === 'cost' || level2(node) === 'cost' || level2(node) === 'economicCost';
}

export function isBlank(cell: Cell | null | undefined): boolean {
  return !cell || cell.text.trim() === '';
}

/** The value cells that hold something, with their period. */
export function filledValues(node: IndicatorNode): [string, Cell][] {
  return Object.entries(node.values).filter(([, cell]) => !isBlank(cell));
}

/** Whether any value cell holds something (filledValues(node).length > 0, without building the list). */
export function hasFilledValue(node: IndicatorNode): boolean {
  for (const cell of Object.values(node.values)) if (!isBlank(cell)) return true;
  return false;
}

export function hasName(node: IndicatorNode): boolean {
  return !isBlank(node.level3);
}

/** Every distinct label cell of one level (labels are forward-filled, so many nodes share one cell). */
export function labelCells(
  form: Form,
  pick: (n: IndicatorNode) => Label | null,
): { label: Label; nodes: IndicatorNode[] }[] {
  const byCell = new Map<string, { label: Label; nodes: IndicatorNode[] }>();
  // indexed: a for…of over every row, run once per check, made an iterator result per row
  const rows = form.indicators;
  for (let k = 0; k < rows.length; k++) {
    const node = rows[k];
    const label = pick(node);
    if (!label || label.text.trim() === '') continue;
    const entry = byCell.get(label.cell.address);
    if (entry) entry.nodes.push(node);
    else byCell.set(label.cell.address, { label, nodes: [node] });
  }
  return [...byCell.values()];
}

/** Periods in time order, short before long (半年 before 全年, 年度 before 中期). */
export const PERIOD_PAIRS: [string, string][] = [
  ['半年', '全年'],
  ['年度', '中期'],
];

/** The 1-based row of an A1 address. */
export function rowOf(address: string): number {
  return Number(/\d+$/.exec(address)?.[0] ?? 0);
}

/** The 二级 headings of the standard tree, as written without the 指标 suffix (for misplaced-label checks). */
export const LEVEL2_STEMS = new Set([
  '数量',
  '质量',
  '时效',
  '成本',
  '经济效益',
  '社会效益',
  '生态效益',
  '生态环境效益',
  '可持续影响',
  '可持续性影响',
  '服务对象满意度',
  '经济成本',
  '社会成本',
  '生态环境成本',
  '项目立项',
  '绩效目标',
  '资金投入',
  '资金管理',
  '组织实施',
  '计划制定',
  '目标设定',
  '预算编制',
  '预算执行',
  '预算管理',
  '资产管理',
  '项目管理',
  '人员管理',
  '机构建设',
]);

export function levelStem(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '').replace(/指标$/, '');
}
