/**
 * The file host: Host over an in-memory exceljs workbook (browser file mode, tests). The bytes a user
 * dropped are never changed; marks, fixes and inserted rows go to the in-memory copy, which is downloaded
 * as a new file (`save`). exceljs is loaded lazily through loadWorkbook, so this module is cheap to bundle.
 *
 * Marks: a solid fill in the mark colour plus a note with the message; what was there before (fill, note)
 * is remembered — in memory and in a very hidden state sheet, so a saved copy can still be cleared — and
 * clearMarks restores exactly that, except where the user changed the cell's fill since.
 */
import type { Cell, Fill, Workbook, Worksheet } from 'exceljs';
import type { Finding } from '../../model/finding';
import type { Grid } from '../../model/grid';
import {
  bottomUpInsertions,
  type CellEdit,
  type EditEvent,
  type Host,
  type HostStorage,
  MAPPING_KEY,
  type ReadOptions,
  type RowInsertion,
  type SheetEdit,
} from '../host';
import { freeSheetName, type SheetDescription } from '../../model/sheet';
import { writeSheet } from './write-sheet';
import { textOf } from '../../core/grid';
import { fromRangeA1, rangeA1, toA1 } from '../../core/address';
import { findingCells, markTargets } from '../excel/marks';
import { applyPlan, removeInsertedRows, type InsertedRows } from './insert-rows';
import { convert, gridFromWorksheet, loadWorkbook } from './xlsx';
import { noteLine } from '../excel/notes';
import { msg } from '../../messages';

/** Very hidden sheet holding the mark record and the pane's per-workbook state. */
export const STATE_SHEET = '_target_sheet_state';
/** A cell holds at most 32767 characters; state is split into chunks below that. */
const CHUNK = 30000;

type NoteValue = Cell['note'];

interface MarkedCell {
  sheet: string;
  cell: string;
  /** Fill before marking (null = none) and the note that was there (null = none). */
  prevFill: Fill | null;
  prevNote: NoteValue | null;
  /** Mark colour as ARGB (FFRRGGBB). */
  mark: string;
}

interface State {
  marks: MarkedCell[];
  kv: Record<string, string>;
}

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/** '#RRGGBB' of a cell's solid fill, null when it has none. */
export function fillColor(cell: Cell): string | null {
  const f = cell.fill;
  if (!f || f.type !== 'pattern' || f.pattern === 'none') return null;
  const c = f.fgColor?.argb;
  return c ? `#${c.slice(-6).toUpperCase()}` : null;
}

/** Sets (or removes, with null) a cell's fill without touching the style object other cells may share. */
export function setFill(cell: Cell, fill: Fill | null): void {
  const style = { ...cell.style };
  if (fill) style.fill = fill;
  else delete style.fill;
  cell.style = style;
}

const solid = (color: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: color } });
const clone = <T>(v: T): T => (v === undefined || v === null ? v : (JSON.parse(JSON.stringify(v)) as T));

export class FileHost implements Host {
  readonly name = 'file' as const;
  readonly capabilities = { merges: true, events: false, notes: true, insertRows: true };
  readonly storage: HostStorage;
  /** The cell or range the pane last selected (the preview scrolls to it; readSelection returns it). */
  selection: { sheet: string; cell: string } | null = null;
  private active: number;
  private state: State;
  private readonly selectListeners = new Set<(s: { sheet: string; cell: string }) => void>();
  /** Insertion batches still in place, oldest first (undoInsertion takes the last). */
  private readonly inserted: InsertedRows[][] = [];

  constructor(
    readonly workbook: Workbook,
    readonly fileName = 'workbook.xlsx',
  ) {
    this.state = this.loadState();
    const sheets = this.sheets();
    const tab = (workbook.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
    this.active = Math.min(Math.max(0, tab), Math.max(0, sheets.length - 1));
    this.storage = {
      get: async (key) => this.state.kv[key] ?? null,
      set: async (key, value) => {
        this.state.kv[key] = value;
        this.saveState();
      },
    };
  }

  /** Opens dropped bytes (WorkbookReadError for unreadable files). The bytes are copied, never changed. */
  static async open(data: ArrayBuffer | Uint8Array, fileName?: string): Promise<FileHost> {
    const copy = data instanceof Uint8Array ? data.slice() : new Uint8Array(data.slice(0));
    return new FileHost(await loadWorkbook(copy), fileName);
  }

  /** The user's worksheets, in workbook order (the state sheet left out). */
  sheets(): Worksheet[] {
    return this.workbook.worksheets.filter((ws) => ws.name !== STATE_SHEET);
  }

  activeSheetName(): string {
    return this.sheets()[this.active]?.name ?? '';
  }

  async readActiveSheet(options: ReadOptions = {}): Promise<Grid> {
    const ws = this.sheets()[this.active];
    if (!ws) return { sheet: '', rows: 0, cols: 0, values: [], merges: [], origin: { row: 0, col: 0 } };
    const grid = gridFromWorksheet(ws);
    options.onProgress?.(1, 1);
    return grid;
  }

  async readAllSheets(options: ReadOptions = {}): Promise<Grid[]> {
    const sheets = this.sheets();
    return sheets.map((ws, i) => {
      const g = gridFromWorksheet(ws);
      options.onProgress?.(i + 1, sheets.length);
      return g;
    });
  }

  /** Values of a small range (the typing handler reads the edited row only). */
  async readRange(sheet: string, range: string): Promise<(string | number | null)[][]> {
    const ws = this.sheet(sheet);
    const p = fromRangeA1(range.replace(/\$/g, ''));
    const out: (string | number | null)[][] = [];
    for (let r = p.r0; r <= p.r1; r++) {
      const row: (string | number | null)[] = [];
      for (let c = p.c0; c <= p.c1; c++) row.push(convert(ws.getCell(toA1(r, c)).value));
      out.push(row);
    }
    return out;
  }

  async select(sheet: string, cell: string): Promise<void> {
    const at = this.sheets().findIndex((ws) => ws.name === sheet);
    if (at < 0) throw Object.assign(new Error(`no sheet named "${sheet}"`), { code: 'ItemNotFound' });
    this.active = at;
    this.selection = { sheet, cell };
    for (const l of this.selectListeners) l(this.selection);
  }

  /**
   * What the pane last selected: a finding's cell, a part of the 识别结果 view, or the range drawn on that
   * view's grid (file mode has no sheet of its own to select on). Normalised to top-left:bottom-right.
   */
  async readSelection(): Promise<{ sheet: string; range: string } | null> {
    if (!this.selection) return null;
    const r = fromRangeA1(this.selection.cell.replace(/\$/g, ''));
    return { sheet: this.selection.sheet, range: rangeA1(r.r0, r.c0, r.r1, r.c1) };
  }

  /** The preview follows selections. */
  onSelect(listener: (s: { sheet: string; cell: string }) => void): () => void {
    this.selectListeners.add(listener);
    return () => this.selectListeners.delete(listener);
  }

  async mark(findings: Finding[]): Promise<void> {
    this.restore(this.state.marks);
    const notes = new Map<string, string[]>();
    for (const f of findings) {
      for (const cell of findingCells(f, 200)) {
        const key = `${f.sheet}\u0000${cell}`;
        notes.set(key, [...(notes.get(key) ?? []), noteLine(f)]);
      }
    }
    const marked: MarkedCell[] = [];
    for (const t of markTargets(findings)) {
      const ws = this.workbook.getWorksheet(t.sheet);
      if (!ws) continue;
      const cell = ws.getCell(t.cell);
      const mark = argb(t.color);
      marked.push({
        sheet: t.sheet,
        cell: t.cell,
        prevFill: clone(cell.style?.fill ?? null),
        prevNote: clone(cell.note ?? null),
        mark,
      });
      setFill(cell, solid(mark));
      const text = notes.get(`${t.sheet}\u0000${t.cell}`);
      // a note the user wrote stays as it is (as in Excel): the mark's colour still points at the cell
      if (text && (cell.note === undefined || cell.note === null))
        cell.note = `${msg('note.heading')}\n${text.join('\n')}`;
    }
    this.state.marks = marked;
    this.saveState();
  }

  async clearMarks(): Promise<void> {
    this.dropMarks();
  }

  /**
   * Marks are recorded by address: rows inserted or removed would move the marked cells away from their
   * record, so the marks are taken off first (the check after an insertion or undo marks again).
   */
  private dropMarks(): void {
    if (this.state.marks.length === 0) return;
    this.restore(this.state.marks);
    this.state.marks = [];
    this.saveState();
  }

  async writeCell(sheet: string, cell: string, text: string): Promise<{ previous: string }> {
    const c = this.sheet(sheet).getCell(cell);
    const previous = textOf(convert(c.value));
    c.value = text;
    return { previous };
  }

  async writeCells(edits: readonly CellEdit[]): Promise<{ previous: string }[]> {
    const out: { previous: string }[] = [];
    for (const e of edits) out.push(await this.writeCell(e.sheet, e.cell, e.text));
    return out;
  }

  /** One batch, remembered for undoInsertion (file mode's 撤销: an in-memory workbook has no undo of its own). */
  async insertRows(plan: RowInsertion | readonly RowInsertion[]): Promise<void> {
    const list = bottomUpInsertions(plan);
    for (const ins of list) this.sheet(ins.sheet); // an unknown sheet fails before anything moves
    this.dropMarks();
    this.inserted.push(applyPlan((name) => this.sheet(name), list));
  }

  /** Removes the rows of the latest insertion batch, its insertions in reverse order, merges as they were. */
  async undoInsertion(): Promise<void> {
    const batch = this.inserted.pop();
    if (!batch) throw new Error('nothing inserted to undo');
    this.dropMarks();
    for (const done of [...batch].reverse()) removeInsertedRows(this.sheet(done.sheet), done);
  }

  /** 新建绩效目标表: a new worksheet in the in-memory workbook (the download contains it), made active. */
  async addSheet(d: SheetDescription): Promise<{ name: string }> {
    const name = freeSheetName(
      d.name,
      this.workbook.worksheets.map((ws) => ws.name),
    );
    writeSheet(this.workbook, { ...d, name });
    this.activate(name);
    return { name };
  }

  /** 复制为新年度: a copy of the sheet's model (values, styles, merges, widths) with the edits applied. */
  async copySheet(sheet: string, name: string, edits: readonly SheetEdit[]): Promise<{ name: string }> {
    const src = this.sheet(sheet);
    const free = freeSheetName(
      name,
      this.workbook.worksheets.map((ws) => ws.name),
    );
    const copy = this.workbook.addWorksheet(free);
    // exceljs has no sheet copy: its model round-trips (merges are read back from `mergeCells`)
    const model = JSON.parse(JSON.stringify(src.model)) as Worksheet['model'] & { merges?: string[] };
    copy.model = { ...model, id: copy.id, name: free, mergeCells: model.merges } as Worksheet['model'];
    for (const e of edits) copy.getCell(e.cell).value = e.text;
    this.activate(free);
    return { name: free };
  }

  private activate(name: string): void {
    this.active = this.sheets().findIndex((ws) => ws.name === name);
    this.selection = { sheet: name, cell: 'A1' };
    for (const l of this.selectListeners) l(this.selection);
  }

  async onEdit(_handler: (e: EditEvent) => void): Promise<() => void> {
    return () => undefined; // nobody types into an in-memory workbook
  }

  /**
   * The workbook as .xlsx bytes. `withState: false` (a copy for the user) leaves out the pane's state
   * (marks record, ignored/reviewed lists) but keeps the recognition mapping, which says how the workbook
   * is read (docs/mapping.md); with it (the default) a reopened copy can still clear its marks.
   */
  async save(options: { withState?: boolean } = {}): Promise<Uint8Array> {
    const copy = options.withState === false;
    if (copy) {
      const mapping = this.state.kv[MAPPING_KEY];
      this.writeState({ marks: [], kv: mapping ? { [MAPPING_KEY]: mapping } : {} });
    }
    try {
      return new Uint8Array(await this.workbook.xlsx.writeBuffer());
    } finally {
      if (copy) this.saveState();
    }
  }

  private sheet(name: string): Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws || name === STATE_SHEET)
      throw Object.assign(new Error(`no sheet named "${name}"`), { code: 'ItemNotFound' });
    return ws;
  }

  /** Puts back fill and note of marked cells that still carry our mark colour. */
  private restore(cells: readonly MarkedCell[]): void {
    for (const m of cells) {
      const ws = this.workbook.getWorksheet(m.sheet);
      if (!ws) continue;
      const cell = ws.getCell(m.cell);
      if (fillColor(cell) !== `#${m.mark.slice(-6)}`) continue; // recoloured by the user since: theirs now
      setFill(cell, m.prevFill);
      if (m.prevNote === null) (cell as unknown as { _comment?: unknown })._comment = undefined;
      else cell.note = m.prevNote;
    }
  }

  private loadState(): State {
    const ws = this.workbook.getWorksheet(STATE_SHEET);
    const empty: State = { marks: [], kv: {} };
    if (!ws) return empty;
    let text = '';
    for (let r = 1; r <= ws.rowCount; r++) {
      const v = ws.getCell(r, 1).value;
      if (typeof v === 'string') text += v;
    }
    try {
      const data = JSON.parse(text) as Partial<State>;
      return {
        marks: Array.isArray(data.marks) ? data.marks : [],
        kv: data.kv && typeof data.kv === 'object' ? data.kv : {},
      };
    } catch {
      return empty;
    }
  }

  private saveState(): void {
    this.writeState(this.state);
  }

  private writeState(state: State): void {
    const old = this.workbook.getWorksheet(STATE_SHEET);
    if (old) this.workbook.removeWorksheet(old.id);
    if (state.marks.length === 0 && Object.keys(state.kv).length === 0) return;
    const ws = this.workbook.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
    const text = JSON.stringify(state);
    for (let i = 0, r = 1; i < text.length; i += CHUNK, r++) ws.getCell(r, 1).value = text.slice(i, i + CHUNK);
  }
}

/** Opens dropped bytes as a file host. */
export function openFileHost(data: ArrayBuffer | Uint8Array, fileName?: string): Promise<FileHost> {
  return FileHost.open(data, fileName);
}
