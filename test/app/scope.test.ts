/** 当前工作表 / 整个工作簿: what a check reads and what the summary says about the other sheets. */
import fs from 'fs';
import path from 'path';
import { createController } from '../../src/app/controller';
import { Store } from '../../src/app/store';
import { FileHost } from '../../src/hosts/file/file-host';
import { checkGrids } from '../../src/check';
import { readWorkbook } from '../../src/hosts/file/xlsx';
import { scopeSummary } from '../../src/app/scope';
import { summaryText } from '../../src/app/summary';

const BOOK = path.resolve(__dirname, '..', 'fixtures', 'one-form-per-sheet.xlsx');

test('sheet scope checks the active sheet and counts the forms left on the others; workbook scope checks all', async () => {
  const grids = await readWorkbook(fs.readFileSync(BOOK));
  const all = checkGrids(grids);
  const active = checkGrids([grids[0]]);
  expect(grids.length).toBeGreaterThan(1);
  const others = all.forms.length - active.forms.length;
  expect(others).toBeGreaterThan(0);

  // an Excel-like session: no fixed scope, the user chooses
  const host = await FileHost.open(fs.readFileSync(BOOK), 'x.xlsx');
  const store = new Store();
  const actions = createController(store, { host, check: (g) => checkGrids(g) });
  await actions.init();
  expect(store.get().scopeAvailable).toBe(true);
  expect(store.get().scope).toBe('sheet');
  await actions.runCheck();
  expect(store.get().sheets).toEqual([grids[0].sheet]);
  expect(store.get().result!.forms).toHaveLength(active.forms.length);
  expect(store.get().otherSheetForms).toBe(others);
  expect(scopeSummary(store.get())).toBe(
    `已校验当前工作表“${grids[0].sheet}”：识别到 ${active.forms.length} 张表。其他工作表上还有 ${others} 张表未校验。`,
  );
  expect(summaryText(store.get())).toContain(`还有 ${others} 张表未校验`);

  actions.setScope('workbook');
  await actions.runCheck();
  expect(store.get().sheets).toEqual(grids.map((g) => g.sheet));
  expect(store.get().result!.forms).toHaveLength(all.forms.length);
  expect(store.get().otherSheetForms).toBeNull();
  expect(scopeSummary(store.get())).toBe(
    `已校验整个工作簿（${grids.length} 个工作表）：识别到 ${all.forms.length} 张表。`,
  );
});

test('file mode (every sheet, fixed): no choice offered', async () => {
  const host = await FileHost.open(fs.readFileSync(BOOK), 'x.xlsx');
  const store = new Store();
  const actions = createController(store, { host, check: (g) => checkGrids(g), scope: 'all' });
  await actions.init();
  await actions.runCheck();
  expect(store.get().scopeAvailable).toBe(false);
  expect(scopeSummary(store.get())).toBeNull();
});
