/**
 * `--mapping MAP.json` for check and model, and the mapping `model --json` prints: written from it, given
 * back, it reads the same; the 栏目 fixture is read and checked only with its mapping.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run as check } from '../../src/cli/check';
import { run as model } from '../../src/cli/model';
import { setLanguage } from '../../src/messages';
import '../../src/messages/languages';
import { captureRun } from '../helpers/capture';

const FIX = join(__dirname, '..', 'fixtures');
const FORM = join(FIX, 'mapping', 'unknown-headers.xlsx');
const MAP = join(FIX, 'mapping', 'unknown-headers.mapping.json');
let dir: string;

beforeAll(() => {
  process.env.XDG_CONFIG_HOME = mkdtempSync(join(tmpdir(), 'ts-cfg-')); // no user settings
  dir = mkdtempSync(join(tmpdir(), 'ts-map-'));
});
afterEach(() => setLanguage('zh-CN'));

type CheckJson = {
  files: {
    file: string;
    error?: string;
    forms: { indicators: number }[];
    findings: { rule: string; cell: string; severity: string }[];
  }[];
};

test('check without the mapping: no indicator, the sheet said unread; with it: the two defects, exit 1 for the cost error', async () => {
  const plain = await captureRun(check, [FORM, '--json']);
  expect(plain.code).toBe(0);
  const unmapped = (JSON.parse(plain.out) as CheckJson).files[0];
  expect(unmapped.forms.map((f) => f.indicators)).toEqual([0]);
  expect(unmapped.findings.map((f) => `${f.rule} ${f.cell} ${f.severity}`)).toEqual([
    'structure.unrecognized A1 warning',
  ]);
  const mapped = await captureRun(check, [FORM, '--mapping', MAP, '--json']);
  expect(mapped.code).toBe(1);
  const json = JSON.parse(mapped.out) as CheckJson;
  expect(json.files[0].forms.map((f) => f.indicators)).toEqual([11]);
  expect(json.files[0].findings.map((f) => `${f.rule} ${f.cell} ${f.severity}`)).toEqual([
    'expr.operator-missing D9 warning',
    'expr.cost-direction D14 error',
  ]);
  const text = await captureRun(check, [FORM, '--mapping', MAP]);
  expect(text.out).toContain('D14');
});

test('model --json prints the mapping used; saved and given back it reads the same', async () => {
  const first = await captureRun(model, [join(FIX, 'seed000.xlsx'), '--json']);
  expect(first.code).toBe(0);
  const json = JSON.parse(first.out) as { files: { forms: { indicators: unknown[] }[]; mapping: unknown }[] };
  expect(json.files[0].mapping).toEqual({
    version: 1,
    sheets: {
      项目绩效目标表: {
        forms: [{ range: 'A1:E87', kind: 'project' }],
        tables: [
          {
            range: 'A24:E87',
            headerRows: 1,
            columns: { A: 'level1', B: 'level2', C: 'level3', D: 'value:半年', E: 'value:全年' },
          },
        ],
      },
    },
  });
  const file = join(dir, 'seed000.mapping.json');
  writeFileSync(file, JSON.stringify(json.files[0].mapping));
  const again = await captureRun(model, [join(FIX, 'seed000.xlsx'), '--json', '--mapping', file]);
  expect(again.code).toBe(0);
  const json2 = JSON.parse(again.out) as typeof json & { files: { mappingProblems: unknown[] }[] };
  expect(json2.files[0].forms[0].indicators).toEqual(json.files[0].forms[0].indicators);
  expect(json2.files[0].mappingProblems).toEqual([]);
});

test('model with the 栏目 mapping lists every indicator in text', async () => {
  const { code, out } = await captureRun(model, [FORM, '--mapping', MAP]);
  expect(code).toBe(0);
  expect(out).toContain('指标（全年）：11 个');
});

test('a mapping naming a sheet not in the file: a clear message, exit 2', async () => {
  const file = join(dir, 'other.json');
  writeFileSync(file, JSON.stringify({ version: 1, sheets: { 表一: { forms: [], tables: [] } } }));
  const r = await captureRun(check, [FORM, '--mapping', file]);
  expect(r.code).toBe(2);
  expect(r.out).toContain('映射中的工作表“表一”不在');
  expect(r.out).toContain('（其中的工作表：绩效目标）');
  const m = await captureRun(model, [FORM, '--mapping', file]);
  expect(m.code).toBe(2);
  expect(m.err).toContain('映射中的工作表“表一”不在');
});

test('an invalid or missing mapping file: zod errors in zh-CN (en with --lang en), exit 2', async () => {
  const file = join(dir, 'bad.json');
  writeFileSync(
    file,
    JSON.stringify({ version: 1, sheets: { 绩效目标: { forms: [{ range: 'A1', kind: 'project' }] } } }),
  );
  const r = await captureRun(check, [FORM, '--mapping', file]);
  expect(r.code).toBe(2);
  expect(r.err).toBe(`${file}：映射无效：\n  sheets.绩效目标.forms.0.range：应为 A1 形式的区域，如 A3:E9`);
  setLanguage('en');
  const en = await captureRun(model, [FORM, '--mapping', file]);
  expect(en.err).toBe(`${file}: invalid mapping:\n  sheets.绩效目标.forms.0.range: expected an A1 range such as A3:E9`);
  setLanguage('zh-CN');
  const missing = await captureRun(check, [FORM, '--mapping', join(dir, 'nope.json')]);
  expect(missing.code).toBe(2);
  expect(missing.err).toContain('无法读取映射文件');
});
