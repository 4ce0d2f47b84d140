import type { Cell } from '../model/cell';
import type { FundsItem } from '../model/form';
import type { FundsKey } from '../model/keys';
import { FUNDS_PARENT } from './dictionary';
import { fundsKey, periodOf } from './match';
import { normalizeLabel } from './normalize';
import { amountOf } from './value-like';
import type { SheetView } from './view';

/**
 * Reads the funds block row by row. State carries what real blocks spread over rows: the section
 * (收入/支出), the period heading of each amount column, the period a label column was given by its own
 * wording (中期资金总额 … 年度资金总额 on one row), and the open 小计 that numbered items belong to.
 */
export class FundsReader {
  readonly items: FundsItem[] = [];
  private section: 'income' | 'expense' = 'income';
  private periodCols = new Map<number, string>();
  private labelColPeriod = new Map<number, string>();
  private openSubtotal: FundsKey | null = null;
  private costTable = false;
  active = false;

  constructor(private readonly view: SheetView, private readonly defaultPeriod: () => string) {}

  /** Tries to read row r as part of the funds block; returns true when the row was understood. */
  readRow(r: number, isOtherLabel: (r: number, c: number) => boolean): boolean {
    const v = this.view;
    const cols = v.filled(r);
    if (cols.length === 0) return false;
    let understood = false;

    // Headings: 半年计划执行数 / 全年预算数 / 金额 / 2020年实际执行数 (a row of them, or beside a label)
    const headings = cols.filter((c) => this.isPeriodHeading(v.label(r, c)));
    const noAmounts = cols.every((c) => amountOf(v.raw(r, c)) === null);
    if (headings.length > 0 && noAmounts && (this.active || cols.some((c) => fundsKey(v.label(r, c)) !== null))) {
      if (cols.some((c) => /成本构成/.test(v.label(r, c)))) this.costTable = true;
      this.periodCols = new Map();
      for (const c of headings) {
        this.periodCols.set(c, this.headingPeriod(v.label(r, c)));
        v.consume(r, c);
      }
      this.active = true;
      understood = true;
    }

    for (let i = 0; i < cols.length; i++) {
      const c = cols[i];
      if (v.isUsed(r, c)) continue;
      const label = v.label(r, c);
      if (this.sectionWord(label) || this.isFurniture(label)) {
        if (this.active) {
          v.consume(r, c);
          understood = true;
        }
        continue;
      }
      let key = fundsKey(label);
      const amounts: number[] = [];
      let j = i + 1;
      // 财政拨款 | 小计 on one row is one item.
      if (key && j < cols.length && normalizeLabel(v.text(r, cols[j])) === '小计') {
        v.consume(r, cols[j]);
        j++;
      }
      while (j < cols.length) {
        if (amountOf(v.raw(r, cols[j])) !== null) amounts.push(cols[j++]);
        // 成本构成 | 金额 | 测算依据 | 2020年实际执行数: a note between amounts belongs to the same line
        else if (amounts.length > 0 && j + 1 < cols.length && amountOf(v.raw(r, cols[j + 1])) !== null && !isOtherLabel(r, cols[j]) && fundsKey(v.label(r, cols[j])) === null) v.consume(r, cols[j++]);
        else break;
      }
      // Unlabelled lines are read only where forms list free lines: under 支出 (projects) and in a
      // 成本构成 table. Elsewhere an unknown text beside a number is left for `unplaced`.
      const freeLines = this.section === 'expense' || this.costTable;
      const isUnknownLine = key === null && freeLines && this.active && amounts.length > 0 && amountOf(v.raw(r, c)) === null && !isOtherLabel(r, c);
      if (!key && !isUnknownLine) continue;
      if (!key) key = this.section === 'expense' ? 'projectLine' : 'costItem';
      this.active = true;
      understood = true;
      this.addItem(r, c, key, label, amounts);
      i = j - 1;
    }
    return understood;
  }

  private addItem(r: number, c: number, key: FundsKey, label: string, amountCols: number[]): void {
    const v = this.view;
    if (key === 'basic' || key === 'project') this.section = 'expense';
    const numbered = /^\s*(\d{1,2}|[一二三四五六七八九十])[、.．]/.test(v.text(r, c)) && !/^\s*\(/.test(v.text(r, c));
    const topLevel = /^\s*[(（][一二三四五六七八九十][)）]/.test(v.text(r, c));
    if (topLevel) this.openSubtotal = null;
    let parent: FundsKey | null = FUNDS_PARENT[key] ?? null;
    if (key === 'total') parent = null;
    if (key === 'projectLine') parent = this.items.some((x) => x.key === 'project') ? 'project' : 'total';
    if (numbered && this.openSubtotal && key !== this.openSubtotal) parent = this.openSubtotal;
    if (key === 'unknown') parent = null;
    if (key === 'fiscalSubtotal' || key === 'selfFunds') this.openSubtotal = key;

    // 中期资金总额 / 年度资金总额 name their period; a project line called 2022年度调节金 does not
    const own = key === 'total' || key === 'fiscalSubtotal' || key === 'fiscal' ? periodOf(label) : null;
    if (own && (key === 'total' || key === 'fiscalSubtotal')) this.labelColPeriod.set(c, own);
    const amounts: Record<string, Cell> = {};
    for (const ac of amountCols) {
      const period = own ?? this.periodForColumn(ac) ?? this.labelColPeriod.get(c) ?? this.defaultPeriod();
      if (amounts[period]) continue;
      amounts[period] = v.cell(r, ac);
    }
    this.items.push({ key, label: v.cell(r, c), section: this.section, parent, amounts });
  }

  private periodForColumn(c: number): string | null {
    if (this.periodCols.size === 0) return null;
    if (this.periodCols.has(c)) return this.periodCols.get(c) ?? null;
    // headings are often merged over two columns: take the nearest heading at or left of the amount
    let best: number | null = null;
    for (const hc of this.periodCols.keys()) if (hc <= c && (best === null || hc > best)) best = hc;
    if (best === null) for (const hc of this.periodCols.keys()) if (best === null || Math.abs(hc - c) < Math.abs(best - c)) best = hc;
    return best === null ? null : this.periodCols.get(best) ?? null;
  }

  private isPeriodHeading(label: string): boolean {
    if (label.length > 20) return false;
    return /(预算数|执行数|计划数|金额|实际执行数|申请数)$/.test(label) && !fundsKey(label);
  }

  private headingPeriod(label: string): string {
    const p = periodOf(label);
    if (p) return p;
    const year = /((?:19|20)\d{2})年/.exec(label);
    if (year) return label;
    return this.defaultPeriod();
  }

  private sectionWord(label: string): boolean {
    if (label === '收入' || label === '资金来源') {
      this.section = 'income';
      return true;
    }
    if (label === '支出' || label === '资金支出') {
      this.section = 'expense';
      return true;
    }
    return false;
  }

  private isFurniture(label: string): boolean {
    return label === '项目名称' || label === '成本构成' || label === '小计' || /^测算/.test(label) || /依据$/.test(label);
  }
}
