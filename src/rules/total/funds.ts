/** The funds block as a tree of exact amounts: which items add up into which, per period. */
import type { Cell } from '../../model/cell';
import type { Form, FundsItem } from '../../model/form';
import { parseDecimal, type Decimal } from '../decimal';

export interface Amount {
  item: FundsItem;
  cell: Cell;
  value: Decimal;
}

/** The amount an item shows for a period; null when the cell is empty or not a number. */
export function amountOf(item: FundsItem, period: string): Amount | null {
  const cell = item.amounts[period];
  if (!cell || cell.text.trim() === '') return null;
  const value = parseDecimal(typeof cell.value === 'number' ? cell.value : cell.text);
  return value ? { item, cell, value } : null;
}

/**
 * The form's year total: the first 资金总额 with an amount (a heading row such as 年度预算（万元） can come
 * first, empty), its 全年 / 年度 amount or else its first; null when that is not a number.
 */
export function yearTotal(form: Form): Amount | null {
  const total = form.funds.find((f) => f.key === 'total' && Object.keys(f.amounts).length > 0);
  if (!total) return null;
  const period = '全年' in total.amounts ? '全年' : '年度' in total.amounts ? '年度' : Object.keys(total.amounts)[0];
  return amountOf(total, period);
}

/** A decimal as a JavaScript number (for ratios and shares, not for the exact sums). */
export const decimalNumber = (d: Decimal): number => Number(d.units) / 10 ** d.scale;

export interface FundsGroup {
  parent: FundsItem;
  /** Children of one section (收入 parts and 支出 parts of 资金总额 are two separate sums). */
  section: FundsItem['section'];
  children: FundsItem[];
}

/**
 * Each parent with its children, split by section. The first item with a key is the parent. The funds
 * block and a task table (年度主要任务: tasks and their 合计) are separate trees: a task never adds into
 * the funds, and the funds never into a task table's 合计.
 */
export function fundsGroups(form: Form): FundsGroup[] {
  return [...groupsOf(form.funds), ...groupsOf(form.tasks ?? [])];
}

function groupsOf(items: readonly FundsItem[]): FundsGroup[] {
  const groups: FundsGroup[] = [];
  const parents = new Map<string, FundsItem>();
  for (const item of items) if (!parents.has(item.key)) parents.set(item.key, item);
  for (const parent of parents.values()) {
    for (const section of ['income', 'expense'] as const) {
      const children = items.filter((i) => i !== parent && i.parent === parent.key && i.section === section);
      if (children.length > 0) groups.push({ parent, section, children });
    }
  }
  return groups;
}

export function periodsOf(form: Form): string[] {
  const seen = new Set<string>(form.fundsPeriods);
  for (const item of [...form.funds, ...(form.tasks ?? [])]) for (const p of Object.keys(item.amounts)) seen.add(p);
  return [...seen];
}

/**
 * The parts were written in the total's own cell (854万（其中中央500万、省200万…）): a list after 其中 may
 * leave parts out, so only parts that exceed the total contradict it.
 */
export function isBreakdown(total: Amount, parts: readonly (Amount | null)[]): boolean {
  const present = parts.filter((p) => p !== null);
  return present.length > 0 && present.every((p) => p.cell.address === total.cell.address);
}

/** '项目支出' from '项目支出 ' / a label with line breaks. */
export function labelText(item: FundsItem): string {
  return item.label.text.replace(/\s+/g, '');
}
