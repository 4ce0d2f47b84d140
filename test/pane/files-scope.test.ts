/**
 * Issue 15 items 5 and 6 at task-pane widths: many workbooks in browser file mode (a list that fits the pane,
 * counts, close, the same name replaces its entry, one combined report) and, over the fake Excel host, the
 * choice 当前工作表 / 整个工作簿 with a summary of what was checked. Screenshots in test-artifacts.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { ensureBuild } from './build';
import { ARTIFACTS, launch, poll, serveDir } from './browser';
import { axeViolations, overflowing } from './pane-checks';
import { seedSpec } from './seed';
import { checkGrids } from '../../src/check';
import { readWorkbook } from '../../src/hosts/file/xlsx';

jest.setTimeout(480_000);

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
const LONG = '某某市某某区财政局二〇二六年度项目支出绩效目标申报表（第二次修改稿，含附件说明）';
let server: { url: string; close(): Promise<void> };
let chrome: { browser: BrowserContext; close(): Promise<void> };
let tmp = '';

beforeAll(async () => {
  const dir = await ensureBuild();
  server = await serveDir(dir);
  chrome = await launch();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ts-many-'));
}, 1_800_000);

afterAll(async () => {
  await chrome?.close();
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function newPage(width: number): Promise<Page & { errors: string[] }> {
  const page = (await chrome.browser.newPage()) as Page & { errors: string[] };
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.setViewportSize({ width, height: 900 });
  await page.route('**/*', (route) =>
    route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
  );
  return page;
}

const LISTS = [
  '[data-testid="file-mode"]',
  '[data-testid="files"]',
  '[data-testid="pane"]',
  '[data-testid="findings"]',
];
const SEEDS = ['seed000.xlsx', 'seed001.xlsx', 'seed002.xlsx', 'seed003.xlsx', 'seed004.xlsx', 'seed001-filled.xlsx'];

describe.each([320, 420])('many files at %i px', (width) => {
  test('a list that fits, counts per file, close, same name replaces, one combined report', async () => {
    const files = SEEDS.map((s, i) => {
      const to = path.join(tmp, `${i === 0 ? LONG : `工作簿${i}`}.xlsx`);
      fs.copyFileSync(path.join(FIXTURES, s), to);
      return to;
    });
    const expected = await Promise.all(
      SEEDS.map(async (s) => checkGrids(await readWorkbook(fs.readFileSync(path.join(FIXTURES, s)))).findings),
    );
    const page = await newPage(width);
    await page.goto(`${server.url}taskpane.html`);
    await page.getByTestId('summary').waitFor({ timeout: 30_000 });
    await page.getByTestId('file-input').setInputFiles(files);
    await poll(
      () => page.getByTestId('file-counts').count(),
      (n) => expect(n).toBe(files.length),
      60_000,
    );
    const names = await page.getByTestId('file-tab').evaluateAll((els) => els.map((e) => e.getAttribute('data-file')));
    expect(names).toEqual(files.map((f) => path.basename(f)));
    // real counts per file
    const counts = await page.getByTestId('file-counts').allInnerTexts();
    counts.forEach((c, i) => {
      const e = expected[i].filter((f) => f.severity === 'error').length;
      const w = expected[i].filter((f) => f.severity === 'warning').length;
      const n = expected[i].filter((f) => f.severity === 'info').length;
      expect(c).toBe(`错误 ${e} · 警告 ${w} · 提示 ${n}`);
    });
    expect(await overflowing(page, LISTS)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, `files-${width}-list.png`) });
    expect(await axeViolations(page)).toEqual([]);

    // the same name again: its entry is replaced, in its place (now seed004's findings under 工作簿1)
    const again = path.join(tmp, 'again');
    fs.mkdirSync(again, { recursive: true });
    fs.copyFileSync(path.join(FIXTURES, 'seed004.xlsx'), path.join(again, '工作簿1.xlsx'));
    await page.getByTestId('file-input').setInputFiles([path.join(again, '工作簿1.xlsx')]);
    const e4 = expected[4];
    await poll(
      () => page.locator('[data-testid="file-tab"][data-file="工作簿1.xlsx"]').innerText(),
      (t) =>
        expect(t).toContain(
          `错误 ${e4.filter((f) => f.severity === 'error').length} · 警告 ${e4.filter((f) => f.severity === 'warning').length}`,
        ),
      60_000,
    );
    expect(await page.getByTestId('file-tab').count()).toBe(files.length);

    // close one
    await page
      .locator('li', { has: page.locator('[data-file="工作簿5.xlsx"]') })
      .getByTestId('file-close')
      .click();
    await poll(
      () => page.getByTestId('file-tab').count(),
      (n) => expect(n).toBe(files.length - 1),
    );

    // the combined report
    await page.getByTestId('combined-report').click();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('combined-xlsx').click()]);
    const out = path.join(ARTIFACTS, `files-${width}-report.xlsx`);
    await dl.saveAs(out);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync(out) as never);
    const ws = book.worksheets[0];
    expect((ws.getRow(1).values as unknown[]).slice(1, 9)).toEqual([
      '序号',
      '文件',
      '工作表',
      '表单',
      '单元格',
      '级别',
      '规则',
      '问题',
    ]);
    const total = [0, 4, 2, 3, 4].reduce((n, i) => n + expected[i].length, 0); // 工作簿1 is seed004 now; 5 closed
    expect(ws.rowCount).toBe(1 + total);
    const fileCol = new Set<string>();
    ws.eachRow((r, i) => i > 1 && fileCol.add(r.getCell(2).text));
    expect([...fileCol].sort()).toEqual(
      [`${LONG}.xlsx`, '工作簿1.xlsx', '工作簿2.xlsx', '工作簿3.xlsx', '工作簿4.xlsx'].sort(),
    );
    expect(ws.getRow(2).getCell(7).text).not.toMatch(/^[a-z]+\.[a-z-]+$/);
    await page.screenshot({ path: path.join(ARTIFACTS, `files-${width}-closed.png`), fullPage: true });
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe.each([320, 420])('scope in Excel at %i px', (width) => {
  test('当前工作表 says how many forms the other sheets hold; 整个工作簿 checks them all', async () => {
    const spec = await seedSpec('one-form-per-sheet.xlsx');
    expect(spec.sheets.length).toBeGreaterThan(1);
    const page = await newPage(width);
    await page.addInitScript((data) => Object.assign(window, data), { __FAKE_BOOK__: spec });
    await page.goto(`${server.url}harness.html`);
    await page.getByTestId('scope').waitFor({ timeout: 30_000 });
    await page.getByTestId('check').click();
    await poll(
      () => page.getByTestId('scope-summary').innerText(),
      (t) => expect(t).toMatch(/^已校验当前工作表“.+”：识别到 1 张表。其他工作表上还有 \d+ 张表未校验。/),
      30_000,
    );
    const others = Number(/还有 (\d+) 张表/.exec(await page.getByTestId('scope-summary').innerText())![1]);
    expect(others).toBe(spec.sheets.length - 1);
    expect(await overflowing(page, ['[data-testid="pane"]'])).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, `scope-${width}-sheet.png`) });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('check-workbook').click();
    await poll(
      () => page.getByTestId('scope-summary').innerText(),
      (t) => expect(t).toBe(`已校验整个工作簿（${spec.sheets.length} 个工作表）：识别到 ${others + 1} 张表。`),
      30_000,
    );
    expect(await page.getByTestId('scope-workbook').isChecked()).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, `scope-${width}-workbook.png`) });
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
