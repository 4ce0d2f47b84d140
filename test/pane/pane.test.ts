/**
 * The pane in headless Chromium: the real taskpane.html with office.js replaced by the fake Excel object
 * model (the CDN request is routed, nothing goes to the network), and a harness page with a fixed CheckResult.
 * Screenshots go to test-artifacts/pane-*.png.
 */
import fs from 'fs';
import path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { ensureBuild } from './build';
import { ARTIFACTS, builtFile, cellText, launch, poll, serveDir } from './browser';
import { seedSpec } from './seed';
import { bookFromSpec, type FakeBookSpec, type TestWindow } from './fake-book';
import { createExcelHost } from '../../src/hosts/excel';
import { checkGrids, type CheckResult } from '../../src/check';
import { countBySeverity } from '../../src/app/findings-view';
import type { Finding } from '../../src/model/finding';

jest.setTimeout(240_000);

let dir = '';
let server: { url: string; close(): Promise<void> };
let chrome: { browser: BrowserContext; close(): Promise<void> };
let fakeOffice = '';

beforeAll(async () => {
  dir = await ensureBuild();
  fakeOffice = fs.readFileSync(builtFile(dir, 'fake-office'), 'utf8');
  server = await serveDir(dir);
  chrome = await launch();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}, 900_000); // the shared build can take minutes on a busy machine

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

/** A page whose office.js request gets the fake (or fails, like an offline intranet). */
async function openPage(file: string, spec: FakeBookSpec | null, extra: Partial<TestWindow> = {}): Promise<Page> {
  const page = await chrome.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url)) return route.continue();
    if (url.startsWith('https://appsforoffice.microsoft.com/') && spec)
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeOffice });
    return route.abort();
  });
  await page.addInitScript((data) => Object.assign(window, data), { __FAKE_BOOK__: spec ?? undefined, ...extra });
  await page.goto(server.url + file);
  return page;
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `pane-${name}.png`), fullPage: true });
const fills = (page: Page, sheet: string) =>
  page.evaluate((s) => (window as unknown as TestWindow).__fakeBook!.sheet(s).fills(), sheet);
const selection = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).__fakeBook!.selection);

/** What the pane must show for this workbook: the adapter's grid through the real checker, computed in Node. */
async function expectedResult(spec: FakeBookSpec): Promise<CheckResult> {
  const host = createExcelHost(bookFromSpec(spec).env());
  return checkGrids([await host.readActiveSheet()]);
}

async function counts(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const s of ['error', 'warning', 'info'])
    out[s] = Number((await page.getByTestId(`count-${s}`).innerText()).replace(/\D/g, '') || 0);
  return out;
}

describe('pane in Excel (real taskpane.html, fake office.js)', () => {
  test('seed workbook: check, counts equal checkGrids, click selects the cell, marks, clear restores', async () => {
    const spec = await seedSpec('seed000.xlsx');
    const expected = await expectedResult(spec);
    const page = await openPage('taskpane.html', spec);
    await page.getByTestId('check').click();
    await page.getByTestId('summary').waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-testid="progress"]'));
    expect(await counts(page)).toEqual(countBySeverity(expected.findings));
    const sheet = spec.sheets[0].name;
    const before = bookFromSpec(spec).sheet(sheet).fills();
    if (expected.findings.length > 0) {
      const first = page.getByTestId('finding').first();
      const key = (await first.getAttribute('data-key'))!;
      await first.click();
      await page.getByTestId('detail').waitFor();
      const [where] = key.split('#');
      const [s, cell] = [where.slice(0, where.lastIndexOf('!')), where.slice(where.lastIndexOf('!') + 1)];
      await poll(
        () => selection(page),
        (v) => expect(v).toEqual({ sheet: s, address: cell }),
      );
      expect(Object.keys(await fills(page, sheet)).length).toBeGreaterThan(Object.keys(before).length);
    } else {
      await page.getByTestId('no-findings').waitFor();
    }
    await shot(page, 'seed000-checked');
    if (expected.findings.length > 0) {
      await page.getByTestId('clear-marks').click();
      await page.getByTestId('notice').waitFor();
      expect(await fills(page, sheet)).toEqual(before);
    }
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    await page.close();
  });

  test('an empty sheet says so in Chinese', async () => {
    const page = await openPage('taskpane.html', { sheets: [{ name: 'Sheet1', rows: [] }] });
    await page.getByTestId('check').click();
    await page.getByTestId('empty-sheet').waitFor();
    expect(await page.getByTestId('empty-sheet').innerText()).toContain('当前工作表是空的');
    await page.close();
  });

  test('a sheet without a form says no form was recognised', async () => {
    const spec = await seedSpec('not-a-form.xlsx');
    const expected = await expectedResult(spec);
    const page = await openPage('taskpane.html', spec);
    await page.getByTestId('check').click();
    await page.getByTestId('summary').waitFor();
    if (expected.forms.length === 0 && expected.findings.length === 0) {
      expect(await page.getByTestId('no-form').innerText()).toContain('没有在当前工作表中识别到绩效目标表');
    }
    await shot(page, 'not-a-form');
    await page.close();
  });

  test('ribbon 一键校验 with shared runtime: checks, marks, opens the pane, completes the event', async () => {
    const spec = await seedSpec('seed000.xlsx');
    const page = await openPage('taskpane.html', spec);
    await page.getByTestId('check').waitFor();
    await page.evaluate(() =>
      (window as unknown as { Office: { __invoke(n: string): Promise<void> } }).Office.__invoke('runCheck'),
    );
    const calls = await page.evaluate(() => (window as unknown as TestWindow).__officeCalls);
    expect(calls).toEqual(expect.arrayContaining(['associate:runCheck', 'showAsTaskpane', 'completed:runCheck']));
    await page.getByTestId('summary').waitFor();
    await page.close();
  });

  test('ribbon 一键校验 without shared runtime: a notice with counts; errors still complete the event', async () => {
    const spec = await seedSpec('seed000.xlsx');
    const page = await openPage('commands.html', { ...spec, options: { sharedRuntime: false, excelApi: '1.1' } });
    await page.waitForFunction(() => (window as unknown as TestWindow).__officeCalls?.includes('associate:runCheck'));
    await page.evaluate(() =>
      (window as unknown as { Office: { __invoke(n: string): Promise<void> } }).Office.__invoke('runCheck'),
    );
    let calls = (await page.evaluate(() => (window as unknown as TestWindow).__officeCalls))!;
    expect(calls.find((c) => c.startsWith('dialog:'))).toMatch(/dialog:(校验完成|没有在当前工作表)/);
    expect(calls).toContain('completed:runCheck');
    await page.close();
    const broken = await openPage('commands.html', { ...spec, options: { sharedRuntime: false, maxCellsPerSync: 1 } });
    await broken.waitForFunction(() => (window as unknown as TestWindow).__officeCalls?.includes('associate:runCheck'));
    await broken.evaluate(() =>
      (window as unknown as { Office: { __invoke(n: string): Promise<void> } }).Office.__invoke('runCheck'),
    );
    calls = (await broken.evaluate(() => (window as unknown as TestWindow).__officeCalls))!;
    expect(calls.find((c) => c.startsWith('dialog:'))).toContain('工作表太大');
    expect(calls).toContain('completed:runCheck');
    await broken.close();
  });
});

const FORM: (string | number | null)[][] = [
  ['项目支出绩效目标表', null, null, null],
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '培训人数', '≥100人'],
  [null, '质量指标', '合格率', '＝100%'],
  [null, '成本指标', '人均成本', '≥300元'],
  ['满意度指标', '服务对象满意度指标', '满意度', '≥95%'],
];

const FIXED: Finding[] = [
  {
    rule: 'structure.unknown-label',
    severity: 'info',
    sheet: '项目表',
    cell: 'C3',
    message: '“培训人数”不在标准指标库中，请确认名称。',
  },
  {
    rule: 'expr.cost-direction',
    severity: 'warning',
    sheet: '项目表',
    cell: 'D5',
    message: '成本指标应写上限，不应使用“≥”。',
    suggestion: '改为“≤300元”。',
  },
  {
    rule: 'expr.fullwidth-operator',
    severity: 'error',
    sheet: '项目表',
    cell: 'D4',
    message: '运算符“＝”是全角字符。',
    suggestion: '使用半角“=”，写成“=100%”。',
    fix: { cell: 'D4', text: '=100%' },
  },
];

describe('pane with a fixed CheckResult (harness)', () => {
  test('navigate, fix and undo, ignore, export, live re-check, clear marks', async () => {
    const spec: FakeBookSpec = { sheets: [{ name: '项目表', rows: FORM, fills: { A1: '#FFFF00', D4: '#00B050' } }] };
    const page = await openPage('harness.html', spec, { __FIXED_RESULT__: { forms: [], findings: FIXED } });
    const before = await fills(page, '项目表');
    await page.getByTestId('check').click();
    await page.getByTestId('summary').waitFor();
    expect(await counts(page)).toEqual({ error: 1, warning: 1, info: 1 });
    const marked = await fills(page, '项目表');
    expect(marked.D4).toBe('#FFC7CE');
    expect(marked.D5).toBe('#FFEB9C');
    expect(marked.C3).toBe('#DDEBF7');
    expect(marked.A1).toBe('#FFFF00');
    await shot(page, 'harness-checked');
    // hints are collapsed by default (their count is shown): the reviewer shows them to go through all three
    await page.getByTestId('show-info').click();

    // order in the list: error, warning, info; click selects; next / previous wrap around
    const keys = await page.getByTestId('finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(keys).toEqual([
      '项目表!D4#expr.fullwidth-operator',
      '项目表!D5#expr.cost-direction',
      '项目表!C3#structure.unknown-label',
    ]);
    await page.locator('[data-key="项目表!D5#expr.cost-direction"]').click();
    await poll(
      () => selection(page),
      (v) => expect(v).toEqual({ sheet: '项目表', address: 'D5' }),
    );
    expect(await page.getByTestId('detail-suggestion').innerText()).toContain('≤300元');
    await page.getByTestId('next').click();
    await poll(
      () => selection(page),
      (v) => expect(v).toEqual({ sheet: '项目表', address: 'C3' }),
    );
    expect(await page.getByTestId('position').innerText()).toBe('3 / 3');
    await page.getByTestId('next').click();
    await poll(
      () => selection(page),
      (v) => expect(v).toEqual({ sheet: '项目表', address: 'D4' }),
    );
    await shot(page, 'harness-selected');

    // one-click fix writes only that cell, as text; undo restores it
    await page.getByTestId('apply-fix').click();
    await page.getByTestId('notice').waitFor();
    expect(await cellText(page, '项目表', 'D4')).toBe('=100%');
    expect(await cellText(page, '项目表', 'D5')).toBe('≥300元');
    await shot(page, 'harness-fixed');
    await page.getByTestId('undo').click();
    await poll(
      () => cellText(page, '项目表', 'D4'),
      (v) => expect(v).toBe('＝100%'),
    );

    // ignore: the finding leaves the list and its mark goes; remembered in the workbook settings
    await page.locator('[data-key="项目表!D5#expr.cost-direction"]').click();
    await page.getByTestId('ignore').click();
    await poll(
      async () => (await fills(page, '项目表')).D5,
      (v) => expect(v).toBeUndefined(),
    );
    expect(await counts(page)).toEqual({ error: 1, warning: 0, info: 1 });
    const stored = await page.evaluate(
      () => (window as unknown as TestWindow).__fakeBook!.saved['targetSheet.state.ignored'],
    );
    expect(stored).toBe(JSON.stringify(['项目表!D5#expr.cost-direction']));

    // export CSV: BOM, header, a row per finding with its status
    await page.getByTestId('export').click();
    await page.getByTestId('export-csv').click();
    const saved = await page.evaluate(() => (window as unknown as TestWindow).__saved!);
    expect(saved[0].filename).toMatch(/^校验报告-\d{8}-\d{4}\.csv$/);
    expect(saved[0].text.startsWith('\uFEFF序号,工作表,表单,单元格,级别,规则,问题,建议,建议改为,状态')).toBe(true);
    expect(saved[0].text).toContain('已忽略');

    // export xlsx loads exceljs lazily
    await page.getByTestId('export').click();
    await page.getByTestId('export-xlsx').click();
    await poll(
      async () => (await page.evaluate(() => (window as unknown as TestWindow).__saved!)).length,
      (v) => expect(v).toBe(2),
    );

    // live re-check after a user edit (debounced)
    await page.getByTestId('live').click();
    const runsBefore = await page.evaluate(() => (window as unknown as TestWindow).__fakeBook!.syncs.length);
    await page.evaluate(() => (window as unknown as TestWindow).__fakeBook!.userEdit('项目表', 'D6', '≥90%'));
    await poll(
      () => page.evaluate(() => (window as unknown as TestWindow).__fakeBook!.syncs.length),
      (v) => expect(v).toBeGreaterThan(runsBefore + 1),
    );

    // clear marks: every fill back to exactly what it was, the user's own fills included
    await page.getByTestId('clear-marks').click();
    await page.getByTestId('notice').waitFor();
    await poll(
      () => fills(page, '项目表'),
      (v) => expect(v).toEqual(before),
    );
    await shot(page, 'harness-cleared');
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    await page.close();
  });
});

describe('pane in a plain browser', () => {
  test('without Office (office.js unreachable) it opens browser file mode (see file-mode.test.ts)', async () => {
    const page = await openPage('taskpane.html', null);
    await page.getByTestId('file-mode').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('drop-zone').innerText()).toContain('.xlsx');
    await page.close();
  });
});
