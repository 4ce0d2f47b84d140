/**
 * The 模板 tab and typing suggestions in headless Chromium, over the Excel adapter and the fake workbook
 * (harness.html with the real checker): seed 000 with its 决策/过程 rows deleted.
 */
import fs from 'fs';
import path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { ensureBuild } from './build';
import { ARTIFACTS, cellText, launch, poll, serveDir } from './browser';
import type { FakeBookSpec, TestWindow } from './fake-book';
import { readWorkbookFile } from '../../src/hosts/file/xlsx-file';
import { recognize } from '../../src/layout/recognize';
import type { Grid } from '../../src/model/grid';
import { deleteGridRows, standardRows } from '../templates/helpers';

jest.setTimeout(240_000);

let server: { url: string; close(): Promise<void> };
let chrome: { browser: BrowserContext; close(): Promise<void> };

beforeAll(async () => {
  server = await serveDir(await ensureBuild());
  chrome = await launch();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}, 900_000); // the shared build can take minutes on a busy machine

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

function toSheet(g: Grid): FakeBookSpec['sheets'][number] {
  const rows: (string | number | null)[][] = [];
  for (let r = 0; r < g.origin.row; r++) rows.push([]);
  for (const row of g.values) rows.push([...Array<null>(g.origin.col).fill(null), ...row]);
  return { name: g.sheet, rows, merges: g.merges };
}

/** seed000 without its 决策/过程 rows; `blanks` empty table rows before 产出 (for typing). */
async function cutSeed(blanks = 0, only?: 'process'): Promise<{ spec: FakeBookSpec; firstOutput: number }> {
  const [grid] = await readWorkbookFile(path.resolve(__dirname, '..', 'fixtures', 'seed000.xlsx'));
  const form = recognize(grid)[0];
  const rows = only ? form.indicators.filter((n) => n.level1?.key === only).map((n) => n.row) : standardRows(form);
  const cut = deleteGridRows(grid, rows);
  const firstOutput = recognize(cut)[0].indicators.find((n) => n.level1?.key === 'output')!.row;
  const sheet = toSheet(cut);
  if (blanks > 0) {
    sheet.rows.splice(firstOutput - 1, 0, ...Array.from({ length: blanks }, () => []));
    sheet.merges = (sheet.merges ?? []).map((m) =>
      m.r0 >= firstOutput - 1 ? { ...m, r0: m.r0 + blanks, r1: m.r1 + blanks } : m,
    );
  }
  return { spec: { sheets: [sheet] }, firstOutput };
}

async function open(spec: FakeBookSpec): Promise<Page & { errors: string[] }> {
  const page = (await chrome.browser.newPage()) as Page & { errors: string[] };
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.route('**/*', (route) =>
    route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
  );
  await page.addInitScript((data) => Object.assign(window, data), { __FAKE_BOOK__: spec });
  await page.goto(`${server.url}harness.html`);
  return page;
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `template-${name}.png`), fullPage: true });

describe('模板 tab (fake Excel)', () => {
  test('preview, 插入 one batch, re-check shows no missing standard rows', async () => {
    const { spec, firstOutput } = await cutSeed();
    const sheet = spec.sheets[0].name;
    const page = await open(spec);
    await page.getByTestId('check').click();
    await page.getByTestId('summary').waitFor();
    await page.getByTestId('tab-template').click();
    await page.getByTestId('template-preview').waitFor();
    const preview = await page.getByTestId('template-preview').innerText();
    expect(preview).toContain(`第 ${firstOutput} 行之前插入 11 行`);
    expect(preview).toContain('立项依据充分性');
    // no 决策/过程 row at all: structure.missing-standard does not apply (2015-style forms), so nothing to 补齐
    expect(await page.getByTestId('template-fill-missing').isDisabled()).toBe(true);
    await shot(page, 'preview');
    await page.getByTestId('template-insert').click();
    await page.getByTestId('notice').waitFor();
    expect(await page.getByTestId('notice').innerText()).toContain('插入 11 行');
    expect(await cellText(page, sheet, `A${firstOutput}`)).toBe('决策');
    expect(await cellText(page, sheet, `C${firstOutput}`)).toBe('立项依据充分性');
    expect(await cellText(page, sheet, `A${firstOutput + 11}`)).toMatch(/产出/);
    await page.getByTestId('template-complete').waitFor();
    expect(await page.getByTestId('template-fill-missing').isDisabled()).toBe(true);
    await shot(page, 'inserted');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('补齐缺失的标准指标 inserts the rows the missing-standard findings ask for', async () => {
    const { spec, firstOutput } = await cutSeed(0, 'process');
    const sheet = spec.sheets[0].name;
    const page = await open(spec);
    await page.getByTestId('check').click();
    await page.getByTestId('summary').waitFor();
    await page.getByTestId('tab-template').click();
    expect(await page.getByTestId('template-fill-missing').innerText()).toContain('5 处');
    await page.getByTestId('template-fill-missing').click();
    await page.getByTestId('notice').waitFor();
    expect(await cellText(page, sheet, `A${firstOutput}`)).toBe('过程');
    expect(await cellText(page, sheet, `C${firstOutput}`)).toBe('资金到位率');
    await page.getByTestId('tab-check').click();
    expect(await page.locator('[data-key*="#structure.missing-standard"]').count()).toBe(0);
    await page.close();
  });

  test('typing 资金管理 into an empty table row offers its rows; one click inserts them', async () => {
    const { spec, firstOutput } = await cutSeed(2);
    const sheet = spec.sheets[0].name;
    const row = firstOutput; // the blank row
    const page = await open(spec);
    await page.getByTestId('check').click();
    await page.getByTestId('summary').waitFor();
    await page.waitForTimeout(700); // the Excel host ignores changes for 500 ms after writing its marks
    await page.evaluate(([s, c]) => (window as unknown as TestWindow).__fakeBook!.userEdit(s, c, '资金管理'), [
      sheet,
      `B${row}`,
    ] as const);
    await page.getByTestId('suggestion').waitFor();
    expect(await page.getByTestId('suggestion').innerText()).toContain('资金到位率');
    await shot(page, 'suggestion');
    await page.getByTestId('suggestion-accept').click();
    await page.getByTestId('notice').waitFor();
    expect(await cellText(page, sheet, `B${row}`)).toBe('资金管理');
    expect(await cellText(page, sheet, `C${row}`)).toBe('资金到位率');
    expect(await cellText(page, sheet, `C${row + 1}`)).toBe('预算执行率');
    expect(await cellText(page, sheet, `C${row + 2}`)).toBe('资金使用合规性');
    expect(await page.getByTestId('suggestion').count()).toBe(0);

    // 输入时自动插入: typing 项目立项 in another blank row inserts directly
    await page.getByTestId('tab-template').click();
    await page.getByTestId('auto-insert').click();
    await page.waitForTimeout(2100); // the Excel host takes every change for its own for 2 s after inserting rows
    const next = row + 3; // the second blank row, below the three 资金管理 rows
    expect(await cellText(page, sheet, `B${next}`)).toBe('');
    await page.evaluate(([s, c]) => (window as unknown as TestWindow).__fakeBook!.userEdit(s, c, '项目立项'), [
      sheet,
      `B${next}`,
    ] as const);
    await poll(
      () => cellText(page, sheet, `C${next}`),
      (v) => expect(v).toBe('立项依据充分性'),
    );
    expect(await cellText(page, sheet, `C${next + 1}`)).toBe('立项程序规范性');
    await shot(page, 'auto-inserted');
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
