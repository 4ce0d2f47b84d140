/**
 * Browser file mode in headless Chromium:
 * - the 识别结果 view's selectable grid (a dropped workbook has no sheet to select on) at 420 px: click,
 *   shift-click, drag give A1 ranges; a correction drawn from the selection (exclude) re-checks at once;
 * - 补齐 in file mode is one undoable step: 撤销插入 gives back the rows as they were (issue 15 point 7);
 * - the layout at 800×900 (issue 15 point 8): nothing wider than the pane, severity icons at their size,
 *   the cell preview clipped cleanly with its highlighted cell inside.
 * Screenshots go to test-artifacts/fsel-*.png; axe-core finds no serious or critical violation.
 */
import fs from 'fs';
import path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { ensureBuild } from './build';
import { ARTIFACTS, launch, poll, serveDir } from './browser';
import { axeViolations, overflowing } from './pane-checks';

jest.setTimeout(600_000);

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
let server: { url: string; close(): Promise<void> };
let chrome: { browser: BrowserContext; close(): Promise<void> };

beforeAll(async () => {
  const dir = await ensureBuild();
  server = await serveDir(dir);
  chrome = await launch();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}, 900_000);

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

/** File mode (no Office) at this width with one workbook dropped and checked. */
async function openFile(width: number, fixture: string): Promise<Page & { errors: string[] }> {
  const page = (await chrome.browser.newPage()) as Page & { errors: string[] };
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.setViewportSize({ width, height: 900 });
  await page.route('**/*', (route) =>
    route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
  );
  await page.goto(`${server.url}taskpane.html`);
  await page.getByTestId('summary').waitFor({ timeout: 60_000 }); // the bundled sample first
  await page.getByTestId('file-input').setInputFiles([path.join(FIXTURES, fixture)]);
  await poll(
    () => page.getByTestId('file-tab').allInnerTexts(),
    (tabs) => expect(tabs.join(' ')).toContain(path.basename(fixture, '.xlsx')),
    60_000,
  );
  await page.getByTestId('summary').waitFor({ timeout: 60_000 });
  return page;
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `fsel-${name}.png`), fullPage: true });
const cell = (page: Page, a1: string) => page.locator(`[data-testid="selection-grid"] td[data-cell="${a1}"]`);
const gridSelection = (page: Page) => page.getByTestId('selection-grid').getAttribute('data-selection');
const idle = (page: Page) =>
  poll(
    () => page.getByTestId('recog-panel').getAttribute('data-busy'),
    (busy) => expect(busy).toBe('false'),
    30_000,
  );

test('识别结果 in file mode at 420 px: click, shift-click and drag select ranges; 排除选区 re-checks with it', async () => {
  const page = await openFile(420, 'seed001.xlsx');
  await page.getByTestId('tab-recog').click();
  await page.getByTestId('selection-grid').waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('recog-selection').innerText()).toContain('在下面的表格中选中');

  await cell(page, 'B5').click();
  await poll(
    () => gridSelection(page),
    (s) => expect(s).toBe('B5'),
  );
  expect(await page.getByTestId('recog-selection').innerText()).toBe('当前选区：B5');
  await cell(page, 'D8').click({ modifiers: ['Shift'] });
  await poll(
    () => page.getByTestId('recog-selection').innerText(),
    (t) => expect(t).toBe('当前选区：B5:D8'),
  );
  expect(await page.locator('[data-testid="selection-grid"] td[aria-selected="true"]').count()).toBe(12);

  // drag from C9 up-left to A7: the range is written top-left first
  const from = (await cell(page, 'C9').boundingBox())!;
  const to = (await cell(page, 'A7').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 5 });
  await page.mouse.up();
  await poll(
    () => page.getByTestId('recog-selection').innerText(),
    (t) => expect(t).toBe('当前选区：A7:C9'),
  );
  // a part of the form clicked: it is the selection now, shown on the grid
  const part = page.getByTestId('recog-part').nth(1);
  const partRange = (await part.getAttribute('data-range'))!;
  await part.click();
  await poll(
    () => gridSelection(page),
    (s) => expect(s).toBe(partRange),
  );
  expect(await overflowing(page, ['[data-testid="pane"]', '[data-testid="recog-panel"]'])).toEqual([]);
  await shot(page, 'grid-420');
  expect(await axeViolations(page)).toEqual([]);

  // the corrections drawn from a selection are offered in file mode: exclude the table's last row
  const table = page.getByTestId('recog-table').first();
  const [first, last] = (await table.getAttribute('data-range'))!.split(':');
  const lastRow = /\d+$/.exec(last)![0];
  const firstCell = `${/^[A-Z]+/.exec(first)![0]}${lastRow}`;
  const before = await page.getByTestId('recog-parts').innerText();
  await cell(page, firstCell).click();
  await cell(page, last).click({ modifiers: ['Shift'] });
  await poll(
    () => page.getByTestId('recog-selection').innerText(),
    (t) => expect(t).toBe(`当前选区：${firstCell}:${last}`),
  );
  await page.getByTestId('recog-exclude').click();
  await page.getByTestId('recog-mapped').waitFor({ timeout: 30_000 });
  await idle(page);
  expect(await page.getByTestId('recog-parts').innerText()).not.toBe(before);
  await shot(page, 'excluded-420');
  expect(page.errors).toEqual([]);
  await page.close();
});

test('补齐 in file mode is one undoable step: 撤销插入 removes the rows again', async () => {
  const page = await openFile(420, 'seed004.xlsx');
  const missing = await page.getByTestId('finding').count();
  await page.getByTestId('tab-template').click();
  await page.getByTestId('template-fill-missing').click();
  await poll(
    () => page.getByTestId('notice').innerText(),
    (t) => expect(t).toContain('可一步撤销'),
    30_000,
  );
  await shot(page, 'inserted-420');
  await page.getByTestId('undo-insert').click();
  await poll(
    () => page.getByTestId('notice').innerText(),
    (t) => expect(t).toContain('已撤销插入'),
    30_000,
  );
  expect(await page.getByTestId('undo-insert').count()).toBe(0);
  await page.getByTestId('tab-check').click();
  await poll(
    () => page.getByTestId('finding').count(),
    (n) => expect(n).toBe(missing),
    30_000,
  );
  expect(page.errors).toEqual([]);
  await page.close();
});

describe('800×900 layout (file mode, a workbook with many findings)', () => {
  let page: Page & { errors: string[] };
  beforeAll(async () => {
    page = await openFile(800, 'review-backlog.xlsx');
  });
  afterAll(async () => {
    await page?.close();
  });

  test('校验: nothing wider than the pane, severity icons 16 px, the preview clipped with its cell inside', async () => {
    const icons = await page
      .locator('[data-testid="finding"] svg')
      .evaluateAll((els) =>
        els.slice(0, 40).map((e) => [e.getBoundingClientRect().width, e.getBoundingClientRect().height]),
      );
    expect(icons.length).toBeGreaterThan(5);
    for (const [w, h] of icons) {
      expect(w).toBeGreaterThanOrEqual(15.5);
      expect(h).toBeGreaterThanOrEqual(15.5);
    }
    await page.getByTestId('finding').nth(2).click();
    await page.getByTestId('cell-preview').waitFor();
    const box = await page.evaluate(() => {
      const wrap = document.querySelector('[data-testid="cell-preview"]')!.getBoundingClientRect();
      const hit = document.querySelector('[data-testid="cell-preview"] td[data-hit="cell"]')!.getBoundingClientRect();
      const pane = document.querySelector('[data-testid="pane"]')!.getBoundingClientRect();
      return { wrap: [wrap.left, wrap.right], hit: [hit.left, hit.right], pane: [pane.left, pane.right] };
    });
    expect(box.wrap[0]).toBeGreaterThanOrEqual(box.pane[0] - 1);
    expect(box.wrap[1]).toBeLessThanOrEqual(box.pane[1] + 1);
    expect(box.hit[0]).toBeGreaterThanOrEqual(box.wrap[0] - 1);
    expect(box.hit[1]).toBeLessThanOrEqual(box.wrap[1] + 1);
    expect(
      await overflowing(page, ['[data-testid="pane"]', '[data-testid="findings"]', '[data-testid="summary"]']),
    ).toEqual([]);
    await shot(page, 'check-800');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('模板 and 识别结果: nothing wider than the pane', async () => {
    await page.getByTestId('tab-template').click();
    await page.getByTestId('template-panel').waitFor();
    expect(await overflowing(page, ['[data-testid="pane"]', '[data-testid="template-panel"]'])).toEqual([]);
    await shot(page, 'template-800');
    await page.getByTestId('tab-recog').click();
    await page.getByTestId('selection-grid').waitFor({ timeout: 30_000 });
    expect(await overflowing(page, ['[data-testid="pane"]', '[data-testid="recog-panel"]'])).toEqual([]);
    await shot(page, 'recog-800');
    expect(await axeViolations(page)).toEqual([]);
    expect(page.errors).toEqual([]);
  });
});
