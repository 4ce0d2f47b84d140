/**
 * Start-up in headless Chromium (issue 16): office.js is injected async, so a CDN that never answers leaves
 * the pane in file mode instead of blank, an Office that becomes ready later switches it to Excel, a ribbon
 * click that arrives before the pane bundle has run is handled once the session is ready, and too old an
 * engine gets the bootstrap's message. Times are logged, not asserted (see `npm run bench`).
 */
import fs from 'fs';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { ensureBuild } from './build';
import { builtFile, launch, poll, serveDir } from './browser';
import { seedSpec } from './seed';
import type { FakeBookSpec, TestWindow } from './fake-book';

jest.setTimeout(900_000); // the first suite to run may build (all node_modules through swc)

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
let dir = '';
let server: { url: string; close(): Promise<void> };
let chrome: { browser: BrowserContext; close(): Promise<void> };
let fakeOffice = '';

beforeAll(async () => {
  dir = await ensureBuild();
  fakeOffice = fs.readFileSync(builtFile(dir, 'fake-office'), 'utf8');
  server = await serveDir(dir);
  chrome = await launch();
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

type Held = { route: Route | null; release(): Promise<void> };

/** Holds the requests matching `test` (never answered unless released); the rest of the web is aborted. */
async function openPage(
  spec: FakeBookSpec | null,
  hold: { officeJs?: boolean; paneBundle?: boolean } = {},
  init?: () => void,
): Promise<{ page: Page; officeJs: Held; pane: Held; errors: string[]; officeRequested: () => boolean }> {
  const page = await chrome.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const officeJs: Held = { route: null, release: async () => {} };
  const pane: Held = { route: null, release: async () => {} };
  let requested = false;
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) {
      requested = true;
      const answer = () =>
        spec ? route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeOffice }) : route.abort('failed');
      if (!hold.officeJs) return answer();
      officeJs.route = route;
      officeJs.release = answer;
      return; // hangs like a CDN that drops packets
    }
    if (!url.startsWith(server.url)) return route.abort();
    if (hold.paneBundle && /\/taskpane\.[0-9a-f]+\.js$/.test(url)) {
      pane.route = route;
      pane.release = () => route.continue();
      return;
    }
    return route.continue();
  });
  await page.addInitScript((data) => Object.assign(window, data), { __FAKE_BOOK__: spec ?? undefined });
  if (init) await page.addInitScript(init);
  await page.goto(`${server.url}taskpane.html`, { waitUntil: 'commit' });
  return { page, officeJs, pane, errors, officeRequested: () => requested };
}

test('office.js that never answers: file mode shows, the request still pending', async () => {
  const { page, officeJs, errors } = await openPage(null, { officeJs: true });
  const t0 = Date.now();
  await page.waitForLoadState('domcontentloaded');
  const domReady = Date.now();
  await page.getByTestId('file-mode').waitFor({ timeout: 30_000 });
  console.log(
    `file mode visible ${Date.now() - domReady} ms after DOMContentLoaded (${Date.now() - t0} ms after commit)`,
  );
  expect(officeJs.route).not.toBeNull(); // office.js was requested and is still unanswered
  expect(errors).toEqual([]);
  await page.close();
});

test('Office that becomes ready after file mode showed: the pane switches to Excel', async () => {
  const spec = await seedSpec('seed000.xlsx');
  const { page, officeJs, errors } = await openPage(spec, { officeJs: true });
  await page.getByTestId('file-mode').waitFor({ timeout: 30_000 });
  await officeJs.release();
  await page.getByTestId('check').waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('file-mode').count()).toBe(0);
  await page.getByTestId('check').click();
  await page.getByTestId('summary').waitFor({ timeout: 30_000 });
  expect(errors).toEqual([]);
  await page.close();
});

test('a ribbon click before the pane has rendered is handled once the session is ready, and completed', async () => {
  const spec = await seedSpec('seed000.xlsx');
  const { page, pane, errors } = await openPage(spec, { paneBundle: true });
  const calls = () => page.evaluate(() => (window as unknown as TestWindow).__officeCalls ?? []);
  // office.js has run and the startup bundle associated the action while the pane bundle is still held
  await poll(calls, (c) => expect(c).toContain('associate:runCheck'), 30_000);
  expect(pane.route).not.toBeNull();
  await page.evaluate(() => {
    const office = (window as unknown as { Office: { __invoke(name: string): Promise<void> } }).Office;
    (window as unknown as { __clicked: Promise<void> }).__clicked = office.__invoke('runCheck');
  });
  expect(await page.locator('#container').innerHTML()).toBe(''); // nothing rendered yet
  const sheet = spec.sheets[0].name;
  const fills = () => page.evaluate((s) => (window as unknown as TestWindow).__fakeBook!.sheet(s).fills(), sheet);
  const before = Object.keys(await fills()).length;
  await pane.release();
  await page.evaluate(() => (window as unknown as { __clicked: Promise<void> }).__clicked);
  const after = await calls();
  expect(after.filter((c) => c === 'completed:runCheck')).toHaveLength(1);
  expect(after).toContain('showAsTaskpane'); // the check ran in the pane's session, then the pane was shown
  expect(Object.keys(await fills()).length).toBeGreaterThan(before); // seed000 has findings: marked
  await page.getByTestId('summary').waitFor({ timeout: 30_000 });
  expect(errors).toEqual([]);
  await page.close();
});

test('too old an engine (no ES2017 built-ins): the bootstrap names the supported versions in Chinese', async () => {
  const { page, officeRequested } = await openPage(null, {}, () => {
    delete (Object as { getOwnPropertyDescriptors?: unknown }).getOwnPropertyDescriptors;
  });
  const box = page.getByTestId('engine-too-old');
  await box.waitFor({ timeout: 30_000 });
  const text = await box.innerText();
  for (const name of ['Microsoft 365', 'Excel 2021', 'Excel 2019', 'WPS Office 2019', 'Internet Explorer 11'])
    expect(text).toContain(name);
  expect(officeRequested()).toBe(false); // nothing else starts on such an engine
  expect(await page.getByTestId('file-mode').count()).toBe(0);
  await page.close();
});

test('a bundle the engine cannot parse: the same message instead of a blank pane', async () => {
  const page = await chrome.browser.newPage();
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (!url.startsWith(server.url)) return route.abort();
    if (/\/taskpane\.[0-9a-f]+\.js$/.test(url))
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: 'var a = { static { } };' });
    return route.continue();
  });
  await page.goto(`${server.url}taskpane.html`);
  await page.getByTestId('engine-too-old').waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('file-mode').count()).toBe(0);
  await page.close();
});
