/**
 * The pane's actions, composed from one module per concern (src/app/actions): check, navigation, fixes,
 * review, templates, export. Pure application code: the host and the save function are given by the entry.
 */
import type { CheckResult } from '../check';
import type { Grid } from '../model/grid';
import type { EditEvent, Host } from '../hosts/host';
import type { TemplateSet } from '../templates/schema';
import { BUILT_IN_SETS } from '../templates/catalog';
import type { PaneTab, Store } from './store';
import { createContext } from './actions/context';
import { checkActions } from './actions/check';
import { navigationActions } from './actions/navigation';
import { fixActions } from './actions/fixes';
import { IGNORED, REVIEWED, loadList, reviewActions } from './actions/review';
import { templateActions } from './actions/templates';
import { memoryPreferences, type Preferences } from './preferences';
import { exportActions } from './actions/export';

export { visibleFindings } from './actions/navigation';

/** Saves a file for the user (a browser download). */
export type SaveFn = (filename: string, data: string | Uint8Array, type: string) => void;

export type CheckFn = (grids: Grid[]) => CheckResult;

export interface ControllerDeps {
  host: Host;
  check: CheckFn;
  /** Re-check this long after the last edit (ms). */
  debounceMs?: number;
  /** Files are saved through this (the browser's download in the pane; tests replace it). */
  save?: SaveFn;
  /** What a check reads: the active sheet (Excel, WPS) or every sheet (a dropped file). */
  scope?: 'active' | 'all';
  /** File mode: the workbook's name and its bytes with the current marks (a copy; the original is untouched). */
  file?: { name: string; bytes(): Promise<Uint8Array> };
  /** Template sets (built-in ones by default). */
  sets?: readonly TemplateSet[];
  /** The user's own options (auto-insert, live re-check), per user and never in the document. */
  preferences?: Preferences;
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

export function createController(store: Store, deps: ControllerDeps): PaneActions {
  const { host } = deps;
  const prefs = deps.preferences ?? memoryPreferences();
  const ctx = createContext(store, { ...deps, preferences: prefs }, deps.sets ?? BUILT_IN_SETS);
  let unsubscribe: (() => void) | null = null;
  const subscribe = async (): Promise<void> => {
    if (!unsubscribe) unsubscribe = await host.onEdit(onEdit);
  };
  const check = checkActions(ctx, subscribe);
  const templates = templateActions(ctx);
  function onEdit(e: EditEvent): void {
    check.onEdit();
    templates.onTyped(e).catch(() => undefined);
  }

  return {
    async init() {
      const [ignored, reviewed, mine] = await Promise.all([
        loadList(ctx, IGNORED),
        loadList(ctx, REVIEWED),
        prefs.load(),
      ]);
      const typing = host.capabilities.events && typeof host.readRange === 'function' && host.capabilities.insertRows;
      store.set({
        ignored,
        reviewed,
        liveAvailable: host.capabilities.events,
        typingAvailable: typing,
        autoInsert: mine.autoInsert,
        live: mine.live && host.capabilities.events,
        fileName: deps.file?.name ?? null,
      });
      if (host.capabilities.events) await subscribe();
    },
    runCheck: check.runCheck,
    setLive: check.setLive,
    clearMarks: check.clearMarks,
    dismissNotice: check.dismissNotice,
    ...navigationActions(ctx),
    ...fixActions(ctx),
    ...reviewActions(ctx),
    setTab: templates.setTab,
    setTemplateSet: templates.setTemplateSet,
    setTemplateForm: templates.setTemplateForm,
    insertTemplate: templates.insertTemplate,
    fillMissingStandard: templates.fillMissingStandard,
    acceptSuggestion: templates.acceptSuggestion,
    dismissSuggestion: templates.dismissSuggestion,
    setAutoInsert: templates.setAutoInsert,
    ...exportActions(ctx),
  };
}
