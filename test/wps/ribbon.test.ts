import { createRibbon, showPane, CONTROLS } from '../../src/hosts/wps/ribbon';
import { FakeEtBook } from './fake-et';

const setup = () => {
  const book = new FakeEtBook();
  book.addSheet('S', [['x']]);
  const app = book.application();
  const calls: string[] = [];
  const ribbon = createRibbon(
    () => app,
    () => 'file:///addin/taskpane.html',
    {
      check: async () => void calls.push('check'),
      clearMarks: async () => void calls.push('clear'),
      notify: (m) => void calls.push(`notify:${m}`),
    },
  );
  return { book, app, ribbon, calls };
};
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('task pane', () => {
  test('one pane per window, docked right, toggled', () => {
    const { book, app } = setup();
    const p1 = showPane(app, 'u', true);
    expect(book.panes).toHaveLength(1);
    expect(p1?.DockPosition).toBe(2);
    expect(p1?.Visible).toBe(true);
    showPane(app, 'u', true);
    expect(book.panes).toHaveLength(1);
    expect(p1?.Visible).toBe(false);
    showPane(app, 'u', false);
    expect(p1?.Visible).toBe(true);
  });
  test('a pane deleted by WPS is created again', () => {
    const { book, app } = setup();
    showPane(app, 'u', true)?.Delete();
    showPane(app, 'u', true);
    expect(book.panes.filter((p) => !p.deleted)).toHaveLength(1);
    expect(book.panes).toHaveLength(2);
  });
});

describe('ribbon callbacks', () => {
  test('一键校验 shows the pane (not toggles) and leaves the check to it (test/wps/pane-requests.test.ts)', async () => {
    const { book, ribbon, calls } = setup();
    expect(ribbon.OnAction({ Id: 'btnCheck' })).toBe(true);
    await tick();
    expect(calls).toEqual([]);
    expect(String(book.storage.get('targetSheet.request.4242'))).toContain('"check"');
    expect(book.panes[0].Visible).toBe(true);
    ribbon.OnAction({ Id: 'btnCheck' });
    await tick();
    expect(book.panes[0].Visible).toBe(true);
  });
  test('清除标记 clears; 插入模板 opens the pane on the template view; errors become notices', async () => {
    const { book, app, calls } = setup();
    const failing = createRibbon(
      () => app,
      () => 'p.html',
      {
        check: async () => void calls.push('check'),
        clearMarks: async () => {
          calls.push('clear');
          throw new Error('读取失败');
        },
        notify: (m) => void calls.push(`notify:${m}`),
      },
    );
    failing.OnAction({ Id: 'btnClear' });
    await tick();
    expect(calls).toEqual(['clear', 'notify:读取失败']);
    failing.OnAction({ Id: 'btnTemplate' });
    await tick();
    expect(book.panes[0].url).toBe('p.html#template');
    expect(failing.OnAction({ Id: 'nope' })).toBe(false);
  });
  test("新建绩效目标表 opens the pane on the 模板 tab's 新建 section (#new)", async () => {
    const { book, ribbon } = setup();
    expect(ribbon.OnAction({ Id: 'btnNewForm' })).toBe(true);
    await tick();
    expect(book.panes.map((p) => p.url)).toEqual(['file:///addin/taskpane.html#new']);
  });
  test('GetImage gives each button its icon; OnAddinLoad keeps the ribbon UI', () => {
    const { ribbon } = setup();
    for (const [id, img] of Object.entries(CONTROLS)) expect(ribbon.GetImage({ Id: id })).toBe(img);
    const ui = { InvalidateControl: () => undefined };
    expect(ribbon.OnAddinLoad(ui)).toBe(true);
    expect(ribbon.ribbonUI()).toBe(ui);
  });
  test('OnGetEnabled: disabled without a workbook or outside WPS', () => {
    const { ribbon } = setup();
    expect(ribbon.OnGetEnabled({ Id: 'btnCheck' })).toBe(true);
    const outside = createRibbon(
      () => null,
      () => '',
      { check: async () => undefined, clearMarks: async () => undefined, notify: () => undefined },
    );
    expect(outside.OnGetEnabled({ Id: 'btnCheck' })).toBe(false);
    expect(outside.OnAction({ Id: 'btnCheck' })).toBe(false);
  });
});

describe('ribbon invalidation', () => {
  test('the ribbon is invalidated when a workbook opens or is created, or a window or workbook becomes active', () => {
    const { book, ribbon } = setup();
    let invalidated = 0;
    ribbon.OnAddinLoad({ Invalidate: () => void invalidated++ });
    expect(invalidated).toBe(0);
    const fire = (name: string) => {
      for (const h of book.listeners.get(name) ?? []) (h as () => void)();
    };
    const events = ['WorkbookOpen', 'NewWorkbook', 'WindowActivate', 'WorkbookActivate'];
    events.forEach((name, i) => {
      fire(name);
      expect([name, invalidated]).toEqual([name, i + 1]);
    });
    // a change of a cell is no reason to ask WPS for the buttons again
    fire('SheetChange');
    expect(invalidated).toBe(events.length);
  });
  test('a ribbon UI without Invalidate (an old build) is no error', () => {
    const { book, ribbon } = setup();
    expect(ribbon.OnAddinLoad({})).toBe(true);
    expect(() => {
      for (const h of book.listeners.get('WorkbookOpen') ?? []) (h as () => void)();
    }).not.toThrow();
  });
});
