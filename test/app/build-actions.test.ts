/**
 * The pane's build actions over the Excel adapter and the fake workbook (no browser): 新建 writes a new
 * sheet and checks it clean, 复制为新年度 lists its edits, 指标库 inserts at the selected row in one
 * write sync, typing a 三级 offers library entries and one click fills name and value template.
 */
import fs from 'fs';
import path from 'path';
import { createController } from '../../src/app/controller';
import { PRESETS_KEY, storedPreferences } from '../../src/app/preferences';
import { Store } from '../../src/app/store';
import { checkGrids } from '../../src/check';
import { createExcelHost } from '../../src/hosts/excel';
import { FakeWorkbook } from '../excel/fake-excel';

async function setup(user = new Map<string, string>()) {
  const book = new FakeWorkbook();
  book.addSheet('Sheet1', [['别的数据']]);
  const env = book.env();
  const host = createExcelHost(env);
  const store = new Store();
  // the user's own storage (localStorage / OfficeRuntime.storage in the pane)
  const preferences = storedPreferences({
    getItem: (k) => user.get(k) ?? null,
    setItem: (k, v) => void user.set(k, v),
  });
  const actions = createController(store, { host, check: (g) => checkGrids(g), preferences });
  await actions.init();
  return { book, store, actions, user, env };
}

/** A user's preset: the 2015 project layout under another id, title and 二级 labels. */
const MY_PRESET = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../fixtures/presets/my-county.preset.json'), 'utf8'),
) as { title: string; columns: unknown[] };

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

  test('导入预设: an invalid file gives zh-CN errors and stores nothing', async () => {
    const { store, actions, user } = await setup();
    await actions.importPresets('{"id": "x",', 'broken.json');
    expect(store.get().error).toMatch(/broken\.json：预设文件无效：不是有效的 JSON：/);
    const bad = { ...MY_PRESET, title: '本县项目绩效目标表', columns: MY_PRESET.columns.slice(0, 2) };
    await actions.importPresets(JSON.stringify(bad), 'bad.preset.json');
    const error = store.get().error ?? '';
    expect(error).toMatch(/bad\.preset\.json：预设文件无效：/);
    // zod's own messages in zh-CN, naming the field: the title without {year}, too few columns
    expect(error).toMatch(/title：.*[\u4e00-\u9fff]/);
    expect(error).toMatch(/columns：.*[\u4e00-\u9fff]/);
    expect(error).not.toMatch(/Invalid|Too small|expected/);
    expect(store.get().userPresets).toEqual([]);
    expect(user.has(PRESETS_KEY)).toBe(false);
  });

  test('导入预设: a valid file is listed, kept per user (not in the document) and used by 新建', async () => {
    const { book, store, actions, user, env } = await setup();
    await actions.importPresets(JSON.stringify(MY_PRESET), 'my.preset.json');
    expect(store.get().error).toBeNull();
    expect(store.get().notice).toContain('本县项目绩效目标表');
    expect(store.get().userPresets.map((p) => p.id)).toEqual(['my-county']);
    expect(JSON.parse(user.get(PRESETS_KEY)!)).toHaveLength(1);
    expect(JSON.stringify(env.settingsData)).not.toContain('my-county');
    expect(JSON.stringify(book.saved)).not.toContain('my-county');

    await actions.createForm({ presetId: 'my-county', year: 2027, name: '示例项目' });
    expect(store.get().error).toBeNull();
    const built = store.get().built!;
    expect(built).toMatchObject({ kind: 'new', errors: 0 });
    expect(text(book, built.sheet, 1, 0)).toBe('2027年度本县项目绩效目标表');
    const form = store.get().result!.forms.find((f) => f.sheet === built.sheet)!;
    expect(form.indicators.map((n) => n.level2?.text)).toContain('社会效益指标');
    expect(form.indicators.map((n) => n.level2?.text)).not.toContain('经济效益指标');

    // 复制为新年度 without a choice clears as the preset the form was made from (same columns, its title)
    await actions.rollForward(2028);
    expect(store.get().error).toBeNull();
    expect(text(book, store.get().built!.sheet, 1, 0)).toBe('2028年度本县项目绩效目标表');
    const { presetForForm, BUILT_IN_PRESETS } = await import('../../src/templates/presets');
    expect(presetForForm([...BUILT_IN_PRESETS, ...store.get().userPresets], form)?.id).toBe('my-county');

    // another session of the same user finds it; removing it empties the user's store
    const again = await setup(user);
    expect(again.store.get().userPresets.map((p) => p.name)).toEqual(['本县项目绩效目标表']);
    await again.actions.removePreset('my-county');
    expect(again.store.get().userPresets).toEqual([]);
    expect(JSON.parse(user.get(PRESETS_KEY)!)).toEqual([]);
    await again.actions.createForm({ presetId: 'my-county', year: 2027 });
    expect(again.store.get().error).toMatch(/my-county/);
  });

  test('复制为新年度 with a chosen preset clears its columns; the change list names them', async () => {
    const { book, store, actions } = await setup();
    await actions.createForm({ presetId: 'project-2015', year: 2027 });
    const sheet = store.get().built!.sheet;
    // last year's actuals typed beside the targets (a column the 2015 layout does not have)
    book.sheet(sheet).ensure(9, 4).v = '上年实际值';
    book.sheet(sheet).ensure(10, 4).v = '充分';
    await actions.runCheck();
    await actions.rollForward(2028, 'project-2015');
    expect(store.get().error).toBeNull();
    const edits = store.get().built!.edits;
    expect(edits.find((e) => e.after === '')).toMatchObject({ cell: 'E11', what: '实际完成值', before: '充分' });
    const rolled = store.get().built!.sheet;
    expect(text(book, rolled, 11, 4)).toBe('');
    expect(text(book, rolled, 11, 3)).toBe('充分');
  });
});
