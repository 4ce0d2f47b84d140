/**
 * Browser file mode: the workbooks a user dropped, each with its own file host, store and controller (the
 * same pane per file). Unreadable files stay in the list with a zh-CN message naming the file. The host of a
 * file is opened by `open`, which the entry point supplies (the app knows no concrete host).
 */
import type { Host } from '../hosts/host';
import type { CheckFn, PaneActions, SaveFn } from './controller';
import { createController } from './controller';
import type { Preferences } from './preferences';
import { Store } from './store';
import { checkGrids } from '../check';
import { openErrorMessage } from './messages';
import { XLSX_TYPE, reportSource, stamp } from './actions/export';
import { reportCsv, reportRows, reportXlsx, type ReportSource } from './report';
import { msg } from '../messages';

/** A workbook opened from bytes: a host that can also give back its bytes (with the current marks). */
export interface WorkbookHost extends Host {
  save(options: { withState: boolean }): Promise<Uint8Array>;
}

export type OpenWorkbook = (bytes: ArrayBuffer, name: string) => Promise<WorkbookHost>;

export interface WorkbookFile {
  id: string;
  name: string;
  status: 'loading' | 'ready' | 'error';
  error?: string;
  /** The bundled sample, replaced as soon as the user adds a workbook. */
  sample?: boolean;
  session?: { store: Store; actions: PaneActions; host: WorkbookHost };
}

export interface WorkbenchState {
  files: WorkbookFile[];
  active: string | null;
}

/** A file as the page receives it (a File from the input or the drop, or the fetched sample). */
export interface IncomingFile {
  name: string;
  bytes(): Promise<ArrayBuffer>;
}

export interface WorkbenchOptions {
  open: OpenWorkbook;
  check?: CheckFn;
  save?: SaveFn;
  /** The user's own options, shared by every file of the bench. */
  preferences?: Preferences;
}

let seq = 0;

export class Workbench {
  private state: WorkbenchState = { files: [], active: null };
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: WorkbenchOptions) {}

  get = (): WorkbenchState => this.state;

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  private set(patch: Partial<WorkbenchState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  private update(id: string, patch: Partial<WorkbookFile>): void {
    this.set({ files: this.state.files.map((f) => (f.id === id ? { ...f, ...patch } : f)) });
  }

  /**
   * Opens and checks each file (all sheets); the first readable one becomes active. A file whose name is
   * already listed replaces that entry, in its place (a corrected workbook dropped again), and stays active
   * if it was.
   */
  async addFiles(incoming: IncomingFile[], opts: { sample?: boolean } = {}): Promise<void> {
    if (incoming.length === 0) return;
    // the same name twice in one drop: the last one counts
    incoming = incoming.filter((f, i) => !incoming.slice(i + 1).some((g) => g.name === f.name));
    let files = opts.sample ? this.state.files : this.state.files.filter((f) => !f.sample);
    let active = this.state.active;
    const added: WorkbookFile[] = [];
    for (const f of incoming) {
      const entry: WorkbookFile = { id: `f${++seq}`, name: f.name, status: 'loading', sample: opts.sample };
      added.push(entry);
      const at = files.findIndex((x) => x.name === f.name);
      if (at < 0) files = [...files, entry];
      else {
        if (files[at].id === active) active = null;
        files = files.map((x, i) => (i === at ? entry : x));
      }
    }
    if (!files.some((f) => f.id === active)) active = null;
    this.set({ files, active });
    await Promise.all(
      incoming.map(async (file, i) => {
        const id = added[i].id;
        try {
          const host = await this.options.open(await file.bytes(), file.name);
          const store = new Store();
          const actions = createController(store, {
            host,
            check: this.options.check ?? ((grids, o) => checkGrids(grids, { mapping: o?.mapping })),
            save: this.options.save,
            scope: 'all',
            preferences: this.options.preferences,
            file: { name: file.name, bytes: () => host.save({ withState: false }) },
          });
          await actions.init();
          this.update(id, { status: 'ready', session: { store, actions, host } });
          if (this.state.active === null && this.state.files.some((f) => f.id === id)) this.set({ active: id });
          await actions.runCheck({ mark: true });
        } catch (e) {
          this.update(id, { status: 'error', error: openErrorMessage(file.name, e) });
        }
      }),
    );
  }

  select(id: string): void {
    if (this.state.files.some((f) => f.id === id && f.status === 'ready')) this.set({ active: id });
  }

  /** The checked workbooks' findings as one report (文件 column first), in list order. */
  reportSources(): ReportSource[] {
    return this.state.files.flatMap((f) => {
      const src = f.session ? reportSource(f.session.store.get()) : null;
      return src ? [{ ...src, file: f.name }] : [];
    });
  }

  /** 合并报告: one CSV or xlsx over every checked workbook, saved through the page's download. */
  async exportReport(format: 'csv' | 'xlsx'): Promise<void> {
    const save = this.options.save;
    const rows = reportRows(this.reportSources());
    if (!save || rows.length === 0) return;
    const name = msg('export.combinedName', { count: this.reportSources().length, stamp: stamp(), ext: format });
    if (format === 'csv') save(name, reportCsv(rows), 'text/csv;charset=utf-8');
    else save(name, await reportXlsx(rows), XLSX_TYPE);
  }

  remove(id: string): void {
    const files = this.state.files.filter((f) => f.id !== id);
    const active = this.state.active === id ? (files.find((f) => f.status === 'ready')?.id ?? null) : this.state.active;
    this.set({ files, active });
  }
}
