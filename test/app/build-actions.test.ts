/**
 * The pane's build actions over the Excel adapter and the fake workbook (no browser): 新建 writes a new
 * sheet and checks it clean, 复制为新年度 lists its edits, 指标库 inserts at the selected row in one
 * write sync, typing a 三级 offers library entries and one click fills name and value template.
 */
import { createController } from '../../src/app/controller';
import { Store } from '../../src/app/store';
import { checkGrids } from '../../src/check';
import { createExcelHost } from '../../src/hosts/excel';
import { FakeWorkbook } from '../excel/fake-excel';

async function setup() {
  const book = new FakeWorkbook();
  book.addSheet('Sheet1', [['别的数据']]);
  const host = createExcelHost(book.env());
  const store = new Store();
  const actions = createController(store, { host, check: (g) => checkGrids(g) });
  await actions.init();
  return { book, store, actions };
}

const text = (book: FakeWorkbook, sheet: string, row: number, col: number) =>
  String(book.sheet(sheet).cell(row - 1, col)?.v ?? '');

describe('build actions (fake Excel)', () => {
  test('新建: a new active sheet, checked with zero errors; then 复制为新年度 lists the year edits', async () => {
    const { book, store, actions } = await setup();
    await actions.createForm({ presetId: 'project-2015', year: 2027, name: '示例项目' });
    expect(store.get().error).toBeNull();
    const built = store.get().built!;
    expect(built).toMatchObject({ kind: 'new', sheet: '项目绩效目标表', errors: 0 });
    expect(book.sheets.map((s) => s.name)).toEqual(['Sheet1', '项目绩效目标表']);
    expect(store.get().result?.forms).toHaveLength(1);

    await actions.rollForward(2028);
    expect(store.get().error).toBeNull();
    const rolled = store.get().built!;
    expect(rolled.kind).toBe('roll');
    expect(rolled.sheet).toBe('项目绩效目标表 2028');
    expect(rolled.edits.length).toBeGreaterThanOrEqual(1);
    expect(rolled.edits[0]).toMatchObject({ what: '标题' });
    expect(rolled.edits[0].after).toContain('2028');
    expect(text(book, '项目绩效目标表', 1, 0)).toContain('2027');
    expect(text(book, rolled.sheet, 1, 0)).toContain('2028');
  });

  test('unknown preset and bad year: a message, no sheet added', async () => {
    const { book, store, actions } = await setup();
    await actions.createForm({ presetId: 'nope', year: 2027 });
    expect(store.get().error).toMatch(/nope/);
    await actions.createForm({ presetId: 'project-2015', year: 27 });
    expect(store.get().error).toMatch(/四位年份/);
    expect(book.sheets).toHaveLength(1);
  });

  test('指标库: 插入到选中行 inserts one row below the selection in one write sync', async () => {
    const { book, store, actions } = await setup();
    await actions.createForm({ presetId: 'project-2015', year: 2027 });
    const sheet = store.get().built!.sheet;
    const form = store.get().result!.forms[0];
    const sat = form.indicators.find((n) => /满意/.test(n.level2?.text ?? ''))!;
    book.selection = { sheet, address: `C${sat.row}` };
    book.resetCounts();
    await actions.insertLibraryEntry('群众满意度');
    expect(store.get().error).toBeNull();
    const level3 = form.tables[0].columns.findIndex((c) => c.role === 'level3');
    expect(text(book, sheet, sat.row + 1, level3)).toBe('群众满意度');
    expect(book.undoSteps).toBe(1);
    expect(store.get().notice).toContain('群众满意度');
    book.selection = { sheet, address: 'A1' };
    await actions.insertLibraryEntry('群众满意度');
    expect(store.get().error).toMatch(/不在识别出的指标表中/);
  });

  test('typing 满意 in a 三级 cell offers ≥ % entries; one click fills name and value template', async () => {
    const { book, store, actions } = await setup();
    await actions.createForm({ presetId: 'project-2015', year: 2027 });
    const sheet = store.get().built!.sheet;
    const form = store.get().result!.forms[0];
    const cols = form.tables[0].columns;
    const level3 = cols.find((c) => c.role === 'level3')!.col;
    const value = cols.find((c) => c.role === 'value')!.col;
    // a placeholder row (empty 三级 and value: the fill writes both)
    const row = form.indicators.find((n) => !n.level3?.text && Object.keys(n.values).length === 0)!.row;
    await new Promise((r) => setTimeout(r, 2100)); // our own writes' events are over
    book.userEdit(sheet, `${level3}${row}`, '满意');
    await new Promise((r) => setTimeout(r, 100));
    const sug = store.get().suggestion;
    expect(sug?.library?.length).toBeGreaterThanOrEqual(3);
    expect(sug?.library?.[0]).toMatchObject({ name: '服务对象满意度', operator: '≥', unit: '%' });
    const undoBefore = store.get().undo.length;
    book.resetCounts();
    await actions.acceptLibrarySuggestion('服务对象满意度');
    expect(store.get().error).toBeNull();
    const p = (a1: string) => book.sheet(sheet).cell(Number(a1.slice(1)) - 1, a1.charCodeAt(0) - 65)?.v;
    expect(p(`${level3}${row}`)).toBe('服务对象满意度');
    expect(p(`${value}${row}`)).toBe('≥90%');
    expect(store.get().suggestion).toBeNull();
    // the fill is one step: one Excel undo record, one pane undo entry holding every written cell
    expect(book.undoSteps).toBe(1);
    expect(store.get().undo).toHaveLength(undoBefore + 1);
    const entry = store.get().undo.at(-1)!;
    expect(entry.edits.map((e) => e.cell)).toEqual(expect.arrayContaining([`${level3}${row}`, `${value}${row}`]));
    expect(entry.edits.find((e) => e.cell === `${level3}${row}`)?.previous).toBe('满意');

    await actions.undoFix();
    expect(store.get().error).toBeNull();
    expect(p(`${level3}${row}`)).toBe('满意');
    expect(p(`${value}${row}`) ?? '').toBe('');
    expect(store.get().undo).toHaveLength(undoBefore);
  });
});
