import { existsSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run as roll } from '../../src/cli/roll';
import { makeGrid } from '../../src/core/grid';
import { recognize } from '../../src/layout/recognize';
import { readWorkbookFile } from '../../src/hosts/file/xlsx-file';
import { rollForward } from '../../src/templates/roll';
import { captureRun } from '../helpers/capture';

const FIX = join(__dirname, '..', 'fixtures');

describe('rollForward', () => {
  test('the year in the title and goals changes; other numbers and values stay', () => {
    const grid = makeGrid('s', [
      ['2025年度项目支出绩效目标表'],
      ['项目名称', '示例', '主管部门', '示例'],
      ['年度目标', '2025年完成培训120256人次，2026年底前完成验收。'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人次', '≥2025人次'],
    ]);
    const [form] = recognize(grid);
    expect(form.year).toBe(2025);
    const edits = rollForward(grid, form, 2026);
    expect(edits.map((e) => [e.cell, e.after])).toEqual([
      ['A1', '2026年度项目支出绩效目标表'],
      ['B3', '2026年完成培训120256人次，2026年底前完成验收。'],
    ]);
    expect(rollForward(grid, form, 2025)).toEqual([]);
  });
});

describe('target-sheet roll', () => {
  test('copies seed000 to 2023: the (2022年度) line changes, the input file is untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ts-roll-'));
    const out = join(dir, 'r.xlsx');
    const { code, out: text } = await captureRun(roll, [join(FIX, 'seed000.xlsx'), '--year', '2023', '-o', out]);
    expect(code).toBe(0);
    expect(text).toContain('2022年度 → 2023年度');
    const forms = (await readWorkbookFile(out)).flatMap((g) => recognize(g));
    expect(forms.map((f) => f.year)).toEqual([2023]);
    const orig = (await readWorkbookFile(join(FIX, 'seed000.xlsx'))).flatMap((g) => recognize(g));
    expect(orig.map((f) => f.year)).toEqual([2022]);
    expect(forms[0].indicators.map((n) => n.level3?.text)).toEqual(orig[0].indicators.map((n) => n.level3?.text));
  });

  test('refuses an existing output and bad arguments (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ts-roll-'));
    const out = join(dir, 'r.xlsx');
    writeFileSync(out, 'x');
    expect((await captureRun(roll, [join(FIX, 'seed000.xlsx'), '--year', '2023', '-o', out])).code).toBe(2);
    expect((await captureRun(roll, [join(FIX, 'seed000.xlsx'), '-o', join(dir, 'q.xlsx')])).code).toBe(2);
    expect(existsSync(join(dir, 'q.xlsx'))).toBe(false);
  });
});
