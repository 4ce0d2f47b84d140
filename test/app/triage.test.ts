/**
 * Triage over a real workbook in file mode (seed003-filled: 8 findings, one of them the 全角 habit over 64 cells,
 * reported once per form): info collapsed
 * with its count, filters, 全部修正 as one write and one undo step, 忽略此类 stored and restorable.
 */
import fs from 'fs';
import path from 'path';
import { createController } from '../../src/app/controller';
import { Store } from '../../src/app/store';
import { FileHost } from '../../src/hosts/file/file-host';
import { checkGrids } from '../../src/check';
import { findingKey, groupFindings, orderedFindings } from '../../src/app/findings-view';
import { bulkEdits, bulkFixes, isMechanical, triage } from '../../src/app/triage';
import { visibleFindings } from '../../src/app/controller';
import { RULES } from '../../src/rules/registry';
import type { Finding } from '../../src/model/finding';

const SEED = path.resolve(__dirname, '..', 'fixtures', 'seed003-filled.xlsx');

async function open() {
  const host = await FileHost.open(fs.readFileSync(SEED), 'seed003-filled.xlsx');
  const writes: number[] = [];
  const writeCells = host.writeCells.bind(host);
  host.writeCells = (edits) => {
    writes.push(edits.length);
    return writeCells(edits);
  };
  const store = new Store();
  const actions = createController(store, { host, check: (g) => checkGrids(g), scope: 'all' });
  await actions.init();
  await actions.runCheck({ mark: true });
  return { host, store, actions, writes };
}

const fullwidth = (fs_: readonly Finding[]) => fs_.filter((f) => f.rule === 'expr.fullwidth');

test('mechanical rules: exactly the symbol rewrites (全角, ASCII operators, formula residue, operator variants)', () => {
  const ids = RULES.filter((r) => r.meta.mechanical).map((r) => r.id);
  expect(ids.sort()).toEqual(['expr.ascii-operator', 'expr.fullwidth', 'expr.latex', 'expr.operator-variant']);
  expect(RULES.filter((r) => r.meta.mechanical).every((r) => r.meta.fixable)).toBe(true);
  expect(isMechanical('expr.rate-percent')).toBe(false); // adds a %: a judgement, one at a time
});

describe('triage in file mode (seed003-filled)', () => {
  test('info findings are collapsed by default and counted; showing them lists all', async () => {
    const { store, actions } = await open();
    const all = store.get().result!.findings;
    expect(all.length).toBe(8);
    const infos = all.filter((f) => f.severity === 'info').length;
    expect(infos).toBe(1);
    const t = triage(all, store.get());
    expect(t.collapsedInfo).toBe(1);
    expect(visibleFindings(store)).toHaveLength(7);
    expect(visibleFindings(store).every((f) => f.severity !== 'info')).toBe(true);
    actions.setShowInfo(true);
    expect(visibleFindings(store)).toHaveLength(8);
    expect(triage(all, store.get()).collapsedInfo).toBe(0);
    // filtering on 提示 shows them even when collapsed
    actions.setShowInfo(false);
    actions.setFilter({ severities: ['info'] });
    expect(visibleFindings(store)).toHaveLength(1);
  });

  test('filters: severity, rule family, form; cleared again', async () => {
    const { store, actions } = await open();
    const all = store.get().result!.findings;
    actions.setFilter({ severities: ['warning'] });
    const warnings = all.filter((f) => f.severity === 'warning');
    expect(visibleFindings(store).map(findingKey).sort()).toEqual(warnings.map(findingKey).sort());
    actions.setFilter({ families: ['structure'] });
    expect(visibleFindings(store).map((f) => f.rule)).toEqual(['structure.row-shifted', 'structure.row-shifted']);
    actions.setFilter({ form: 'nonexistent\u00000' });
    expect(visibleFindings(store)).toHaveLength(0);
    actions.clearFilter();
    expect(visibleFindings(store)).toHaveLength(7);
  });

  test('全部修正: 64 全角 cells in one write and one undo step; undo restores every cell', async () => {
    const { host, store, actions, writes } = await open();
    const before = fullwidth(store.get().result!.findings);
    const cells = bulkEdits(before).map((e) => ({ ...e, old: '' }));
    expect(cells).toHaveLength(64);
    const grid0 = (await host.readAllSheets())[0];
    const at = (g: typeof grid0, a: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(a)!;
      const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      return String(g.values[Number(m[2]) - 1 - g.origin.row]?.[col - g.origin.col] ?? '');
    };
    for (const c of cells) c.old = at(grid0, c.cell);
    expect(cells.every((c) => c.old !== c.text)).toBe(true);

    await actions.fixAll(before.map(findingKey));
    expect(writes).toEqual([64]);
    expect(store.get().undo).toHaveLength(1);
    expect(store.get().undo[0].edits).toHaveLength(64);
    expect(fullwidth(store.get().result!.findings)).toHaveLength(0);
    expect(store.get().result!.findings).toHaveLength(7);
    const grid1 = (await host.readAllSheets())[0];
    expect(cells.map((c) => at(grid1, c.cell))).toEqual(cells.map((c) => c.text));
    expect(store.get().notice).toContain('64');

    await actions.undoFix();
    expect(store.get().undo).toHaveLength(0);
    const grid2 = (await host.readAllSheets())[0];
    expect(cells.map((c) => at(grid2, c.cell))).toEqual(cells.map((c) => c.old));
    const again = fullwidth(store.get().result!.findings);
    expect(again).toHaveLength(1);
    expect(bulkEdits(again)).toHaveLength(64);
  });

  test('全部修正 writes only mechanical fixes of the given findings', async () => {
    const { store, actions, writes } = await open();
    const all = store.get().result!.findings;
    const fw = fullwidth(all);
    const other = all.filter((f) => !isMechanical(f.rule));
    await actions.fixAll([...fw, ...other].map(findingKey));
    expect(writes).toEqual([64]);
    expect(fullwidth(store.get().result!.findings)).toHaveLength(0);
    expect(store.get().result!.findings.filter((f) => !isMechanical(f.rule))).toHaveLength(other.length);
    expect(bulkFixes(other)).toEqual([]);
  });

  test('全部修正 keeps the place: the selected fixed finding gives way to the next one', async () => {
    const { store, actions } = await open();
    actions.setShowInfo(true);
    const list = visibleFindings(store);
    const firstFw = list.findIndex((f) => f.rule === 'expr.fullwidth');
    await actions.select(findingKey(list[firstFw]));
    await actions.fixAll(fullwidth(list).map(findingKey));
    const after = store.get().current;
    const expected = list.slice(firstFw + 1).find((f) => f.rule !== 'expr.fullwidth') ?? list[firstFw - 1];
    expect(after).toBe(findingKey(expected));
  });

  test('忽略此类: hidden from list, counts and marks, stored in the workbook, restorable', async () => {
    const { host, store, actions } = await open();
    actions.setShowInfo(true);
    await actions.ignoreRule('expr.fullwidth');
    expect(visibleFindings(store)).toHaveLength(7);
    expect(triage(store.get().result!.findings, store.get()).byIgnoredRule.get('expr.fullwidth')).toBe(1);
    expect(await host.storage.get('ignoredRules')).toBe(JSON.stringify(['expr.fullwidth']));
    // a new session over the same workbook still ignores it
    const store2 = new Store();
    const actions2 = createController(store2, { host, check: (g) => checkGrids(g), scope: 'all' });
    await actions2.init();
    expect(store2.get().ignoredRules).toEqual(['expr.fullwidth']);
    await actions.restoreRule('expr.fullwidth');
    expect(visibleFindings(store)).toHaveLength(8);
    expect(await host.storage.get('ignoredRules')).toBe('[]');
  });

  test('grouping follows the same predicate: list order equals navigation order', async () => {
    const { store } = await open();
    const s = store.get();
    const groups = groupFindings(s.result!, triage(s.result!.findings, s).listed);
    expect(orderedFindings(groups).map(findingKey)).toEqual(visibleFindings(store).map(findingKey));
  });
});
