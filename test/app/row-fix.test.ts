/**
 * A shifted row's fix moves the whole row back: several cells written as one step in the app, undone as
 * one step, over the file host (seed000.xlsx: 维保维护费用 typed in the 二级 column B56, values one column left).
 */
import fs from 'fs';
import path from 'path';
import { checkGrids } from '../../src/check';
import { createController } from '../../src/app/controller';
import { findingKey } from '../../src/app/findings-view';
import { Store } from '../../src/app/store';
import { openFileHost } from '../../src/hosts/file/file-host';

async function session(file = 'seed000.xlsx', typo?: { cell: string; text: string }) {
  const host = await openFileHost(fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', file)));
  if (typo) await host.writeCell('项目绩效目标表', typo.cell, typo.text);
  const store = new Store();
  const actions = createController(store, { host, check: (g) => checkGrids(g), scope: 'all' });
  await actions.init();
  await actions.runCheck({ mark: false });
  return { host, store, actions };
}

const row56 = async (host: Awaited<ReturnType<typeof openFileHost>>) =>
  (await host.readRange('项目绩效目标表', 'A56:E56'))[0];

test('applyFix moves row 56 back in one step; undoFix restores every cell in one step', async () => {
  const { host, store, actions } = await session();
  const shifted = store.get().result!.findings.find((f) => f.rule === 'structure.row-shifted' && f.cell === 'B56');
  expect(shifted?.fix?.summary).toBe('把第56行整行右移一列');
  expect(await row56(host)).toEqual(['产出指标', '维保维护费用', '≤20万元', '≤54.95万元', null]);

  await actions.applyFix(findingKey(shifted!));
  expect(store.get().error).toBeNull();
  // A56 reads 产出指标: it lies in the 一级 merge A…:A56, untouched
  expect(await row56(host)).toEqual(['产出指标', null, '维保维护费用', '≤20万元', '≤54.95万元']);
  expect(store.get().undo).toHaveLength(1); // one step for four cells
  expect(store.get().undo[0].edits).toHaveLength(4);
  expect(store.get().notice).toContain('把第56行整行右移一列');
  // the re-check sees the row in place: no finding left on row 56
  expect(store.get().result!.findings.filter((f) => /\D56$/.test(f.cell))).toEqual([]);

  await actions.undoFix();
  expect(await row56(host)).toEqual(['产出指标', '维保维护费用', '≤20万元', '≤54.95万元', null]);
  expect(store.get().undo).toHaveLength(0);
  expect(store.get().result!.findings.some((f) => f.rule === 'structure.row-shifted' && f.cell === 'B56')).toBe(true);
});

test('a one-cell fix still writes only its cell (one ＝100% typed into seed000 → =100%)', async () => {
  const { host, store, actions } = await session('seed000.xlsx', { cell: 'E31', text: '＝100%' });
  const one = store.get().result!.findings.find((f) => f.fix && !f.fix.more);
  expect(one?.cell).toBe('E31');
  expect(one).toBeDefined();
  await actions.applyFix(findingKey(one!));
  expect(store.get().undo).toEqual([
    { edits: [expect.objectContaining({ cell: one!.fix!.cell, text: one!.fix!.text })] },
  ]);
  const [[v]] = await host.readRange(one!.sheet, one!.fix!.cell);
  expect(v).toBe(one!.fix!.text);
});
