/**
 * Working through many findings in browser file mode (issue 15) at task-pane widths: the detail opens under
 * the clicked item and stays on screen, 下一个 keeps the current finding in view, 忽略 moves on from the same
 * place, every list item has its own data-key, the keyboard works, and axe-core finds no serious or critical
 * violation.
 */
import fs from 'fs';
import path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { ensureBuild } from './build';
import { axeViolations } from './pane-checks';
import { ARTIFACTS, launch, poll, serveDir } from './browser';
import { checkGrids } from '../../src/check';
import { readWorkbook } from '../../src/hosts/file/xlsx';

jest.setTimeout(480_000);

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
const WORKBOOK = path.join(FIXTURES, 'review-backlog.xlsx'); // four seed sheets: 82 findings, 27 of them hints
let server: { url: string; close(): Promise<void> };
let chrome: { browser: BrowserContext; close(): Promise<void> };
let total = 0;

beforeAll(async () => {
  const dir = await ensureBuild();
  server = await serveDir(dir);
  chrome = await launch();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  total = checkGrids(await readWorkbook(fs.readFileSync(WORKBOOK))).findings.length;
}, 900_000); // the shared build can take minutes on a busy machine

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

async function openWorkbook(width: number): Promise<Page & { errors: string[] }> {
  const page = (await chrome.browser.newPage()) as Page & { errors: string[] };
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.setViewportSize({ width, height: 900 });
  await page.route('**/*', (route) =>
    route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
  );
  await page.goto(`${server.url}taskpane.html`);
  await page.getByTestId('summary').waitFor({ timeout: 30_000 }); // the sample first
  await page.getByTestId('file-input').setInputFiles([WORKBOOK]);
  await poll(
    () => page.getByTestId('file-tab').allInnerTexts(),
    (t) => expect(t.map((x) => x.trim().split('\n')[0])).toEqual(['review-backlog.xlsx']),
    30_000,
  );
  // hints are collapsed by default: the reviewer shows them to work through all
  await page.getByTestId('show-info').click();
  await poll(
    () => page.getByTestId('finding').count(),
    (n) => expect(n).toBe(total),
    30_000,
  );
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `review-${name}.png`) });

/** Whether the element is wholly inside the viewport and not under the sticky summary. */
const onScreen = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return 'missing';
    const r = el.getBoundingClientRect();
    const top = document.querySelector('[data-testid="summary"]')?.getBoundingClientRect().bottom ?? 0;
    return r.top >= top - 1 && r.bottom <= window.innerHeight + 1 ? 'yes' : `no: ${r.top}..${r.bottom} (${top})`;
  }, selector);

const currentKey = (page: Page) =>
  page.locator('[data-testid="finding"][aria-current="true"]').getAttribute('data-key');

describe.each([420, 320])('review flow at %i px', (width) => {
  let page: Page & { errors: string[] };
  beforeAll(async () => {
    page = await openWorkbook(width);
  });
  afterAll(async () => {
    await page?.close();
  });

  test('a workbook with 70+ findings: every list item has its own data-key', async () => {
    expect(total).toBeGreaterThanOrEqual(70);
    const keys = await page.getByTestId('finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(keys).toHaveLength(total);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((k) => k && k.length > 0)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the detail is on screen after every click anywhere in the list', async () => {
    const keys = await page.getByTestId('finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')!));
    // every item, in an order that jumps up and down the list
    const order = keys.map((_, i) => (i % 2 === 0 ? keys[i / 2] : keys[keys.length - 1 - (i - 1) / 2]));
    const off: string[] = [];
    for (const key of order) {
      await page.locator(`[data-testid="finding"][data-key="${key.replace(/"/g, '\\"')}"]`).click();
      await poll(
        () => currentKey(page),
        (k) => expect(k).toBe(key),
      );
      const where = await onScreen(page, '[data-testid="detail"]');
      if (where !== 'yes') off.push(`${key}: ${where}`);
    }
    await shot(page, `${width}-detail`);
    expect(off).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the current finding is on screen after every 下一个; 忽略 then 下一个 continues from the same place', async () => {
    const keys = await page.getByTestId('finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')!));
    await page.locator(`[data-testid="finding"][data-key="${keys[0]}"]`).click();
    const off: string[] = [];
    for (let i = 1; i < keys.length; i++) {
      await page.getByTestId('next').click();
      await poll(
        () => currentKey(page),
        (k) => expect(k).toBe(keys[i]),
      );
      const where = await onScreen(page, '[data-testid="finding"][aria-current="true"]');
      if (where !== 'yes') off.push(`${i}: ${where}`);
      if (i === Math.floor(keys.length / 2)) await shot(page, `${width}-next`);
    }
    expect(off).toEqual([]);
    // 忽略 the 10th: the selection moves on to the 11th, 下一个 goes to the 12th (not back to the first)
    await page.locator(`[data-testid="finding"][data-key="${keys[9]}"]`).click();
    await page.getByTestId('ignore').click();
    await poll(
      () => currentKey(page),
      (k) => expect(k).toBe(keys[10]),
    );
    expect(await page.locator(`[data-testid="finding"][data-key="${keys[9]}"]`).count()).toBe(0);
    expect(await page.getByTestId('position').innerText()).toBe(`10 / ${keys.length - 1}`);
    await page.getByTestId('next').click();
    await poll(
      () => currentKey(page),
      (k) => expect(k).toBe(keys[11]),
    );
    // 标记已复核 moves on too
    await page.getByTestId('review').click();
    await poll(
      () => currentKey(page),
      (k) => expect(k).toBe(keys[12]),
    );
    await shot(page, `${width}-ignored`);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('keyboard: ↓/↑ move and focus follows, I ignores and moves on; an aria-live region announces it', async () => {
    const keys = await page.getByTestId('finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')!));
    await page.locator(`[data-testid="finding"][data-key="${keys[3]}"]`).click();
    await page.locator(`[data-testid="finding"][data-key="${keys[3]}"]`).focus();
    await page.keyboard.press('ArrowDown');
    await poll(
      () => currentKey(page),
      (k) => expect(k).toBe(keys[4]),
    );
    await poll(
      () => page.evaluate(() => document.activeElement?.getAttribute('data-key')),
      (k) => expect(k).toBe(keys[4]),
    );
    await page.keyboard.press('ArrowUp');
    await poll(
      () => currentKey(page),
      (k) => expect(k).toBe(keys[3]),
    );
    await page.keyboard.press('i');
    await poll(
      () => currentKey(page),
      (k) => expect(k).toBe(keys[4]),
    );
    await poll(
      () => page.evaluate(() => document.activeElement?.getAttribute('data-key')),
      (k) => expect(k).toBe(keys[4]),
    );
    const live = page.locator('[aria-live="polite"][data-testid="announcer"]');
    expect(await live.innerText()).toContain('已忽略');
    expect(await page.getByTestId('ignore').getAttribute('title')).toContain('快捷键 I');
    expect(page.errors).toEqual([]);
  });
});
