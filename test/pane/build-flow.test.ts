/**
 * Building forms in the pane at 420 px (headless Chromium): 新建绩效目标表, 复制为新年度, 指标库 search and
 * 插入到选中行, and a typing suggestion from the library — over the Excel adapter and the fake workbook
 * (harness.html with the real checker), and 新建 in browser file mode. Screenshots go to test-artifacts;
 * axe-core finds no serious or critical violation on the 模板 tab.
 */
import fs from 'fs';
import path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { ensureBuild } from './build';
import { axeViolations } from './pane-checks';
import { ARTIFACTS, cellText, launch, poll, serveDir } from './browser';
import type { FakeBookSpec, TestWindow } from './fake-book';

jest.setTimeout(900_000); // the first test run builds the add-in (minutes on a loaded machine)

let server: { url: string; close(): Promise<void> };
let chrome: { browser: BrowserContext; close(): Promise<void> };

beforeAll(async () => {
  server = await serveDir(await ensureBuild());
  chrome = await launch();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

async function open(url: string, spec?: FakeBookSpec, userStorage = false): Promise<Page & { errors: string[] }> {
  const page = (await chrome.browser.newPage()) as Page & { errors: string[] };
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.route('**/*', (route) =>
    route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
  );
  if (spec) await page.addInitScript((data) => Object.assign(window, data), { __FAKE_BOOK__: spec });
  // per-user localStorage, empty at first (every page of the context shares the origin's storage)
  if (userStorage)
    await page.addInitScript(() => {
      (window as unknown as TestWindow).__USER_STORAGE__ = true;
      localStorage.clear();
    });
  await page.goto(`${server.url}${url}`);
  return page;
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `build-${name}.png`), fullPage: true });

const sheetNames = (page: Page) =>
  page.evaluate(() => (window as unknown as TestWindow).__fakeBook!.sheets.map((s) => s.name));

const SPEC: FakeBookSpec = { sheets: [{ name: 'Sheet1', rows: [['别的数据']] }] };

describe('新建 / 复制为新年度 / 指标库 (fake Excel)', () => {
  test('新建: a department form in a new sheet, selected and checked with zero errors; then roll forward', async () => {
    const page = await open('harness.html', SPEC);
    await page.getByTestId('tab-template').click();
    await page.getByTestId('new-form').waitFor();
    await page.getByTestId('new-kind').selectOption('department');
    await page.getByTestId('new-year').fill('2027');
    await page.getByTestId('new-name').fill('某某局');
    await shot(page, 'new-filled');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('new-create').click();
    await page.getByTestId('new-result').waitFor();
    expect(await page.getByTestId('new-result').innerText()).toMatch(/部门整体绩效目标表.*0 个错误/s);
    expect(await sheetNames(page)).toEqual(['Sheet1', '部门整体绩效目标表']);
    const active = await page.evaluate(() => {
      const b = (window as unknown as TestWindow).__fakeBook!;
      return b.sheets[b.active].name;
    });
    expect(active).toBe('部门整体绩效目标表');
    expect(await cellText(page, '部门整体绩效目标表', 'A1')).toContain('2027');
    await shot(page, 'new-done');

    await page.getByTestId('roll-year').fill('2028');
    await page.getByTestId('roll-run').click();
    await page.getByTestId('roll-result').waitFor();
    const listed = await page.getByTestId('roll-result').innerText();
    expect(listed).toMatch(/部门整体绩效目标表 2028/);
    expect(listed).toMatch(/标题：.*2027.*→.*2028/);
    expect(await sheetNames(page)).toEqual(['Sheet1', '部门整体绩效目标表', '部门整体绩效目标表 2028']);
    expect(await cellText(page, '部门整体绩效目标表 2028', 'A1')).toContain('2028');
    expect(await cellText(page, '部门整体绩效目标表', 'A1')).toContain('2027');
    await shot(page, 'roll-done');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('指标库: search 满意度 within a 二级, insert below the selected row; typing 满意 offers entries', async () => {
    const page = await open('harness.html', SPEC);
    await page.getByTestId('tab-template').click();
    await page.getByTestId('new-create').click(); // project form
    await page.getByTestId('new-result').waitFor();
    const sheet = '项目绩效目标表';
    await page.getByTestId('library-search').fill('满意度');
    await poll(
      () => page.getByTestId('library-results').locator('li').allInnerTexts(),
      (items) => {
        expect(items.length).toBeGreaterThanOrEqual(3);
        for (const t of items) expect(t).toContain('满意');
      },
    );
    const first = await page.getByTestId('library-results').locator('li').first().innerText();
    expect(first).toMatch(/服务对象满意度/);
    expect(first).toMatch(/≥/);
    expect(first).toMatch(/%/);
    await page.getByTestId('library-search').fill('');
    await page.getByTestId('library-level2').selectOption('时效指标');
    await poll(
      () => page.getByTestId('library-results').locator('li').allInnerTexts(),
      (items) => {
        expect(items.length).toBeGreaterThan(0);
        for (const t of items) expect(t).toContain('时效指标');
      },
    );
    await page.getByTestId('library-level2').selectOption('');
    await page.getByTestId('library-search').fill('群众满意度');
    // select the 服务对象满意度指标 group's row (its 二级 label cell)
    const row = await page.evaluate((s) => {
      const sh = (window as unknown as TestWindow).__fakeBook!.sheet(s);
      for (const [k, c] of sh.cells)
        if (String(c.v).includes('满意度指标') && k.endsWith(',1')) return Number(k.split(',')[0]) + 1;
      return 0;
    }, sheet);
    expect(row).toBeGreaterThan(0);
    await page.evaluate(
      ([s, r]) => {
        (window as unknown as TestWindow).__fakeBook!.selection = { sheet: s, address: `C${r}` };
      },
      [sheet, row] as const,
    );
    await shot(page, 'library-search');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('library-insert').first().click();
    await poll(
      () => cellText(page, sheet, `C${row + 1}`),
      (t) => expect(t).toBe('群众满意度'),
    );
    const undoSteps = await page.evaluate(() => (window as unknown as TestWindow).__fakeBook!.undoSteps);
    expect(undoSteps).toBeGreaterThan(0);
    await shot(page, 'library-inserted');

    // typing part of a 三级 name into the inserted row's neighbour: library entries offered
    await page.waitForTimeout(2200); // our own writes' change events are over
    await page.evaluate(([s, r]) => (window as unknown as TestWindow).__fakeBook!.userEdit(s, `C${r}`, '满意'), [
      sheet,
      row + 2,
    ] as const);
    await page.getByTestId('suggestion-entry').first().waitFor();
    const offered = await page.getByTestId('suggestion-entry').allInnerTexts();
    expect(offered[0]).toMatch(/服务对象满意度\s+≥ · %\s+≥90%/);
    await shot(page, 'typing-suggestion');
    await page.getByTestId('suggestion-entry').first().click();
    await poll(
      () => cellText(page, sheet, `C${row + 2}`),
      (t) => expect(t).toBe('服务对象满意度'),
    );
    expect(await cellText(page, sheet, `D${row + 2}`)).toBe('≥90%');
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe('导入预设 (fake Excel, per-user localStorage)', () => {
  const preset = JSON.parse(
    fs.readFileSync(path.join(__dirname, '../fixtures/presets/my-county.preset.json'), 'utf8'),
  ) as Record<string, unknown>;

  const choose = async (page: Page, name: string, content: string): Promise<void> => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('preset-import').click()]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  };

  test('an invalid file: a zh-CN error; a valid one: listed, kept in localStorage, used by 新建, removable', async () => {
    const page = await open('harness.html', SPEC, true);
    await page.getByTestId('tab-template').click();
    await page.getByTestId('new-form').waitFor();

    await choose(page, 'bad.preset.json', JSON.stringify({ ...preset, title: '无年度' }));
    await page.getByTestId('error').waitFor();
    const error = await page.getByTestId('error').innerText();
    expect(error).toMatch(/bad\.preset\.json：预设文件无效：title：/);
    expect(error).not.toMatch(/Invalid|expected/);
    await shot(page, 'preset-invalid');
    expect(await page.getByTestId('preset-list').count()).toBe(0);

    await choose(page, 'my.preset.json', JSON.stringify(preset));
    await page.getByTestId('preset-list').waitFor();
    expect(await page.getByTestId('preset-list').innerText()).toContain('本县项目绩效目标表');
    const options = await page.getByTestId('new-preset').locator('option').allInnerTexts();
    expect(options.at(-1)).toBe('本县项目绩效目标表'); // after the built-in ones
    const stored = await page.evaluate(() => localStorage.getItem('targetSheet.presets'));
    expect(JSON.parse(stored ?? '[]')).toHaveLength(1);
    await page.getByTestId('new-preset').selectOption('my-county');
    await page.getByTestId('new-year').fill('2027');
    await page.getByTestId('new-create').click();
    await page.getByTestId('new-result').waitFor();
    expect(await page.getByTestId('new-result').innerText()).toMatch(/0 个错误/);
    expect(await cellText(page, '项目绩效目标表', 'A1')).toBe('2027年度本县项目绩效目标表');
    await page.getByTestId('preset-list').scrollIntoViewIfNeeded();
    await shot(page, 'preset-imported');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('preset-remove').click();
    await poll(
      () => page.getByTestId('preset-list').count(),
      (n) => expect(n).toBe(0),
    );
    expect(await page.evaluate(() => localStorage.getItem('targetSheet.presets'))).toBe('[]');
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe('新建 in browser file mode', () => {
  test('the sample workbook gets a new sheet, checked with zero errors on it', async () => {
    const page = await open('taskpane.html');
    await page.getByTestId('file-mode').waitFor({ timeout: 15_000 });
    await page.getByTestId('summary').waitFor({ timeout: 30_000 });
    await page.getByTestId('tab-template').click();
    await page.getByTestId('new-create').click();
    await page.getByTestId('new-result').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('new-result').innerText()).toMatch(/项目绩效目标表.*0 个错误/s);
    await shot(page, 'file-new');
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
