/**
 * Browser file mode in headless Chromium: taskpane.html opened without Office (office.js unreachable) shows
 * the bundled sample checked; a user picks workbooks (good and unreadable ones), sees the counts, clicks a
 * finding (cell preview), downloads the marked copy and the report; both are verified with exceljs in Node.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { ensureBuild } from './build';
import { ARTIFACTS, launch, poll, serveDir } from './browser';
import { checkGrids } from '../../src/check';
import { gridFromWorksheet, readWorkbook } from '../../src/hosts/file/xlsx';
import { countBySeverity } from '../../src/app/findings-view';
import { markTargets } from '../../src/hosts/excel/marks';
import { fillColor } from '../../src/hosts/file/file-host';

jest.setTimeout(240_000);

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
let server: { url: string; close(): Promise<void> };
let chrome: { browser: BrowserContext; close(): Promise<void> };
let tmp = '';

beforeAll(async () => {
  const dir = await ensureBuild();
  server = await serveDir(dir);
  chrome = await launch();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ts-files-'));
}, 900_000); // the shared build can take minutes on a busy machine

afterAll(async () => {
  await chrome?.close();
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function openWithoutOffice(): Promise<Page & { errors: string[] }> {
  const page = (await chrome.browser.newPage()) as Page & { errors: string[] };
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.route('**/*', (route) =>
    route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
  );
  await page.goto(`${server.url}taskpane.html`);
  return page;
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `file-${name}.png`), fullPage: true });

async function counts(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const s of ['error', 'warning', 'info'])
    out[s] = Number((await page.getByTestId(`count-${s}`).innerText()).replace(/\D/g, '') || 0);
  return out;
}

async function download(
  page: Page,
  click: () => Promise<void>,
  name: string,
): Promise<{ file: string; suggested: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(ARTIFACTS, name);
  await dl.saveAs(file);
  return { file, suggested: dl.suggestedFilename() };
}

describe('browser file mode', () => {
  test('opens with the bundled sample checked (no Excel needed)', async () => {
    const page = await openWithoutOffice();
    await page.getByTestId('file-mode').waitFor({ timeout: 15_000 });
    await page.getByTestId('sample-note').waitFor();
    await page.getByTestId('summary').waitFor({ timeout: 30_000 });
    const expected = checkGrids(await readWorkbook(fs.readFileSync(path.join(FIXTURES, 'seed000.xlsx'))));
    expect(await counts(page)).toEqual(countBySeverity(expected.findings));
    expect(await page.getByTestId('file-tab').first().innerText()).toContain('示例');
    // rule groups are named in Chinese, not by id
    const titles = await page.getByTestId('rule-title').allInnerTexts();
    for (const t of titles) expect(t).not.toMatch(/^[a-z]+\.[a-z-]+/);
    await shot(page, 'sample');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('pick workbooks: unreadable ones get a banner naming the file, the seed is checked, marked copy and report download', async () => {
    const seed = path.join(FIXTURES, 'seed001.xlsx');
    const original = fs.readFileSync(seed);
    const empty = path.join(tmp, '空文件.xlsx');
    const csv = path.join(tmp, '导出.csv');
    const xls = path.join(tmp, '旧版.xls');
    fs.writeFileSync(empty, '');
    fs.writeFileSync(csv, '一级指标,二级指标\n产出指标,数量指标\n');
    fs.writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const expected = checkGrids(await readWorkbook(original));
    expect(expected.findings.length).toBeGreaterThan(0);

    const page = await openWithoutOffice();
    await page.getByTestId('summary').waitFor({ timeout: 30_000 }); // the sample first
    await page.getByTestId('file-input').setInputFiles([empty, seed, csv, xls]);
    await poll(
      () => page.getByTestId('file-error').count(),
      (n) => expect(n).toBe(3),
      30_000,
    );
    const banners = (await page.getByTestId('file-error').allInnerTexts()).join('\n');
    expect(banners).toContain('“空文件.xlsx”无法读取：文件是空的');
    expect(banners).toContain('“导出.csv”无法读取：文件不是 .xlsx 工作簿');
    expect(banners).toContain('“旧版.xls”无法读取：文件已加密');
    // the sample made way for the user's workbook
    await poll(
      () => page.getByTestId('file-tab').allInnerTexts(),
      (t) => expect(t.map((x) => x.trim().split('\n')[0])).toEqual(['seed001.xlsx']),
      30_000,
    );
    await page.getByTestId('summary').waitFor();
    await poll(
      () => counts(page),
      (c) => expect(c).toEqual(countBySeverity(expected.findings)),
      30_000,
    );

    // click a finding: its cell is previewed with the neighbourhood, the cell highlighted
    const first = page.getByTestId('finding').first();
    const key = (await first.getAttribute('data-key'))!;
    await first.click();
    await page.getByTestId('cell-preview').waitFor();
    const cell = key.slice(key.lastIndexOf('!') + 1, key.indexOf('#'));
    const sheet = key.slice(0, key.lastIndexOf('!'));
    const grid = (await readWorkbook(original)).find((g) => g.sheet === sheet)!;
    const m = /^([A-Z]+)(\d+)/.exec(cell)!;
    const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const v = grid.values[Number(m[2]) - 1 - grid.origin.row]?.[col - grid.origin.col];
    expect(await page.locator('[data-testid="cell-preview"] td[data-hit="cell"]').innerText()).toBe(
      v === null || v === undefined ? '' : String(v),
    );
    await shot(page, 'selected');

    // the marked copy: fills on every finding cell, a note with the message, every value as before
    const marked = await download(page, () => page.getByTestId('download-marked').click(), 'file-marked-copy.xlsx');
    expect(marked.suggested).toBe('seed001-已标记.xlsx');
    await page.getByTestId('notice').waitFor();
    const before = new ExcelJS.Workbook();
    await before.xlsx.load(original as never);
    const after = new ExcelJS.Workbook();
    await after.xlsx.load(fs.readFileSync(marked.file) as never);
    expect(after.worksheets.map((w) => w.name)).toEqual(before.worksheets.map((w) => w.name));
    for (const ws of before.worksheets)
      expect(gridFromWorksheet(after.getWorksheet(ws.name)!)).toEqual(gridFromWorksheet(ws));
    const targets = markTargets(expected.findings);
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) {
      const c = after.getWorksheet(t.sheet)!.getCell(t.cell);
      expect(fillColor(c)).toBe(t.color);
      expect(JSON.stringify(c.note)).toContain('预算绩效目标表校验');
    }
    const f0 = expected.findings[0];
    expect(JSON.stringify(after.getWorksheet(f0.sheet)!.getCell(f0.cell.split(':')[0]).note)).toContain(
      f0.message.slice(0, 8),
    );
    // the original file is untouched
    expect(fs.readFileSync(seed).equals(original)).toBe(true);

    // the report (xlsx): a header and a row per finding
    await page.getByTestId('export').click();
    const report = await download(page, () => page.getByTestId('export-xlsx').click(), 'file-report.xlsx');
    expect(report.suggested).toMatch(/^校验报告-seed001-\d{8}-\d{4}\.xlsx$/);
    const rep = new ExcelJS.Workbook();
    await rep.xlsx.load(fs.readFileSync(report.file) as never);
    expect(rep.worksheets[0].rowCount).toBe(expected.findings.length + 1);
    await shot(page, 'downloaded');
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
