import type { Finding } from '../../model/finding';
import type { Grid } from '../../model/grid';
import {
  bottomUpInsertions,
  type EditEvent,
  type Host,
  type HostStorage,
  type ReadOptions,
  type RowInsertion,
} from '../host';
import { textOf } from '../../core/grid';
import { fromA1, toA1 } from '../../core/address';
import type { ExcelEnv, XlContext, XlFill, XlNoteCollection, XlRange, XlWorksheet } from './api';
import { detectFeatures, type ExcelFeatures } from './features';
import { queueShape, readValues } from './read-sheet';
import { chunkAddresses, compactCells, groupByColor, markTargets, sameColor, type MarkTarget } from './marks';
import { decodeMarks, encodeMarks, MARKS_SETTING, type MarkedCell } from './mark-record';
import { fillLoadProps, fillState, restoreFill } from './fills';
import { asCellText, toGridValue } from './cell-values';
import { OwnWrites } from './own-writes';
import { subscribeChanges } from './events';
import { noteHash, noteTexts, splitQualified } from './notes';

/** Notes of the workbook as last read: sheet → cell → text. */
type SeenNotes = Map<string, Map<string, string>>;

/**
 * Reads every note of the workbook within two syncs the caller already makes: the collection (with each
 * note's text) in the first, each note's cell (Note.getLocation) in the second. Notes have no address
 * property, so two stages are needed; they ride along the used-range and values syncs of a read.
 */
function queueNoteProbe(ctx: XlContext): { locate(): void; result(): SeenNotes } {
  const coll = ctx.workbook.notes.load('items/content');
  let where: XlRange[] | null = null;
  return {
    locate: () => {
      where ??= coll.items.map((n) => n.getLocation().load('address'));
    },
    result: () => {
      const out: SeenNotes = new Map();
      (where ?? []).forEach((r, i) => {
        const at = splitQualified(r.address);
        if (!at) return;
        const bySheet = out.get(at.sheet) ?? new Map<string, string>();
        bySheet.set(at.cell, coll.items[i].content);
        out.set(at.sheet, bySheet);
      });
      return out;
    },
  };
}

const STATE_PREFIX = 'targetSheet.state.';

/** The Excel (Office.js) host: every batch goes through `env.run`, marks are recorded in document settings. */
export class ExcelHost implements Host {
  readonly name = 'excel' as const;
  readonly features: ExcelFeatures;
  readonly capabilities;
  readonly storage: HostStorage;
  private readonly own = new OwnWrites();
  /** Current fills of earlier marks, per sheet, probed during the last read (saves a sync when re-marking). */
  private probed = new Map<string, Map<string, XlFill>>();
  /** Notes of the workbook read during the last read (ExcelApi 1.18), so marking knows which cells have one. */
  private seenNotes: SeenNotes | null = null;

  constructor(private readonly env: ExcelEnv) {
    this.features = detectFeatures(env);
    this.capabilities = {
      merges: this.features.merges,
      events: this.features.events,
      notes: this.features.notes,
      insertRows: true,
    };
    this.storage = {
      get: async (key) => {
        const v = env.settings.get(STATE_PREFIX + key);
        return typeof v === 'string' ? v : null;
      },
      set: async (key, value) => {
        env.settings.set(STATE_PREFIX + key, value);
        await env.settings.save();
      },
    };
  }

  async readActiveSheet(options: ReadOptions = {}): Promise<Grid> {
    return this.env.run(async (ctx) => {
      const shape = queueShape(ctx.workbook.worksheets.getActiveWorksheet(), this.features);
      const notes = this.features.notes ? queueNoteProbe(ctx) : null;
      await ctx.sync();
      const [grid] = await readValues(ctx, [shape], (ws) => this.probe(ws, notes), options.onProgress);
      if (notes) this.seenNotes = notes.result();
      return grid;
    });
  }

  async readAllSheets(options: ReadOptions = {}): Promise<Grid[]> {
    return this.env.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name,items/visibility');
      await ctx.sync();
      const visible = sheets.items.filter((ws) => ws.visibility !== 'Hidden' && ws.visibility !== 'VeryHidden');
      const shapes = visible.map((ws) => queueShape(ws, this.features));
      const notes = this.features.notes ? queueNoteProbe(ctx) : null;
      await ctx.sync();
      const grids = await readValues(ctx, shapes, (ws) => this.probe(ws, notes), options.onProgress);
      if (notes) this.seenNotes = notes.result();
      return grids;
    });
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.env.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
    });
  }

  async mark(findings: Finding[]): Promise<void> {
    const targets = markTargets(findings);
    const record = this.record();
    // After mark() the workbook's marks are exactly these findings: earlier marks are restored first.
    const replaced = record;
    const unprobed = new Set(replaced.filter((c) => !this.probed.has(c.sheet)).map((c) => c.sheet));
    if (unprobed.size > 0) await this.probeSheets([...unprobed]);
    const texts = this.features.notes ? noteTexts(findings) : new Map<string, string>();
    if (this.features.notes && !this.seenNotes && (texts.size > 0 || record.some((c) => c.note)))
      await this.probeNotes();
    const seen = this.seenNotes ?? new Map<string, Map<string, string>>();
    const probed = this.probed;
    this.probed = new Map();
    this.seenNotes = null;
    let notes = new Map<string, string>();
    const loaded = await this.env.run(async (ctx) => {
      const withPattern = this.features.multiArea;
      for (const c of replaced) {
        const current = probed.get(c.sheet)?.get(c.cell);
        if (current && sameColor(fillState(current, withPattern), c.mark))
          restoreFill(ctx.workbook.worksheets.getItem(c.sheet).getRange(c.cell).format.fill, c.prev);
      }
      const before = targets.map((t) =>
        ctx.workbook.worksheets.getItem(t.sheet).getRange(t.cell).format.fill.load(fillLoadProps(withPattern)),
      );
      this.writeMarks(ctx, targets);
      if (this.features.notes) notes = this.writeNotes(ctx, replaced, targets, texts, seen);
      await ctx.sync();
      return before.map((f) => fillState(f, withPattern));
    });
    this.own.busy(500);
    const added: MarkedCell[] = targets.map((t, i) => {
      const note = notes.get(`${t.sheet}\u0000${t.cell}`);
      return note === undefined
        ? { sheet: t.sheet, cell: t.cell, prev: loaded[i], mark: t.color }
        : { sheet: t.sheet, cell: t.cell, prev: loaded[i], mark: t.color, note };
    });
    await this.saveRecord(added);
  }

  async clearMarks(): Promise<void> {
    const record = this.record();
    this.probed = new Map();
    this.seenNotes = null;
    if (record.length === 0) return;
    await this.env.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name');
      const noteProbe = this.features.notes && record.some((c) => c.note) ? queueNoteProbe(ctx) : null;
      await ctx.sync();
      const names = new Set(sheets.items.map((ws) => ws.name));
      const withPattern = this.features.multiArea;
      const live = record.filter((c) => names.has(c.sheet));
      const fills = live.map((c) =>
        ctx.workbook.worksheets.getItem(c.sheet).getRange(c.cell).format.fill.load(fillLoadProps(withPattern)),
      );
      noteProbe?.locate();
      await ctx.sync();
      const seen = noteProbe?.result();
      let writes = 0;
      live.forEach((c, i) => {
        // our note goes unless the user rewrote it (then it is theirs, like a recoloured cell)
        const current = c.note === undefined ? undefined : seen?.get(c.sheet)?.get(c.cell);
        if (current !== undefined && noteHash(current) === c.note) {
          ctx.workbook.worksheets.getItem(c.sheet).notes.getItem(c.cell).delete();
          writes++;
        }
        if (!sameColor(fillState(fills[i], withPattern), c.mark)) return; // the user recoloured it since: theirs now
        restoreFill(ctx.workbook.worksheets.getItem(c.sheet).getRange(c.cell).format.fill, c.prev);
        writes++;
      });
      if (writes > 0) await ctx.sync();
    });
    this.own.busy(500);
    await this.saveRecord([]);
  }

  async writeCell(sheet: string, cell: string, text: string): Promise<{ previous: string }> {
    return this.env.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      const before = ws.getRange(cell).load('values');
      ws.getRange(cell).values = [[asCellText(text)]];
      this.own.add(sheet, cell);
      await ctx.sync();
      return { previous: textOf(toGridValue(before.values[0]?.[0])) };
    });
  }

  /**
   * All insertions of a plan in one batch with one write sync: Excel makes one undo record per sync that
   * writes (docs: excel-add-ins-undo-capabilities, RunOptions.mergeUndoGroup), so the whole plan is one
   * undo step — no grouping option is needed (mergeUndoGroup, ExcelApi 1.20, only matters for several syncs).
   */
  async insertRows(plan: RowInsertion | readonly RowInsertion[]): Promise<void> {
    const list = bottomUpInsertions(plan);
    if (list.length === 0) return;
    await this.env.run(async (ctx) => {
      for (const ins of list) {
        const ws = ctx.workbook.worksheets.getItem(ins.sheet);
        const last = ins.beforeRow + ins.rows.length - 1;
        ws.getRange(`${ins.beforeRow}:${last}`).insert('Down');
        ins.rows.forEach((row, i) => {
          for (const [col, text] of Object.entries(row))
            ws.getRange(`${col}${ins.beforeRow + i}`).values = [[asCellText(text)]];
        });
        for (const m of ins.merges ?? []) ws.getRange(m).merge(false);
      }
      this.own.busy(2000);
      await ctx.sync();
    });
    this.own.busy(500);
    // marked cells moved down with their rows: so does the record (and what the last read saw is stale)
    this.probed = new Map();
    this.seenNotes = null;
    const record = this.record();
    if (record.length > 0)
      await this.saveRecord(record.map((c) => ({ ...c, cell: shiftedCell(c.sheet, c.cell, list) })));
  }

  async readRange(sheet: string, range: string): Promise<(string | number | null)[][]> {
    return this.env.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem(sheet).getRange(range).load('values');
      await ctx.sync();
      return r.values.map((row) => row.map((v) => toGridValue(v)));
    });
  }

  async onEdit(handler: (e: EditEvent) => void): Promise<() => void> {
    if (!this.features.events) return () => undefined;
    return subscribeChanges(this.env, this.features, (e) => {
      if (!this.own.consume(e.sheet, e.address)) handler(e);
    });
  }

  private writeMarks(ctx: XlContext, targets: MarkTarget[]): void {
    const bySheet = new Map<string, MarkTarget[]>();
    for (const t of targets) bySheet.set(t.sheet, [...(bySheet.get(t.sheet) ?? []), t]);
    for (const [sheet, list] of bySheet) {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      for (const [color, cells] of groupByColor(list)) {
        const areas = compactCells(cells);
        if (this.features.multiArea) {
          for (const chunk of chunkAddresses(areas)) ws.getRanges(chunk).format.fill.color = color;
        } else {
          for (const area of areas) ws.getRange(area).format.fill.color = color;
        }
      }
    }
  }

  /**
   * Queues the note writes of a mark batch; returns the fingerprint of every note of ours afterwards.
   * Earlier notes of ours (text unchanged) are updated in place or deleted; a cell that has a note we did
   * not write (the user's) gets none from us, so no user note is ever overwritten.
   */
  private writeNotes(
    ctx: XlContext,
    earlier: MarkedCell[],
    targets: MarkTarget[],
    texts: Map<string, string>,
    seen: SeenNotes,
  ): Map<string, string> {
    const collections = new Map<string, XlNoteCollection>();
    const notesOf = (sheet: string): XlNoteCollection => {
      let c = collections.get(sheet);
      if (!c) collections.set(sheet, (c = ctx.workbook.worksheets.getItem(sheet).notes));
      return c;
    };
    const ours = new Map<string, string>();
    const handled = new Set<string>();
    for (const c of earlier) {
      if (c.note === undefined) continue;
      const key = `${c.sheet}\u0000${c.cell}`;
      const current = seen.get(c.sheet)?.get(c.cell);
      if (current === undefined || noteHash(current) !== c.note) continue; // gone, or the user's now
      handled.add(key);
      const want = texts.get(key);
      if (want === undefined) {
        notesOf(c.sheet).getItem(c.cell).delete();
        continue;
      }
      if (current !== want) notesOf(c.sheet).getItem(c.cell).content = want;
      ours.set(key, noteHash(want));
    }
    for (const t of targets) {
      const key = `${t.sheet}\u0000${t.cell}`;
      const want = texts.get(key);
      if (want === undefined || handled.has(key) || seen.get(t.sheet)?.has(t.cell)) continue;
      notesOf(t.sheet).add(t.cell, want);
      ours.set(key, noteHash(want));
    }
    return ours;
  }

  /** Reads the workbook's notes in a batch of its own (marking without a read before it). */
  private async probeNotes(): Promise<void> {
    this.seenNotes = await this.env.run(async (ctx) => {
      const probe = queueNoteProbe(ctx);
      await ctx.sync();
      probe.locate();
      await ctx.sync();
      return probe.result();
    });
  }

  /** Queues loads of the current fill of each earlier mark on this sheet (called inside a read batch). */
  private probe(ws: XlWorksheet, notes: { locate(): void } | null = null): void {
    notes?.locate();
    const name = ws.name;
    const cells = this.record().filter((c) => c.sheet === name);
    const map = new Map<string, XlFill>();
    for (const c of cells)
      map.set(c.cell, ws.getRange(c.cell).format.fill.load(fillLoadProps(this.features.multiArea)));
    this.probed.set(name, map);
  }

  private async probeSheets(sheets: string[]): Promise<void> {
    await this.env.run(async (ctx) => {
      const all = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      for (const ws of all.items) if (sheets.includes(ws.name)) this.probe(ws);
      await ctx.sync();
    });
  }

  private record(): MarkedCell[] {
    return decodeMarks(this.env.settings.get(MARKS_SETTING));
  }

  private async saveRecord(cells: MarkedCell[]): Promise<void> {
    if (cells.length === 0) this.env.settings.remove(MARKS_SETTING);
    else this.env.settings.set(MARKS_SETTING, JSON.stringify(encodeMarks(cells)));
    await this.env.settings.save();
  }
}

/** Where a cell is after applying the insertions (bottom-up) of a plan. */
function shiftedCell(sheet: string, cell: string, applied: readonly RowInsertion[]): string {
  const p = fromA1(cell);
  let row = p.row + 1;
  for (const ins of applied) if (ins.sheet === sheet && row >= ins.beforeRow) row += ins.rows.length;
  return toA1(row - 1, p.col);
}

export function createExcelHost(env: ExcelEnv): ExcelHost {
  return new ExcelHost(env);
}
