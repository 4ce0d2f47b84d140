/**
 * The 识别结果 tab (issue 18) at 420 px over the fake Excel host: parts with ranges, a click selects the
 * range in the sheet, and each correction re-checks at once — role change, header rows, a table drawn
 * from the selection on a sheet whose headings no reader knows (栏目一…), split/join, exclude, 恢复自动识别.
 * Screenshots go to test-artifacts/recog-*.png; axe-core finds no serious or critical violation.
 */
import fs from 'fs';
import path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { ensureBuild } from './build';
import { axeViolations } from './pane-checks';
import { ARTIFACTS, builtFile, launch, poll, serveDir } from './browser';
import type { TestWindow } from './fake-book';
import { seedSpec } from './seed';

jest.setTimeout(600_000);

let server: { url: string; close(): Promise<void> };
let chrome: { browser: BrowserContext; close(): Promise<void> };
let fakeOffice = '';

beforeAll(async () => {
  const dir = await ensureBuild();
  fakeOffice = fs.readFileSync(builtFile(dir, 'fake-office'), 'utf8');
  server = await serveDir(dir);
  chrome = await launch();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}, 900_000);

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

/** The pane over the fake Excel workbook of a fixture, checked, on the 识别结果 tab. */
async function openRecognition(fixture: string): Promise<Page & { errors: string[] }> {
  const spec = await seedSpec(fixture);
  const page = (await chrome.browser.newPage()) as Page & { errors: string[] };
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.setViewportSize({ width: 420, height: 900 });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url)) return route.continue();
    if (url.startsWith('https://appsforoffice.microsoft.com/'))
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeOffice });
    return route.abort();
  });
  await page.addInitScript((data) => Object.assign(window, data), { __FAKE_BOOK__: spec });
  await page.goto(`${server.url}harness.html`);
  await page.getByTestId('check').click();
  await page.getByTestId('summary').waitFor({ timeout: 30_000 });
  await page.getByTestId('tab-recog').click();
  await page.getByTestId('recog-panel').waitFor({ timeout: 30_000 });
  return page;
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `recog-${name}.png`), fullPage: true });
const selection = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).__fakeBook!.selection);
const select = (page: Page, sheet: string, address: string) =>
  page.evaluate(([s, a]) => void ((window as unknown as TestWindow).__fakeBook!.selection = { sheet: s, address: a }), [
    sheet,
    address,
  ] as const);
/** The mapping stored in the workbook's document settings (what survives save and reopen). */
const storedMapping = (page: Page) =>
  page.evaluate(() => {
    const saved = (window as unknown as TestWindow).__fakeBook!.saved;
    const text = Object.values(saved).find((v) => typeof v === 'string' && v.includes('"sheets"'));
    return typeof text === 'string' ? (JSON.parse(text) as { sheets: Record<string, unknown> }) : null;
  });
const roleOf = (page: Page, col: string) => page.getByTestId(`recog-role-${col}`).first().inputValue();
const idle = (page: Page) =>
  poll(
    () => page.getByTestId('recog-panel').getAttribute('data-busy'),
    (busy) => expect(busy).toBe('false'),
    30_000,
  );

test('the view lists the parts with ranges and every column with its role; a click selects the range', async () => {
  const page = await openRecognition('families/core2021-project-water.xlsx');
  await page.getByTestId('recog-table').waitFor();
  const parts = await page.getByTestId('recog-part').evaluateAll((els) => els.map((e) => e.getAttribute('data-range')));
  expect(parts).toEqual(['A1:J18', 'A1', 'A2:G3', 'A4:H4', 'A5:B5', 'A6:J18']);
  expect(await page.getByTestId('recog-parts').innerText()).toContain('12 行指标');
  expect(await roleOf(page, 'D')).toBe('operator');
  expect(await roleOf(page, 'E')).toBe('value');
  expect(await page.getByTestId('recog-role-E').locator('option:checked').innerText()).toBe('指标值·全年');
  expect(await page.getByTestId('recog-header-rows').inputValue()).toBe('1');
  await shot(page, 'view');
  expect(await axeViolations(page)).toEqual([]);
  await page.locator('[data-testid="recog-part"][data-range="A6:J18"]').click();
  await poll(
    () => selection(page),
    (s) => expect(s).toEqual({ sheet: '项目绩效目标', address: 'A6:J18' }),
  );
  expect(page.errors).toEqual([]);
  await page.close();
});

test('role change and header rows re-check at once and are stored in the workbook; 恢复自动识别 clears them', async () => {
  const page = await openRecognition('families/core2021-project-water.xlsx');
  await page.getByTestId('recog-role-H').selectOption('basis');
  await page.getByTestId('recog-mapped').waitFor({ timeout: 30_000 });
  await idle(page);
  expect(await roleOf(page, 'H')).toBe('basis');
  const stored = await storedMapping(page);
  expect(stored?.sheets['项目绩效目标']).toMatchObject({ tables: [{ range: 'A6:J18', columns: { H: 'basis' } }] });
  // two heading rows: the first indicator row is taken as a heading
  await page.getByTestId('recog-header-rows').selectOption('2');
  await poll(
    () => page.getByTestId('recog-parts').innerText(),
    (t) => expect(t).toContain('11 行指标'),
    30_000,
  );
  expect(await roleOf(page, 'H')).toBe('basis'); // the earlier correction stays
  await shot(page, 'corrected');
  await page.getByTestId('recog-reset').click();
  await poll(
    () => page.getByTestId('recog-mapped').count(),
    (n) => expect(n).toBe(0),
    30_000,
  );
  await idle(page);
  expect(await roleOf(page, 'H')).toBe('description');
  expect(await page.getByTestId('recog-parts').innerText()).toContain('12 行指标');
  expect(await storedMapping(page)).toBeNull();
  expect(page.errors).toEqual([]);
  await page.close();
});

test('栏目一…栏目五: nothing is read; a table from the selection and four role changes read all 11 indicators', async () => {
  const page = await openRecognition('mapping/unknown-headers.xlsx');
  await page.getByTestId('recog-no-form').waitFor();
  await select(page, '绩效目标', 'A8:E19');
  await page.getByTestId('recog-add-table').click();
  await page.locator('[data-testid="recog-table"][data-range="A8:E19"]').waitFor({ timeout: 30_000 });
  await idle(page);
  expect(await page.getByTestId('recog-selection').innerText()).toContain('A8:E19');
  const headers = await page.getByTestId('recog-column').allInnerTexts();
  expect(headers.map((h) => h.split('\n').slice(0, 2).join(' '))).toEqual([
    'A 栏目一',
    'B 栏目二',
    'C 栏目三',
    'D 栏目四',
    'E 栏目五',
  ]);
  expect(await page.getByTestId('recog-problems').innerText()).toMatch(/三级指标/);
  await shot(page, 'unknown-drawn');
  for (const [col, role] of [
    ['A', 'level1'],
    ['B', 'level2'],
    ['C', 'level3'],
    ['D', 'value'],
    ['E', 'description'],
  ] as const) {
    await page.getByTestId(`recog-role-${col}`).selectOption(role);
    await idle(page);
    await poll(
      () => roleOf(page, col),
      (v) => expect(v).toBe(role),
      30_000,
    );
  }
  await poll(
    () => page.getByTestId('recog-parts').innerText(),
    (t) => expect(t).toContain('11 行指标'),
    30_000,
  );
  expect(await page.getByTestId('recog-problems').count()).toBe(0);
  await shot(page, 'unknown-read');
  expect(await axeViolations(page)).toEqual([]);
  // the check runs on the mapped form: its findings are those of a read form, not “no form”
  await page.getByTestId('tab-check').click();
  await page.getByTestId('summary').waitFor();
  await shot(page, 'unknown-findings');
  expect(page.errors).toEqual([]);
  await page.close();
});

test('join, split at the selection, exclude a range', async () => {
  const page = await openRecognition('two-forms-one-sheet.xlsx');
  const options = () => page.getByTestId('recog-form').locator('option').count();
  expect(await options()).toBe(2);
  await page.getByTestId('recog-join').click();
  await poll(
    () => page.getByTestId('recog-form').count(),
    (n) => expect(n).toBe(0),
    30_000,
  );
  await idle(page);
  expect(await page.getByTestId('recog-form-label').innerText()).toBeTruthy();
  await select(page, '两张表', 'A91');
  await page.getByTestId('recog-split').click();
  await poll(options, (n) => expect(n).toBe(2), 30_000);
  await idle(page);
  await page.getByTestId('recog-form').selectOption('1');
  expect(await page.locator('[data-testid="recog-part"]').first().getAttribute('data-range')).toBe('A91:H124');
  await shot(page, 'split');
  await select(page, '两张表', 'A1:H90');
  await page.getByTestId('recog-exclude').click();
  await idle(page);
  await poll(
    async () => ((await storedMapping(page))?.sheets['两张表'] as { exclude?: string[] } | undefined)?.exclude,
    (e) => expect(e).toEqual(['A1:H90']),
    30_000,
  );
  await shot(page, 'excluded');
  expect(page.errors).toEqual([]);
  await page.close();
});
