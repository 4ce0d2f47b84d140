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

export interface FundsGroup {
  parent: FundsItem;
  /** Children of one section (收入 parts and 支出 parts of 资金总额 are two separate sums). */
  section: FundsItem['section'];
  children: FundsItem[];
}

/** Each parent with its children, split by section. The first item with a key is the parent. */
export function fundsGroups(form: Form): FundsGroup[] {
  const groups: FundsGroup[] = [];
  const parents = new Map<string, FundsItem>();
  for (const item of form.funds) if (!parents.has(item.key)) parents.set(item.key, item);
  for (const parent of parents.values()) {
    for (const section of ['income', 'expense'] as const) {
      const children = form.funds.filter((i) => i !== parent && i.parent === parent.key && i.section === section);
      if (children.length > 0) groups.push({ parent, section, children });
    }
  }
  return groups;
}

export function periodsOf(form: Form): string[] {
  const seen = new Set<string>(form.fundsPeriods);
  for (const item of form.funds) for (const p of Object.keys(item.amounts)) seen.add(p);
  return [...seen];
}

/** '项目支出' from '项目支出 ' / a label with line breaks. */
export function labelText(item: FundsItem): string {
  return item.label.text.replace(/\s+/g, '');
}
