import type { CheckResult } from '../check';
import type { Finding } from '../model/finding';
import type { Grid } from '../model/grid';
import type { Host } from '../hosts/host';
import { Store } from './store';
import { findingKey, groupFindings, orderedFindings } from './findings-view';
import { reportCsv, reportRows, reportXlsx } from './report';
import { download } from './download';
import { errorMessage } from './messages';

export type CheckFn = (grids: Grid[]) => CheckResult;

export interface ControllerDeps {
  host: Host;
  check: CheckFn;
  /** Re-check this long after the last edit (ms). */
  debounceMs?: number;
  /** Files are saved through this (tests replace it). */
  save?: (filename: string, data: string | Uint8Array, type: string) => void;
}

/** Everything a user can do in the pane. Components call these; only these call the host. */
export interface PaneActions {
  init(): Promise<void>;
  runCheck(options?: { mark?: boolean }): Promise<void>;
  select(key: string): Promise<void>;
  next(): Promise<void>;
  previous(): Promise<void>;
  applyFix(key: string): Promise<void>;
  undoFix(): Promise<void>;
  toggleIgnored(key: string): Promise<void>;
  toggleReviewed(key: string): Promise<void>;
  setShowIgnored(on: boolean): void;
  clearMarks(): Promise<void>;
  exportCsv(): void;
  exportXlsx(): Promise<void>;
  setLive(on: boolean): Promise<void>;
  dismissNotice(): void;
}

const IGNORED = 'ignored';
const REVIEWED = 'reviewed';

/** The findings the list shows, in list order. */
export function visibleFindings(store: Store): Finding[] {
  const s = store.get();
  if (!s.result) return [];
  const ignored = new Set(s.ignored);
  return orderedFindings(groupFindings(s.result, (f) => s.showIgnored || !ignored.has(findingKey(f))));
}

export function createController(store: Store, deps: ControllerDeps): PaneActions {
  const { host, check } = deps;
  const save = deps.save ?? download;
  let unsubscribe: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const guard = async (busy: string, work: () => Promise<void>): Promise<void> => {
    store.set({ busy, error: null, notice: null });
    try {
      await work();
    } catch (e) {
      store.set({ status: store.get().result ? 'ready' : 'error', error: errorMessage(e) });
    } finally {
      store.set({ busy: null, progress: null });
    }
  };

  const unignored = (findings: Finding[]): Finding[] => {
    const ignored = new Set(store.get().ignored);
    return findings.filter((f) => !ignored.has(findingKey(f)));
  };

  const doCheck = async (mark: boolean): Promise<void> => {
    store.set({ status: 'reading', progress: null });
    const grid = await host.readActiveSheet({ onProgress: (done, total) => store.set({ progress: total > 0 ? done / total : null }) });
    store.set({ status: 'checking', progress: null });
    const result = check([grid]);
    const empty = grid.rows === 0;
    const keys = new Set(result.findings.map(findingKey));
    store.set((s) => ({
      status: 'ready',
      result,
      sheets: [grid.sheet],
      emptySheet: empty,
      current: s.current && keys.has(s.current) ? s.current : null,
    }));
    if (mark) {
      await host.mark(unignored(result.findings));
      store.set({ marked: true });
    }
  };

  const remark = async (): Promise<void> => {
    const s = store.get();
    if (s.marked && s.result) await host.mark(unignored(s.result.findings));
  };

  const persist = async (key: string, list: string[]): Promise<void> => {
    await host.storage?.set(key, JSON.stringify(list));
  };

  const loadList = async (key: string): Promise<string[]> => {
    const raw = await host.storage?.get(key);
    if (!raw) return [];
    try {
      const v: unknown = JSON.parse(raw);
      return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return [];
    }
  };

  const move = async (step: 1 | -1): Promise<void> => {
    const list = visibleFindings(store);
    if (list.length === 0) return;
    const at = list.findIndex((f) => findingKey(f) === store.get().current);
    const next = at < 0 ? (step === 1 ? 0 : list.length - 1) : (at + step + list.length) % list.length;
    await actions.select(findingKey(list[next]));
  };

  const find = (key: string): Finding | undefined => store.get().result?.findings.find((f) => findingKey(f) === key);

  const actions: PaneActions = {
    async init() {
      const [ignored, reviewed] = await Promise.all([loadList(IGNORED), loadList(REVIEWED)]);
      store.set({ ignored, reviewed, liveAvailable: host.capabilities.events });
    },
    runCheck: (options = {}) => guard('check', () => doCheck(options.mark ?? true)),
    async select(key) {
      const f = find(key);
      if (!f) return;
      store.set({ current: key });
      await guard('select', () => host.select(f.sheet, f.cell));
    },
    next: () => move(1),
    previous: () => move(-1),
    applyFix: (key) =>
      guard('fix', async () => {
        const f = find(key);
        if (!f?.fix) return;
        const { previous } = await host.writeCell(f.sheet, f.fix.cell, f.fix.text);
        store.set((s) => ({ undo: [...s.undo, { sheet: f.sheet, cell: f.fix!.cell, previous, text: f.fix!.text }] }));
        await doCheck(store.get().marked);
        store.set({ notice: `已将 ${f.fix.cell} 改为“${f.fix.text}”（原为“${previous}”），可撤销。` });
      }),
    undoFix: () =>
      guard('undo', async () => {
        const last = store.get().undo.at(-1);
        if (!last) return;
        await host.writeCell(last.sheet, last.cell, last.previous);
        store.set((s) => ({ undo: s.undo.slice(0, -1) }));
        await doCheck(store.get().marked);
        store.set({ notice: `已撤销：${last.cell} 恢复为“${last.previous}”。` });
      }),
    toggleIgnored: (key) =>
      guard('ignore', async () => {
        const has = store.get().ignored.includes(key);
        const ignored = has ? store.get().ignored.filter((k) => k !== key) : [...store.get().ignored, key];
        store.set({ ignored });
        await persist(IGNORED, ignored);
        await remark();
      }),
    toggleReviewed: (key) =>
      guard('review', async () => {
        const has = store.get().reviewed.includes(key);
        const reviewed = has ? store.get().reviewed.filter((k) => k !== key) : [...store.get().reviewed, key];
        store.set({ reviewed });
        await persist(REVIEWED, reviewed);
      }),
    setShowIgnored: (on) => store.set({ showIgnored: on }),
    clearMarks: () =>
      guard('clear', async () => {
        await host.clearMarks();
        store.set({ marked: false, notice: '已清除全部标记，单元格恢复为标记前的样子。' });
      }),
    exportCsv() {
      const s = store.get();
      if (!s.result) return;
      save(`校验报告-${stamp()}.csv`, reportCsv(reportRows(s.result.findings, s.ignored, s.reviewed)), 'text/csv;charset=utf-8');
    },
    exportXlsx: () =>
      guard('export', async () => {
        const s = store.get();
        if (!s.result) return;
        const bytes = await reportXlsx(reportRows(s.result.findings, s.ignored, s.reviewed));
        save(`校验报告-${stamp()}.xlsx`, bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      }),
    async setLive(on) {
      unsubscribe?.();
      unsubscribe = null;
      if (timer) clearTimeout(timer);
      store.set({ live: on && host.capabilities.events });
      if (!on || !host.capabilities.events) return;
      unsubscribe = await host.onEdit(() => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = null;
          if (store.get().busy === null) void actions.runCheck({ mark: store.get().marked });
        }, deps.debounceMs ?? 800);
      });
    },
    dismissNotice: () => store.set({ notice: null }),
  };
  return actions;
}

function stamp(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}
