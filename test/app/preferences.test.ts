/**
 * Per-user preferences: auto-insert and live re-check are one user's choice. They go to per-user storage
 * (a map stands in for localStorage / OfficeRuntime.storage) and never into the document, so a co-author
 * who opens the same workbook keeps their own settings.
 */
import { createController } from '../../src/app/controller';
import { PREFERENCES_KEY, storedPreferences, type UserStore } from '../../src/app/preferences';
import { Store } from '../../src/app/store';
import { checkGrids } from '../../src/check';
import type { Host } from '../../src/hosts/host';
import { createExcelHost } from '../../src/hosts/excel';
import { createEtHost } from '../../src/hosts/wps/et-host';
import { FakeWorkbook } from '../excel/fake-excel';
import { FakeEtBook } from '../wps/fake-et';
import { userPreferences } from '../../src/hosts/browser/user-preferences';

/** One user's localStorage. */
function userStore(): UserStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

async function pane(host: Host, store: UserStore) {
  const s = new Store();
  const actions = createController(s, {
    host,
    check: (g) => checkGrids(g),
    preferences: storedPreferences(store),
  });
  await actions.init();
  return { state: () => s.get(), actions };
}

const ROWS = [['项目支出绩效目标表'], ['一级指标', '二级指标', '三级指标', '指标值']];

describe.each([
  {
    name: 'Excel',
    open: () => {
      const book = new FakeWorkbook({ excelApi: '1.18' });
      book.addSheet('表1', ROWS);
      return {
        host: () => createExcelHost(book.env()),
        document: () => JSON.stringify({ saved: book.saved, props: [...book.props.entries()] }),
      };
    },
  },
  {
    name: 'WPS',
    open: () => {
      const book = new FakeEtBook();
      book.addSheet('表1', ROWS);
      return {
        host: () => createEtHost(book.application()),
        document: () => JSON.stringify(book.props),
      };
    },
  },
])('$name: auto-insert and live re-check are per user', ({ open }) => {
  test("one user's choice stays with that user and does not change the document", async () => {
    const doc = open();
    const before = doc.document();
    const alice = userStore();
    const a = await pane(doc.host(), alice);
    expect(a.state().autoInsert).toBe(false);
    await a.actions.setAutoInsert(true);
    await a.actions.setLive(true);
    expect(a.state().autoInsert).toBe(true);
    expect(a.state().live).toBe(true);
    expect(doc.document()).toBe(before);
    expect(JSON.parse(alice.map.get(PREFERENCES_KEY) ?? '{}')).toEqual({ autoInsert: true, live: true });

    // a co-author (own storage) opens the same document: their defaults
    const bob = await pane(doc.host(), userStore());
    expect(bob.state().autoInsert).toBe(false);
    expect(bob.state().live).toBe(false);

    // the same user again (pane reopened): their choices come back
    const again = await pane(doc.host(), alice);
    expect(again.state().autoInsert).toBe(true);
    expect(again.state().live).toBe(true);

    await again.actions.setAutoInsert(false);
    expect(JSON.parse(alice.map.get(PREFERENCES_KEY) ?? '{}')).toEqual({ autoInsert: false, live: true });
  });
});

describe('stored preferences', () => {
  test('an unreadable or foreign value gives the defaults, a failing store does not break the pane', async () => {
    const store = userStore();
    store.map.set(PREFERENCES_KEY, '{"autoInsert":"yes","live":true,"scope":"everything"');
    expect(await storedPreferences(store).load()).toEqual({ autoInsert: false, live: false, scope: 'active' });
    store.map.set(PREFERENCES_KEY, '{"autoInsert":"yes","live":true,"scope":"all"}');
    expect(await storedPreferences(store).load()).toEqual({ autoInsert: false, live: true, scope: 'all' });
    const broken = storedPreferences({
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => Promise.reject(new Error('QuotaExceededError')),
    });
    await expect(broken.set('live', true)).resolves.toBeUndefined();
    expect((await broken.load()).live).toBe(false);
  });
});

describe('the per-user store each host uses', () => {
  test('Excel: OfficeRuntime.storage where present, else localStorage; WPS and files: localStorage', async () => {
    const runtime = userStore();
    const local = userStore();
    const page = { OfficeRuntime: { storage: runtime }, localStorage: local };
    await userPreferences('excel', page).set('live', true);
    expect(runtime.map.has(PREFERENCES_KEY)).toBe(true);
    expect(local.map.size).toBe(0);
    await userPreferences('wps', page).set('autoInsert', true);
    await userPreferences('file', { localStorage: local }).set('live', true);
    expect(JSON.parse(local.map.get(PREFERENCES_KEY) ?? '{}')).toEqual({ autoInsert: true, live: true });
    await userPreferences('excel', { localStorage: local }).set('scope', 'all');
    expect(JSON.parse(local.map.get(PREFERENCES_KEY) ?? '{}')).toEqual({ autoInsert: true, live: true, scope: 'all' });
  });
});
