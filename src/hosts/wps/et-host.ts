import type { Finding } from '../../model/finding';
import type { Grid } from '../../model/grid';
import {
  bottomUpInsertions,
  type CellEdit,
  type EditEvent,
  type Host,
  type HostCapabilities,
  type HostStorage,
  type ReadOptions,
  type RowInsertion,
  type SheetEdit,
} from '../host';
import { freeSheetName, type SheetDescription } from '../../model/sheet';
import { writeEtSheet } from './write-sheet';
import { textOf } from '../../core/grid';
import { fromRangeA1 } from '../../core/address';
import { asCellText } from '../excel/cell-values';
import { OwnWrites } from '../excel/own-writes';
import { chunkAddresses, compactCells, groupByColor, markTargets, sameColor } from '../excel/marks';
import {
  decodeMarks,
  decodeRecord,
  encodeRecord,
  mergeRecords,
  MARKS_PROPERTY,
  MARKS_SETTING,
  MarksRecordError,
  type MarkedCell,
  type MarksRecord,
} from '../excel/mark-record';
import { isMarkRule, MARK_RULE_FORMULA } from '../mark-rules';
import { hexToBgr } from './colors';
import {
  XL_SHEET_VISIBLE,
  XL_EXPRESSION,
  XL_SHIFT_DOWN,
  type EtApplication,
  type EtRange,
  type EtWorkbook,
  type EtWorksheet,
} from './et-api';
import { DocProps } from './doc-props';
import { readFill, writeFill } from './fills';
import { formattedNumbers, readSheet } from './read-sheet';
import { normalizeValue2 } from './values';
import { msg } from '../../messages';

const STATE_PREFIX = 'targetSheet.state.';
/** COM rejects multi-area addresses longer than 255 characters. */
const MAX_AREA_CHARS = 250;
/** Change events arriving this soon after a batch write are taken as its late echoes. */
const QUIET_MS = 300;

/**
 * The WPS 表格 (ET JSAPI) host. Calls are synchronous COM-style calls on `Application`; marks are written
 * with ScreenUpdating off as conditional formats of ours (see mark), recorded in the workbook's custom
 * document properties in the same shape and place as Excel's, so either host clears what the other marked.
 */
export class EtHost implements Host {
  readonly name = 'wps' as const;
  // a blob link in WPS's pane downloads nothing: reports go to a new sheet first
  readonly capabilities: HostCapabilities = {
    merges: true,
    events: true,
    notes: false,
    insertRows: true,
    downloads: false,
  };
  readonly storage: HostStorage;
  private readonly own = new OwnWrites();
  private readonly props: DocProps;
  private writing = 0;
  private quietUntil = 0;

  constructor(private readonly app: EtApplication) {
    this.props = new DocProps(() => this.app.ActiveWorkbook?.CustomDocumentProperties ?? null);
    this.storage = {
      get: async (key) => this.props.get(STATE_PREFIX + key),
      set: async (key, value) => this.props.set(STATE_PREFIX + key, value),
    };
  }

  async readActiveSheet(options: ReadOptions = {}): Promise<Grid> {
    const ws = this.app.ActiveSheet ?? this.workbook().ActiveSheet;
    const grid = readSheet(ws);
    options.onProgress?.(grid.rows * grid.cols, grid.rows * grid.cols);
    return grid;
  }

  async readAllSheets(options: ReadOptions = {}): Promise<Grid[]> {
    const sheets = this.sheets().filter((ws) => ws.Visible === XL_SHEET_VISIBLE || ws.Visible === true);
    const grids: Grid[] = [];
    for (const ws of sheets) {
      grids.push(readSheet(ws));
      options.onProgress?.(grids.length, sheets.length);
    }
    return grids;
  }

  async select(sheet: string, cell: string): Promise<void> {
    const ws = this.workbook().Worksheets.Item(sheet);
    ws.Activate();
    ws.Range(cell).Select();
  }

  /**
   * Marks are conditional formats of ours (FormatConditions, xlExpression with our signature formula): they
   * move with their cells when rows are inserted or deleted, and never touch a cell's own fill. Earlier rules
   * of ours are deleted first (found by formula on every sheet); painted marks of an older record are restored.
   * The record (shared with Excel: custom document property `targetSheet.marks`) is re-read and merged.
   * An unreadable or newer record is reported (MarksRecordError) after the rules were handled, and kept.
   */
  async mark(findings: Finding[]): Promise<void> {
    const targets = markTargets(findings);
    const names = new Set(this.sheets().map((ws) => ws.Name));
    let problem: MarksRecordError | null = null;
    let record: MarksRecord = { cells: [], ruleSheets: [], notes: [] };
    try {
      record = decodeRecord(this.props.get(MARKS_PROPERTY));
    } catch (e) {
      if (!(e instanceof MarksRecordError)) throw e;
      problem = e;
    }
    const legacy = decodeMarks(this.props.get(MARKS_SETTING));
    const live = targets.filter((t) => names.has(t.sheet));
    const ruleSheets: string[] = [];
    this.batch(() => {
      for (const ws of this.sheets()) deleteOurRules(ws);
      this.restore([...record.cells, ...legacy].filter((c) => names.has(c.sheet)));
      const bySheet = new Map<string, typeof live>();
      for (const t of live) bySheet.set(t.sheet, [...(bySheet.get(t.sheet) ?? []), t]);
      for (const [sheet, list] of bySheet) {
        const ws = this.workbook().Worksheets.Item(sheet);
        for (const [color, cells] of groupByColor(list)) {
          for (const chunk of chunkAddresses(compactCells(cells), MAX_AREA_CHARS)) {
            const rule = ws.Range(chunk).FormatConditions.Add(XL_EXPRESSION, undefined, MARK_RULE_FORMULA);
            rule.Interior.Color = hexToBgr(color);
          }
        }
        ruleSheets.push(sheet);
      }
    });
    if (legacy.length > 0) this.props.remove(MARKS_SETTING);
    if (problem) throw problem;
    const ours: MarksRecord = { cells: [], ruleSheets, notes: [] };
    const text = encodeRecord(mergeRecords(record, ours, names));
    if (text === null) this.props.remove(MARKS_PROPERTY);
    else this.props.set(MARKS_PROPERTY, text);
  }

  async clearMarks(): Promise<void> {
    await this.mark([]);
  }

  async writeCell(sheet: string, cell: string, text: string): Promise<{ previous: string }> {
    const range = this.range(sheet, cell);
    const [[before]] = normalizeValue2(range.Value2, 1, 1);
    this.own.add(sheet, cell);
    range.Value2 = asCellText(text);
    return { previous: textOf(before) };
  }

  /** Several cells in one screen-frozen batch. */
  async writeCells(edits: readonly CellEdit[]): Promise<{ previous: string }[]> {
    const out: { previous: string }[] = [];
    this.batch(() => {
      for (const e of edits) {
        const range = this.range(e.sheet, e.cell);
        const [[before]] = normalizeValue2(range.Value2, 1, 1);
        this.own.add(e.sheet, e.cell);
        range.Value2 = asCellText(e.text);
        out.push({ previous: textOf(before) });
      }
    });
    return out;
  }

  /** Every insertion of a plan (bottom-up) in one screen-frozen batch. */
  async insertRows(plan: RowInsertion | readonly RowInsertion[]): Promise<void> {
    const ordered = bottomUpInsertions(plan);
    if (ordered.length === 0) return;
    this.batch(() => {
      for (const ins of ordered) {
        const ws = this.workbook().Worksheets.Item(ins.sheet);
        const last = ins.beforeRow + ins.rows.length - 1;
        ws.Range(`${ins.beforeRow}:${last}`).EntireRow.Insert(XL_SHIFT_DOWN);
        ins.rows.forEach((row, i) => {
          for (const [col, text] of Object.entries(row))
            ws.Range(`${col}${ins.beforeRow + i}`).Value2 = asCellText(text);
        });
        for (const m of ins.merges ?? []) ws.Range(m).Merge(false);
      }
    });
  }

  /** The selected range of the active sheet (relative A1); null when a shape or nothing is selected. */
  async readSelection(): Promise<{ sheet: string; range: string } | null> {
    const sel = this.app.Selection;
    if (!sel || typeof sel.Address !== 'function') return null;
    const range = sel.Address(false, false).split(',')[0];
    return /^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/.test(range) ? { sheet: sel.Worksheet.Name, range } : null;
  }

  /** 新建绩效目标表: a new sheet after the last one, under a free name, written in one batch and activated. */
  async addSheet(d: SheetDescription): Promise<{ name: string }> {
    const all = this.sheets();
    const name = freeSheetName(
      d.name,
      all.map((ws) => ws.Name),
    );
    this.batch(() => {
      const ws = this.workbook().Worksheets.Add(undefined, all[all.length - 1]);
      ws.Name = name;
      writeEtSheet(ws, d);
      ws.Activate();
      ws.Range('A1').Select();
    });
    return { name };
  }

  /** 复制为新年度: Worksheet.Copy after the last sheet (the copy becomes active), renamed, edits on the copy. */
  async copySheet(sheet: string, name: string, edits: readonly SheetEdit[]): Promise<{ name: string }> {
    const all = this.sheets();
    const free = freeSheetName(
      name,
      all.map((ws) => ws.Name),
    );
    this.batch(() => {
      this.workbook()
        .Worksheets.Item(sheet)
        .Copy(undefined, all[all.length - 1]);
      const copy = this.app.ActiveSheet ?? this.workbook().ActiveSheet;
      copy.Name = free;
      for (const e of edits) copy.Range(e.cell).Value2 = asCellText(e.text);
    });
    return { name: free };
  }

  /**
   * Values of a small range (the typing handler reads the edited row only): one Value2 read, normalised to
   * rows×cols (WPS gives a scalar for one cell, a flat array for one row in some builds); numbers read as shown
   * (dates, percentages), as in readActiveSheet.
   */
  async readRange(sheet: string, range: string): Promise<(string | number | null)[][]> {
    const address = range.replace(/\$/g, '');
    const p = fromRangeA1(address);
    const target = this.range(sheet, address);
    const values = normalizeValue2(target.Value2, p.r1 - p.r0 + 1, p.c1 - p.c0 + 1);
    formattedNumbers(target, values);
    return values;
  }

  async onEdit(handler: (e: EditEvent) => void): Promise<() => void> {
    const listener = (ws: EtWorksheet, target: EtRange): void => {
      const e = { sheet: ws.Name, address: target.Address(false, false) };
      if (this.writing > 0 || Date.now() < this.quietUntil) return; // events of our batch writes
      if (!this.own.consume(e.sheet, e.address)) handler(e);
    };
    this.app.ApiEvent.AddApiEventListener('SheetChange', listener);
    return () => this.app.ApiEvent.RemoveApiEventListener('SheetChange', listener);
  }

  /** Restores cells that still show our mark (a cell the user recoloured since keeps the user's colour). */
  private restore(cells: readonly MarkedCell[]): void {
    for (const c of cells) {
      const interior = this.range(c.sheet, c.cell).Interior;
      if (sameColor(readFill(interior), c.mark)) writeFill(interior, c.prev);
    }
  }

  /** Many writes with the screen frozen; every change event meanwhile (and shortly after) is ours. */
  private batch(work: () => void): void {
    const screen = this.app.ScreenUpdating;
    this.app.ScreenUpdating = false;
    this.writing++;
    try {
      work();
    } finally {
      this.writing--;
      this.app.ScreenUpdating = screen;
      this.quietUntil = Date.now() + QUIET_MS;
    }
  }

  private workbook(): EtWorkbook {
    const wb = this.app.ActiveWorkbook;
    if (!wb) throw new Error(msg('host.noWorkbook'));
    return wb;
  }

  private sheets(): EtWorksheet[] {
    const all = this.workbook().Worksheets;
    const out: EtWorksheet[] = [];
    for (let i = 1; i <= all.Count; i++) out.push(all.Item(i));
    return out;
  }

  private range(sheet: string, cell: string): EtRange {
    return this.workbook().Worksheets.Item(sheet).Range(cell);
  }
}

/** Deletes the conditional formats of ours on a sheet (by formula), last first so indexes stay valid. */
function deleteOurRules(ws: EtWorksheet): void {
  const all = ws.Cells.FormatConditions;
  for (let i = all.Count; i >= 1; i--) {
    const rule = all.Item(i);
    if (isMarkRule(rule.Formula1)) rule.Delete();
  }
}

export function createEtHost(app: EtApplication): EtHost {
  return new EtHost(app);
}
