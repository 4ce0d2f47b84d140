import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run as roll } from '../../src/cli/roll';
import { makeGrid } from '../../src/core/grid';
import { recognize } from '../../src/layout/recognize';
import { readWorkbookFile } from '../../src/hosts/file/xlsx-file';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/hosts/file/xlsx';
import { writeSheet } from '../../src/hosts/file/write-sheet';
import type { Form } from '../../src/model/form';
import { BUILT_IN_SETS, findSet } from '../../src/templates/catalog';
import { describeNewForm } from '../../src/templates/new-form';
import type { Preset } from '../../src/templates/preset-schema';
import { BUILT_IN_PRESETS, presetForForm } from '../../src/templates/presets';
import { rollForward } from '../../src/templates/roll';
import { captureRun } from '../helpers/capture';

const FIX = join(__dirname, '..', 'fixtures');

/** The form a preset writes, as read back from the xlsx. */
async function generatedForm(p: Preset): Promise<Form> {
  const wb = new ExcelJS.Workbook();
  writeSheet(wb, describeNewForm(p, findSet(BUILT_IN_SETS, p.standardSet)!, { year: 2027 }));
  const [grid] = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
  return recognize(grid)[0];
}

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

  test('self-evaluation form: the copy has 实际完成值 emptied and listed, targets kept; --preset is honoured', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ts-roll-'));
    const input = join(FIX, 'families', 'transfer-project-selfeval.xlsx');
    const out = join(dir, 'r.xlsx');
    const { code, out: text } = await captureRun(roll, [input, '--year', '2024', '-o', out]);
    expect(code).toBe(0);
    expect(text).toContain('E12 实际完成值：480亩 → （清空）');
    expect(text).toContain('已改 10 处');
    const [grid] = await readWorkbookFile(out);
    const cell = (r: number, c: number) => grid.values[r - 1]?.[c] ?? null;
    expect(cell(12, 4)).toBeNull(); // E12
    expect(cell(12, 5)).toBeNull(); // F12
    expect(cell(12, 3)).toBe('≥500亩'); // D12 target kept
    expect(cell(10, 4)).toBe('实际完成值'); // heading kept
    // a preset without rollClear: the year only
    writeFileSync(
      join(dir, 'bare.preset.json'),
      JSON.stringify({ ...BUILT_IN_PRESETS[0], id: 'bare', rollClear: undefined }),
    );
    const copy = join(dir, 'in.xlsx');
    writeFileSync(copy, readFileSync(input));
    const bare = await captureRun(roll, [copy, '--year', '2024', '--preset', 'bare', '-o', join(dir, 'b.xlsx')]);
    expect(bare.code).toBe(0);
    expect(bare.out).toContain('已改 1 处');
    expect((await captureRun(roll, [copy, '--year', '2024', '--preset', 'nope', '-o', join(dir, 'c.xlsx')])).code).toBe(
      2,
    );
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

describe('rollForward clears what the preset says', () => {
  const preset = (id: string) => BUILT_IN_PRESETS.find((p) => p.id === id)!;

  test('self-evaluation form: 实际完成值 and 未达到原因 emptied, targets and names kept, listed', async () => {
    const [grid] = await readWorkbookFile(join(FIX, 'families', 'transfer-project-selfeval.xlsx'));
    const [form] = recognize(grid);
    const chosen = presetForForm(BUILT_IN_PRESETS, form);
    expect(chosen?.id).toBe('project-2015');
    const edits = rollForward(grid, form, 2024, chosen!.rollClear);
    // by hand from the fixture: title A1, E11:E18 (实际完成值), F12 (the one reason written)
    expect(edits.map((e) => [e.cell, e.what, e.after])).toEqual([
      ['A1', '标题', '2024年度中央财政衔接推进乡村振兴补助资金项目绩效目标表'],
      ['E11', '实际完成值', ''],
      ['E12', '实际完成值', ''],
      ['E13', '实际完成值', ''],
      ['E14', '实际完成值', ''],
      ['E15', '实际完成值', ''],
      ['E16', '实际完成值', ''],
      ['E17', '实际完成值', ''],
      ['E18', '实际完成值', ''],
      ['F12', '自评', ''],
    ]);
    expect(edits.find((e) => e.cell === 'E12')?.before).toBe('480亩');
    expect(edits.find((e) => e.cell === 'F12')?.before).toMatch(/^部分地块/);
    // the headings, the targets (D) and the names (C) are not touched
    const touched = new Set(edits.map((e) => e.cell));
    for (const c of ['E10', 'F10', 'D11', 'D12', 'C11', 'B9']) expect(touched.has(c)).toBe(false);
    // no rule: only the year
    expect(rollForward(grid, form, 2024).map((e) => e.cell)).toEqual(['A1']);
  });

  test('批复表 with a two-row band: 上年实际值 under 指标标准或依据 emptied, 本年目标值 kept', async () => {
    const [grid] = await readWorkbookFile(join(FIX, 'families', 'approval-project-health.xlsx'));
    const [form] = recognize(grid);
    const edits = rollForward(grid, form, 2025, preset('project-2015').rollClear);
    const cleared = edits.filter((e) => e.after === '').map((e) => e.cell);
    expect(cleared).toEqual(['D8', 'D9', 'D10', 'D11', 'D12', 'D13', 'D14']);
    expect(edits.some((e) => e.cell.startsWith('E'))).toBe(false);
  });

  test('a heading naming the target column is never emptied; dates emptied after the label', () => {
    const grid = makeGrid('s', [
      ['2025年度项目支出绩效目标表'],
      ['填报日期：2025年3月1日'],
      ['项目名称', '示例', '主管部门', '示例'],
      ['年度目标', '完成培训。'],
      ['一级指标', '二级指标', '三级指标', '指标值', '上年实际值'],
      ['产出指标', '数量指标', '培训人次', '≥100人次', '96人次'],
      ['', '', '培训合格率', '≥90%', ''],
    ]);
    const [form] = recognize(grid);
    const clear = [
      { what: '目标', columns: ['指标值'] },
      { what: '上年实际值', columns: ['上年实际'] },
      { what: '日期', fields: ['填报日期'] },
    ];
    expect(rollForward(grid, form, 2026, clear).map((e) => [e.cell, e.what, e.after])).toEqual([
      ['A1', '标题', '2026年度项目支出绩效目标表'],
      ['E6', '上年实际值', ''],
      ['A2', '日期', '填报日期：'],
    ]);
  });

  test('presetForForm: the 2021 core table, 江苏 半年/全年 and department forms find their preset', async () => {
    const [water] = await readWorkbookFile(join(FIX, 'families', 'core2021-project-water.xlsx'));
    expect(presetForForm(BUILT_IN_PRESETS, recognize(water)[0])?.id).toBe('project-2021');
    const [edu] = await readWorkbookFile(join(FIX, 'families', 'approval-department-edu.xlsx'));
    expect(presetForForm(BUILT_IN_PRESETS, recognize(edu)[0])?.id).toBe('department-2015');
    const js = await generatedForm(preset('project-jiangsu'));
    expect(presetForForm(BUILT_IN_PRESETS, js)?.id).toBe('project-jiangsu');
    expect(presetForForm(BUILT_IN_PRESETS, await generatedForm(preset('project-2015')))?.id).toBe('project-2015');
  });
});
