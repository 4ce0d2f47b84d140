import type { Cell } from '../model/cell';
import type { FundsItem } from '../model/form';
import type { FundsKey } from '../model/keys';
import { FUNDS_PARENT, SECTION_WORDS } from './vocabulary';
import { fundsKey, periodOf } from './match';
import { normalizeLabel } from './normalize';
import { amountOf, amountText } from '../core/amount';
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
  private taskTable = false;
  active = false;

  constructor(
    private readonly view: SheetView,
    private readonly defaultPeriod: () => string,
  ) {}

  /**
   * The items with parents that exist on this form: 一般公共预算拨款 listed without a 财政拨款 line adds
   * straight into 资金总额.
   */
  finish(): FundsItem[] {
    const present = new Set(this.items.map((i) => i.key));
    return this.items.map((item) => {
      let parent = item.parent;
      while (parent !== null && !present.has(parent)) parent = FUNDS_PARENT[parent] ?? null;
      return parent === item.parent ? item : { ...item, parent };
    });
  }

  /** Tries to read row r as part of the funds block; returns true when the row was understood. */
  readRow(r: number, isOtherLabel: (r: number, c: number) => boolean): boolean {
    const v = this.view;
    const cols = v.filled(r);
    if (cols.length === 0) return false;
    let understood = false;

    const noAmounts = cols.every((c) => amountOf(v.raw(r, c)) === null);
    // 年度主要任务 | 任务名称 | 主要内容 | 预算金额: a table of tasks, each with 总额 / 财政拨款 / 其他资金
    if (cols.some((c) => v.label(r, c) === '任务名称')) {
      this.taskTable = true;
      this.active = true;
    }
    if (this.taskTable && noAmounts && this.readTaskHeadings(r, cols)) return true;
    // 资金总额 | 一般公共预算拨款 | … on one row, the amounts on a row below (湖南-style 年度预算申请)
    if (this.active && noAmounts && this.readHorizontal(r, cols)) return true;

    // Headings: 半年计划执行数 / 全年预算数 / 金额 / 2020年实际执行数 (a row of them, or beside a label)
    const headings = cols.filter((c) => this.isPeriodHeading(v.label(r, c)));
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
      // 资金总额：438.768 (label and amount in one cell)
      const inline = fundsKey(label) === null ? /^(.{2,16}?)[:：]\s*(\S.*)$/.exec(v.text(r, c)) : null;
      const inlineAmount = inline ? amountText(inline[2]) : null;
      if (inline && inlineAmount !== null && fundsKey(normalizeLabel(inline[1])) !== null) {
        const key = fundsKey(normalizeLabel(inline[1])) as FundsKey;
        const cell = v.cell(r, c);
        const amount = { ...cell, text: inline[2].replace(/\s*万元$/, ''), value: Number(inlineAmount) };
        this.active = true;
        understood = true;
        this.items.push({
          key,
          label: { ...cell, text: inline[1].trim(), value: inline[1].trim() },
          section: this.section,
          parent: key === 'total' ? null : (FUNDS_PARENT[key] ?? null),
          amounts: { [periodOf(inline[1]) ?? this.defaultPeriod()]: amount },
        });
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
        // (a task's 主要内容 stands between its name and its amounts the same way)
        else if (
          (amounts.length > 0 || (this.taskTable && key === null)) &&
          j + 1 < cols.length &&
          amountOf(v.raw(r, cols[j + 1])) !== null &&
          !isOtherLabel(r, cols[j]) &&
          fundsKey(v.label(r, cols[j])) === null
        )
          v.consume(r, cols[j++]);
        else break;
      }
      // Unlabelled lines are read only where forms list free lines: under 支出 (projects) and in a
      // 成本构成 table. Elsewhere an unknown text beside a number is left for `unplaced`.
      const freeLines = this.section === 'expense' || this.costTable || this.taskTable;
      const isUnknownLine =
        key === null &&
        freeLines &&
        this.active &&
        amounts.length > 0 &&
        amountOf(v.raw(r, c)) === null &&
        !isOtherLabel(r, c);
      if (!key && !isUnknownLine) continue;
      if (!key) key = this.section === 'expense' || this.taskTable ? 'projectLine' : 'costItem';
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
      amounts[period] = this.amountCell(r, ac);
    }
    this.items.push({ key, label: v.cell(r, c), section: this.section, parent, amounts });
  }

  /** 总额 | 财政拨款 | 其他资金 headings of a task table: each column is named by its heading. */
  private readTaskHeadings(r: number, cols: readonly number[]): boolean {
    const v = this.view;
    const heads = cols.filter((c) => {
      const l = v.label(r, c);
      return l.length <= 8 && (fundsKey(l) !== null || /总额|合计|金额/.test(l));
    });
    if (heads.length < 2) return false;
    this.periodCols = new Map();
    for (const c of cols) {
      if (heads.includes(c)) this.periodCols.set(c, v.label(r, c));
      v.consume(r, c);
    }
    return true;
  }

  /**
   * Labels on one row and their amounts straight below (within two rows: a grouping row such as
   * 按收入性质分 may stand between). Only when no label on the row has an amount beside it.
   */
  private readHorizontal(r: number, cols: readonly number[]): boolean {
    const v = this.view;
    const labels = cols.filter((c) => fundsKey(v.label(r, c)) !== null);
    if (labels.length < 2 && !(labels.length === 1 && cols.some((c) => this.isGrouping(v.label(r, c))))) return false;
    const found: { c: number; ar: number }[] = [];
    for (const c of labels) {
      for (let ar = r + 1; ar <= r + 2 && ar < v.rows; ar++) {
        if (amountOf(v.raw(ar, c)) !== null) {
          found.push({ c, ar });
          break;
        }
        if (!v.isEmpty(ar, c)) break;
      }
    }
    if (found.length === 0) return false;
    for (const c of cols) if (this.isGrouping(v.label(r, c))) v.consume(r, c);
    for (const { c, ar } of found) {
      const key = fundsKey(v.label(r, c)) ?? 'unknown';
      if (key === 'basic' || key === 'project') this.section = 'expense';
      const parent = key === 'total' ? null : (FUNDS_PARENT[key] ?? null);
      this.items.push({
        key,
        label: v.cell(r, c),
        section: this.section,
        parent,
        amounts: { [this.defaultPeriod()]: this.amountCell(ar, c) },
      });
    }
    return true;
  }

  private isGrouping(label: string): boolean {
    return /^按.*(性质|来源|用途)分$/.test(label) || label === '其中';
  }

  /** An amount cell whose value is the parsed number (“25万元” written as text reads 25). */
  private amountCell(r: number, c: number): Cell {
    const cell = this.view.cell(r, c);
    const n = amountOf(this.view.raw(r, c));
    return n === null || cell.value === n ? cell : { ...cell, value: n };
  }

  private periodForColumn(c: number): string | null {
    if (this.periodCols.size === 0) return null;
    if (this.periodCols.has(c)) return this.periodCols.get(c) ?? null;
    // headings are often merged over two columns: take the nearest heading at or left of the amount
    let best: number | null = null;
    for (const hc of this.periodCols.keys()) if (hc <= c && (best === null || hc > best)) best = hc;
    if (best === null)
      for (const hc of this.periodCols.keys()) if (best === null || Math.abs(hc - c) < Math.abs(best - c)) best = hc;
    return best === null ? null : (this.periodCols.get(best) ?? null);
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
    const section = Object.prototype.hasOwnProperty.call(SECTION_WORDS, label) ? SECTION_WORDS[label] : undefined;
    if (section) this.section = section;
    return section !== undefined;
  }

  private isFurniture(label: string): boolean {
    return (
      label === '项目名称' ||
      label === '成本构成' ||
      label === '小计' ||
      label === '任务名称' ||
      label === '主要内容' ||
      /^预算金额/.test(label) ||
      this.isGrouping(label) ||
      /^测算/.test(label) ||
      /依据$/.test(label)
    );
  }
}
