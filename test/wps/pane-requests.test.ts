/**
 * 一键校验 and the section buttons in WPS, where the ribbon page and the pane are separate pages: the ribbon
 * leaves a request in PluginStorage and the pane carries it out in its own session — whether it was open
 * already or starts now — so findings the user ignored are not marked and the pane shows the result.
 */
import { applyPaneRequest } from '../../src/app/pane-requests';
import { startSession, type Session } from '../../src/app/session';
import { findingKey } from '../../src/app/findings-view';
import { createEtHost } from '../../src/hosts/wps/et-host';
import {
  postPaneRequest,
  requestKey,
  watchPaneRequests,
  windowKey,
  type PaneRequestWatcher,
} from '../../src/hosts/wps/pane-channel';
import { createRibbon } from '../../src/hosts/wps/ribbon';
import { decodePaneRequest, encodePaneRequest, REQUEST_TTL_MS } from '../../src/model/pane-request';
import { seedSpec } from '../pane/seed';
import { bookFromEtSpec } from './fake-et-browser';
import type { FakeEtBook } from './fake-et';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('the request as stored text', () => {
  test('round trip; unreadable, unknown and stale requests are none', () => {
    const now = 1_000_000;
    expect(decodePaneRequest(encodePaneRequest({ action: 'check' }, now), now + 5)).toEqual({ action: 'check' });
    const open = encodePaneRequest({ action: 'open', section: 'new' }, now);
    expect(decodePaneRequest(open, now)).toEqual({ action: 'open', section: 'new' });
    expect(decodePaneRequest(open, now + REQUEST_TTL_MS + 1)).toBeNull();
    for (const raw of ['', '{', 'null', '{"at":1}', JSON.stringify({ request: { action: 'format' }, at: now }), 42])
      expect(decodePaneRequest(raw, now)).toBeNull();
    expect(decodePaneRequest(JSON.stringify({ request: { action: 'open', section: 'x' }, at: now }), now)).toBeNull();
  });
});

/** A WPS window over seed000 whose user ignored one finding in an earlier pane session (kept in the document). */
async function wpsWithIgnoredFinding() {
  const book = bookFromEtSpec({ sheets: (await seedSpec('seed000.xlsx')).sheets });
  const app = book.application();
  const earlier = startSession(createEtHost(app));
  await earlier.actions.init();
  await earlier.actions.runCheck({ mark: false });
  const findings = earlier.store.get().result!.findings;
  // a finding alone on its cell, so its cell is marked only for it
  const ignored = findings.find((f) => findings.filter((g) => g.sheet === f.sheet && g.cell === f.cell).length === 1)!;
  const other = findings.find((f) => f.cell !== ignored.cell)!;
  await earlier.actions.toggleIgnored(findingKey(ignored));
  expect(earlier.store.get().ignored).toEqual([findingKey(ignored)]);
  const fallback: string[] = [];
  const ribbon = createRibbon(
    () => app,
    () => 'file:///addin/taskpane.html',
    {
      check: async () => void fallback.push('check'),
      clearMarks: async () => undefined,
      notify: (m) => void fallback.push(`notify:${m}`),
    },
  );
  return { book, app, ribbon, fallback, ignored, other, sheet: ignored.sheet, count: findings.length };
}

/** The pane page: a new session over the same document, then its watcher (polled by hand). */
async function openPane(book: FakeEtBook): Promise<{ pane: Session; watcher: PaneRequestWatcher }> {
  const app = book.application();
  const pane = startSession(createEtHost(app));
  await pane.actions.init();
  const watcher = watchPaneRequests(app, (r) => applyPaneRequest(pane.actions, r), { intervalMs: 0 });
  return { pane, watcher };
}

const marked = (book: FakeEtBook, sheet: string) => Object.keys(book.sheet(sheet).fills());

describe('一键校验 in WPS: the pane checks in its own session', () => {
  test('the pane opened by 一键校验 runs the check: results shown, the ignored finding not marked', async () => {
    const w = await wpsWithIgnoredFinding();
    expect(w.ribbon.OnAction({ Id: 'btnCheck' })).toBe(true);
    await tick();
    // the ribbon page checked nothing itself; it showed the pane and left the request
    expect(w.fallback).toEqual([]);
    expect(marked(w.book, w.sheet)).toEqual([]);
    expect(w.book.panes).toHaveLength(1);
    expect(w.book.panes[0].Visible).toBe(true);
    expect(w.book.panes[0].url).toBe('file:///addin/taskpane.html');

    const { pane, watcher } = await openPane(w.book);
    await watcher.poll();
    const s = pane.store.get();
    expect(s.status).toBe('ready');
    expect(s.result!.findings).toHaveLength(w.count);
    expect(s.ignored).toEqual([findingKey(w.ignored)]);
    expect(s.marked).toBe(true);
    expect(s.tab).toBe('check');
    const cells = marked(w.book, w.sheet);
    expect(cells).toContain(w.other.cell);
    expect(cells).not.toContain(w.ignored.cell);
    // taken once: the next poll does nothing
    expect(w.book.storage.get(requestKey(windowKey(w.app)))).toBe('');
    await pane.actions.clearMarks();
    await watcher.poll();
    expect(marked(w.book, w.sheet)).toEqual([]);
  });

  test('a pane already open checks again on 一键校验, coming back to the 校验 tab', async () => {
    const w = await wpsWithIgnoredFinding();
    w.ribbon.OnAction({ Id: 'btnPane' });
    const { pane, watcher } = await openPane(w.book);
    await watcher.poll();
    expect(pane.store.get().result).toBeNull();
    pane.actions.setTab('template');
    w.ribbon.OnAction({ Id: 'btnCheck' });
    await tick();
    await watcher.poll();
    expect(w.book.panes).toHaveLength(1);
    expect(pane.store.get().tab).toBe('check');
    expect(pane.store.get().result!.findings).toHaveLength(w.count);
    expect(marked(w.book, w.sheet)).toContain(w.other.cell);
    expect(marked(w.book, w.sheet)).not.toContain(w.ignored.cell);
    expect(w.fallback).toEqual([]);
  });

  test('a stale request (an hour old) is not carried out by a pane that opens later', async () => {
    const w = await wpsWithIgnoredFinding();
    postPaneRequest(w.app, { action: 'check' }, Date.now() - 3_600_000);
    const { pane, watcher } = await openPane(w.book);
    await watcher.poll();
    expect(pane.store.get().result).toBeNull();
    expect(marked(w.book, w.sheet)).toEqual([]);
  });

  test('without task panes (an old WPS) the ribbon page checks itself and takes its request back', async () => {
    const w = await wpsWithIgnoredFinding();
    const app = { ...w.app, CreateTaskPane: undefined, ApiEvent: w.app.ApiEvent, PluginStorage: w.app.PluginStorage };
    const ribbon = createRibbon(
      () => app,
      () => 'p.html',
      { check: async () => void w.fallback.push('check'), clearMarks: async () => undefined, notify: () => undefined },
    );
    ribbon.OnAction({ Id: 'btnCheck' });
    await tick();
    expect(w.fallback).toEqual(['check']);
    expect(w.book.storage.get(requestKey(windowKey(w.app)))).toBe('');
  });
});

describe('section buttons switch an open pane (新建绩效目标表, 插入模板)', () => {
  test('新建 opens the 模板 tab at its 新建 section; 插入模板 the 模板 tab; the pane is not created twice', async () => {
    const w = await wpsWithIgnoredFinding();
    w.ribbon.OnAction({ Id: 'btnPane' });
    const { pane, watcher } = await openPane(w.book);
    expect(pane.store.get().tab).toBe('check');
    w.ribbon.OnAction({ Id: 'btnNewForm' });
    await tick();
    await watcher.poll();
    expect(pane.store.get().tab).toBe('template');
    expect(pane.store.get().templateFocus).toBe('new');
    pane.actions.setTemplateFocus(null); // what the 新建 section does once it has scrolled into view
    pane.actions.setTab('check');
    w.ribbon.OnAction({ Id: 'btnTemplate' });
    await tick();
    await watcher.poll();
    expect(pane.store.get().tab).toBe('template');
    expect(pane.store.get().templateFocus).toBeNull();
    expect(w.book.panes).toHaveLength(1);
    expect(w.book.panes[0].Visible).toBe(true);
    expect(pane.store.get().result).toBeNull(); // opening a section does not check
  });
});
