import type { CheckResult } from '../check';
import type { Finding } from '../model/finding';
import type { Grid } from '../model/grid';
import type { EditEvent, Host } from '../hosts/host';
import { Store } from './store';
import { findingKey, groupFindings, orderedFindings } from './findings-view';
import { reportCsv, reportRows, reportXlsx } from './report';
import { download } from './download';
import { errorMessage } from './messages';
import type { PaneTab } from './store';
import type { TemplateSet } from '../templates/schema';
import { BUILT_IN_SETS } from '../templates/catalog';
import { plannedRowCount, type RowPlan } from '../templates/planner';
import { placeTyped, suggestForTyped, typingArea } from '../templates/typing';
import { columnName, fromA1 } from '../core/address';
import { textOf } from '../core/grid';
import { missingStandardPlan, templatePreview } from './templates-view';

export type CheckFn = (grids: Grid[]) => CheckResult;

export interface ControllerDeps {
  host: Host;
  check: CheckFn;
  /** Re-check this long after the last edit (ms). */
  debounceMs?: number;
  /** Files are saved through this (tests replace it). */
  save?: (filename: string, data: string | Uint8Array, type: string) => void;
  /** What a check reads: the active sheet (Excel, WPS) or every sheet (a dropped file). */
  scope?: 'active' | 'all';
  /** File mode: the workbook's name and its bytes with the current marks (a copy; the original is untouched). */
  file?: { name: string; bytes(): Promise<Uint8Array> };
  /** Template sets (built-in ones by default). */
  sets?: readonly TemplateSet[];
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
  /** File mode: downloads the workbook with fills and notes on the findings' cells. */
  downloadMarkedCopy(): Promise<void>;
  setTab(tab: PaneTab): void;
  setTemplateSet(id: string | null): void;
  setTemplateForm(index: number): void;
  /** 插入: the previewed rows of the chosen set into the chosen form. */
  insertTemplate(): Promise<void>;
  /** 补齐缺失的标准指标: every form with structure.missing-standard findings. */
  fillMissingStandard(): Promise<void>;
  acceptSuggestion(): Promise<void>;
  dismissSuggestion(): void;
  setAutoInsert(on: boolean): Promise<void>;
}

const IGNORED = 'ignored';
const REVIEWED = 'reviewed';
const AUTO_INSERT = 'autoInsert';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
  const sets = deps.sets ?? BUILT_IN_SETS;
  let unsubscribe: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const base = deps.file ? deps.file.name.replace(/\.xlsx$/i, '') : null;

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
    const onProgress = (done: number, total: number) => store.set({ progress: total > 0 ? done / total : null });
    const grids =
      deps.scope === 'all' ? await host.readAllSheets({ onProgress }) : [await host.readActiveSheet({ onProgress })];
    store.set({ status: 'checking', progress: null });
    const result = check(grids);
    const empty = grids.every((g) => g.rows === 0);
    const keys = new Set(result.findings.map(findingKey));
    store.set((s) => ({
      status: 'ready',
      result,
      grids,
      sheets: grids.map((g) => g.sheet),
      emptySheet: empty,
      current: s.current && keys.has(s.current) ? s.current : null,
      templateForm: Math.min(s.templateForm, Math.max(0, result.forms.length - 1)),
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
      const [ignored, reviewed, auto] = await Promise.all([
        loadList(IGNORED),
        loadList(REVIEWED),
        host.storage?.get(AUTO_INSERT),
      ]);
      const typing = host.capabilities.events && typeof host.readRange === 'function' && host.capabilities.insertRows;
      store.set({
        ignored,
        reviewed,
        liveAvailable: host.capabilities.events,
        typingAvailable: typing,
        autoInsert: auto === 'true',
        fileName: deps.file?.name ?? null,
      });
      if (host.capabilities.events && !unsubscribe) unsubscribe = await host.onEdit(onEdit);
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
      save(
        `校验报告-${base ? `${base}-` : ''}${stamp()}.csv`,
        reportCsv(reportRows(s.result.findings, s.ignored, s.reviewed)),
        'text/csv;charset=utf-8',
      );
    },
    exportXlsx: () =>
      guard('export', async () => {
        const s = store.get();
        if (!s.result) return;
        const bytes = await reportXlsx(reportRows(s.result.findings, s.ignored, s.reviewed));
        save(`校验报告-${base ? `${base}-` : ''}${stamp()}.xlsx`, bytes, XLSX_TYPE);
      }),
    async setLive(on) {
      if (timer) clearTimeout(timer);
      store.set({ live: on && host.capabilities.events });
      if (on && host.capabilities.events && !unsubscribe) unsubscribe = await host.onEdit(onEdit);
    },
    dismissNotice: () => store.set({ notice: null }),
    downloadMarkedCopy: () =>
      guard('download', async () => {
        const s = store.get();
        if (!deps.file || !s.result) return;
        await host.mark(unignored(s.result.findings));
        store.set({ marked: true });
        save(`${base}-已标记.xlsx`, await deps.file.bytes(), XLSX_TYPE);
        store.set({ notice: `已下载标记副本“${base}-已标记.xlsx”：问题单元格已填色并附批注，原文件未改动。` });
      }),
    setTab: (tab) => store.set({ tab }),
    setTemplateSet: (id) => store.set({ templateSet: id }),
    setTemplateForm: (index) => store.set({ templateForm: index }),
    insertTemplate: () =>
      guard('template', async () => {
        const preview = templatePreview(store.get(), sets);
        if (!preview || preview.plan.length === 0) return;
        await insertPlan(preview.plan, `已按“${preview.set.name}”插入`);
      }),
    fillMissingStandard: () =>
      guard('template', async () => {
        const plan = missingStandardPlan(store.get(), sets);
        if (plan.length === 0) return;
        await insertPlan(plan, '已补齐缺失的标准指标');
      }),
    acceptSuggestion: () =>
      guard('template', async () => {
        const sug = store.get().suggestion;
        if (sug) await applySuggestion(sug.sheet, sug.row, sug.col, sug.form);
      }),
    dismissSuggestion: () => store.set({ suggestion: null }),
    async setAutoInsert(on) {
      store.set({ autoInsert: on });
      await host.storage?.set(AUTO_INSERT, String(on));
    },
  };

  /** Inserts a plan (one host batch: bottom-up, one undo step in Excel), then re-checks. */
  const insertPlan = async (plan: RowPlan, what: string): Promise<void> => {
    await host.insertRows(plan);
    await doCheck(store.get().marked);
    store.set({ notice: `${what} ${plannedRowCount(plan)} 行，原有单元格未被覆盖。`, suggestion: null });
  };

  /** The rows a typed label asks for, when the typed row is still empty otherwise; null if none. */
  const typedSuggestion = async (sheet: string, row: number, col: string, formIndex: number) => {
    const form = store.get().result?.forms[formIndex];
    const area = form && typingArea(form);
    if (!form || !area || !host.readRange) return null;
    const values = (await host.readRange(sheet, `${columnName(area.c0)}${row}:${columnName(area.c1)}${row}`))[0] ?? [];
    const at = fromA1(`${col}${row}`).col - area.c0;
    const typed = textOf(values[at] ?? null).trim();
    if (!typed || values.some((v, i) => i !== at && textOf(v).trim() !== '')) return null;
    const suggestion = suggestForTyped(typed, form, sets);
    return suggestion && { form, typed, suggestion };
  };

  const applySuggestion = async (sheet: string, row: number, col: string, formIndex: number): Promise<void> => {
    const found = await typedSuggestion(sheet, row, col, formIndex);
    if (!found) {
      store.set({ suggestion: null });
      return;
    }
    const placed = placeTyped(found.form, found.suggestion, { row, col });
    for (const [c, text] of Object.entries(placed.first)) await host.writeCell(sheet, `${c}${row}`, text);
    if (placed.rest) await host.insertRows(placed.rest);
    await doCheck(store.get().marked);
    store.set({
      suggestion: null,
      notice: `已在第 ${row} 行插入“${found.typed}”的 ${found.suggestion.rows.length} 行标准指标。`,
    });
  };

  /** Typing: only a single edited cell inside a recognised indicator table is looked at (one small read). */
  const onTyped = async (e: EditEvent): Promise<void> => {
    const s = store.get();
    if (!s.typingAvailable || !s.result || s.busy !== null || e.address.includes(':')) return;
    let pos: { row: number; col: number };
    try {
      pos = fromA1(e.address.replace(/^.*!/, '').replace(/\$/g, ''));
    } catch {
      return;
    }
    const row = pos.row + 1;
    const formIndex = s.result.forms.findIndex((f) => {
      const a = typingArea(f);
      return a !== null && a.sheet === e.sheet && pos.col >= a.c0 && pos.col <= a.c1 && row >= a.top && row <= a.bottom;
    });
    if (formIndex < 0) return;
    const col = columnName(pos.col);
    const found = await typedSuggestion(e.sheet, row, col, formIndex);
    if (!found) {
      if (store.get().suggestion) store.set({ suggestion: null });
      return;
    }
    if (store.get().autoInsert) {
      await guard('template', () => applySuggestion(e.sheet, row, col, formIndex));
      return;
    }
    const n = found.suggestion.rows.length;
    store.set({
      suggestion: {
        sheet: e.sheet,
        row,
        col,
        form: formIndex,
        label: found.typed,
        summary: `“${found.typed}”下缺少 ${n} 项标准指标（${found.suggestion.set.name}）`,
        names: found.suggestion.rows.map((r) => r.item.name),
      },
    });
  };

  function onEdit(e: EditEvent): void {
    if (store.get().live) {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        if (store.get().busy === null) void actions.runCheck({ mark: store.get().marked });
      }, deps.debounceMs ?? 800);
    }
    onTyped(e).catch(() => undefined);
  }

  return actions;
}

function stamp(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}
