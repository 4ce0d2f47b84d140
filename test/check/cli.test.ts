import { mkdtempSync, writeFileSync, copyFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../src/cli/check';
import { captureRun } from '../helpers/capture';

const FIX = join(__dirname, '..', 'fixtures');

const capture = (args: string[]) => captureRun(run, args);

/** The --json output, as far as these tests read it. */
type JsonReport = { files: { file: string; error?: string; findings: { rule: string; severity: string }[] }[] };
const parse = (out: string) => JSON.parse(out) as JsonReport;

beforeAll(() => {
  process.env.XDG_CONFIG_HOME = mkdtempSync(join(tmpdir(), 'ts-cfg-')); // no user settings
});

describe('target-sheet check', () => {
  test('exit 1 and the JSON contract when errors are found', async () => {
    const { code, out } = await capture([join(FIX, 'seed004.xlsx'), '--json']);
    expect(code).toBe(1);
    const json = JSON.parse(out) as {
      files: {
        file: string;
        forms: { sheet: string; kind: string; title: string | null; range: string; indicators: number }[];
        findings: { rule: string; cell: string }[];
      }[];
    };
    expect(json.files).toHaveLength(1);
    expect(json.files[0].forms).toHaveLength(5);
    expect(Object.keys(json.files[0].forms[0]).sort()).toEqual(['indicators', 'kind', 'range', 'sheet', 'title']);
    expect(json.files[0].findings.map((f) => `${f.cell} ${f.rule}`)).toContain('F276 total.sum');
  });

  test('exit 0 with only warnings; text report grouped by file and form with counts', async () => {
    const { code, out } = await capture([join(FIX, 'seed001.xlsx')]);
    expect(code).toBe(0);
    expect(out).toContain('seed001.xlsx');
    expect(out).toMatch(/表单 1.*个错误.*个警告.*个提示/);
    expect(out).toContain('[expr.unit-missing]');
  });

  test('info findings are a count line in the text report unless --info or --all; JSON keeps them all', async () => {
    const seed = join(FIX, 'seed001.xlsx');
    const plain = (await capture([seed])).out;
    expect(plain).not.toContain('[structure.empty-level2]');
    expect(plain).toMatch(/另有 \d+ 个提示未列出（加 --info 显示）/);
    for (const flag of ['--info', '--all']) {
      const full = (await capture([seed, flag])).out;
      expect(full).toContain('[structure.empty-level2]');
      expect(full).not.toContain('未列出');
    }
    const json = JSON.parse((await capture([seed, '--json'])).out) as { files: { findings: { rule: string }[] }[] };
    expect(json.files[0].findings.some((f) => f.rule === 'structure.empty-level2')).toBe(true);
  });

  test('--rules narrows the check', async () => {
    const { code, out } = await capture([join(FIX, 'seed004.xlsx'), '--json', '--rules', 'plan,expr.fullwidth']);
    expect(code).toBe(0);
    expect(parse(out).files[0].findings).toEqual([]);
  });

  test('an unknown rule is a usage error', async () => {
    const { code, err } = await capture([join(FIX, 'seed004.xlsx'), '--rules', 'totals']);
    expect(code).toBe(2);
    expect(err).toContain('totals');
  });

  test('exit 2 for an unreadable file, the other files still checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ts-cli-'));
    const bad = join(dir, 'broken.xlsx');
    writeFileSync(bad, 'not a workbook');
    const { code, out } = await capture([bad, join(FIX, 'seed004.xlsx'), join(dir, 'missing.xlsx'), '--json']);
    expect(code).toBe(2);
    const files = parse(out).files;
    expect(files.map((f) => f.error !== undefined)).toEqual([true, false, true]);
    expect(files[1].findings.length).toBeGreaterThan(0);
    expect(files[0].error).toMatch(/[\u4e00-\u9fa5]/);
  });

  test('--sheet picks one sheet; a missing sheet is an unreadable input', async () => {
    const { code } = await capture([join(FIX, 'seed004.xlsx'), '--sheet', 'nope']);
    expect(code).toBe(2);
  });

  test('reads .tsv transcriptions', async () => {
    const { code, out } = await capture([join(FIX, 'samples', '01_linyi_project_2025.tsv'), '--json']);
    expect([0, 1]).toContain(code);
    expect(parse(out).files[0].error).toBeUndefined();
  });

  test('target-sheet.config.json beside the workbook switches rules off', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ts-cli-'));
    copyFileSync(join(FIX, 'seed004.xlsx'), join(dir, 'seed004.xlsx'));
    writeFileSync(
      join(dir, 'target-sheet.config.json'),
      JSON.stringify({ rules: { total: 'off', 'expr.number-missing': 'warning', structure: 'off' } }),
    );
    const { code, out } = await capture([join(dir, 'seed004.xlsx'), '--json']);
    expect(code).toBe(0);
    const rules = parse(out).files[0].findings;
    expect(rules.some((f) => f.rule.startsWith('total.'))).toBe(false);
    expect(rules.find((f) => f.rule === 'expr.number-missing')?.severity).toBe('warning');
  });

  test('a bad config beside the workbook is reported for that file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ts-cli-'));
    copyFileSync(join(FIX, 'seed001.xlsx'), join(dir, 'seed001.xlsx'));
    writeFileSync(join(dir, 'target-sheet.config.json'), JSON.stringify({ rules: { 'expr.nope': 'off' } }));
    const { code, out } = await capture([join(dir, 'seed001.xlsx')]);
    expect(code).toBe(2);
    expect(out).toContain('expr.nope');
  });
});
