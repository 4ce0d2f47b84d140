/**
 * The workbook's mapping in the app: loaded at init, errors of a stored one said in zh-CN (never silently
 * ignored), setMapping validates, stores and re-checks, clearMapping goes back to the readers.
 */
import { makeGrid } from '../../src/core/grid';
import { checkGrids } from '../../src/check';
import { createController } from '../../src/app/controller';
import { Store } from '../../src/app/store';
import { MAPPING } from '../../src/app/actions/mapping';
import { parseMapping, parseMappingText } from '../../src/app/mapping-json';
import type { Host } from '../../src/hosts/host';
import type { Mapping } from '../../src/model/mapping';
import { setLanguage } from '../../src/messages';
import '../../src/messages/languages';
import { currentMapping } from '../../src/app/mapping-view';

const grid = makeGrid('表', [
  ['2025年项目支出绩效目标表', null, null, null],
  ['项目名称', '某项目', null, null],
  ['栏目一', '栏目二', '栏目三', '栏目四'],
  ['产出指标', '数量指标', '培训人数', '100人'],
  ['满意度指标', '服务对象满意度指标', '满意度', '≥90%'],
]);
const MAPPING_OK: Mapping = {
  version: 1,
  sheets: {
    表: {
      forms: [{ range: 'A1:D5', kind: 'project' }],
      tables: [{ range: 'A3:D5', headerRows: 1, columns: { A: 'level1', B: 'level2', C: 'level3', D: 'value' } }],
    },
  },
};

function fakeHost(stored: Record<string, string> = {}): Host & { kv: Record<string, string> } {
  const kv = { ...stored };
  return {
    kv,
    name: 'file',
    capabilities: { merges: false, events: false, notes: false, insertRows: false },
    readActiveSheet: async () => grid,
    readAllSheets: async () => [grid],
    select: async () => undefined,
    mark: async () => undefined,
    clearMarks: async () => undefined,
    writeCell: async () => ({ previous: '' }),
    writeCells: async (edits) => edits.map(() => ({ previous: '' })),
    insertRows: async () => undefined,
    onEdit: async () => () => undefined,
    storage: { get: async (k) => kv[k] ?? null, set: async (k, v) => void (kv[k] = v) },
  };
}

async function session(stored: Record<string, string> = {}) {
  const host = fakeHost(stored);
  const store = new Store();
  const actions = createController(store, { host, check: (g, o) => checkGrids(g, o) });
  await actions.init();
  await actions.runCheck({ mark: false });
  return { host, store, actions };
}

afterEach(() => setLanguage('zh-CN'));

test('a stored mapping is loaded at init and every check uses it', async () => {
  const { store } = await session({ [MAPPING]: JSON.stringify(MAPPING_OK) });
  expect(store.get().mapping).toEqual(MAPPING_OK);
  expect(store.get().mappingError).toBeNull();
  expect(store.get().result?.forms[0].indicators).toHaveLength(2);
  expect(store.get().result?.findings.map((f) => `${f.rule} ${f.cell}`)).toContain('expr.operator-missing D4');
});

test('setMapping validates, stores and re-checks; clearMapping stores nothing and re-checks', async () => {
  const { host, store, actions } = await session();
  // the readers find the rows (产出指标 | 数量指标 | …) but not what 栏目一 … 栏目四 are: they read them as
  // header-band pairs above the table; with the mapping they are the table's heading row
  const misread = () =>
    store.get().result?.forms[0].header.flatMap((h) => (/栏目/.test(h.label.text) ? [h.label.address] : []));
  expect(misread()).not.toEqual([]);
  await actions.setMapping(MAPPING_OK);
  expect(misread()).toEqual([]);
  expect(JSON.parse(host.kv[MAPPING])).toEqual(MAPPING_OK);
  expect(store.get().result?.forms[0].indicators).toHaveLength(2);
  expect(store.get().notice).toBe('已保存识别映射，并按映射重新校验。');
  await actions.clearMapping();
  expect(host.kv[MAPPING]).toBe('');
  expect(store.get().mapping).toBeNull();
  expect(misread()).not.toEqual([]);
  expect(store.get().notice).toBe('已清除识别映射，按自动识别重新校验。');
});

test('an invalid mapping is refused with zh-CN errors and changes nothing', async () => {
  const { host, store, actions } = await session();
  const bad = { version: 1, sheets: { 表: { forms: [{ range: 'A1', kind: 'project' }], tables: [] } } };
  await actions.setMapping(bad as unknown as Mapping);
  expect(store.get().error).toBe('映射无效：\n  sheets.表.forms.0.range：应为 A1 形式的区域，如 A3:E9');
  expect(host.kv[MAPPING]).toBeUndefined();
  expect(store.get().mapping).toBeNull();
});

test('a stored mapping that is not JSON, invalid, or newer is said in zh-CN, after every check', async () => {
  const newer = await session({ [MAPPING]: JSON.stringify({ ...MAPPING_OK, version: 2 }) });
  expect(newer.store.get().mapping).toBeNull();
  expect(newer.store.get().mappingError).toBe(
    '工作簿中保存的识别映射无法使用，本次按自动识别校验：映射的版本 2 比本程序支持的版本 1 新：请更新 target-sheet 后再用，或重新设置映射。',
  );
  expect(newer.store.get().notice).toBe(newer.store.get().mappingError);
  const broken = await session({ [MAPPING]: '{"version":1,' });
  expect(broken.store.get().mappingError).toMatch(
    /^工作簿中保存的识别映射无法使用，本次按自动识别校验：映射不是有效的 JSON/,
  );
  const invalid = await session({
    [MAPPING]: JSON.stringify({
      version: 1,
      sheets: { 表: { tables: [{ range: 'A1:B2', headerRows: 1, columns: { a: 'x' } }] } },
    }),
  });
  expect(invalid.store.get().mappingError).toContain('sheets.表.tables.0.columns.a：列“a”应写成列字母，如 C');
  // setting a good one ends the message
  await invalid.actions.setMapping(MAPPING_OK);
  expect(invalid.store.get().mappingError).toBeNull();
});

test('zod errors of a mapping file in English with --lang en; roles listed', () => {
  const bad = { version: 1, sheets: { 表: { tables: [{ range: 'A1:B2', headerRows: 1, columns: { A: 'levl1' } }] } } };
  const zh = parseMapping(bad);
  expect(zh.ok).toBe(false);
  if (!zh.ok)
    expect(zh.errors[0]).toMatch(
      /^sheets\.表\.tables\.0\.columns\.A：未知的列作用（可用：level1, level2, level3, value,.*value:<期间>）$/,
    );
  setLanguage('en');
  const en = parseMappingText(
    JSON.stringify({ version: 1, sheets: { 表: { forms: [{ range: 'A1:B2', kind: 'x' }] } } }),
  );
  expect(en.ok).toBe(false);
  if (!en.ok) expect(en.errors.join('\n')).toMatch(/^sheets\.表\.forms\.0\.kind: Invalid option/);
});

test('currentMapping: the stored sheets as stored, the others as recognized', async () => {
  const { store, actions } = await session();
  expect(currentMapping(store.get()).sheets['表'].tables.map((t) => t.range)).toEqual(['A4:D5']);
  await actions.setMapping(MAPPING_OK);
  expect(currentMapping(store.get())).toEqual(MAPPING_OK);
});

test('file mode: a stored mapping naming a sheet that is gone is said', async () => {
  const host = fakeHost({
    [MAPPING]: JSON.stringify({ ...MAPPING_OK, sheets: { ...MAPPING_OK.sheets, 旧表: { forms: [], tables: [] } } }),
  });
  const store = new Store();
  const actions = createController(store, { host, check: (g, o) => checkGrids(g, o), scope: 'all' });
  await actions.init();
  await actions.runCheck({ mark: false });
  expect(store.get().notice).toBe(
    '工作簿中保存的识别映射提到的工作表“旧表”已不存在（可能已改名），这部分映射未被采用。',
  );
  expect(store.get().result?.forms[0].indicators).toHaveLength(2);
});
