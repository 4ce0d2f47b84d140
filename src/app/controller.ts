/**
 * The pane's actions, composed from one module per concern (src/app/actions): check, navigation, fixes,
 * review, templates, export. Pure application code: the host and the save function are given by the entry.
 */
import type { CheckResult } from '../check';
import type { Grid } from '../model/grid';
import type { Mapping } from '../model/mapping';
import type { EditEvent, Host } from '../hosts/host';
import type { TemplateSet } from '../templates/schema';
import type { Preset } from '../templates/preset-schema';
import { BUILT_IN_SETS } from '../templates/catalog';
import type { CheckScope, PaneTab, ReportSheetOffer, Store } from './store';
import { createContext } from './actions/context';
import { checkActions } from './actions/check';
import { navigationActions } from './actions/navigation';
import { fixActions } from './actions/fixes';
import { IGNORED, REVIEWED, loadList, reviewActions } from './actions/review';
import { templateActions } from './actions/templates';
import { memoryPreferences, type Preferences } from './preferences';
import { exportActions } from './actions/export';
import { loadMapping, mappingActions } from './actions/mapping';
import { recognitionActions, type SelectionEdit } from './actions/recognition';
import type { MappingEdit } from './mapping-edits';
import { IGNORED_RULES, triageActions } from './actions/triage';
import type { TriageFilter } from './triage';
import { buildActions, type NewFormRequest } from './actions/build';
import type { TemplateFocus } from './store';

export { visibleFindings } from './actions/navigation';

/** Saves a file for the user (a browser download). */
export type SaveFn = (filename: string, data: string | Uint8Array, type: string) => void;

/**
 * The check a session runs; `mapping` is the workbook's recognition mapping (docs/mapping.md), if any. It may
 * be asynchronous: the pane loads the check engine as a chunk of its own (see `lazyCheck`).
 */
export type CheckFn = (grids: Grid[], options?: { mapping?: Mapping }) => CheckResult | Promise<CheckResult>;

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
  /** The user's own 新建 presets (beside the workbook or in user settings), after the built-in ones. */
  presets?: readonly Preset[];
  /** The user's own options (auto-insert, live re-check), per user and never in the workbook. */
  preferences?: Preferences;
}

/** Everything a user can do in the pane. Components call these; only these call the host. */
export interface PaneActions {
  init(): Promise<void>;
  runCheck(options?: { mark?: boolean }): Promise<void>;
  /** 当前工作表 / 整个工作簿 for the next 校验 (Excel, WPS). */
  setScope(scope: CheckScope): void;
  select(key: string): Promise<void>;
  next(): Promise<void>;
  previous(): Promise<void>;
  applyFix(key: string): Promise<void>;
  undoFix(): Promise<void>;
  toggleIgnored(key: string): Promise<void>;
  toggleReviewed(key: string): Promise<void>;
  setShowIgnored(on: boolean): void;
  /** Narrows the list (severity, rule family, form); empty lists mean all. */
  setFilter(patch: Partial<TriageFilter>): void;
  clearFilter(): void;
  /** Shows or collapses the info findings (“另有 N 条提示”). */
  setShowInfo(on: boolean): void;
  /** 全部修正: the fixes of these findings (mechanical rules only) as one write and one undo step. */
  fixAll(keys: readonly string[]): Promise<void>;
  /** 忽略此类: every finding of the rule, in this workbook (stored like the ignored findings). */
  ignoreRule(rule: string): Promise<void>;
  restoreRule(rule: string): Promise<void>;
  clearMarks(): Promise<void>;
  exportCsv(): void;
  exportXlsx(): Promise<void>;
  /** 写入新工作表: the report written to a new sheet under a free name (Excel, WPS; never over a sheet). */
  exportToSheet(): Promise<void>;
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
  /**
   * Validates the mapping, stores it in the workbook (host storage) and checks again with it; an invalid
   * mapping is refused with a zh-CN error (state.error) and nothing changes.
   */
  setMapping(mapping: Mapping): Promise<void>;
  /** Removes the workbook's mapping and checks again with the readers' own recognition. */
  clearMapping(): Promise<void>;
  /** 识别结果: shows the form at this index of the view. */
  setRecogForm(index: number): void;
  /** Selects a range (a part of a form) in the sheet. */
  selectRange(sheet: string, range: string): Promise<void>;
  /** Reads the user's selection into state.selection (hosts with readSelection). */
  readSelection(): Promise<void>;
  /** One correction of the reading: a new mapping, stored and checked with at once. */
  correctReading(edit: MappingEdit): Promise<void>;
  /** A correction on the user's current selection (read from the host first). */
  correctFromSelection(make: SelectionEdit): Promise<void>;
  /** Which section of the 模板 tab to bring into view (新建 from the ribbon). */
  setTemplateFocus(focus: TemplateFocus): void;
  /** 新建绩效目标表: the preset written into a new sheet, selected and checked. */
  createForm(request: NewFormRequest): Promise<void>;
  /**
   * 复制为新年度: the chosen recognized form copied to a new sheet with the year changed and what its preset
   * says to clear emptied (`presetId`, else the preset matching the form's kind and columns).
   */
  rollForward(year: number, presetId?: string): Promise<void>;
  /** 导入预设…: a preset file's presets (validated) kept in per-user storage and listed after the built-in. */
  importPresets(text: string, file: string): Promise<void>;
  /** Removes an imported preset. */
  removePreset(id: string): Promise<void>;
  /** 指标库: the entry inserted as a row below the selected row (one batch, one undo step). */
  insertLibraryEntry(name: string): Promise<void>;
  /** A typed 三级's library suggestion taken: the name and value template written into that row. */
  acceptLibrarySuggestion(name: string): Promise<void>;
}

/**
 * 写入新工作表 where the host adds sheets to the user's workbook (not file mode, whose workbook is a copy);
 * preferred where a downloaded report (a blob link) does not arrive (WPS, Excel on Mac and iPad).
 */
function reportSheetOffer(host: Host): ReportSheetOffer {
  if (!host.addSheet || host.name === 'file') return 'none';
  return host.capabilities.downloads === false ? 'preferred' : 'offered';
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
  const build = buildActions(ctx);
  const templates = templateActions(ctx, build.onTypedLevel3);
  const mapping = mappingActions(ctx);
  function onEdit(e: EditEvent): void {
    check.onEdit();
    templates.onTyped(e).catch(() => undefined);
  }

  return {
    async init() {
      const [ignored, reviewed, ignoredRules, mine, mapping] = await Promise.all([
        loadList(ctx, IGNORED),
        loadList(ctx, REVIEWED),
        loadList(ctx, IGNORED_RULES),
        prefs.load(),
        loadMapping(host.storage),
      ]);
      // imported presets are a convenience: storage or chunk trouble must not stop the pane
      await build.loadUserPresets().catch(() => undefined);
      const typing = host.capabilities.events && typeof host.readRange === 'function' && host.capabilities.insertRows;
      store.set({
        ignored,
        reviewed,
        ignoredRules,
        liveAvailable: host.capabilities.events,
        typingAvailable: typing,
        selectionAvailable: typeof host.readSelection === 'function',
        autoInsert: mine.autoInsert,
        live: mine.live && host.capabilities.events,
        scope: mine.scope === 'all' ? 'workbook' : 'sheet',
        fileName: deps.file?.name ?? null,
        mapping: mapping.mapping,
        mappingError: mapping.error,
        notice: mapping.error,
        scopeAvailable: deps.scope !== 'all',
        reportSheet: reportSheetOffer(host),
      });
      if (host.capabilities.events) await subscribe();
    },
    runCheck: check.runCheck,
    setScope: check.setScope,
    setLive: check.setLive,
    clearMarks: check.clearMarks,
    dismissNotice: check.dismissNotice,
    ...navigationActions(ctx),
    ...fixActions(ctx),
    ...reviewActions(ctx),
    ...triageActions(ctx),
    setTab: templates.setTab,
    setTemplateSet: templates.setTemplateSet,
    setTemplateForm: templates.setTemplateForm,
    insertTemplate: templates.insertTemplate,
    fillMissingStandard: templates.fillMissingStandard,
    acceptSuggestion: templates.acceptSuggestion,
    dismissSuggestion: templates.dismissSuggestion,
    setAutoInsert: templates.setAutoInsert,
    setTemplateFocus: (focus) => store.set({ templateFocus: focus }),
    createForm: build.createForm,
    rollForward: build.rollForward,
    importPresets: build.importPresets,
    removePreset: build.removePreset,
    insertLibraryEntry: build.insertLibraryEntry,
    acceptLibrarySuggestion: build.acceptLibrarySuggestion,
    ...exportActions(ctx),
    ...mapping,
    ...recognitionActions(ctx, mapping.setMapping),
  };
}
