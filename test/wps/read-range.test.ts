/**
 * EtHost.readRange (what typing suggestions read: the edited row of the table) over the fake ET object model:
 * one Value2 read whatever shape WPS returns, numbers as shown; and the pane controller's typing flow over
 * the WPS host (suggest, accept → rows inserted).
 */
import path from 'path';
import { createController } from '../../src/app/controller';
import { Store } from '../../src/app/store';
import { checkGrids } from '../../src/check';
import { readWorkbookFile } from '../../src/hosts/file/xlsx-file';
import { recognize } from '../../src/layout/recognize';
import { deleteGridRows, standardRows } from '../templates/helpers';
import { bookFromEtSpec } from './fake-et-browser';
import { etBook, etHarness } from './harness';

const FORM: (string | number | null)[][] = [
  ['项目支出绩效目标表', null, null, null],
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '培训人数', '≥100人'],
  [null, '质量指标', '合格率', 0.95],
];

describe('EtHost.readRange', () => {
  test('a row segment in one Value2 read; empty cells are null', async () => {
    const book = etBook([{ name: 'S', rows: FORM }]);
    const { host } = etHarness(book);
    book.resetCalls();
    expect(await host.readRange!('S', 'A3:D3')).toEqual([['产出指标', '数量指标', '培训人数', '≥100人']]);
    expect(book.calls['Range.Value2']).toBe(1);
    expect(await host.readRange!('S', 'A4:E4')).toEqual([[null, '质量指标', '合格率', 0.95, null]]);
  });

  test('one cell (Value2 is a scalar), a flat one-row array, $ addresses and a block', async () => {
    const { host } = etHarness(etBook([{ name: 'S', rows: FORM }], { flatRows: true }));
    expect(await host.readRange!('S', 'C3')).toEqual([['培训人数']]);
    expect(await host.readRange!('S', '$A$3:$D$3')).toEqual([['产出指标', '数量指标', '培训人数', '≥100人']]);
    expect(await host.readRange!('S', 'B2:C3')).toEqual([
      ['二级指标', '三级指标'],
      ['数量指标', '培训人数'],
    ]);
  });

  test('numbers read as shown: a percent-formatted 0.95 is 95%, as in readActiveSheet', async () => {
    const book = etBook([{ name: 'S', rows: FORM }]);
    book.sheet('S').ensure(4, 4).format = '0%';
    const { host } = etHarness(book);
    expect(await host.readRange!('S', 'A4:D4')).toEqual([[null, '质量指标', '合格率', '95%']]);
    const grid = await host.readActiveSheet();
    expect(grid.values[3][3]).toBe('95%');
  });

  test('an unknown sheet throws', async () => {
    const { host } = etHarness(etBook([{ name: 'S', rows: FORM }]));
    await expect(host.readRange!('nope', 'A1')).rejects.toThrow();
  });
});

describe('typing suggestions over the WPS host', () => {
  test('the controller offers the rows of a typed 二级 label and inserts them', async () => {
    const [grid] = await readWorkbookFile(path.resolve(__dirname, '..', 'fixtures', 'seed000.xlsx'));
    const cut = deleteGridRows(grid, standardRows(recognize(grid)[0]));
    const at = recognize(cut)[0].indicators.find((n) => n.level1?.key === 'output')!.row;
    const rows: (string | number | null)[][] = [];
    for (let r = 0; r < cut.origin.row; r++) rows.push([]);
    for (const row of cut.values) rows.push([...Array<null>(cut.origin.col).fill(null), ...row]);
    rows.splice(at - 1, 0, []);
    const merges = cut.merges.map((m) => (m.r0 >= at - 1 ? { ...m, r0: m.r0 + 1, r1: m.r1 + 1 } : m));
    const book = bookFromEtSpec({ sheets: [{ name: cut.sheet, rows, merges }] });
    const { host } = etHarness(book);
    const store = new Store();
    const actions = createController(store, { host, check: (g) => checkGrids(g) });
    await actions.init();
    expect(store.get().typingAvailable).toBe(true);
    await actions.runCheck({ mark: true });
    await new Promise((r) => setTimeout(r, 350)); // change events right after our batch writes are taken as ours
    book.userEdit(cut.sheet, `B${at}`, '资金管理');
    await new Promise((r) => setTimeout(r, 50));
    expect(store.get().suggestion?.names).toEqual(expect.arrayContaining(['资金到位率', '预算执行率']));
    await actions.acceptSuggestion();
    expect(book.sheet(cut.sheet).text(`C${at}`)).toBe('资金到位率');
    expect(book.sheet(cut.sheet).text(`C${at + 1}`)).toBe('预算执行率');
    expect(store.get().suggestion).toBeNull();
  });
});
