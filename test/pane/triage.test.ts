/**
 * Triage in browser file mode at task-pane widths (issue 15 item 4) on seed003-filled (8 findings; the 全角
 * habit is one hint over 64 cells): info collapsed with its real count, the 筛选 popover (severity, rule family), 全部修正 as one
 * step undone by one 撤销修改, 忽略此类 with its restorable list; nothing wider than the pane; axe-core clean.
 */
import fs from 'fs';
import path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { ensureBuild } from './build';
import { ARTIFACTS, launch, poll, serveDir } from './browser';
import { axeViolations, overflowing } from './pane-checks';
import { checkGrids } from '../../src/check';
import { readWorkbook } from '../../src/hosts/file/xlsx';
import type { Finding } from '../../src/model/finding';

jest.setTimeout(480_000);

const WORKBOOK = path.resolve(__dirname, '..', 'fixtures', 'seed003-filled.xlsx');
let server: { url: string; close(): Promise<void> };
let chrome: { browser: BrowserContext; close(): Promise<void> };
let findings: Finding[] = [];

beforeAll(async () => {
  const dir = await ensureBuild();
  server = await serveDir(dir);
  chrome = await launch();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  findings = checkGrids(await readWorkbook(fs.readFileSync(WORKBOOK))).findings;
}, 1_800_000);

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

const LISTS = ['[data-testid="pane"]', '[data-testid="findings"]', '[data-testid="triage"]', '[data-testid="summary"]'];
const count = (page: Page) => page.getByTestId('finding').count();
const badge = async (page: Page, s: string) =>
  Number((await page.getByTestId(`count-${s}`).innerText()).replace(/\D/g, ''));

describe.each([320, 420])('triage at %i px', (width) => {
  let page: Page & { errors: string[] };
  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `triage-${width}-${name}.png`) });
  const n = (pred: (f: Finding) => boolean) => findings.filter(pred).length;
  const fullwidth = () => n((f) => f.rule === 'expr.fullwidth');

  beforeAll(async () => {
    page = (await chrome.browser.newPage()) as Page & { errors: string[] };
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(String(e)));
    await page.setViewportSize({ width, height: 900 });
    await page.route('**/*', (route) =>
      route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
    );
    await page.goto(`${server.url}taskpane.html`);
    await page.getByTestId('summary').waitFor({ timeout: 30_000 });
    await page.getByTestId('file-input').setInputFiles([WORKBOOK]);
    await poll(
      () => page.getByTestId('more-info').count(),
      (c) => expect(c).toBe(1),
      30_000,
    );
  });
  afterAll(async () => {
    await page?.close();
  });

  test('info collapsed with its count; real counts (no 99+); showing them lists all', async () => {
    const infos = n((f) => f.severity === 'info');
    expect(infos).toBeGreaterThan(0);
    expect(await page.getByTestId('more-info').innerText()).toContain(`另有 ${infos} 条提示`);
    expect(await count(page)).toBe(findings.length - infos);
    expect(await badge(page, 'info')).toBe(infos);
    expect(await badge(page, 'warning')).toBe(n((f) => f.severity === 'warning'));
    expect(await overflowing(page, LISTS)).toEqual([]);
    await shot('collapsed');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('show-info').click();
    await poll(
      () => count(page),
      (c) => expect(c).toBe(findings.length),
    );
    expect(await page.getByTestId('hide-info').count()).toBe(1);
  });

  test('筛选: a popover with severity and rule family; the list narrows and says so; cleared again', async () => {
    await page.getByTestId('filter').click();
    await page.getByTestId('filter-popover').waitFor();
    expect(await overflowing(page, [...LISTS, '[data-testid="filter-popover"]'])).toEqual([]);
    const box = await page.getByTestId('filter-popover').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    await shot('filter');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('filter-severity-warning').click();
    const warnings = n((f) => f.severity === 'warning');
    await poll(
      () => count(page),
      (c) => expect(c).toBe(warnings),
    );
    await page.getByTestId('filter-family-structure').click();
    await poll(
      () => count(page),
      (c) => expect(c).toBe(n((f) => f.severity === 'warning' && f.rule.startsWith('structure.'))),
    );
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('filter').innerText()).toContain('筛选（2）');
    expect(await page.getByTestId('filter-shown').innerText()).toContain(`共 ${findings.length} 条`);
    await shot('filtered');
    await page.getByTestId('filter-reset').click();
    await poll(
      () => count(page),
      (c) => expect(c).toBe(findings.length),
    );
  });

  test('全部修正: the 64 全角 cells in one step; one 撤销修改 restores them all', async () => {
    const head = page.locator('[data-testid="rule-head"][data-rule="expr.fullwidth"]');
    expect(await head.getByTestId('fix-all').innerText()).toContain('全部修正（64）');
    expect(await page.locator('[data-testid="fix-all"]').count()).toBe(1); // only the mechanical rule offers it
    await head.getByTestId('fix-all').click();
    await poll(
      () => count(page),
      (c) => expect(c).toBe(findings.length - fullwidth()),
    );
    expect(await page.getByTestId('notice').innerText()).toContain('已修正 64 处');
    expect(await page.getByTestId('more-info').count()).toBe(0);
    await shot('fixed-all');
    await page.getByTestId('undo').click();
    await poll(
      () => count(page),
      (c) => expect(c).toBe(findings.length),
    );
    expect(await page.getByTestId('undo').count()).toBe(0); // one step: nothing left to undo
  });

  test('忽略此类: the rule leaves the list and counts; 已忽略的规则 restores it', async () => {
    await page.locator('[data-testid="rule-head"][data-rule="expr.fullwidth"]').getByTestId('ignore-rule').click();
    await poll(
      () => count(page),
      (c) => expect(c).toBe(findings.length - fullwidth()),
    );
    expect(await badge(page, 'info')).toBe(n((f) => f.severity === 'info' && f.rule !== 'expr.fullwidth'));
    await page.getByTestId('ignored-rules').locator('summary').click();
    const item = page.locator('[data-testid="ignored-rule"][data-rule="expr.fullwidth"]');
    expect(await item.innerText()).toContain(String(fullwidth()));
    expect(await overflowing(page, LISTS)).toEqual([]);
    await shot('ignored-rule');
    expect(await axeViolations(page)).toEqual([]);
    await item.getByTestId('restore-rule').click();
    await poll(
      () => count(page),
      (c) => expect(c).toBe(findings.length),
    );
    expect(await page.getByTestId('ignored-rules').count()).toBe(0);
    expect(page.errors).toEqual([]);
  });
});
