/**
 * A fake of WPS 表格's ET object model, faithful to the quirks the adapter must handle:
 * collections are 1-based `.Item(i)` (0 throws), sheets by name through `.Item(name)`; `Value2` is a scalar
 * for one cell and rows of values for several (or a flat list for one row with `flatRows`); empty cells are
 * undefined; colours are BGR numbers and a cell without fill reports Color 0xFFFFFF with ColorIndex -4142;
 * fills extend the used range; `Select()` on a sheet that is not active throws; writes convert number- and
 * percent-looking text unless it starts with '; custom document properties reject values over 255
 * characters; SheetChange fires for value writes (ours and the user's), not for formatting.
 * New sheets (新建绩效目标表): Worksheets.Add(before, after) and Worksheet.Copy make the new sheet active
 * (names Sheet{n} / “X (2)” like WPS); renaming to a name in use throws; Value2 takes a 2-D array of the
 * range's shape; Formula computes SUM over a range when written (no recalculation); Validation.Add fails
 * on a cell that already has a rule and on a list over 255 characters; fonts, alignment, borders, column
 * widths and PageSetup are recorded.
 * Every property read or call through the object model is counted in `calls`.
 */
import { columnIndex, columnName, fromA1 } from '../../src/core/address';
import type {
  EtApiEvent,
  EtApplication,
  EtComment,
  EtDocProperties,
  EtDocProperty,
  EtFormatCondition,
  EtFormatConditions,
  EtEventName,
  EtInterior,
  EtPluginStorage,
  EtRange,
  EtScalar,
  EtSheetChangeHandler,
  EtSheets,
  EtTaskPane,
  EtValue2,
  EtWorkbook,
  EtWorksheet,
} from '../../src/hosts/wps/et-api';

export const XL_NONE = -4142;
const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

interface Area {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
} // 1-based, inclusive
interface Cell {
  v?: string | number;
  formula?: string;
  /** Bold, Size, HorizontalAlignment, VerticalAlignment, WrapText as set. */
  style?: Record<string, number | boolean>;
  fill?: number;
  comment?: string;
  format?: string;
}

export interface FakeEtOptions {
  /** One-row ranges return a flat array from Value2 (seen in some WPS builds). */
  flatRows?: boolean;
  /** SheetChange delivered synchronously inside the write (default) or on a later tick. */
  asyncEvents?: boolean;
}

/** A conditional format: an xlExpression formula and the fill (BGR) shown where it holds. */
export interface FakeEtRule {
  formula: string;
  fill: number | null;
  areas: Area[];
}

export class FakeEtSheet {
  cells = new Map<string, Cell>();
  merges: Area[] = [];
  /** Conditional formats, highest priority first; the fake takes every one as true (no formula evaluation). */
  rules: FakeEtRule[] = [];
  visible: number = -1;
  /** Column widths in characters (1-based column). */
  widths = new Map<number, number>();
  validations: { area: Area; list: string }[] = [];
  borders: Area[] = [];
  page = { PaperSize: 1, Orientation: 1, PrintTitleRows: '' };
  constructor(
    readonly book: FakeEtBook,
    public name: string,
  ) {}

  cell(r: number, c: number): Cell | undefined {
    return this.cells.get(`${r},${c}`);
  }
  ensure(r: number, c: number): Cell {
    const k = `${r},${c}`;
    let cell = this.cells.get(k);
    if (!cell) this.cells.set(k, (cell = {}));
    return cell;
  }
  /** What a user sees: the top conditional format's fill over the cell's own fill, A1 → '#RRGGBB'. */
  fills(): Record<string, string> {
    const out = this.cellFills();
    for (const rule of [...this.rules].reverse()) {
      if (rule.fill === null) continue;
      for (const a of rule.areas)
        for (let r = a.r0; r <= a.r1; r++)
          for (let c = a.c0; c <= a.c1; c++) out[`${columnName(c - 1)}${r}`] = bgrHex(rule.fill);
    }
    return out;
  }
  /** The cells' own fills, A1 → '#RRGGBB'. */
  cellFills(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, cell] of this.cells) {
      if (cell.fill === undefined) continue;
      const [r, c] = k.split(',').map(Number);
      out[`${columnName(c - 1)}${r}`] = bgrHex(cell.fill);
    }
    return out;
  }
  text(a1: string): string {
    const p = fromA1(a1);
    const cell = this.cell(p.row + 1, p.col + 1);
    if (!cell) return '';
    if (cell.formula !== undefined) return cell.formula;
    return cell.v === undefined ? '' : String(cell.v);
  }
  usedArea(): Area {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = 0,
      c1 = 0;
    for (const [k, cell] of this.cells) {
      if (cell.v === undefined && cell.fill === undefined && cell.formula === undefined) continue;
      const [r, c] = k.split(',').map(Number);
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    return r1 === 0 ? { r0: 1, c0: 1, r1: 1, c1: 1 } : { r0, c0, r1, c1 };
  }
  insertRows(at: number, count: number): void {
    const moved = new Map<string, Cell>();
    for (const [k, cell] of this.cells) {
      const [r, c] = k.split(',').map(Number);
      moved.set(r >= at ? `${r + count},${c}` : k, cell);
    }
    this.cells = moved;
    const shift = (m: Area): Area =>
      m.r0 >= at ? { ...m, r0: m.r0 + count, r1: m.r1 + count } : m.r1 >= at ? { ...m, r1: m.r1 + count } : m;
    this.merges = this.merges.map(shift);
    this.rules = this.rules.map((rule) => ({ ...rule, areas: rule.areas.map(shift) }));
  }
  api(): EtWorksheet {
    return this.book.wrapSheet(this);
  }
}

export class FakeEtBook {
  sheets: FakeEtSheet[] = [];
  active = 0;
  selection: { sheet: string; address: string } | null = null;
  props: { name: string; value: string }[] = [];
  screenUpdating = true;
  /** ScreenUpdating values set, in order. */
  screenLog: boolean[] = [];
  calls: Record<string, number> = {};
  listeners = new Map<string, Set<EtSheetChangeHandler | (() => void)>>();
  panes: FakeTaskPane[] = [];
  storage = new Map<string, string | number | boolean>();
  constructor(readonly options: FakeEtOptions = {}) {}

  addSheet(name: string, rows: (string | number | null)[][] = []): FakeEtSheet {
    const s = new FakeEtSheet(this, name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== '') s.ensure(r + 1, c + 1).v = v;
      }),
    );
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): FakeEtSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
  count(what: string): void {
    this.calls[what] = (this.calls[what] ?? 0) + 1;
    this.calls.total = (this.calls.total ?? 0) + 1;
  }
  resetCalls(): void {
    this.calls = {};
  }
  userFill(sheet: string, a1: string, color: string | null): void {
    const p = fromA1(a1);
    const cell = this.sheet(sheet).ensure(p.row + 1, p.col + 1);
    if (color === null) delete cell.fill;
    else cell.fill = hexBgr(color);
  }
  userEdit(sheet: string, a1: string, value: string): void {
    const s = this.sheet(sheet);
    const p = fromA1(a1);
    writeValue(s.ensure(p.row + 1, p.col + 1), value);
    this.fire(s, { r0: p.row + 1, c0: p.col + 1, r1: p.row + 1, c1: p.col + 1 });
  }
  fire(s: FakeEtSheet, area: Area): void {
    const handlers = [...(this.listeners.get('SheetChange') ?? [])];
    const run = (): void => handlers.forEach((h) => h(s.api(), new FakeRange(s, [area])));
    if (this.options.asyncEvents) setTimeout(run, 1);
    else run();
  }

  /** The fake sheet behind an API worksheet object (Add/Copy take sheets as arguments). */
  readonly apiSheets = new WeakMap<EtWorksheet, FakeEtSheet>();

  /** A new sheet at `index` (0-based) named like WPS (Sheet{n}), made active. */
  insertSheet(index: number, name?: string): FakeEtSheet {
    let n = name ?? '';
    for (let i = this.sheets.length + 1; !n || this.sheets.some((x) => x.name === n); i++) n = `Sheet${i}`;
    const s = new FakeEtSheet(this, n);
    this.sheets.splice(index, 0, s);
    this.active = index;
    return s;
  }

  position(before?: EtWorksheet, after?: EtWorksheet): number {
    const of = (ws: EtWorksheet): number => {
      const s = this.apiSheets.get(ws);
      if (!s) throw new Error('fake: not a worksheet of this workbook');
      return this.sheets.indexOf(s);
    };
    if (before && after) throw new Error('Before 和 After 只能指定一个');
    return before ? of(before) : after ? of(after) + 1 : this.active;
  }

  wrapSheet(s: FakeEtSheet): EtWorksheet {
    const book = this;
    const api: EtWorksheet = {
      get Name() {
        book.count('Worksheet.Name');
        return s.name;
      },
      set Name(v: string) {
        book.count('Worksheet.Name=');
        if (!v || v.length > 31 || /[\\/?*[\]:]/.test(v)) throw new Error(`工作表名称无效: ${v}`);
        if (book.sheets.some((x) => x !== s && x.name.toLowerCase() === v.toLowerCase()))
          throw new Error(`工作表名称已存在: ${v}`);
        s.name = v;
      },
      Copy(before?: EtWorksheet, after?: EtWorksheet) {
        book.count('Worksheet.Copy');
        let name = '';
        for (let i = 2; !name || book.sheets.some((x) => x.name === name); i++) name = `${s.name} (${i})`;
        const copy = book.insertSheet(book.position(before, after), name);
        for (const [k, cell] of s.cells) copy.cells.set(k, JSON.parse(JSON.stringify(cell)) as Cell);
        copy.merges = s.merges.map((m) => ({ ...m }));
        copy.widths = new Map(s.widths);
        copy.validations = s.validations.map((v) => ({ area: { ...v.area }, list: v.list }));
        copy.borders = s.borders.map((b) => ({ ...b }));
        copy.page = { ...s.page };
      },
      get PageSetup() {
        book.count('Worksheet.PageSetup');
        return s.page;
      },
      get Visible() {
        return s.visible;
      },
      get UsedRange() {
        book.count('Worksheet.UsedRange');
        return new FakeRange(s, [s.usedArea()]);
      },
      get Cells() {
        book.count('Worksheet.Cells');
        return new FakeRange(s, [{ r0: 1, c0: 1, r1: MAX_ROWS, c1: MAX_COLS }]);
      },
      Range(address: string) {
        book.count('Worksheet.Range');
        return new FakeRange(s, parseAddress(address));
      },
      Activate() {
        book.count('Worksheet.Activate');
        book.active = book.sheets.indexOf(s);
      },
    };
    this.apiSheets.set(api, s);
    return api;
  }

  application(): EtApplication {
    const book = this;
    const sheets: EtSheets = {
      get Count() {
        return book.sheets.length;
      },
      Item(index: number | string) {
        book.count('Worksheets.Item');
        const s = typeof index === 'number' ? book.sheets[index - 1] : book.sheets.find((x) => x.name === index);
        if (typeof index === 'number' && index < 1) throw new Error('下标越界 (collections are 1-based)');
        if (!s) throw new Error(`下标越界: ${index}`);
        return s.api();
      },
      Add(before?: EtWorksheet, after?: EtWorksheet) {
        book.count('Worksheets.Add');
        return book.insertSheet(book.position(before, after)).api();
      },
    };
    const props: EtDocProperties = {
      get Count() {
        return book.props.length;
      },
      Item(index: number | string) {
        book.count('CustomDocumentProperties.Item');
        const p = typeof index === 'number' ? book.props[index - 1] : book.props.find((x) => x.name === index);
        if (!p) throw new Error(`无效的属性: ${index}`);
        return propApi(book, p);
      },
      Add(name: string, _link: boolean, _type: number, value: string) {
        book.count('CustomDocumentProperties.Add');
        if (value.length > 255) throw new Error('属性值超过 255 个字符');
        if (book.props.some((x) => x.name === name)) throw new Error(`属性已存在: ${name}`);
        const p = { name, value };
        book.props.push(p);
        return propApi(book, p);
      },
    };
    const workbook: EtWorkbook = {
      Name: '工作簿1.xlsx',
      Worksheets: sheets,
      get ActiveSheet() {
        return book.sheets[book.active].api();
      },
      CustomDocumentProperties: props,
    };
    const apiEvent: EtApiEvent = {
      AddApiEventListener(name: EtEventName, h: EtSheetChangeHandler | (() => void)) {
        book.count('ApiEvent.Add');
        const set = book.listeners.get(name) ?? new Set();
        set.add(h);
        book.listeners.set(name, set);
      },
      RemoveApiEventListener(name: EtEventName, h: EtSheetChangeHandler | (() => void)) {
        book.count('ApiEvent.Remove');
        book.listeners.get(name)?.delete(h);
      },
    };
    const storage: EtPluginStorage = {
      getItem: (k) => book.storage.get(k) ?? null,
      setItem: (k, v) => void book.storage.set(k, v),
    };
    return {
      Name: 'WPS 表格',
      get ActiveWorkbook() {
        return workbook;
      },
      get ActiveSheet() {
        return book.sheets[book.active].api();
      },
      ActiveWindow: { Hwnd: 4242, Caption: '工作簿1.xlsx' },
      get Selection() {
        const sel = book.selection;
        const s = sel ? book.sheet(sel.sheet) : book.sheets[book.active];
        return new FakeRange(s, sel ? parseAddress(sel.address) : [{ r0: 1, c0: 1, r1: 1, c1: 1 }]);
      },
      get ScreenUpdating() {
        return book.screenUpdating;
      },
      set ScreenUpdating(v: boolean) {
        book.screenUpdating = v;
        book.screenLog.push(v);
      },
      ApiEvent: apiEvent,
      CreateTaskPane(url: string) {
        const pane = new FakeTaskPane(book.panes.length + 1, url);
        book.panes.push(pane);
        return pane;
      },
      GetTaskPane(id: number) {
        return book.panes.find((p) => p.ID === id && !p.deleted) ?? null;
      },
      PluginStorage: storage,
    };
  }
}

export class FakeTaskPane implements EtTaskPane {
  Visible = false;
  DockPosition = 0;
  Width = 300;
  deleted = false;
  constructor(
    readonly ID: number,
    readonly url: string,
  ) {}
  Delete(): void {
    this.deleted = true;
  }
}

function propApi(book: FakeEtBook, p: { name: string; value: string }): EtDocProperty {
  return {
    get Name() {
      return p.name;
    },
    get Value() {
      return p.value;
    },
    set Value(v: string | number | boolean) {
      if (String(v).length > 255) throw new Error('属性值超过 255 个字符');
      p.value = String(v);
    },
    Delete() {
      book.props = book.props.filter((x) => x !== p);
    },
  };
}

class FakeRange implements EtRange {
  constructor(
    private readonly s: FakeEtSheet,
    private readonly areas: Area[],
  ) {}
  private get book(): FakeEtBook {
    return this.s.book;
  }
  private get a(): Area {
    return this.areas[0];
  }
  private *each(): Generator<[number, number]> {
    for (const a of this.areas) for (let r = a.r0; r <= a.r1; r++) for (let c = a.c0; c <= a.c1; c++) yield [r, c];
  }

  get Value2(): EtValue2 {
    this.book.count('Range.Value2');
    const { r0, c0, r1, c1 } = this.a;
    const get = (r: number, c: number): EtScalar => this.s.cell(r, c)?.v;
    if (r0 === r1 && c0 === c1) return get(r0, c0);
    const rows: EtScalar[][] = [];
    for (let r = r0; r <= r1; r++) {
      const row: EtScalar[] = [];
      for (let c = c0; c <= c1; c++) row.push(get(r, c));
      rows.push(row);
    }
    return this.book.options.flatRows && rows.length === 1 ? rows[0] : rows;
  }
  set Value2(v: EtValue2) {
    this.book.count('Range.Value2=');
    if (Array.isArray(v)) {
      const { r0, c0, r1, c1 } = this.a;
      const rows = v.map((row) => (Array.isArray(row) ? row : [row]));
      if (rows.length !== r1 - r0 + 1 || rows.some((row) => row.length !== c1 - c0 + 1))
        throw new Error('fake: the array does not match the range size');
      rows.forEach((row, i) => row.forEach((x, j) => writeValue(this.s.ensure(r0 + i, c0 + j), x)));
    } else for (const [r, c] of this.each()) writeValue(this.s.ensure(r, c), v);
    this.book.fire(this.s, this.a);
  }
  get Formula(): string {
    return this.s.cell(this.a.r0, this.a.c0)?.formula ?? String(this.s.cell(this.a.r0, this.a.c0)?.v ?? '');
  }
  set Formula(f: string) {
    this.book.count('Range.Formula=');
    for (const [r, c] of this.each()) {
      const cell = this.s.ensure(r, c);
      writeValue(cell, f);
      if (f.startsWith('=')) cell.v = evaluate(this.s, f);
    }
    this.book.fire(this.s, this.a);
  }
  private setStyle(name: string, v: number | boolean): void {
    this.book.count(`Range.${name}=`);
    for (const [r, c] of this.each()) {
      const cell = this.s.ensure(r, c);
      cell.style = { ...cell.style, [name]: v };
    }
  }
  private styleOf(name: string): number | boolean | undefined {
    return this.s.cell(this.a.r0, this.a.c0)?.style?.[name];
  }
  get Font() {
    const range = this;
    return {
      get Bold() {
        return range.styleOf('Bold') === true;
      },
      set Bold(v: boolean) {
        range.setStyle('Bold', v);
      },
      get Size() {
        return Number(range.styleOf('Size') ?? 11);
      },
      set Size(v: number) {
        range.setStyle('Size', v);
      },
    };
  }
  get HorizontalAlignment(): number {
    return Number(this.styleOf('HorizontalAlignment') ?? 1);
  }
  set HorizontalAlignment(v: number) {
    this.setStyle('HorizontalAlignment', v);
  }
  get VerticalAlignment(): number {
    return Number(this.styleOf('VerticalAlignment') ?? -4107);
  }
  set VerticalAlignment(v: number) {
    this.setStyle('VerticalAlignment', v);
  }
  get WrapText(): boolean {
    return this.styleOf('WrapText') === true;
  }
  set WrapText(v: boolean) {
    this.setStyle('WrapText', v);
  }
  get ColumnWidth(): number {
    return this.s.widths.get(this.a.c0) ?? 8.38;
  }
  set ColumnWidth(w: number) {
    this.book.count('Range.ColumnWidth=');
    for (let c = this.a.c0; c <= this.a.c1; c++) this.s.widths.set(c, w);
  }
  get Borders() {
    const range = this;
    return {
      get LineStyle(): number {
        return range.s.borders.some((b) => b.r0 <= range.a.r0 && b.r1 >= range.a.r1) ? 1 : -4142;
      },
      set LineStyle(v: number) {
        range.book.count('Borders.LineStyle=');
        if (v === 1) range.s.borders.push({ ...range.a });
      },
    };
  }
  get Validation() {
    const range = this;
    const overlaps = (x: Area): boolean =>
      range.areas.some((a) => x.r0 <= a.r1 && x.r1 >= a.r0 && x.c0 <= a.c1 && x.c1 >= a.c0);
    return {
      Add(type: number, _alert?: number, _op?: number, formula1?: string) {
        range.book.count('Validation.Add');
        if (type !== 3 || !formula1) throw new Error('fake: only list validations');
        if (formula1.length > 255) throw new Error('序列来源超过 255 个字符');
        if (range.s.validations.some((v) => overlaps(v.area))) throw new Error('单元格已有数据有效性 (Delete first)');
        range.s.validations.push({ area: { ...range.a }, list: formula1 });
      },
      Delete() {
        range.book.count('Validation.Delete');
        range.s.validations = range.s.validations.filter((v) => !overlaps(v.area));
      },
    };
  }
  get Row(): number {
    return this.a.r0;
  }
  get Column(): number {
    return this.a.c0;
  }
  get Rows() {
    const { r0, c0, r1, c1 } = this.a;
    return {
      Count: r1 - r0 + 1,
      Item: (i: number) => {
        if (i < 1) throw new Error('下标越界');
        return new FakeRange(this.s, [{ r0: r0 + i - 1, c0, r1: r0 + i - 1, c1 }]);
      },
    };
  }
  get Columns() {
    return { Count: this.a.c1 - this.a.c0 + 1 };
  }
  get Count(): number {
    return [...this.each()].length;
  }
  Address(rowAbs = true, colAbs = true): string {
    const cell = (r: number, c: number) => `${colAbs ? '$' : ''}${columnName(c - 1)}${rowAbs ? '$' : ''}${r}`;
    return this.areas
      .map((a) => (a.r0 === a.r1 && a.c0 === a.c1 ? cell(a.r0, a.c0) : `${cell(a.r0, a.c0)}:${cell(a.r1, a.c1)}`))
      .join(',');
  }
  get MergeCells(): boolean | null {
    this.book.count('Range.MergeCells');
    let inside = 0,
      all = 0;
    for (const [r, c] of this.each()) {
      all++;
      if (this.s.merges.some((m) => r >= m.r0 && r <= m.r1 && c >= m.c0 && c <= m.c1)) inside++;
    }
    return inside === 0 ? false : inside === all ? true : null;
  }
  get MergeArea(): EtRange {
    this.book.count('Range.MergeArea');
    const { r0, c0 } = this.a;
    const m = this.s.merges.find((x) => r0 >= x.r0 && r0 <= x.r1 && c0 >= x.c0 && c0 <= x.c1);
    return new FakeRange(this.s, [m ?? { r0, c0, r1: r0, c1: c0 }]);
  }
  get NumberFormat(): string | null {
    this.book.count('Range.NumberFormat');
    const formats = new Set<string>();
    for (const [r, c] of this.each()) formats.add(this.s.cell(r, c)?.format ?? 'General');
    return formats.size === 1 ? [...formats][0] : null;
  }
  get Interior(): EtInterior {
    this.book.count('Range.Interior');
    const range = this;
    const first = (): Cell | undefined => this.s.cell(this.a.r0, this.a.c0);
    return {
      get Color() {
        return first()?.fill ?? 0xffffff;
      },
      set Color(bgr: number) {
        for (const [r, c] of range.each()) range.s.ensure(r, c).fill = bgr;
      },
      get ColorIndex() {
        return first()?.fill === undefined ? XL_NONE : 1;
      },
      set ColorIndex(i: number) {
        if (i !== XL_NONE) throw new Error('fake: only xlColorIndexNone');
        for (const [r, c] of range.each()) delete range.s.ensure(r, c).fill;
      },
    };
  }
  get FormatConditions(): EtFormatConditions {
    this.book.count('Range.FormatConditions');
    const s = this.s;
    const book = this.book;
    const mine = this.areas;
    const hits = (): FakeEtRule[] =>
      s.rules.filter((rule) =>
        rule.areas.some((m) => mine.some((t) => m.r0 <= t.r1 && m.r1 >= t.r0 && m.c0 <= t.c1 && m.c1 >= t.c0)),
      );
    const api = (rule: FakeEtRule): EtFormatCondition => ({
      Type: 2,
      get Formula1() {
        book.count('FormatCondition.Formula1');
        return rule.formula;
      },
      Interior: {
        get Color() {
          return rule.fill ?? 0xffffff;
        },
        set Color(bgr: number) {
          book.count('FormatCondition.Interior.Color=');
          rule.fill = bgr;
        },
        ColorIndex: 1,
      },
      Delete() {
        book.count('FormatCondition.Delete');
        s.rules = s.rules.filter((r) => r !== rule);
      },
    });
    return {
      get Count() {
        return hits().length;
      },
      Item(i: number) {
        book.count('FormatConditions.Item');
        const rule = hits()[i - 1];
        if (!rule) throw new Error('下标越界');
        return api(rule);
      },
      Add(type: number, _op?: number, formula1?: string) {
        book.count('FormatConditions.Add');
        if (type !== 2 || !formula1) throw new Error('fake: only xlExpression conditions');
        const rule: FakeEtRule = { formula: formula1, fill: null, areas: mine.map((a) => ({ ...a })) };
        s.rules.unshift(rule);
        return api(rule);
      },
    };
  }
  get EntireRow(): EtRange {
    return new FakeRange(this.s, [{ r0: this.a.r0, c0: 1, r1: this.a.r1, c1: MAX_COLS }]);
  }
  get Comment(): EtComment | null {
    const cell = this.s.cell(this.a.r0, this.a.c0);
    return cell?.comment === undefined ? null : this.commentApi();
  }
  get Cells() {
    return {
      Item: (row: number, col: number) => {
        if (row < 1 || col < 1) throw new Error('下标越界');
        this.book.count('Cells.Item');
        const r = this.a.r0 + row - 1,
          c = this.a.c0 + col - 1;
        return new FakeRange(this.s, [{ r0: r, c0: c, r1: r, c1: c }]);
      },
    };
  }
  get Worksheet(): EtWorksheet {
    return this.s.api();
  }
  Select(): boolean {
    this.book.count('Range.Select');
    if (this.book.sheets[this.book.active] !== this.s) throw new Error('Range 类的 Select 方法无效 (sheet not active)');
    this.book.selection = { sheet: this.s.name, address: this.Address(false, false) };
    return true;
  }
  Insert(shift?: number): boolean {
    this.book.count('Range.Insert');
    const { r0, r1, c0, c1 } = this.a;
    if (!(c0 === 1 && c1 === MAX_COLS)) throw new Error('fake: only EntireRow.Insert');
    if (shift !== undefined && shift !== -4121) throw new Error('fake: only xlShiftDown');
    this.s.insertRows(r0, r1 - r0 + 1);
    return true;
  }
  Merge(): void {
    this.book.count('Range.Merge');
    this.s.merges.push({ ...this.a });
  }
  AddComment(text = ''): EtComment {
    const cell = this.s.ensure(this.a.r0, this.a.c0);
    if (cell.comment !== undefined) throw new Error('单元格已有批注');
    cell.comment = text;
    return this.commentApi();
  }
  private commentApi(): EtComment {
    const cell = this.s.ensure(this.a.r0, this.a.c0);
    return {
      Text: (t?: string) => (t === undefined ? (cell.comment ?? '') : (cell.comment = t)),
      Delete: () => {
        delete cell.comment;
      },
    };
  }
}

/** What a write of `v` leaves in a cell, as WPS does: ' keeps text, = is a formula, numbers and % convert. */
function writeValue(cell: Cell, v: EtScalar): void {
  delete cell.formula;
  if (v === null || v === undefined || v === '') {
    delete cell.v;
    return;
  }
  if (typeof v === 'boolean') {
    cell.v = v ? 'TRUE' : 'FALSE';
    return;
  }
  if (typeof v === 'number') {
    cell.v = v;
    return;
  }
  if (v.startsWith("'")) {
    cell.v = v.slice(1);
    return;
  }
  if (v.startsWith('=')) {
    cell.formula = v;
    cell.v = '#NAME?';
    return;
  }
  const pct = /^\s*(-?[\d.]+)\s*%\s*$/.exec(v);
  if (pct) {
    cell.v = Number(pct[1]) / 100;
    return;
  }
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(v)) {
    cell.v = Number(v);
    return;
  }
  cell.v = v;
}

/** A formula's value when written: SUM over one range of numbers; anything else shows #NAME?. */
function evaluate(s: FakeEtSheet, formula: string): string | number {
  const m = /^=SUM\(([A-Z]+\d+):([A-Z]+\d+)\)$/i.exec(formula.replace(/\s+/g, ''));
  if (!m) return '#NAME?';
  const [a] = parseAddress(`${m[1]}:${m[2]}`);
  let sum = 0;
  for (let r = a.r0; r <= a.r1; r++)
    for (let c = a.c0; c <= a.c1; c++) {
      const v = s.cell(r, c)?.v;
      if (typeof v === 'number') sum += v;
    }
  return sum;
}

/** "A1", "$A$1:B2", "A1:A3,C5", "4:6" (whole rows), "A:B" (whole columns) → areas. */
export function parseAddress(address: string): Area[] {
  return address.split(',').map((part) => {
    const clean = part.replace(/\$/g, '').trim();
    const rows = /^(\d+):(\d+)$/.exec(clean);
    if (rows) return { r0: Number(rows[1]), c0: 1, r1: Number(rows[2]), c1: MAX_COLS };
    const cols = /^([A-Z]+):([A-Z]+)$/.exec(clean);
    if (cols) return { r0: 1, c0: columnIndex(cols[1]) + 1, r1: MAX_ROWS, c1: columnIndex(cols[2]) + 1 };
    const [a, b] = clean.split(':');
    const p = fromA1(a);
    const q = b ? fromA1(b) : p;
    if (p.row + 1 > MAX_ROWS) throw new Error('bad address');
    return {
      r0: Math.min(p.row, q.row) + 1,
      c0: Math.min(p.col, q.col) + 1,
      r1: Math.max(p.row, q.row) + 1,
      c1: Math.max(p.col, q.col) + 1,
    };
  });
}

export function hexBgr(hex: string): number {
  const n = parseInt(hex.replace('#', ''), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

export function bgrHex(bgr: number): string {
  const r = bgr & 0xff,
    g = (bgr >> 8) & 0xff,
    b = (bgr >> 16) & 0xff;
  return `#${[r, g, b]
    .map((x) => x.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}

export { columnIndex };
