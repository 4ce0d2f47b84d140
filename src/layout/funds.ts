import type { Cell } from '../model/cell';
import type { FundsItem } from '../model/form';
import type { FundsKey } from '../model/keys';
import {
  COST_TABLE_HEADINGS,
  FUNDS_PARENT,
  FUNDS_SOURCE_ENDING,
  NOTE_HEADINGS,
  SECTION_WORDS,
  TASK_AMOUNT_HEADINGS,
  TASK_AMOUNT_WORDS,
  TASK_HEADINGS,
} from './vocabulary';
import { fundsKey, goalKey, isFundsBlockLabel, periodOf } from './match';
import { normalizeLabel } from './normalize';
import { amountBreakdown, amountOrTotalOf, type AmountPart } from '../core/amount';
import type { SheetView } from './view';

/**
 * The heading row of a table of tasks with their amounts (年度主要任务 | 任务名称 | 主要内容 | 预算金额;
 * 重点任务 | 预算金额; 年度履职目标 | 职能 | 预算金额): a task heading and an amount heading on one row.
 * Its amounts are the tasks' own, never funds (issue 13 §5).
 */
export function isTaskHeading(view: SheetView, r: number): boolean {
  const cols = view.filled(r);
  if (cols.some((c) => view.label(r, c) === '任务名称')) return true;
  return (
    cols.some((c) => TASK_HEADINGS.includes(view.label(r, c))) &&
    cols.some((c) => isTaskAmountHeading(view.label(r, c)))
  );
}

function isTaskAmountHeading(label: string): boolean {
  return TASK_AMOUNT_HEADINGS.some((h) => label.startsWith(h)) || TASK_AMOUNT_WORDS.includes(label);
}

/** The opening of a note under a task table (注：…, 说明：…, 以上为…, 仅列…). */
const TASK_NOTE = /^(?:注|说明|备注)[:：]|^(?:以上|上述|仅|只)/;

/** A breakdown read from a total's cell, resolved into the block's own rows when it finishes. */
interface Breakdown {
  item: FundsItem;
  period: string;
  cell: Cell;
  parts: AmountPart[];
}

/** 中央 → 中央资金, 省 → 省级资金: the funds key of a breakdown part's label. */
function partKey(label: string): FundsKey | null {
  return fundsKey(label) ?? fundsKey(`${label}资金`) ?? fundsKey(`${label}级资金`);
}

/**
 * Reads the funds block row by row. State carries what real blocks spread over rows: the section
 * (收入/支出), the period heading of each amount column, the period a label column was given by its own
 * wording (中期资金总额 … 年度资金总额 on one row), and the open 小计 that numbered items belong to.
 */
export class FundsReader {
  readonly items: FundsItem[] = [];
  /** Lines and 合计 of task tables (年度主要任务, 重点任务): amounts by the table's own headings, not funds. */
  readonly tasks: FundsItem[] = [];
  /** The task table's heading or note cell saying it lists only some tasks (主要内容（部分）, 注：以上为部分…). */
  tasksPartial: Cell | null = null;
  private readonly breakdowns: Breakdown[] = [];
  private section: 'income' | 'expense' = 'income';
  private periodCols = new Map<number, string>();
  private labelColPeriod = new Map<number, string>();
  /** The last total that named its period (年度资金总额) and where: lines right of it on its row share it. */
  private rowPeriod: { r: number; c: number; period: string } | null = null;
  private openSubtotal: FundsKey | null = null;
  private costTable = false;
  /** The task table's column of task names (its last task heading), when the heading row named one. */
  private taskNameCol: number | null = null;
  /** Columns headed 测算依据 / 备注 in a cost table's headings: each line's note. */
  private noteCols: number[] = [];
  /** Columns headed 执行率 in the current amount headings. */
  private rateCols: number[] = [];
  private taskTable = false;
  /** Column of the 资金总额 amount: a line's amount in that column is the year's. */
  private totalCol: number | null = null;
  /**
   * The label column and parent of the last 其中： line: lines listed under it in that column are its
   * siblings, also when their wording is unknown (其中：中央补助 10000 / 市县统筹 2500 under 资金总额 12500).
   */
  private listOf: { col: number; parent: FundsKey | null; key: FundsKey } | null = null;
  /**
   * 按收入性质分 | 按支出性质分 side by side: once a 支出 line opens its own column, the lines of the
   * columns left of it stay 收入.
   */
  private readonly sectionCols = new Map<number, 'income' | 'expense'>();
  /** Columns the block's lines are labelled in. */
  private readonly labelCols = new Set<number>();
  /** The last line labelled in each column (the line a 其中： right under it breaks down). */
  private readonly lastInCol = new Map<number, FundsItem>();
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
    this.resolveBreakdowns();
    return withPresentParents(this.items);
  }

  /** The task tables' lines (parents resolved the same way). */
  finishTasks(): FundsItem[] {
    return withPresentParents(this.tasks);
  }

  /**
   * 854万（其中中央500万、省200万…）: each part fills the block's own row for it when that row has no amount
   * for the period, else becomes a child of the total written in the total's cell (total.sum then checks
   * that the parts do not exceed it).
   */
  private resolveBreakdowns(): void {
    for (const b of this.breakdowns) {
      for (const part of b.parts) {
        const key = partKey(part.label);
        const amount: Cell = { address: b.cell.address, text: part.amount, value: Number(part.amount) };
        const row = key === null ? undefined : this.items.find((x) => x.key === key && x !== b.item);
        if (row) {
          if (!row.amounts[b.period]) row.amounts[b.period] = amount;
          continue;
        }
        this.items.push({
          key: key ?? 'unknown',
          label: { address: b.cell.address, text: part.label, value: part.label },
          section: b.item.section,
          parent: key === null ? null : b.item.key,
          amounts: { [b.period]: amount },
        });
      }
    }
    this.breakdowns.length = 0;
  }

  /**
   * Below the indicator tables, does row r belong to a task table: its heading, or (the table open) a line
   * with an amount, its 合计 or a note saying 部分?
   */
  continuesTasks(r: number): boolean {
    const v = this.view;
    if (isTaskHeading(v, r)) return true;
    if (!this.taskTable || !this.active) return false;
    const cols = v.filled(r);
    return (
      cols.some((c) => amountOrTotalOf(v.raw(r, c)) !== null) ||
      (cols.length === 1 && TASK_NOTE.test(v.text(r, cols[0]).replace(/\s+/g, '')))
    );
  }

  /** A funds block label (资金来源, 资金情况) after a task table: the lines below are funds, not tasks. */
  endTasks(): void {
    this.taskTable = false;
    this.periodCols = new Map();
  }

  /** Tries to read row r as part of the funds block; returns true when the row was understood. */
  readRow(r: number, isOtherLabel: (r: number, c: number) => boolean): boolean {
    const v = this.view;
    const cols = v.filled(r);
    if (cols.length === 0) return false;
    let understood = false;

    const noAmounts = cols.every((c) => amountOrTotalOf(v.raw(r, c)) === null);
    // a task table ends where the block does (a goal, the indicator table)
    if (!this.active) this.taskTable = false;
    // 年度主要任务 | 任务名称 | 主要内容 | 预算金额: a table of tasks, each with 总额 / 财政拨款 / 其他资金
    if (isTaskHeading(v, r)) {
      this.taskTable = true;
      this.active = true;
      this.periodCols = new Map();
      // 部门职能 | 重点工作 | 预算金额: the last task heading names the task, those left of it group tasks
      this.taskNameCol = null;
      for (const c of cols)
        if (TASK_HEADINGS.includes(v.label(r, c)) && v.label(r, c) !== '年度主要任务') this.taskNameCol = c;
      // 预算金额 over one column: the task's amount is its year's
      for (const c of cols) {
        if (isTaskAmountHeading(v.label(r, c))) this.periodCols.set(c, this.defaultPeriod());
        // 主要内容（部分）, 重点任务（部分）: the heading says the table lists only some tasks
        if (/部分/.test(v.text(r, c))) this.tasksPartial ??= v.cell(r, c);
        v.consume(r, c);
      }
      return true;
    }
    if (this.taskTable && noAmounts && this.readTaskHeadings(r, cols)) return true;
    if (this.taskTable && noAmounts && this.readTaskNote(r, cols)) return true;
    // a task's amounts stand under the table's amount headings: amounts in no such column are the funds
    // block's (资金总额 | 500 below the tasks), and the task table has ended
    if (this.taskTable && !noAmounts && this.periodCols.size > 0 && !this.amountsUnderHeadings(r, cols))
      this.endTasks();
    // 资金总额 | 一般公共预算拨款 | … on one row, the amounts on a row below (湖南-style 年度预算申请)
    // (without a block label: a total and another source over their amounts say it all the same)
    if (noAmounts && this.readHorizontal(r, cols, !this.active)) return true;

    // Headings: 半年计划执行数 / 全年预算数 / 金额 / 2020年实际执行数 (a row of them, or beside a label)
    const headings = cols.filter((c) => this.isPeriodHeading(v.label(r, c)));
    const costCols = cols.filter((c) => COST_TABLE_HEADINGS.includes(v.label(r, c)));
    if (
      headings.length > 0 &&
      noAmounts &&
      (this.active || costCols.length > 0 || cols.some((c) => fundsKey(v.label(r, c)) !== null))
    ) {
      if (costCols.length > 0 || cols.some((c) => /成本构成/.test(v.label(r, c)))) this.costTable = true;
      this.periodCols = new Map();
      for (const c of headings) {
        this.periodCols.set(c, this.headingPeriod(v.label(r, c)));
        v.consume(r, c);
      }
      // 支出内容 over the lines' names, 测算依据 over notes explaining each line
      this.noteCols = this.costTable ? cols.filter((c) => NOTE_HEADINGS.includes(v.label(r, c))) : [];
      for (const c of [...costCols, ...this.noteCols]) v.consume(r, c);
      // 执行率 beside the amounts: its percentages are the amounts' ratio, read by no rule but understood
      this.rateCols = cols.filter((c) => /执行率$/.test(v.label(r, c)));
      this.active = true;
      understood = true;
    }

    for (let i = 0; i < cols.length; i++) {
      const c = cols[i];
      if (v.isUsed(r, c)) continue;
      if (this.active && this.noteCols.includes(c) && amountOrTotalOf(v.raw(r, c)) === null) {
        v.consume(r, c);
        continue;
      }
      if (this.active && this.rateCols.includes(c) && /^[\d.]+\s*[%％]$/.test(v.text(r, c))) {
        v.consume(r, c);
        continue;
      }
      const label = v.label(r, c);
      // 预算金额 heads a task table's amounts; beside its own amount (预算金额：680万元) it is the total
      if (this.sectionWord(label) || (this.isFurniture(label) && !(noAmounts === false && fundsKey(label) !== null))) {
        if (this.active) {
          v.consume(r, c);
          understood = true;
        }
        continue;
      }
      // 资金总额：438.768 · 项目资金：120万元 (label and amount in one cell)
      // 其中：一般公共预算：1200万元 — the list word before the line's own label
      const whole = v.text(r, c).replace(/^\s*其中\s*[:：]\s*/, '');
      const inline = fundsKey(label) === null ? /^([^:：]{2,16}?)[:：]\s*(\S[\s\S]*)$/.exec(whole) : null;
      const inlineAmount = inline ? amountOrTotalOf(inline[2]) : null;
      const inlineKey = inline ? inlineFundsKey(normalizeLabel(inline[1])) : null;
      if (inline && inlineAmount !== null && inlineKey !== null) {
        const cell = v.cell(r, c);
        const amount = { ...cell, text: inline[2].trim().replace(/\s*万元$/, ''), value: inlineAmount };
        this.active = true;
        understood = true;
        if (!this.taskTable && (inlineKey === 'basic' || inlineKey === 'project')) this.openExpense(c);
        this.labelCols.add(c);
        const item: FundsItem = {
          key: inlineKey,
          label: { ...cell, text: inline[1].trim(), value: inline[1].trim() },
          section: this.sectionCols.get(c) ?? this.section,
          parent: inlineKey === 'total' ? null : (FUNDS_PARENT[inlineKey] ?? null),
          amounts: {},
        };
        const period = periodOf(inline[1]) ?? this.defaultPeriod();
        item.amounts[period] = amount;
        this.noteBreakdown(item, period, amount, inline[2]);
        (this.taskTable ? this.tasks : this.items).push(item);
        continue;
      }
      let key = fundsKey(label);
      // 项目资金 | 420.00: a block label beside an amount is the total (as 项目资金：420万元 in one cell)
      if (
        key === null &&
        isFundsBlockLabel(label) &&
        i + 1 < cols.length &&
        amountOrTotalOf(v.raw(r, cols[i + 1])) !== null
      )
        key = 'total';
      const amounts: number[] = [];
      // notes between amounts are the line's only when the row is a line (人员编制数 | 45 | 实有人数 | 42 is not)
      const notes: number[] = [];
      let j = i + 1;
      // 财政拨款 | 小计 on one row is one item.
      if (key && j < cols.length && normalizeLabel(v.text(r, cols[j])) === '小计') {
        v.consume(r, cols[j]);
        j++;
      }
      while (j < cols.length) {
        if (amountOrTotalOf(v.raw(r, cols[j])) !== null) amounts.push(cols[j++]);
        // 成本构成 | 金额 | 测算依据 | 2020年实际执行数: a note between amounts belongs to the same line
        // (a task's 主要内容 stands between its name and its amounts the same way)
        else if (
          (amounts.length > 0 || (this.taskTable && key === null)) &&
          j + 1 < cols.length &&
          (amountOrTotalOf(v.raw(r, cols[j + 1])) !== null || this.beforeTaskAmount(r, cols, j, key, amounts)) &&
          !isOtherLabel(r, cols[j]) &&
          fundsKey(v.label(r, cols[j])) === null
        )
          notes.push(cols[j++]);
        else break;
      }
      // 其他资金 | —— (or 无, /): the form says there is none; the line has no amount, the mark is understood
      if (key && amounts.length === 0 && j < cols.length && NO_AMOUNT.test(v.text(r, cols[j]))) v.consume(r, cols[j++]);
      // Unlabelled lines are read only where forms list free lines: under 支出 (projects) and in a
      // 成本构成 table. Elsewhere an unknown text beside a number is left for `unplaced`.
      const listed = this.listOf !== null && this.listOf.col === c;
      // under a total, a line in unknown wording that opens a list (其中：当年财政拨款) or names a source of
      // money (专项债券资金, 单位自筹资金) is one of its parts: left out, the total would not add up
      const part = key === null && this.isPartLine(r, c, label);
      const freeLines = this.section === 'expense' || this.costTable || this.taskTable || listed || part;
      const isUnknownLine =
        key === null &&
        freeLines &&
        this.active &&
        amounts.length > 0 &&
        amountOrTotalOf(v.raw(r, c)) === null &&
        !isOtherLabel(r, c);
      if (!key && !isUnknownLine) continue;
      // a funds word outside the block without an amount is some field's value (资金性质 | 一般公共预算)
      if (key && amounts.length === 0 && !this.active && i > 0 && !v.isUsed(r, cols[i - 1])) continue;
      for (const nc of notes) v.consume(r, nc);
      // in a task table every line is a task (其他 is a task called 其他), 合计 its total
      if (this.taskTable) key = key === 'total' && amounts.length > 0 ? 'total' : 'projectLine';
      if (!key) key = listed || part ? 'unknown' : this.section === 'expense' ? 'projectLine' : 'costItem';
      this.active = true;
      understood = true;
      this.addItem(r, c, key, label, amounts);
      i = j - 1;
    }
    return understood;
  }

  private addItem(r: number, c: number, key: FundsKey, label: string, amountCols: number[]): void {
    const v = this.view;
    if (this.taskTable) {
      this.addTask(r, c, key, amountCols);
      return;
    }
    if (key === 'basic' || key === 'project') this.openExpense(c);
    const numbered = /^\s*(\d{1,2}|[一二三四五六七八九十])[、.．]/.test(v.text(r, c)) && !/^\s*\(/.test(v.text(r, c));
    const topLevel = /^\s*[(（][一二三四五六七八九十][)）]/.test(v.text(r, c));
    if (topLevel) this.openSubtotal = null;
    let parent: FundsKey | null = FUNDS_PARENT[key] ?? null;
    if (key === 'total') parent = null;
    if (key === 'projectLine') parent = this.items.some((x) => x.key === 'project') ? 'project' : 'total';
    if (numbered && this.openSubtotal && key !== this.openSubtotal) parent = this.openSubtotal;
    const opensList = /^\s*其中/.test(v.text(r, c));
    if (key === 'unknown') parent = this.unknownParent(r, c);
    // 财政拨款 600 / 其中：中央资金 300: 其中 breaks down the line above it (in its column) when that line is
    // itself a part of the 其中 line's usual whole (资金总额 / 其中：财政拨款 keeps the total as parent)
    const above = this.lastInCol.get(c);
    if (
      opensList &&
      key !== 'unknown' &&
      key !== 'total' &&
      above &&
      above.key !== key &&
      parent !== null &&
      isBelow(above.key, parent)
    )
      parent = above.key;
    // 省级资金 / 县级资金 listed after it in its column are its siblings; 其他资金 after them is not
    else if (!opensList && this.listOf !== null && this.listOf.col === c && sameSourceGroup(this.listOf.key, key))
      parent = this.listOf.parent;
    if (key === 'fiscalSubtotal' || key === 'selfFunds') this.openSubtotal = key;
    if (opensList) this.listOf = { col: c, parent, key };
    else if (this.listOf !== null && this.listOf.col !== c) this.listOf = null;

    // 中期资金总额 / 年度资金总额 name their period; a project line called 2022年度调节金 does not
    const own = key === 'total' || key === 'fiscalSubtotal' || key === 'fiscal' ? periodOf(label) : null;
    if (own && (key === 'total' || key === 'fiscalSubtotal')) {
      this.labelColPeriod.set(c, own);
      this.rowPeriod = { r, c, period: own };
    }
    // 年度资金总额 | 1003.82 | 财政拨款 | 983.82 | 其他资金 | 20: the lines right of it on its row are that period's
    const onRow = this.rowPeriod;
    const rowOwn = own === null && onRow !== null && onRow.r === r && onRow.c < c ? onRow.period : undefined;
    const amounts: Record<string, Cell> = {};
    const texts: Record<string, string> = {};
    // without period headings the year's amount is the one in the total's column, else the rightmost
    // (a 支出 line written 半年 | 全年 puts the year last); the others stay unplaced, never read as the year's
    // (and the lines under such a line in its column: 年度资金总额 | 3000 | 其中：财政拨款 | 2800 over
    // 其他资金 | 200 below 财政拨款)
    if (rowOwn !== undefined) this.labelColPeriod.set(c, rowOwn);
    const labelPeriod = rowOwn ?? this.labelColPeriod.get(c);
    const unheaded = own === null && this.periodCols.size === 0 && labelPeriod === undefined;
    const order = unheaded ? this.yearFirst(amountCols) : amountCols;
    for (const ac of order) {
      // headings that tell periods apart (半年 | 全年) decide over the label's own word (年度资金总额 under 半年
      // is the half year's); one heading (预算数) does not (中期资金总额 | 年度资金总额 under it)
      const headed = this.distinctPeriods() ? this.periodForColumn(ac) : null;
      const period = headed ?? own ?? this.periodForColumn(ac) ?? labelPeriod ?? this.defaultPeriod();
      if (amounts[period]) continue;
      amounts[period] = this.amountCell(r, ac);
      texts[period] = v.text(r, ac);
      if (key === 'total' && period === this.defaultPeriod()) this.totalCol ??= ac;
    }
    const section = this.sectionCols.get(c) ?? this.section;
    const item: FundsItem = { key, label: v.cell(r, c), section, parent, amounts };
    this.labelCols.add(c);
    this.lastInCol.set(c, item);
    for (const [period, cell] of Object.entries(amounts)) this.noteBreakdown(item, period, cell, texts[period]);
    this.items.push(item);
  }

  /**
   * A task row's texts before its amount (部门职能 | 重点工作 | 对应项目 | 预算金额): the group, the task and
   * its project all belong to the line whose amount stands further right, under the table's amount heading.
   */
  private beforeTaskAmount(r: number, cols: readonly number[], j: number, key: FundsKey | null, amounts: number[]) {
    if (!this.taskTable || key !== null || amounts.length > 0) return false;
    for (let k = j + 1; k < cols.length; k++)
      if (amountOrTotalOf(this.view.raw(r, cols[k])) !== null) return this.periodCols.has(cols[k]);
    return false;
  }

  /** Whether one of the row's amounts stands in a column the current headings name. */
  private amountsUnderHeadings(r: number, cols: readonly number[]): boolean {
    return cols.some((c) => this.periodCols.has(c) && amountOrTotalOf(this.view.raw(r, c)) !== null);
  }

  /** Amount columns with the year's first: the total's column when a line has one there, else the rightmost. */
  private yearFirst(cols: readonly number[]): number[] {
    if (cols.length < 2) return [...cols];
    const year = this.totalCol !== null && cols.includes(this.totalCol) ? this.totalCol : cols[cols.length - 1];
    return [year, ...cols.filter((c) => c !== year)];
  }

  /** A task line or the task table's 合计: amounts by the table's own column headings. */
  private addTask(r: number, c: number, key: FundsKey, amountCols: number[]): void {
    const amounts: Record<string, Cell> = {};
    for (const ac of amountCols) {
      const heading = this.periodForColumn(ac) ?? this.defaultPeriod();
      if (!amounts[heading]) amounts[heading] = this.amountCell(r, ac);
    }
    const parent = key === 'total' ? null : 'total';
    // a group cell (部门职能) left of the task's own name: the task is the name
    const name = this.taskNameCol;
    const at = key === 'projectLine' && name !== null && c < name && !this.view.isEmpty(r, name) ? name : c;
    if (at !== c) this.view.consume(r, c);
    this.tasks.push({ key, label: this.view.cell(r, at), section: 'expense', parent, amounts });
  }

  private openExpense(c: number): void {
    for (const other of this.labelCols)
      if (other < c && !this.sectionCols.has(other)) this.sectionCols.set(other, 'income');
    this.sectionCols.set(c, 'expense');
    this.section = 'expense';
  }

  /**
   * A line of the block in wording the vocabulary does not know that is still a part of the total above
   * it: in the column the block's lines are labelled in, it opens a list (其中：…) or names a source of
   * money by its ending (FUNDS_SOURCE_ENDINGS). Not in task, cost or 支出 tables, whose lines are their own.
   */
  private isPartLine(r: number, c: number, label: string): boolean {
    if (!this.active || this.taskTable || this.costTable || this.section === 'expense') return false;
    if (!this.labelCols.has(c) || !this.items.some((x) => x.key === 'total')) return false;
    return /^\s*其中/.test(this.view.text(r, c)) || FUNDS_SOURCE_ENDING.test(label);
  }

  /**
   * Where a line in unknown wording adds: its list's parent, under 其中 the line above it in its column
   * (side by side lists have other lines between), else the total.
   */
  private unknownParent(r: number, c: number): FundsKey | null {
    if (this.listOf !== null && this.listOf.col === c) return this.listOf.parent;
    const above = this.lastInCol.get(c);
    if (/^\s*其中/.test(this.view.text(r, c)) && above) return above.key;
    return this.items.some((x) => x.key === 'total') ? 'total' : null;
  }

  /** Keeps the parts of a total written with its breakdown (854万（其中中央500万…）) for finish(). */
  private noteBreakdown(item: FundsItem, period: string, cell: Cell, text: string): void {
    if (item.key !== 'total' && item.key !== 'fiscalSubtotal') return;
    const b = amountBreakdown(text);
    if (b) this.breakdowns.push({ item, period, cell, parts: b.parts });
  }

  /**
   * A note row of a task table saying the table lists only some tasks (注：以上为部分重点任务, 仅列示部分任务):
   * one cell, a note's opening word, 部分 in it. A task named 部分乡镇道路硬化 has an amount and no such word.
   */
  private readTaskNote(r: number, cols: readonly number[]): boolean {
    const v = this.view;
    if (cols.length !== 1) return false;
    const text = v.text(r, cols[0]).replace(/\s+/g, '');
    if (!/部分/.test(text) || !TASK_NOTE.test(text)) return false;
    this.tasksPartial ??= v.cell(r, cols[0]);
    return true;
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
  private readHorizontal(r: number, cols: readonly number[], unlabelled: boolean): boolean {
    const v = this.view;
    const keys = new Map<number, FundsKey>();
    for (const c of cols) {
      const key = fundsKey(v.label(r, c));
      if (key !== null) keys.set(c, key);
    }
    // 全年预算数 | 其中：中央补助 | 省级资金 over their amounts: an amount heading before the sources is
    // their total (when the row has no other)
    const first = cols.find(
      (c) => !keys.has(c) && !this.isGrouping(v.label(r, c)) && !isFundsBlockLabel(v.label(r, c)),
    );
    if (
      first !== undefined &&
      keys.size > 0 &&
      ![...keys.values()].includes('total') &&
      [...keys.keys()].every((c) => c > first) &&
      /(预算数|预算金额|资金总额|总额|合计)$/.test(v.label(r, first))
    )
      keys.set(first, 'total');
    const labels = cols.filter((c) => keys.has(c));
    if (labels.length < 2 && !(labels.length === 1 && cols.some((c) => this.isGrouping(v.label(r, c))))) return false;
    if (this.readMatrix(r, keys)) return true;
    const found: { c: number; ar: number }[] = [];
    for (const c of labels) {
      for (let ar = r + 1; ar <= r + 2 && ar < v.rows; ar++) {
        if (amountOrTotalOf(v.raw(ar, c)) !== null) {
          found.push({ c, ar });
          break;
        }
        if (!v.isEmpty(ar, c)) break;
      }
    }
    if (found.length === 0) return false;
    if (unlabelled && (found.length < 2 || !found.some(({ c }) => keys.get(c) === 'total'))) return false;
    this.active = true;
    for (const c of cols) if (this.isGrouping(v.label(r, c))) v.consume(r, c);
    for (const { c, ar } of found) {
      const key = keys.get(c) ?? 'unknown';
      if (key === 'basic' || key === 'project') this.section = 'expense';
      const parent = key === 'total' ? null : (FUNDS_PARENT[key] ?? null);
      const amount = this.amountCell(ar, c);
      const item: FundsItem = {
        key,
        label: v.cell(r, c),
        section: this.section,
        parent,
        amounts: { [this.defaultPeriod()]: amount },
      };
      this.noteBreakdown(item, this.defaultPeriod(), amount, v.text(ar, c));
      this.items.push(item);
    }
    return true;
  }

  /**
   * A matrix: sources (or uses) over the columns, uses (or sources) down the rows, each row labelled left
   * of the headings (资金总额 | 一般公共预算 | 政府性基金 over 合计 | 基本支出 | 项目支出). The 合计 row
   * gives each heading's item; every other row is one item, its amount the one in the 资金总额 column (its
   * other cells break that row down, understood). 基本支出 / 项目支出 add up on the 支出 side.
   */
  private readMatrix(r: number, known: ReadonlyMap<number, FundsKey>): boolean {
    const v = this.view;
    const totalCol = [...known].find(([, k]) => k === 'total')?.[0];
    const first = Math.min(...known.keys());
    if (totalCol === undefined) return false;
    // a heading in wording no dictionary lists (单位资金) beside known ones is a column of the matrix too
    const keys = new Map(known);
    for (const c of v.filled(r)) if (c > first && !keys.has(c) && !v.isUsed(r, c)) keys.set(c, 'unknown');
    const rows: { ar: number; lc: number; key: FundsKey }[] = [];
    for (let ar = r + 1; ar < v.rows; ar++) {
      const lc = v.filled(ar).find((c) => c < first && !v.isUsed(ar, c));
      const label = lc === undefined ? '' : v.label(ar, lc);
      const key = fundsKey(label) ?? (FUNDS_SOURCE_ENDING.test(label) ? 'unknown' : null);
      if (lc === undefined || key === null || amountOrTotalOf(v.raw(ar, totalCol)) === null) break;
      rows.push({ ar, lc, key });
    }
    if (rows.length === 0) return false;
    this.active = true;
    const sectionOf = (key: FundsKey) => (key === 'basic' || key === 'project' ? 'expense' : 'income');
    const add = (key: FundsKey, label: Cell, amount: Cell) =>
      this.items.push({
        key,
        label,
        section: sectionOf(key),
        parent: key === 'total' ? null : (FUNDS_PARENT[key] ?? 'total'),
        amounts: { [this.defaultPeriod()]: amount },
      });
    for (const { ar, lc, key } of rows) {
      v.consume(ar, lc);
      const cells = [...keys.keys()].filter((c) => amountOrTotalOf(v.raw(ar, c)) !== null);
      if (key === 'total') for (const c of cells) add(keys.get(c) ?? 'unknown', v.cell(r, c), this.amountCell(ar, c));
      else {
        add(key, v.cell(ar, lc), this.amountCell(ar, totalCol));
        for (const c of cells) if (c !== totalCol) v.consume(ar, c);
      }
    }
    // a heading is the matrix's when it is known or has amounts under it (备注 beside it stays a note)
    for (const c of keys.keys())
      if (known.has(c) || rows.some(({ ar }) => amountOrTotalOf(v.raw(ar, c)) !== null)) v.consume(r, c);
    // the heading of the row labels (项目 | 合计 | 一般公共预算 …, 支出类型): the column of the rows' labels
    const labelCol = rows[0].lc;
    if (!v.isEmpty(r, labelCol) && !v.isUsed(r, labelCol) && amountOrTotalOf(v.raw(r, labelCol)) === null)
      v.consume(r, labelCol);
    return true;
  }

  private isGrouping(label: string): boolean {
    return /^按.*(性质|来源|用途)分$/.test(label) || label === '其中';
  }

  /** An amount cell whose value is the parsed number (“25万元” written as text reads 25). */
  private amountCell(r: number, c: number): Cell {
    const cell = this.view.cell(r, c);
    const n = amountOrTotalOf(this.view.raw(r, c));
    return n === null || cell.value === n ? cell : { ...cell, value: n };
  }

  /** The amount headings name two periods or more (半年 | 全年, 中期 | 年度). */
  private distinctPeriods(): boolean {
    return new Set(this.periodCols.values()).size >= 2;
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
    // 年度预算数 / 预算数 over a column of amounts (the caller sees no amount on the row): a heading, though
    // beside its amount the same words are the total
    if (/(预算数|执行数|计划数|金额|实际执行数|申请数)$/.test(label)) return true;
    if (fundsKey(label) !== null) return false;
    // 半年 | 全年, 中期 | 年度 over the amounts (a period word alone, not a goal or an indicator heading)
    return label.length <= 6 && periodOf(label) !== null && goalKey(label) === null && !/目标|指标/.test(label);
  }

  private headingPeriod(label: string): string {
    const p = periodOf(label);
    // 全年预算数 | 全年执行数: what was spent is not the budget; its column keeps its own name (全年执行).
    // 半年计划执行数 is a plan, the period's own target
    if (p && /(执行数|执行金额|实际数|完成数)$/.test(label) && !/计划|预计|预算/.test(label)) return `${p}执行`;
    if (p) return p;
    const year = /((?:19|20)\d{2})年/.exec(label);
    if (year) return label;
    // 金额 over a detail table below 本年度预算 | 1000: the lines are that total's year, so they add up to it
    const total = this.items.find((x) => x.key === 'total' && ('全年' in x.amounts || '年度' in x.amounts));
    if (total) return '全年' in total.amounts ? '全年' : '年度';
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
      // the heading over the lines' labels (资金情况 | 项目 | 半年预算数 | 全年预算数)
      label === '项目' ||
      label === '资金项目' ||
      // 全年预算数 | 全年执行数 | 执行率: the rate column's heading
      /执行率$/.test(label) ||
      label === '成本构成' ||
      label === '小计' ||
      label === '任务名称' ||
      label === '主要内容' ||
      label === '预算金额' ||
      this.isGrouping(label) ||
      /^测算/.test(label) ||
      /依据$/.test(label)
    );
  }
}

/** Is `key` a part of `whole` (down FUNDS_PARENT, not the whole itself)? */
function isBelow(key: FundsKey, whole: FundsKey): boolean {
  for (let p = FUNDS_PARENT[key]; p !== undefined; p = FUNDS_PARENT[p]) if (p === whole) return true;
  return false;
}

/** Sources that split the same money one way: by level of government, by kind of fiscal fund, own income. */
const SOURCE_GROUPS: FundsKey[][] = [
  ['central', 'provincial', 'municipal', 'county', 'local'],
  ['general', 'govFund', 'specialAccount'],
  ['businessIncome', 'operatingIncome'],
];

function sameSourceGroup(a: FundsKey, b: FundsKey): boolean {
  return SOURCE_GROUPS.some((g) => g.includes(a) && g.includes(b));
}

/** A cell that says a funds line has no amount: dashes, a slash, 无. */
const NO_AMOUNT = /^(?:[-—–－‐_/／\\]+|无)$/;

/** 资金总额 / 其他资金 … and a block label written with its amount (项目资金：120万元 is the total). */
function inlineFundsKey(label: string): FundsKey | null {
  return fundsKey(label) ?? (isFundsBlockLabel(label) ? 'total' : null);
}

/** Items whose parent is not on the form add into the nearest ancestor that is. */
function withPresentParents(items: readonly FundsItem[]): FundsItem[] {
  const present = new Set(items.map((i) => i.key));
  return items.map((item) => {
    let parent = item.parent;
    while (parent !== null && !present.has(parent)) parent = FUNDS_PARENT[parent] ?? null;
    return parent === item.parent ? item : { ...item, parent };
  });
}
