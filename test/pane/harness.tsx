/**
 * The pane over the Excel adapter over a fake workbook, with an injected CheckResult (window.__FIXED_RESULT__)
 * instead of the real checker, so pane behaviour is tested whatever the rules currently find.
 */
import { createRoot } from 'react-dom/client';
import { App } from '../../src/taskpane/components/App';
import { createController } from '../../src/app/controller';
import { Store } from '../../src/app/store';
import { createExcelHost } from '../../src/hosts/excel';
import { userPreferences } from '../../src/hosts/browser/user-preferences';
import { checkGrids, type CheckResult } from '../../src/check';
import { bookFromSpec, testWindow } from './fake-book';

const w = testWindow();
const book = bookFromSpec(w.__FAKE_BOOK__ ?? { sheets: [{ name: 'Sheet1', rows: [] }] });
w.__fakeBook = book;
w.__saved = [];
const host = createExcelHost(book.env());
const fixed = w.__FIXED_RESULT__ as CheckResult | undefined;
const store = new Store();
const actions = createController(store, {
  host,
  check: (grids, o) =>
    fixed ? { forms: fixed.forms, findings: fixed.findings } : checkGrids(grids, { mapping: o?.mapping }),
  debounceMs: 200,
  // other tests get in-memory preferences: pages of one browser context share localStorage
  preferences: w.__USER_STORAGE__ ? userPreferences('excel') : undefined,
  save: (filename, data) =>
    w.__saved?.push({ filename, text: typeof data === 'string' ? data : `[${data.length} bytes]` }),
});
createRoot(document.getElementById('container') as HTMLElement).render(<App store={store} actions={actions} />);
void actions.init();
