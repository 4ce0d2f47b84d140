/**
 * `target-sheet model --trace`: which reader read each table and which cells each block took, in text
 * (message catalogue, zh-CN or --lang en) and as the `trace` member of --json. The expected cells are
 * those the fixture builder types (scripts/families/flat.ts, multi.ts): title row 1, 项目名称 row 2,
 * 主管部门 | … | 资金总额（万元） | … row 3, 年度目标 row 4, 序号 | 指标 | 权重 | 计量单位 | 指标性质 | 指标值
 * heading on row 5 and six indicator rows.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../src/cli/model';
import { setLanguage } from '../../src/messages';
import '../../src/messages/languages';
import type { FormTrace } from '../../src/layout/trace';
import { captureRun } from '../helpers/capture';

const FAMILIES = join(__dirname, '..', 'fixtures', 'families');
const flatList = join(FAMILIES, 'flat-list-project.xlsx');

afterEach(() => setLanguage('zh-CN'));

test('text: the table with its heading row and reader, then the header, funds and goal cells', async () => {
  const { code, out } = await captureRun(run, [flatList, '--trace']);
  expect(code).toBe(0);
  const trace = out.slice(out.indexOf('识别过程'));
  expect(trace.split('\n').map((l) => l.trim())).toEqual([
    '识别过程（表单 A1:F11）：',
    '指标表 A5:F11：表头第 5 行，读取器“无层级的指标清单（每行一个三级指标）”（flat），读出 6 行',
    '表头 A2:B3：4 个单元格',
    '资金 D3:E3：2 个单元格',
    '目标 A4:B4：2 个单元格',
  ]);
});

test('without --trace the text and JSON say nothing of readers', async () => {
  const text = await captureRun(run, [flatList]);
  expect(text.out).not.toContain('识别过程');
  const json = JSON.parse((await captureRun(run, [flatList, '--json'])).out) as { files: object[] };
  // mapping: the roles used (docs/mapping.md), printed always; no trace without --trace
  expect(Object.keys(json.files[0]).sort()).toEqual(['file', 'forms', 'mapping']);
});

test('--json: one trace entry per form, the multi-project table read by its reader for each project', async () => {
  const { code, out } = await captureRun(run, [join(FAMILIES, 'multi-project-town.xlsx'), '--json', '--trace']);
  expect(code).toBe(0);
  const json = JSON.parse(out) as { files: { forms: { name: string }[]; trace: FormTrace[] }[] };
  const [file] = json.files;
  expect(file.forms.map((f) => f.name)).toEqual(['大坪乡农村公路安全生命防护工程', '坪石镇农村饮水安全巩固提升']);
  expect(file.trace).toHaveLength(2);
  for (const t of file.trace) {
    expect(t.tables.map((x) => [x.reader, x.heading])).toEqual([['multi-project', '2']]);
    expect(t.parts.map((p) => p.part)).toEqual(['header', 'funds', 'goals']);
  }
});

test('--lang en: the trace lines in English', async () => {
  setLanguage('en');
  const { out } = await captureRun(run, [flatList, '--trace']);
  expect(out).toContain('indicator table A5:F11: heading row(s) 5, reader');
  expect(out).toContain('(flat), 6 rows read');
  expect(out).toContain('funds D3:E3: 2 cells');
  expect(out).not.toContain('识别过程');
});

test('a part found but not read is named in the trace', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'ts-trace-')), 'funds.tsv');
  const rows = [
    ['2024年项目支出绩效目标表'],
    ['资金总额（万元）', '约八百万'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '完成道路改造', '≥12公里'],
  ];
  writeFileSync(file, rows.map((r) => r.join('\t')).join('\n'));
  const { out } = await captureRun(run, [file, '--trace']);
  expect(out).toContain(
    '指标表 A3:D4：表头第 3 行，读取器“通用绩效目标表（一级/二级/三级指标列）”（generic），读出 1 行',
  );
  expect(out).toContain('未读懂的资金项 A2：“约八百万”（structure.unrecognized）');
});
