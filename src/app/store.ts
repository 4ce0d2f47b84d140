import type { CheckResult } from '../check';
import type { Grid } from '../model/grid';
import type { Mapping } from '../model/mapping';
import type { Preset } from '../templates/preset-schema';
import { NO_FILTER, type TriageFilter } from './triage';

export type Status = 'idle' | 'reading' | 'checking' | 'ready' | 'error';

/** One cell a fix wrote, with its previous text. */
export interface UndoEdit {
  sheet: string;
  cell: string;
  previous: string;
  text: string;
}

/**
 * One undoable step: a fix, or a 全部修正 of many cells (undone together), or (file mode, whose workbook has
 * no undo of its own) one insertion of template rows: `inserted` rows, taken back by Host.undoInsertion.
 */
export interface UndoEntry {
  edits: UndoEdit[];
  inserted?: number;
}

/** Rows offered after the user typed a standard label into an empty row (templates while typing). */
export interface Suggestion {
  sheet: string;
  /** 1-based row and column letter of the typed cell. */
  row: number;
  col: string;
  /** What was typed and what is offered, in words (“决策：6 行标准指标”). */
  label: string;
  summary: string;
  /** Names of the offered 三级 indicators. */
  names: string[];
  form: number;
  /** A 三级 typed into a row: matching 指标库 entries (one click fills name and value template). */
  library?: { name: string; level2: string; operator: string | null; unit: string | null; example: string }[];
}

/** The 模板 tab's section a link or ribbon button asks for (新建 from the ribbon). */
export type TemplateFocus = 'new' | 'library' | null;

/** What 新建 or 复制为新年度 did, shown in the 模板 tab. */
export interface BuildOutcome {
  kind: 'new' | 'roll';
  sheet: string;
  errors: number;
  warnings: number;
  /** 复制为新年度: the cells changed on the copy. */
  edits: { cell: string; what: string; before: string; after: string }[];
}

export type PaneTab = 'check' | 'template' | 'recog';

/** 写入新工作表 in the export menu: not offered, offered beside the downloads, or first (WPS). */
export type ReportSheetOffer = 'none' | 'offered' | 'preferred';

/** What 校验 reads in Excel and WPS: the active sheet or every sheet (file mode always reads every sheet). */
export type CheckScope = 'sheet' | 'workbook';

/**
 * The tab the page's URL asks for: `taskpane.html#template` (WPS's 插入模板 button) opens 模板, `#new`
 * (the 新建绩效目标表 buttons) opens 模板 at its 新建 section.
 */
export function tabFromHash(hash: string): PaneTab {
  return hash === '#template' || hash === '#new' ? 'template' : 'check';
}

export function focusFromHash(hash: string): TemplateFocus {
  return hash === '#new' ? 'new' : null;
}

/** Everything the pane shows. Only the controller changes it; components read it. */
export interface PaneState {
  status: Status;
  /** 0..1 while a big sheet is read. */
  progress: number | null;
  result: CheckResult | null;
  /** 当前工作表 / 整个工作簿 (Excel, WPS); `scopeAvailable` false in file mode, which checks every sheet. */
  scope: CheckScope;
  scopeAvailable: boolean;
  /** The scope of the last check, and (sheet scope) how many forms the other sheets hold; null: not known. */
  checkedScope: CheckScope | null;
  otherSheetForms: number | null;
  /** Sheets of the last check and whether all were empty. */
  sheets: string[];
  emptySheet: boolean;
  error: string | null;
  /** A short info line ("已清除标记"). */
  notice: string | null;
  /** Key of the selected finding. */
  current: string | null;
  ignored: string[];
  reviewed: string[];
  showIgnored: boolean;
  /** Rules ignored as a whole for this workbook (忽略此类), stored like the ignored findings. */
  ignoredRules: string[];
  /** List filters (severity, rule family, form); empty means all. */
  filter: TriageFilter;
  /** Info findings are collapsed by default (“另有 N 条提示”). */
  showInfo: boolean;
  marked: boolean;
  live: boolean;
  liveAvailable: boolean;
  undo: UndoEntry[];
  /** The action in progress (buttons disabled meanwhile). */
  busy: string | null;
  /** The sheets read by the last check (cell previews, template planning). */
  grids: Grid[];
  /** File mode: the workbook's file name (the marked copy can be downloaded). */
  fileName: string | null;
  tab: PaneTab;
  /** 模板 tab: chosen set id (null: the set of the form's kind) and form index. */
  templateSet: string | null;
  templateForm: number;
  suggestion: Suggestion | null;
  /** 输入时自动插入: insert the offered rows without asking. */
  autoInsert: boolean;
  /** The host reports edits and reads single rows (Excel with events). */
  typingAvailable: boolean;
  /** 识别结果: the form shown (index into the view's forms). */
  recogForm: number;
  /** 识别结果: the user's selection as last read from the host (corrections drawn from it); null: none read. */
  selection: { sheet: string; range: string } | null;
  /** 识别结果: the host can tell the pane what the user selected (Excel, WPS; not file mode). */
  selectionAvailable: boolean;
  /** The workbook's recognition mapping (docs/mapping.md), given to every check; null: the readers decide. */
  mapping: Mapping | null;
  /** Why the stored mapping is not used (zh-CN; invalid or newer version), until the user sets or clears it. */
  mappingError: string | null;
  templateFocus: TemplateFocus;
  built: BuildOutcome | null;
  /** 新建 presets the user imported (per-user storage, never the document), after the built-in ones. */
  userPresets: Preset[];
  /** 导出报告 → 写入新工作表 (Excel, WPS). */
  reportSheet: ReportSheetOffer;
}

export const initialState: PaneState = {
  status: 'idle',
  progress: null,
  result: null,
  scope: 'sheet',
  scopeAvailable: false,
  checkedScope: null,
  otherSheetForms: null,
  sheets: [],
  emptySheet: false,
  error: null,
  notice: null,
  current: null,
  ignored: [],
  reviewed: [],
  showIgnored: false,
  ignoredRules: [],
  filter: NO_FILTER,
  showInfo: false,
  marked: false,
  live: false,
  liveAvailable: false,
  undo: [],
  busy: null,
  grids: [],
  fileName: null,
  tab: 'check',
  templateSet: null,
  templateForm: 0,
  suggestion: null,
  autoInsert: false,
  typingAvailable: false,
  recogForm: 0,
  selection: null,
  selectionAvailable: false,
  mapping: null,
  mappingError: null,
  templateFocus: null,
  built: null,
  userPresets: [],
  reportSheet: 'none',
};

export class Store {
  private state: PaneState;
  private readonly listeners = new Set<() => void>();

  constructor(state: Partial<PaneState> = {}) {
    this.state = { ...initialState, ...state };
  }

  get = (): PaneState => this.state;

  set(patch: Partial<PaneState> | ((s: PaneState) => Partial<PaneState>)): void {
    const p = typeof patch === 'function' ? patch(this.state) : patch;
    this.state = { ...this.state, ...p };
    for (const l of this.listeners) l();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
