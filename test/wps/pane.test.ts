/**
 * The pane inside WPS 表格, in headless Chromium: the built dist-wps/taskpane.html with the fake ET object
 * model (fake-et-browser.ts, injected before the bundle) as `window.Application`, so the pane detects WPS and
 * runs over the ET adapter. Check → counts equal checkGrids on the adapter's grid; a click selects the cell;
 * a certain fix is written; 清除标记 brings back every Interior.Color/ColorIndex (a user fill included);
 * `taskpane.html#template` (the 插入模板 button) opens 模板; typing a label offers its rows (readRange).
 * Screenshots go to test-artifacts/pane-wps*.png.
 */
import fs from 'fs';
import path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { ensureWpsPaneBuild } from './build';
import { ARTIFACTS, launch, poll, serveDir } from '../pane/browser';
import { seedSpec } from '../pane/seed';
import { bookFromEtSpec, type FakeEtSpec, type FakeEtWindow } from './fake-et-browser';
import { createEtHost } from '../../src/hosts/wps/et-host';
import { checkGrids, type CheckResult } from '../../src/check';
import { countBySeverity, findingKey } from '../../src/app/findings-view';
import { tabFromHash } from '../../src/app/store';
import { encodePaneRequest, type PaneRequest } from '../../src/model/pane-request';
import { columnName } from '../../src/core/address';
import { readWorkbookFile } from '../../src/hosts/file/xlsx-file';
import { recognize } from '../../src/layout/recognize';
import type { Grid } from '../../src/model/grid';
import { deleteGridRows, standardRows } from '../templates/helpers';

jest.setTimeout(240_000);

type TestPage = Page & { errors: string[] };

let server: { url: string; close(): Promise<void> };
let chrome: { browser: BrowserContext; close(): Promise<void> };
let fakeEt = '';

beforeAll(async () => {
  const built = await ensureWpsPaneBuild();
  fakeEt = fs.readFileSync(built.fakeEt, 'utf8');
  server = await serveDir(built.dir);
  chrome = await launch();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}, 900_000); // the production WPS build can take minutes on a busy machine

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

/** The WPS pane page with the fake ET workbook installed as window.Application before any page script. */
async function openWps(spec: FakeEtSpec, hash = ''): Promise<TestPage> {
  const page = (await chrome.browser.newPage()) as TestPage;
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.route('**/*', (route) =>
    route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
  );
  await page.addInitScript((s) => {
    (window as unknown as FakeEtWindow).__FAKE_ET__ = s;
  }, spec);
  await page.addInitScript({ content: fakeEt });
  await page.goto(`${server.url}taskpane.html${hash}`);
  return page;
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `pane-${name}.png`), fullPage: true });
const selection = (page: Page) => page.evaluate(() => (window as unknown as FakeEtWindow).__fakeEt!.selection);
const cellText = (page: Page, sheet: string, cell: string) =>
  page.evaluate(([s, c]) => (window as unknown as FakeEtWindow).__fakeEt!.sheet(s).text(c), [sheet, cell] as const);

/** The fills of the conditional formats on one cell (marks are FormatConditions of ours, never the cell's fill). */
const conditionFills = (page: Page, sheet: string, cell: string) =>
  page.evaluate(
    ([s, a]) => {
      type C = { FormatConditions: { Count: number; Item(i: number): { Interior: { Color: number } } } };
      const app = (
        window as unknown as {
          Application: { ActiveWorkbook: { Worksheets: { Item(n: string): { Range(x: string): C } } } };
        }
      ).Application;
      const fc = app.ActiveWorkbook.Worksheets.Item(s).Range(a).FormatConditions;
      const out: number[] = [];
      for (let i = 1; i <= fc.Count; i++) out.push(fc.Item(i).Interior.Color);
      return out;
    },
    [sheet, cell] as const,
  );

/** Interior.Color and .ColorIndex of every cell of `address`, read through the ET object model as WPS gives them. */
const interiors = (page: Page, sheet: string, address: string) =>
  page.evaluate(
    ([s, a]) => {
      type R = {
        Rows: { Count: number };
        Columns: { Count: number };
        Cells: { Item(r: number, c: number): R };
        Address(r: boolean, c: boolean): string;
        Interior: { Color: number; ColorIndex: number };
      };
      const app = (
        window as unknown as {
          Application: { ActiveWorkbook: { Worksheets: { Item(n: string): { Range(x: string): R } } } };
        }
      ).Application;
      const range = app.ActiveWorkbook.Worksheets.Item(s).Range(a);
      const out: Record<string, [number, number]> = {};
      for (let r = 1; r <= range.Rows.Count; r++) {
        for (let c = 1; c <= range.Columns.Count; c++) {
          const cell = range.Cells.Item(r, c);
          out[cell.Address(false, false)] = [cell.Interior.Color, cell.Interior.ColorIndex];
        }
      }
      return out;
    },
    [sheet, address] as const,
  );

async function counts(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const s of ['error', 'warning', 'info'])
    out[s] = Number((await page.getByTestId(`count-${s}`).innerText()).replace(/\D/g, '') || 0);
  return out;
}

async function checked(page: Page): Promise<void> {
  await page.getByTestId('check').click();
  await page.getByTestId('summary').waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid="progress"]'));
}

/** A seed workbook (test/fixtures) as a fake ET spec: values at their positions, merges kept. */
async function seedEt(file: string): Promise<FakeEtSpec> {
  return { sheets: (await seedSpec(file)).sheets.map(({ name, rows, merges }) => ({ name, rows, merges })) };
}

/** What the pane must show: the ET adapter's grid of the same workbook through the real checker, in Node. */
async function expectedResult(
  spec: FakeEtSpec,
  edit?: { sheet: string; cell: string; text: string },
): Promise<CheckResult> {
  const host = createEtHost(bookFromEtSpec(spec).application());
  if (edit) await host.writeCell(edit.sheet, edit.cell, edit.text);
  return checkGrids([await host.readActiveSheet()]);
}

describe('pane in WPS 表格 (dist-wps/taskpane.html, fake window.Application)', () => {
  test('seed workbook: check, counts equal checkGrids, click selects the cell, certain fix, clear restores every fill', async () => {
    const seed = await seedEt('seed000.xlsx');
    const sheet = seed.sheets[0].name;
    // a full-width "＝" in one 指标值, so the checker has a certain fix to offer
    const typo = seed.sheets[0].rows
      .flatMap((row, r) => row.map((v, c) => ({ v, r, c })))
      .find(({ v }) => typeof v === 'string' && /^=\d/.test(v))!;
    seed.sheets[0].rows[typo.r][typo.c] = `＝${String(typo.v).slice(1)}`;
    const plain = await expectedResult(seed);
    expect(plain.findings.length).toBeGreaterThan(0);
    // a user's yellow fill on a cell that gets marked, a white one (not "no fill") on another, one elsewhere
    const cells = [...new Set(plain.findings.map((f) => f.cell))];
    const fills: Record<string, string> = { [cells[0]]: '#FFFF00', A1: '#00B050' };
    if (cells[1]) fills[cells[1]] = '#FFFFFF';
    const spec: FakeEtSpec = { sheets: [{ ...seed.sheets[0], fills }] };
    const expected = await expectedResult(spec);
    expect(countBySeverity(expected.findings)).toEqual(countBySeverity(plain.findings));

    const page = await openWps(spec);
    const used = await page.evaluate(() =>
      (window as unknown as FakeEtWindow).__fakeEt!.sheets[0].api().UsedRange.Address(false, false),
    );
    const before = await interiors(page, sheet, used);
    expect(before[cells[0]]).toEqual([0x00ffff, 1]); // yellow in BGR
    if (cells[1]) expect(before[cells[1]]).toEqual([0xffffff, 1]); // white, not "no fill"
    expect(before[Object.keys(before).find((k) => !fills[k])!]).toEqual([0xffffff, -4142]); // no fill

    await checked(page);
    expect(await counts(page)).toEqual(countBySeverity(expected.findings));
    // marked by a conditional format of ours: the user's own fills stay exactly as they were
    expect(await conditionFills(page, sheet, cells[0])).toHaveLength(1);
    expect(await conditionFills(page, sheet, 'A1')).toEqual([]);
    expect(await interiors(page, sheet, used)).toEqual(before);

    // a click on a finding selects its cell in the sheet (Range.Select on the activated sheet)
    const first = page.getByTestId('finding').first();
    const key = (await first.getAttribute('data-key'))!;
    await first.click();
    await page.getByTestId('detail').waitFor();
    const where = key.split('#')[0];
    const [s, cell] = [where.slice(0, where.lastIndexOf('!')), where.slice(where.lastIndexOf('!') + 1)];
    await poll(
      () => selection(page),
      (v) => expect(v).toEqual({ sheet: s, address: cell }),
    );
    await shot(page, 'wps');

    // the certain fix: written to that cell only (as text), then re-checked
    const fixable = expected.findings.find((f) => f.fix)!;
    expect(fixable.fix).toEqual({ cell: columnName(typo.c) + (typo.r + 1), text: String(typo.v) });
    // hints are collapsed by default (the 全角 habit is one): show them first
    if (fixable.severity === 'info') await page.getByTestId('show-info').click();
    await page.locator(`[data-key="${findingKey(fixable)}"]`).click();
    await poll(
      () => selection(page),
      (v) => expect(v).toEqual({ sheet: fixable.sheet, address: fixable.cell }),
    );
    await page.getByTestId('apply-fix').click();
    await page.getByTestId('notice').waitFor();
    expect(await cellText(page, fixable.sheet, fixable.fix!.cell)).toBe(fixable.fix!.text);
    const after = await expectedResult(spec, {
      sheet: fixable.sheet,
      cell: fixable.fix!.cell,
      text: fixable.fix!.text,
    });
    await poll(
      () => counts(page),
      (v) => expect(v).toEqual(countBySeverity(after.findings)),
    );
    await shot(page, 'wps-fixed');

    // 清除标记: every Color / ColorIndex as before, the user's yellow and white fills included
    await page.getByTestId('clear-marks').click();
    await page.getByTestId('notice').waitFor();
    await poll(
      () => conditionFills(page, sheet, cells[0]),
      (v) => expect(v).toEqual([]),
    );
    await poll(
      () => interiors(page, sheet, used),
      (v) => expect(v).toEqual(before),
    );
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('taskpane.html#template (the 插入模板 button) opens on the 模板 tab; without the hash on 校验', async () => {
    expect(tabFromHash('#template')).toBe('template');
    expect(tabFromHash('')).toBe('check');
    expect(tabFromHash('#other')).toBe('check');
    const spec = await seedEt('seed000.xlsx');
    const page = await openWps(spec, '#template');
    await page.getByTestId('template-panel').waitFor();
    expect(await page.getByTestId('tab-template').getAttribute('aria-selected')).toBe('true');
    await shot(page, 'wps-template');
    await page.close();
    const plain = await openWps(spec);
    await plain.getByTestId('check').waitFor();
    expect(await plain.getByTestId('tab-check').getAttribute('aria-selected')).toBe('true');
    expect(await plain.getByTestId('template-panel').count()).toBe(0);
    expect([...page.errors, ...plain.errors]).toEqual([]);
    await plain.close();
  });

  test('the ribbon page asks the open pane: 一键校验 checks in its session (an ignored finding stays unmarked), 新建 opens its section; 写入新工作表 comes first in the export menu', async () => {
    const spec = await seedEt('seed000.xlsx');
    const sheet = spec.sheets[0].name;
    const expected = await expectedResult(spec);
    const alone = (f: (typeof expected.findings)[number]) =>
      expected.findings.filter((g) => g.sheet === f.sheet && g.cell === f.cell).length === 1;
    const ignored = expected.findings.find((f) => f.severity !== 'info' && alone(f))!;
    const other = expected.findings.find((f) => f.cell !== ignored.cell && f.severity !== 'info')!;
    const page = await openWps(spec);
    await checked(page);
    await page.locator(`[data-key="${findingKey(ignored)}"]`).click();
    await page.getByTestId('ignore').click();
    await page.getByTestId('clear-marks').click();
    await poll(
      () => conditionFills(page, sheet, other.cell),
      (v) => expect(v).toEqual([]),
    );
    // what the ribbon page (index.html, another page of the add-in) leaves for this window's pane
    const ask = (request: PaneRequest) =>
      page.evaluate(
        (raw) =>
          (
            window as unknown as { Application: { PluginStorage: { setItem(k: string, v: string): void } } }
          ).Application.PluginStorage.setItem('targetSheet.request.4242', raw),
        encodePaneRequest(request, Date.now()),
      );
    await ask({ action: 'check' });
    await poll(
      () => conditionFills(page, sheet, other.cell),
      (v) => expect(v).toHaveLength(1),
    );
    expect(await conditionFills(page, sheet, ignored.cell)).toEqual([]);
    await page.getByTestId('summary').waitFor();

    // 导出报告: in WPS the new sheet comes first (a downloaded file does not arrive there)
    await page.getByTestId('export').click();
    const items = page.getByRole('menuitem');
    expect(await items.first().getAttribute('data-testid')).toBe('export-sheet');
    await items.first().click();
    await page.getByTestId('notice').waitFor();
    const names = await page.evaluate(() => (window as unknown as FakeEtWindow).__fakeEt!.sheets.map((x) => x.name));
    expect(names).toEqual([sheet, '校验报告']);
    expect(await cellText(page, '校验报告', 'A1')).toBe('序号');
    await shot(page, 'wps-report-sheet');

    await ask({ action: 'open', section: 'new' });
    await page.getByTestId('new-form').waitFor();
    expect(await page.getByTestId('tab-template').getAttribute('aria-selected')).toBe('true');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('typing 资金管理 into an empty table row offers its rows (readRange over ET); one click inserts them', async () => {
    const [grid] = await readWorkbookFile(path.resolve(__dirname, '..', 'fixtures', 'seed000.xlsx'));
    const cut = deleteGridRows(grid, standardRows(recognize(grid)[0]));
    const firstOutput = recognize(cut)[0].indicators.find((n) => n.level1?.key === 'output')!.row;
    const sheet = withBlankRows(cut, firstOutput, 1);
    const page = await openWps({ sheets: [sheet] });
    await checked(page);
    await page.waitForTimeout(400); // the ET host takes changes right after its batch writes for its own
    await page.evaluate(([s, c]) => (window as unknown as FakeEtWindow).__fakeEt!.userEdit(s, c, '资金管理'), [
      sheet.name,
      `B${firstOutput}`,
    ] as const);
    await page.getByTestId('suggestion').waitFor();
    expect(await page.getByTestId('suggestion').innerText()).toContain('资金到位率');
    await page.getByTestId('suggestion-accept').click();
    await page.getByTestId('notice').waitFor();
    expect(await cellText(page, sheet.name, `C${firstOutput}`)).toBe('资金到位率');
    expect(await cellText(page, sheet.name, `C${firstOutput + 1}`)).toBe('预算执行率');
    await shot(page, 'wps-typing');
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

/** A grid as a fake sheet at its real position, with `count` empty rows inserted before sheet row `at`. */
function withBlankRows(g: Grid, at: number, count: number): FakeEtSpec['sheets'][number] {
  const rows: (string | number | null)[][] = [];
  for (let r = 0; r < g.origin.row; r++) rows.push([]);
  for (const row of g.values) rows.push([...Array<null>(g.origin.col).fill(null), ...row]);
  rows.splice(at - 1, 0, ...Array.from({ length: count }, () => []));
  const merges = g.merges.map((m) => (m.r0 >= at - 1 ? { ...m, r0: m.r0 + count, r1: m.r1 + count } : m));
  return { name: g.sheet, rows, merges };
}
