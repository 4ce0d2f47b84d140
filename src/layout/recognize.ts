import { rangeA1 } from '../core/address';
import { amountOrTotalOf } from '../core/amount';
import type { Cell } from '../model/cell';
import type {
  ColumnRole,
  Form,
  FundsItem,
  Goal,
  HeaderField,
  IndicatorNode,
  IndicatorTable,
  PlanPoint,
  UnrecognizedPart,
} from '../model/form';
import type { Grid } from '../model/grid';
import type { SheetMapping } from '../model/mapping';
import { DEPARTMENT_TITLE } from './vocabulary';
import { FundsReader, isTaskHeading } from './funds';
import type { LevelShift } from './indicators';
import { goalKey, headerPrefix, isFundsBlockLabel, isReview, isTitle, isYearLine, yearIn } from './match';
import {
  isFieldRow,
  isKnownLabel,
  looksLikeLabel,
  readGoal,
  readHeaderFields,
  readOtherFields,
  readPlan,
  readReview,
} from './parts';
import { splitProjects, type Project } from './multi-project';
import { chooseReader } from './readers/registry';
import { segmentSheet, type Segment } from './segment';
import { detectHeader, type TableHeader } from './table-header';
import { SheetView } from './view';
import type { TableTrace } from './trace';
import { strayTitle, unreadFunds, unreadSheet, unreadTable } from './unrecognized';
import { asMapped, planMapping } from './mapping/plan';
import { mappedReader } from './mapping/read';

export interface RecognizeOptions {
  /** The sheet's part of a user's mapping: its forms and tables are read as it says. */
  mapping?: SheetMapping;
}

/**
 * Finds every target form on a sheet: Grid → Form[]. Driven by the label dictionary (dictionary.ts) and
 * positions relative to labels, never by fixed row numbers. Cells inside a form that could not be placed
 * are listed in `unplaced`.
 */
export function recognize(grid: Grid, options: RecognizeOptions = {}): Form[] {
  return recognizeSheet(grid, null, options.mapping);
}

/**
 * recognize() that also notes, per form, which reader read each table (`target-sheet model --trace`).
 * `traces[i]` belongs to `forms[i]`.
 */
export function recognizeTraced(grid: Grid, options: RecognizeOptions = {}): { forms: Form[]; tables: TableTrace[][] } {
  const tables: TableTrace[][] = [];
  return { forms: recognizeSheet(grid, tables, options.mapping), tables };
}

function recognizeSheet(grid: Grid, traces: TableTrace[][] | null, mapping?: SheetMapping): Form[] {
  // A user's mapping (docs/mapping.md) gives the forms and tables; the readers still read inside them.
  const plan = mapping ? planMapping(grid, mapping) : null;
  const view = new SheetView(plan?.grid ?? grid);
  if (plan?.parts) {
    const forms = plan.parts.flatMap((p) => {
      const read = readForm(p.view, p.segment, p.view.rows);
      if (traces) for (let k = 0; k < read.forms.length; k++) traces.push(read.traces);
      return read.forms.map((f) => asMapped(f, p));
    });
    const first = plan.parts[0]?.form.pos.r0;
    const docYear = first !== undefined ? documentYear(view, first - view.grid.origin.row) : null;
    for (const f of forms) if (f.year === null) f.year = docYear;
    return forms;
  }
  const titlesWithoutTable: { row: number; end: number }[] = [];
  const segments = segmentSheet(view, titlesWithoutTable);
  const perSegment = segments.map((seg, i) => readForm(view, seg, segments[i + 1]?.start ?? view.rows));
  const forms = perSegment.flatMap((read) => {
    if (traces) for (let k = 0; k < read.forms.length; k++) traces.push(read.traces);
    return read.forms;
  });
  // a title with no readable table under it is named on the form after it (else the one before): a
  // sheet without any form says so as a whole
  for (const t of titlesWithoutTable) {
    const next = segments.findIndex((seg) => seg.start > t.row);
    const owner = next >= 0 ? perSegment[next].forms[0] : forms[forms.length - 1];
    const part = owner ? strayTitle(view, t.row, t.end) : null;
    if (owner && part) owner.unrecognized = [part, ...(owner.unrecognized ?? [])];
  }
  // no form at all on a sheet that looks like one: one form that says what was seen, not a silent sheet
  if (forms.length === 0) {
    const unread = unreadSheet(view);
    if (unread) forms.push(unread);
  }
  // Forms of a budget document (张家口: 2020 年部门预算绩效文本 then the project forms) take the
  // document's year when their own title does not say it.
  const docYear = segments.length > 0 ? documentYear(view, segments[0].start) : null;
  for (const f of forms) if (f.year === null) f.year = docYear;
  return forms;
}

function documentYear(view: SheetView, before: number): number | null {
  for (let r = 0; r < before; r++) {
    for (const c of view.filled(r)) {
      const t = view.text(r, c);
      if (t.length <= 30) {
        const y = yearIn(t);
        if (y !== null) return y;
      }
    }
  }
  return null;
}

function readForm(view: SheetView, seg: Segment, nextStart: number): { forms: Form[]; traces: TableTrace[] } {
  // several projects in one table: the reader reads their left columns, before unplaced is counted
  const tables = readTables(view, seg, nextStart);
  const projects = tables.projects;
  const blocks = readBlocks(view, seg, nextStart, tables);
  const { title, header, goals } = blocks;
  const kind = formKind(title, header, tables.indicators);
  const nameField =
    header.find((f) => f.key === (kind === 'department' ? 'unitName' : 'projectName')) ??
    header.find((f) => f.key === 'projectName' || f.key === 'unitName');
  const { range, unplaced } = extent(view, seg.start, blocks.lastRow);
  // a year from the title or a (2022年度) line; else the one the name or the 年度目标 speaks of
  const annual = goals.find((g) => g.key === 'annual' && g.value);
  const year =
    blocks.year ??
    (nameField?.value ? yearIn(nameField.value.text) : null) ??
    (annual?.value ? yearIn(annual.value.text) : null);
  const form: Form = {
    sheet: view.sheet,
    kind,
    title,
    year,
    range,
    name: nameField?.value?.text || null,
    header,
    funds: blocks.funds,
    fundsPeriods: [...new Set(blocks.funds.flatMap((f) => Object.keys(f.amounts)))],
    plan: blocks.plan,
    ...(blocks.tasks.length > 0 ? { tasks: blocks.tasks } : {}),
    ...(blocks.tasksPartial && blocks.tasks.length > 0 ? { tasksPartial: blocks.tasksPartial } : {}),
    goals,
    periods: tables.periods,
    tables: tables.tables,
    indicators: tables.indicators,
    unplaced,
  };
  const funds = unreadFunds(form);
  if (funds.length > 0) {
    const named = new Set(funds.map((x) => x.amount.address));
    form.unplaced = unplaced.filter((c) => !named.has(c.address));
  }
  const unrecognized = [...tables.unrecognized, ...funds.map((x) => x.part)];
  if (unrecognized.length > 0) form.unrecognized = unrecognized;
  return { forms: splitProjects(form, projects), traces: tables.traces };
}

interface Tables {
  /** First and last row of each table (a few spans, not a set of every row: tables may run to 500k rows). */
  spans: { from: number; to: number }[];
  indicators: IndicatorNode[];
  tables: IndicatorTable[];
  periods: string[];
  lastRow: number;
  projects: Project[];
  /** Which reader read each table. */
  traces: TableTrace[];
  /** Headings whose rows gave nothing. */
  unrecognized: UnrecognizedPart[];
}

/**
 * The indicator tables: each runs to the next header, the end of the segment, or a stop row, and is read
 * by the most confident layout reader (readers/registry.ts).
 */
function readTables(view: SheetView, seg: Segment, nextStart: number): Tables {
  const out: Tables = {
    spans: [],
    indicators: [],
    tables: [],
    periods: [],
    lastRow: seg.start,
    projects: [],
    traces: [],
    unrecognized: [],
  };
  const isStop = (r: number) => isStopRow(view, r);
  seg.headers.forEach((h, i) => {
    const next = i + 1 < seg.headers.length ? seg.headers[i + 1].row - 1 : seg.end;
    const limit = Math.min(next, nextStart - 1, h.mapped?.end ?? next);
    const context = { view, header: h, segment: seg, limit, isStop };
    // a table the user's mapping gave is read as it says, not by the most confident family reader
    const reader = h.mapped ? mappedReader : chooseReader(context);
    const read = reader.read(context);
    const tableEnd = read.lastRow;
    out.spans.push({ from: h.implicit ? h.lastRow + 1 : h.row, to: h.mapped?.end ?? tableEnd });
    // concat, not a push per node (a table may have 500k) nor push(...nodes) (too many arguments)
    out.indicators = out.indicators.concat(read.nodes);
    const table = describeTable(view, h, h.mapped?.end ?? tableEnd, read.shift);
    if (read.levels) table.levels = read.levels;
    if (read.projects) out.projects = read.projects;
    out.tables.push(table);
    out.traces.push({
      reader: reader.id,
      name: reader.name,
      range: table.range,
      heading: h.implicit ? null : rowSpan(view, h.row, h.lastRow),
      rows: read.nodes.length,
    });
    const unread = unreadTable(view, h, read.nodes.length, limit);
    if (unread) out.unrecognized.push(unread);
    out.lastRow = Math.max(out.lastRow, tableEnd);
  });
  out.periods = [
    ...new Set(
      seg.headers.flatMap((h) =>
        h.blocks.flatMap((b) => b.columns.filter((c) => c.role === 'value').map((c) => c.period ?? '全年')),
      ),
    ),
  ];
  return out;
}

function isTableRow(tables: Tables, r: number): boolean {
  return tableSpanAt(tables, r) !== null;
}

function tableSpanAt(tables: Tables, r: number): Tables['spans'][number] | null {
  for (const s of tables.spans) if (r >= s.from && r <= s.to) return s;
  return null;
}

interface Blocks {
  /** Amounts of task tables (年度主要任务 …): theirs, not funds. */
  tasks: FundsItem[];
  /** The task table's cell saying it lists only some tasks. */
  tasksPartial: Cell | null;
  title: string | null;
  year: number | null;
  header: HeaderField[];
  goals: Goal[];
  plan: PlanPoint[];
  funds: FundsItem[];
  lastRow: number;
}

/** Everything around the tables, top to bottom: title, year, header fields, funds, plan, goals, review lines. */
function readBlocks(view: SheetView, seg: Segment, nextStart: number, tables: Tables): Blocks {
  const out: Blocks = {
    title: null,
    year: null,
    header: [],
    goals: [],
    plan: [],
    funds: [],
    tasks: [],
    tasksPartial: null,
    lastRow: tables.lastRow,
  };
  const periods = tables.periods;
  const funds = new FundsReader(view, () => (periods.includes('全年') || !periods.includes('年度') ? '全年' : '年度'));
  let blockLabel: { r: number; c: number } | null = null;
  const end = Math.min(seg.end, nextStart - 1);
  // The header, funds and goal blocks share the indicator table's width (a printed form is a rectangle).
  const c0 = Math.min(
    ...seg.headers.map((h) => h.outerCol ?? h.blocks[0].c0),
    ...seg.headers.map((h) => view.filled(h.row)[0] ?? 0),
  );
  const tableC1 = Math.max(...seg.headers.map((h) => h.blocks[h.blocks.length - 1].c1));
  // the header band: rows above the first table; its body starts at the first field, funds or goal read
  const firstTable = Math.min(...tables.spans.map((s) => s.from));
  const c1 = bandEdge(view, seg.start, firstTable, tableC1 + 1);
  view.setWindow({ c0: Math.max(0, c0 - 1), c1 });
  let bodyStarted = false;
  for (let r = seg.start; r <= end; r++) {
    // a table's rows are its reader's: on to the table's last row, not one look-up per row of a big table
    const span = tableSpanAt(tables, r);
    if (span) {
      funds.active = false;
      r = span.to;
      continue;
    }
    const cols = view.filled(r);
    if (cols.length === 0) continue;
    // below the tables the form goes on with review lines and fields (经办人：王五, 打印日期：2024-01-20)
    // and with a task table (任务名称 | 金额 under a flat list): its heading, then its lines with amounts
    if (r > out.lastRow && !rowHasReview(view, r) && !isFieldRow(view, r) && !funds.continuesTasks(r)) break;
    if (out.title === null && cols.length <= 3) {
      const tc = cols.find((c) => isTitle(view.text(r, c)));
      if (tc !== undefined) {
        out.title = view
          .text(r, tc)
          .replace(/\s+/g, ' ')
          .replace(/^#+\s*/, '');
        out.year = out.year ?? yearIn(out.title);
        view.consume(r, tc);
        out.lastRow = Math.max(out.lastRow, r);
        // 单位：万元 typed at the title's right end is a field of the band; a lone title row is done
        if (cols.length === 1) continue;
      }
    }
    if (cols.length === 1 && isYearLine(view.text(r, cols[0]))) {
      out.year = yearIn(view.text(r, cols[0]));
      view.consume(r, cols[0]);
      continue;
    }
    // a task table's heading row (任务名称 | 主要内容 | 预算金额) is the funds reader's, not header fields; a
    // goal label on it (年度履职目标 | 职能 | 预算金额) names the table, its text is the table
    const taskHeading = isTaskHeading(view, r);
    for (const c of cols) {
      if (view.isUsed(r, c)) continue;
      const label = view.label(r, c);
      if (taskHeading && !isFundsBlockLabel(label) && goalKey(label) === null) continue;
      // 项目资金：120万元 is the total written beside its label, not the block's heading
      if (
        (isFundsBlockLabel(label) && !/\d/.test(label) && !beforeAmount(view, r, c)) ||
        (taskHeading && goalKey(label) !== null)
      ) {
        view.consume(r, c);
        // a funds block after a task table (资金来源 | 年度) is funds again; a task heading reopens the tasks
        if (!taskHeading) funds.endTasks();
        funds.active = true;
        blockLabel = { r, c };
        continue;
      }
      const points = readPlan(view, r, c);
      if (points) {
        out.plan = points;
        funds.active = false;
        continue;
      }
      const goal = readGoal(view, r, c, (rr) => isTableRow(tables, rr));
      if (goal) {
        if (goal !== 'group') out.goals.push(goal);
        funds.active = false;
        continue;
      }
      const fields = readHeaderFields(view, r, c);
      const review = fields.length === 0 ? readReview(view, r, c) : null;
      for (const f of review ? [review] : fields) out.header.push(f);
    }
    const readFunds = funds.readRow(r, (rr, cc) => isKnownLabel(view, rr, cc));
    // 预算规模及资金用途: the purpose text on the block's second row
    const rest = view.filled(r).filter((c) => !view.isUsed(r, c));
    if (!readFunds && funds.active && blockLabel && rest.length === 1 && view.text(r, rest[0]).length > 4) {
      out.header.push({ key: 'fundUsage', label: view.cell(blockLabel.r, blockLabel.c), value: view.cell(r, rest[0]) });
    }
    if (r < firstTable) {
      const known = rest.length < cols.length;
      // pairs no known label explained (申报日期 | 2024-01-20): header fields `other`, never unplaced
      for (const f of readOtherFields(view, r, !bodyStarted && !known)) out.header.push(f);
      bodyStarted ||= known;
    } else if (rest.length > 0 && (rest.length < cols.length || isFieldRow(view, r))) {
      // between or below the tables, a row of fields (填报人 | 张三 | 经办人 | 王五, 打印日期：2024-01-20):
      // the pairs no known label explained are fields `other` too
      for (const f of readOtherFields(view, r, false)) out.header.push(f);
    }
    out.lastRow = Math.max(out.lastRow, r);
  }
  view.setWindow(null);
  out.funds = funds.finish();
  out.tasks = funds.finishTasks();
  out.tasksPartial = funds.tasksPartial;
  return out;
}

/** Empty columns a band row may have between a value and the next label (its merged cells lost). */
const BAND_GAP = 4;

/**
 * Right edge of a form's blocks: one column past its tables, or further where a row of the header band
 * goes on with label–value pairs, known labels or texts that read as labels (项目名称 | … | 所属行业 | 教育
 * over a narrow 指标名称 | 指标值 list): the band is the form's; a note beside the form, far from it or no
 * label, is not.
 */

function bandEdge(view: SheetView, start: number, firstTable: number, edge: number): number {
  let out = edge;
  for (let r = start; r < firstTable && r < start + 40; r++) {
    const cols = view.filled(r);
    if (cols.length === 0 || cols[0] > out) continue;
    // label, value, label, value…: a cell right after a label is its value unless the vocabulary knows it
    let afterLabel = false;
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i];
      const isLabel: boolean =
        isKnownLabel(view, r, c) || (!afterLabel && looksLikeLabel(view.text(r, c), view.label(r, c)));
      if (c > out) {
        // close to the cell before it (merged cells lost leave a few empty columns): a label, or the value
        // of the label before it
        // 单位：万元 says whose amounts it measures wherever it stands on the band's row
        const unit = headerPrefix(view.text(r, c))?.key === 'amountUnit';
        if (!unit && (c - cols[i - 1] > BAND_GAP || !(isLabel || afterLabel))) break;
        out = c;
      }
      afterLabel = isLabel;
    }
  }
  return out;
}

/** The next cell right of (r, c) is an amount: 项目资金 | 420.00 is the total beside its label, not a block heading. */
function beforeAmount(view: SheetView, r: number, c: number): boolean {
  const next = view.filled(r, c + 1)[0];
  return next !== undefined && amountOrTotalOf(view.raw(r, next)) !== null;
}

/** A department form says so in its title, lists the unit's duties, or names a unit and no project. */
function formKind(title: string | null, header: HeaderField[], indicators: IndicatorNode[]): Form['kind'] {
  const unitOnly =
    header.some((f) => f.key === 'unitName') &&
    !header.some((f) => f.key === 'projectName') &&
    !/项目/.test(title ?? '');
  const department =
    DEPARTMENT_TITLE.test(title ?? '') ||
    header.some((f) => f.key === 'functions') ||
    indicators.some((n) => n.level1?.key === 'duty') ||
    unitOnly;
  return department ? 'department' : 'project';
}

/**
 * Rows that end a table early: a new form's title or name row, a new table's heading, or the heading of a
 * task table (任务名称 | 金额 under a flat list: its lines are tasks, not indicators).
 */
function isStopRow(view: SheetView, r: number): boolean {
  const cols = view.filled(r);
  if (cols.length === 0) return false;
  if (cols.length <= 3 && cols.some((c) => isTitle(view.label(r, c)))) return true;
  return detectHeader(view, r) !== null || isTaskHeading(view, r);
}

function rowHasReview(view: SheetView, r: number): boolean {
  return view.filled(r).some((c) => isReview(view.label(r, c)));
}

/** Sheet rows r0…r1 (0-based grid rows) as `5` or `5-6`. */
function rowSpan(view: SheetView, r0: number, r1: number): string {
  const o = view.grid.origin.row + 1;
  return r1 > r0 ? `${o + r0}-${o + r1}` : `${o + r0}`;
}

/** Column roles as read: a table re-read one level down reports its columns one level down too. */
const SHIFTED_ROLE: Record<'down' | 'twoLevel', Partial<Record<ColumnRole, ColumnRole>>> = {
  down: { level1: 'level2', level2: 'level3' },
  twoLevel: { level3: 'level2' },
};

function describeTable(view: SheetView, h: TableHeader, lastRow: number, shift: LevelShift): IndicatorTable {
  // several projects in one table: their own columns left of the levels are the table's too
  const projectCols = (h.projectColumns ?? []).map((p) => p.col);
  const first = Math.min(h.outerCol ?? h.blocks[0].c0, ...projectCols);
  const top = h.implicit ? h.lastRow + 1 : h.row;
  const lastCol = h.blocks[h.blocks.length - 1].c1;
  return {
    range: rangeA1(
      view.grid.origin.row + top,
      view.grid.origin.col + first,
      view.grid.origin.row + lastRow,
      view.grid.origin.col + lastCol,
    ),
    headerRow: view.grid.origin.row + top + 1,
    headerRows: h.implicit ? 0 : h.lastRow - h.row + 1,
    block: h.blocks.length > 1 ? h.blocks.map((b) => b.name ?? '').join('/') : null,
    columns: [
      ...projectCols.map((col) => ({
        col: view.address(Math.max(0, h.row), col).replace(/\d+$/, ''),
        role: 'projectField' as const,
        period: null,
        header: view.text(h.row, col),
      })),
      ...h.blocks.flatMap((b) =>
        b.columns.map((c) => ({
          col: view.address(Math.max(0, h.row), c.col).replace(/\d+$/, ''),
          role: (shift && SHIFTED_ROLE[shift][c.role]) || c.role,
          period: c.period,
          header: c.header,
        })),
      ),
    ],
  };
}

/** The form's range (rows it spans, columns its placed cells span) and the cells in it nobody placed. */
function extent(view: SheetView, r0: number, r1: number): { range: string; unplaced: Cell[] } {
  let c0 = Number.MAX_SAFE_INTEGER;
  let c1 = -1;
  // one pass: the cells nobody placed are noted (row, column, row-major) and kept if inside c0..c1
  const left: number[] = [];
  for (let r = r0; r <= r1; r++) {
    const cols = view.filled(r);
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i];
      if (!view.isUsed(r, c)) {
        left.push(r, c);
        continue;
      }
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
    }
  }
  if (c1 < 0) {
    c0 = 0;
    c1 = Math.max(0, view.cols - 1);
  }
  const unplaced: Cell[] = [];
  for (let i = 0; i < left.length; i += 2) {
    const c = left[i + 1];
    if (c >= c0 && c <= c1) unplaced.push(view.cell(left[i], c));
  }
  const o = view.grid.origin;
  return { range: rangeA1(o.row + r0, o.col + c0, o.row + r1, o.col + c1), unplaced };
}
