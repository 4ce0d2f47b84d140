/**
 * One behaviour suite for every host (Excel now, WPS and file later): give it a factory that builds a
 * workbook in the host's fake object model and returns the host plus a way to look inside the workbook.
 */
import type { Host } from '../../src/hosts/host';
import type { Finding } from '../../src/model/finding';
import type { Mapping } from '../../src/model/mapping';
import { checkGrids } from '../../src/check';
import { createController } from '../../src/app/controller';
import { Store } from '../../src/app/store';
import { loadMapping, storeMapping } from '../../src/app/actions/mapping';
import { mappingText } from '../../src/app/mapping-json';

export type SeedValue = string | number | null;

export interface SeedSheet {
  name: string;
  rows: SeedValue[][];
}

export interface HostHarness {
  host: Host;
  /** Every filled cell of a sheet: A1 → '#RRGGBB' (upper case); cells without fill are absent. */
  fills(sheet: string): Record<string, string>;
  /** The text a cell holds (what a user sees typed in it), '' when empty. */
  text(sheet: string, cell: string): string;
  selection(): { sheet: string; cell: string } | null;
  activeSheet(): string;
  /** The user colours a cell ('#RRGGBB') or removes its fill (null). */
  userFill(sheet: string, cell: string, color: string | null): void;
  /** The user types into a cell (events fire as in the real host). */
  userEdit(sheet: string, cell: string, value: string): void;
  /** Closes and reopens the document: a new host instance over what was saved. */
  reopen(): HostHarness;
  /** Every note (or comment) of a sheet: A1 → text (also where the host cannot write notes: we look inside). */
  notes(sheet: string): Record<string, string>;
  /** The user writes a note of their own on a cell. */
  userNote(sheet: string, cell: string, text: string): void;
}

export type HarnessFactory = (sheets: SeedSheet[]) => HostHarness;

/**
 * What a host configuration can do, declared by its test file: the suite asserts the host reports exactly
 * this, then tests the behaviour on both sides (a missing capability must be harmless, not merely skipped).
 */
export interface ExpectedCapabilities {
  notes: boolean;
  events: boolean;
}

const finding = (sheet: string, cell: string, severity: Finding['severity'], rule = 'expr.test'): Finding => ({
  rule,
  severity,
  sheet,
  cell,
  message: '测试问题',
});

const FORM: SeedValue[][] = [
  ['项目支出绩效目标表', null, null, null],
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '培训人数', '≥100人'],
  [null, '质量指标', '合格率', '＝100%'],
  [null, '成本指标', '人均成本', '≥300元'],
  ['满意度指标', '服务对象满意度指标', '满意度', 95],
];

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function hostConformance(hostName: string, factory: HarnessFactory, expected: ExpectedCapabilities): void {
  describe(`host conformance: ${hostName}`, () => {
    test(`capabilities: notes ${expected.notes}, events ${expected.events}; pane state storage`, () => {
      const h = factory([{ name: 'Sheet1', rows: FORM }]);
      expect({ notes: h.host.capabilities.notes, events: h.host.capabilities.events }).toEqual(expected);
      expect(h.host.storage).toBeDefined();
    });

    test('reads the active sheet: texts, numbers, empty cells as null, real addresses', async () => {
      const h = factory([
        { name: 'Sheet1', rows: FORM },
        { name: '其他', rows: [['x']] },
      ]);
      const grid = await h.host.readActiveSheet();
      expect(grid.sheet).toBe('Sheet1');
      expect(grid.rows).toBe(6);
      expect(grid.cols).toBe(4);
      expect(grid.values[2][3]).toBe('≥100人');
      expect(grid.values[5][3]).toBe(95);
      expect(grid.values[0][1]).toBeNull();
      expect(grid.origin).toEqual({ row: 0, col: 0 });
    });

    test('a table that starts at C5 keeps its origin', async () => {
      const rows: SeedValue[][] = [[], [], [], [], [null, null, '一级指标', '二级指标'], [null, null, '产出', '数量']];
      const h = factory([{ name: 'S', rows }]);
      const grid = await h.host.readActiveSheet();
      expect(grid.origin).toEqual({ row: 4, col: 2 });
      expect(grid.values[0]).toEqual(['一级指标', '二级指标']);
    });

    test('an empty sheet is a 0×0 grid', async () => {
      const h = factory([{ name: '空表', rows: [] }]);
      const grid = await h.host.readActiveSheet();
      expect(grid.rows).toBe(0);
      expect(grid.values).toEqual([]);
    });

    test('reads every sheet', async () => {
      const h = factory([
        { name: 'A', rows: [['a']] },
        { name: 'B', rows: [['b', 2]] },
      ]);
      const grids = await h.host.readAllSheets();
      expect(grids.map((g) => g.sheet)).toEqual(['A', 'B']);
      expect(grids[1].values).toEqual([['b', 2]]);
    });

    test('select switches to the sheet and selects the cell', async () => {
      const h = factory([
        { name: 'A', rows: [['a']] },
        { name: '部门表', rows: FORM },
      ]);
      await h.host.select('部门表', 'D4');
      expect(h.activeSheet()).toBe('部门表');
      expect(h.selection()).toEqual({ sheet: '部门表', cell: 'D4' });
    });

    test('readSelection gives the selected range (one cell: a one-cell range), the one selection read for every caller', async () => {
      const h = factory([
        { name: 'A', rows: [['a']] },
        { name: '部门表', rows: FORM },
      ]);
      expect(typeof h.host.readSelection).toBe('function');
      await h.host.select('部门表', 'B3:D5');
      expect(await h.host.readSelection!()).toEqual({ sheet: '部门表', range: 'B3:D5' });
      await h.host.select('A', 'C4');
      expect(await h.host.readSelection!()).toEqual({ sheet: 'A', range: 'C4' });
    });

    test('marks colour cells by their worst severity', async () => {
      const h = factory([{ name: 'Sheet1', rows: FORM }]);
      await h.host.readActiveSheet();
      await h.host.mark([
        finding('Sheet1', 'D3', 'warning'),
        finding('Sheet1', 'D3', 'error'),
        finding('Sheet1', 'D4', 'info'),
        finding('Sheet1', 'D5', 'warning'),
      ]);
      const fills = h.fills('Sheet1');
      expect(Object.keys(fills).sort()).toEqual(['D3', 'D4', 'D5']);
      expect(new Set(Object.values(fills)).size).toBe(3);
      expect(fills.D5).not.toBe(fills.D3);
    });

    test('a finding marks its `also` cells too (the same slip in 半年 and 全年), cleared with it', async () => {
      const h = factory([{ name: 'Sheet1', rows: FORM }]);
      h.userFill('Sheet1', 'C5', '#00B050');
      const before = h.fills('Sheet1');
      await h.host.readActiveSheet();
      await h.host.mark([
        { ...finding('Sheet1', 'D3', 'warning'), also: ['C5', 'D5'] },
        finding('Sheet1', 'D5', 'error'),
      ]);
      const fills = h.fills('Sheet1');
      expect(Object.keys(fills).sort()).toEqual(['C5', 'D3', 'D5']);
      expect(fills.C5).toBe(fills.D3); // the also cell shows its finding's severity
      expect(fills.D5).not.toBe(fills.D3); // the worst severity on a cell wins, also cells included
      if (expected.notes) expect(h.notes('Sheet1').C5).toContain('测试问题');
      await h.host.clearMarks();
      expect(h.fills('Sheet1')).toEqual(before);
    });

    test("clearMarks restores every fill exactly, the user's own fills included", async () => {
      const h = factory([{ name: 'Sheet1', rows: FORM }]);
      h.userFill('Sheet1', 'D3', '#00B050');
      h.userFill('Sheet1', 'A1', '#FFFF00');
      const before = h.fills('Sheet1');
      await h.host.readActiveSheet();
      await h.host.mark([
        finding('Sheet1', 'D3', 'error'),
        finding('Sheet1', 'D4', 'warning'),
        finding('Sheet1', 'A1', 'info'),
      ]);
      expect(h.fills('Sheet1')).not.toEqual(before);
      await h.host.clearMarks();
      expect(h.fills('Sheet1')).toEqual(before);
    });

    test('re-marking replaces earlier marks without losing the original fills', async () => {
      const h = factory([{ name: 'Sheet1', rows: FORM }]);
      h.userFill('Sheet1', 'D4', '#FF0000');
      const before = h.fills('Sheet1');
      await h.host.readActiveSheet();
      await h.host.mark([finding('Sheet1', 'D4', 'error'), finding('Sheet1', 'D5', 'error')]);
      await h.host.readActiveSheet();
      await h.host.mark([finding('Sheet1', 'D4', 'warning')]);
      expect(h.fills('Sheet1').D5).toBeUndefined();
      await h.host.clearMarks();
      expect(h.fills('Sheet1')).toEqual(before);
    });

    test('marking nothing removes every earlier mark (all findings ignored)', async () => {
      const h = factory([
        { name: 'Sheet1', rows: FORM },
        { name: 'Sheet2', rows: FORM },
      ]);
      h.userFill('Sheet2', 'B2', '#FFFF00');
      const before = [h.fills('Sheet1'), h.fills('Sheet2')];
      await h.host.readActiveSheet();
      await h.host.mark([finding('Sheet1', 'D3', 'error'), finding('Sheet2', 'B2', 'warning')]);
      await h.host.mark([]);
      expect([h.fills('Sheet1'), h.fills('Sheet2')]).toEqual(before);
    });

    test("a cell the user recoloured after marking keeps the user's colour on clear", async () => {
      const h = factory([{ name: 'Sheet1', rows: FORM }]);
      await h.host.readActiveSheet();
      await h.host.mark([finding('Sheet1', 'D3', 'error'), finding('Sheet1', 'D4', 'error')]);
      h.userFill('Sheet1', 'D3', '#0070C0');
      await h.host.clearMarks();
      expect(h.fills('Sheet1')).toEqual({ D3: '#0070C0' });
    });

    test('marks are remembered in the document: clearing works after reopening', async () => {
      const h = factory([{ name: 'Sheet1', rows: FORM }]);
      h.userFill('Sheet1', 'D5', '#FFC000');
      const before = h.fills('Sheet1');
      await h.host.readActiveSheet();
      await h.host.mark([finding('Sheet1', 'D5', 'error'), finding('Sheet1', 'C3', 'warning')]);
      const reopened = h.reopen();
      await reopened.host.clearMarks();
      expect(reopened.fills('Sheet1')).toEqual(before);
    });

    if (expected.notes) {
      test('marks carry the message in a note; clear removes only ours, also after reopening', async () => {
        const h = factory([{ name: 'Sheet1', rows: FORM }]);
        h.userNote('Sheet1', 'D4', '张会计：已核实');
        const before = h.notes('Sheet1');
        await h.host.readActiveSheet();
        await h.host.mark([
          { ...finding('Sheet1', 'D3', 'error'), message: '缺少计量单位', suggestion: '写成“≥100人”' },
          finding('Sheet1', 'D4', 'warning'),
        ]);
        const notes = h.notes('Sheet1');
        expect(notes.D3).toContain('缺少计量单位');
        expect(notes.D3).toContain('≥100人');
        expect(notes.D4).toBe('张会计：已核实'); // the user's note is neither overwritten nor removed
        await h.reopen().host.clearMarks();
        expect(h.notes('Sheet1')).toEqual(before);
      });
    } else {
      test("without notes, marks only colour: no note written, the user's notes untouched, clear restores", async () => {
        const h = factory([{ name: 'Sheet1', rows: FORM }]);
        h.userNote('Sheet1', 'D4', '张会计：已核实');
        const before = { notes: h.notes('Sheet1'), fills: h.fills('Sheet1') };
        await h.host.readActiveSheet();
        await h.host.mark([
          { ...finding('Sheet1', 'D3', 'error'), message: '缺少计量单位', suggestion: '写成“≥100人”' },
          finding('Sheet1', 'D4', 'warning'),
        ]);
        expect(h.notes('Sheet1')).toEqual({ D4: '张会计：已核实' });
        expect(Object.keys(h.fills('Sheet1')).sort()).toEqual(['D3', 'D4']);
        await h.reopen().host.clearMarks();
        expect({ notes: h.notes('Sheet1'), fills: h.fills('Sheet1') }).toEqual(before);
      });
    }

    test('writeCell writes exactly the text (no formula, no number conversion) and returns the old text', async () => {
      const h = factory([{ name: 'Sheet1', rows: FORM }]);
      const r1 = await h.host.writeCell('Sheet1', 'D4', '=100%');
      expect(r1.previous).toBe('＝100%');
      expect(h.text('Sheet1', 'D4')).toBe('=100%');
      await h.host.writeCell('Sheet1', 'D6', '95%');
      expect(h.text('Sheet1', 'D6')).toBe('95%');
      const grid = await h.host.readActiveSheet();
      expect(grid.values[3][3]).toBe('=100%');
    });

    test('writeCells writes several cells at once and returns each old text in order', async () => {
      const h = factory([{ name: 'Sheet1', rows: FORM }]);
      const r = await h.host.writeCells([
        { sheet: 'Sheet1', cell: 'D4', text: '=100%' },
        { sheet: 'Sheet1', cell: 'D5', text: '≤300元' },
      ]);
      expect(r).toEqual([{ previous: '＝100%' }, { previous: '≥300元' }]);
      expect([h.text('Sheet1', 'D4'), h.text('Sheet1', 'D5'), h.text('Sheet1', 'D3')]).toEqual([
        '=100%',
        '≤300元',
        '≥100人',
      ]);
      expect(await h.host.writeCells([])).toEqual([]);
    });

    if (expected.events) {
      test('onEdit reports user edits but not our own writes', async () => {
        const h = factory([{ name: 'Sheet1', rows: FORM }]);
        const seen: string[] = [];
        const off = await h.host.onEdit((e) => seen.push(`${e.sheet}!${e.address}`));
        await h.host.writeCell('Sheet1', 'D3', '≥120人');
        await wait(20);
        h.userEdit('Sheet1', 'D5', '≤300元');
        await wait(20);
        expect(seen).toEqual(['Sheet1!D5']);
        off();
        await wait(5);
        h.userEdit('Sheet1', 'D5', '≤200元');
        await wait(20);
        expect(seen).toEqual(['Sheet1!D5']);
      });
    } else {
      test('without events, onEdit subscribes to nothing: no call, no error, unsubscribing is harmless', async () => {
        const h = factory([{ name: 'Sheet1', rows: FORM }]);
        const seen: string[] = [];
        const off = await h.host.onEdit((e) => seen.push(`${e.sheet}!${e.address}`));
        await h.host.writeCell('Sheet1', 'D3', '≥120人');
        h.userEdit('Sheet1', 'D5', '≤300元');
        await wait(20);
        expect(seen).toEqual([]);
        expect(() => off()).not.toThrow();
        expect(h.text('Sheet1', 'D3')).toBe('≥120人'); // writing still works
      });
    }

    test('insertRows inserts rows below and shifts the rest down', async () => {
      const h = factory([{ name: 'Sheet1', rows: FORM }]);
      await h.host.insertRows({
        sheet: 'Sheet1',
        beforeRow: 4,
        rows: [{ B: '质量指标', C: '验收合格率', D: '=100%' }],
      });
      expect(h.text('Sheet1', 'C4')).toBe('验收合格率');
      expect(h.text('Sheet1', 'D4')).toBe('=100%');
      expect(h.text('Sheet1', 'C5')).toBe('合格率');
    });

    test('insertRows with a plan of several insertions applies them bottom-up in one call', async () => {
      const h = factory([{ name: 'Sheet1', rows: FORM }]);
      // given top-down on purpose: hosts apply them bottom-up so both land where the planner meant
      await h.host.insertRows([
        { sheet: 'Sheet1', beforeRow: 4, rows: [{ B: '时效指标', C: '按时完成率', D: '100%' }, { C: '验收合格率' }] },
        { sheet: 'Sheet1', beforeRow: 6, rows: [{ C: '人均培训时长', D: '≥8小时' }] },
      ]);
      const col = (c: string) => Array.from({ length: 9 }, (_, i) => h.text('Sheet1', `${c}${i + 1}`));
      expect(col('C')).toEqual([
        '',
        '三级指标',
        '培训人数',
        '按时完成率',
        '验收合格率',
        '合格率',
        '人均成本',
        '人均培训时长',
        '满意度',
      ]);
      expect(h.text('Sheet1', 'D4')).toBe('100%');
      expect(h.text('Sheet1', 'D8')).toBe('≥8小时');
      expect(col('A')).toEqual(['项目支出绩效目标表', '一级指标', '产出指标', '', '', '', '', '', '满意度指标']);
    });

    test('storage keeps pane state per workbook, across reopening', async () => {
      const h = factory([{ name: 'Sheet1', rows: FORM }]);
      const storage = h.host.storage;
      if (!storage) throw new Error(`${hostName} has no storage`); // asserted in the capabilities test
      expect(await storage.get('ignored')).toBeNull();
      await storage.set('ignored', '["a"]');
      const again = h.reopen();
      expect(await again.host.storage?.get('ignored')).toBe('["a"]');
    });

    test('the recognition mapping survives save and reopen, re-checks with it, and clears', async () => {
      const h = factory([{ name: 'Sheet1', rows: FORM }]);
      // long enough to be split where the host stores short strings only (WPS properties hold 255 characters)
      const mapping: Mapping = {
        version: 1,
        sheets: {
          Sheet1: {
            forms: [{ range: 'A1:D6', kind: 'project' }],
            tables: [
              { range: 'A2:D6', headerRows: 1, columns: { A: 'level1', B: 'level2', C: 'level3', D: 'value:全年' } },
            ],
            exclude: ['D5:D5'],
          },
        },
      };
      expect(mappingText(mapping).length).toBeGreaterThan(300);
      expect(await storeMapping(h.host.storage, mapping)).toBe(true);
      const again = h.reopen();
      expect(await loadMapping(again.host.storage)).toEqual({ mapping, error: null });
      // a session over the reopened workbook checks with it: D5 (人均成本 ≥300元, a cost written ≥) is
      // excluded, so it reads as a missing value instead
      const store = new Store();
      const actions = createController(store, { host: again.host, check: (g, o) => checkGrids(g, o) });
      await actions.init();
      expect(store.get().mapping).toEqual(mapping);
      await actions.runCheck({ mark: false });
      expect(
        store
          .get()
          .result?.findings.filter((f) => f.cell === 'D5')
          .map((f) => f.rule),
      ).toEqual(['structure.value-missing']);
      await actions.clearMapping();
      expect(store.get().result?.findings.some((f) => f.rule === 'expr.cost-direction' && f.cell === 'D5')).toBe(true);
      const cleared = again.reopen();
      expect(await loadMapping(cleared.host.storage)).toEqual({ mapping: null, error: null });
    });
  });
}
