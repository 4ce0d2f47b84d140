/**
 * Stands in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in browser tests: defines the
 * `Office` and `Excel` globals over a FakeWorkbook seeded from window.__FAKE_BOOK__. Calls the page makes
 * to Office UI (dialogs, showAsTaskpane) are recorded in window.__officeCalls.
 */
import { bookFromSpec, testWindow } from './fake-book';

const w = testWindow();
const book = bookFromSpec(w.__FAKE_BOOK__ ?? { sheets: [{ name: 'Sheet1', rows: [] }] });
const env = book.env();
const calls: string[] = [];
const actions: Record<string, (event: { completed(): void }) => void> = {};
w.__fakeBook = book;
w.__officeCalls = calls;

type Callback = (r: { status: string }) => void;

const office = {
  HostType: { Excel: 'Excel' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  onReady(cb?: (info: { host: string; platform: string }) => void) {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    const p = new Promise<typeof info>((resolve) => setTimeout(() => resolve(info), 10));
    if (cb) void p.then(cb);
    return p;
  },
  context: {
    requirements: { isSetSupported: (name: string, version: string) => book.supports(name, version) },
    document: {
      settings: {
        get: (k: string) => env.settings.get(k),
        set: (k: string, v: unknown) => env.settings.set(k, v),
        remove: (k: string) => env.settings.remove(k),
        saveAsync: (cb?: Callback) => void env.settings.save().then(() => cb?.({ status: 'succeeded' })),
      },
    },
    officeTheme: { bodyBackgroundColor: '#FFFFFF' },
    ui: {
      displayDialogAsync: (url: string, _options: unknown, cb?: Callback) => {
        calls.push(`dialog:${decodeURIComponent(url.replace(/^.*notice=/, ''))}`);
        cb?.({ status: 'succeeded' });
      },
    },
  },
  actions: {
    associate: (name: string, fn: (event: { completed(): void }) => void) => {
      actions[name] = fn;
      calls.push(`associate:${name}`);
    },
  },
  addin: {
    showAsTaskpane: async () => {
      calls.push('showAsTaskpane');
    },
  },
  /** Test helper: press a ribbon button bound to a function. */
  __invoke: (name: string) =>
    new Promise<void>((resolve) => {
      actions[name]?.({
        completed: () => {
          calls.push(`completed:${name}`);
          resolve();
        },
      });
    }),
};

const g = globalThis as unknown as Record<string, unknown>;
g.Office = office;
g.Excel = { run: <T>(batch: (ctx: never) => Promise<T>) => env.run(batch as never) };
