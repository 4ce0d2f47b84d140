import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run as check } from '../../src/cli/check';
import { run as library } from '../../src/cli/library';
import { run as newForm } from '../../src/cli/new';
import { BUILT_IN_PRESETS } from '../../src/templates/presets';
import { captureRun } from '../helpers/capture';

type Json = { files: { forms: { kind: string }[]; findings: { rule: string; severity: string }[] }[] };

beforeAll(() => {
  process.env.XDG_CONFIG_HOME = mkdtempSync(join(tmpdir(), 'ts-cfg-')); // no user settings
});

describe('target-sheet new', () => {
  test.each(['project', 'department'])('--kind %s writes a form that check reads cleanly', async (kind) => {
    const dir = mkdtempSync(join(tmpdir(), 'ts-new-'));
    const out = join(dir, 'new.xlsx');
    const made = await captureRun(newForm, ['--kind', kind, '--year', '2027', '--name', '示例', '-o', out]);
    expect(made.code).toBe(0);
    const { code, out: text } = await captureRun(check, [out, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(text) as Json;
    expect(json.files[0].forms.map((f) => f.kind)).toEqual([kind]);
    const findings = json.files[0].findings;
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'structure.missing-standard')).toEqual([]);
  });

  test('never overwrites: exit 2 on an existing file, --free-name picks FILE-2.xlsx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ts-new-'));
    const out = join(dir, 'a.xlsx');
    writeFileSync(out, 'mine');
    const refused = await captureRun(newForm, ['--kind', 'project', '-o', out]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/不会覆盖/);
    expect(readFileSync(out, 'utf8')).toBe('mine');
    const free = await captureRun(newForm, ['--kind', 'project', '--free-name', '-o', out]);
    expect(free.code).toBe(0);
    expect(existsSync(join(dir, 'a-2.xlsx'))).toBe(true);
    expect(readFileSync(out, 'utf8')).toBe('mine');
  });

  test('bad arguments: missing -o, unknown preset, preset of the other kind, bad year', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ts-new-'));
    const o = join(dir, 'x.xlsx');
    expect((await captureRun(newForm, ['--kind', 'project'])).code).toBe(2);
    expect((await captureRun(newForm, ['--kind', 'project', '--preset', 'nope', '-o', o])).code).toBe(2);
    expect((await captureRun(newForm, ['--kind', 'project', '--preset', 'department-2015', '-o', o])).code).toBe(2);
    expect((await captureRun(newForm, ['--kind', 'project', '--year', '27', '-o', o])).code).toBe(2);
    expect(existsSync(o)).toBe(false);
  });

  test('a user preset beside the output file is offered and used', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ts-new-'));
    const mine = { ...BUILT_IN_PRESETS[0], id: 'my-project', title: '{year}年XX市项目绩效目标表' };
    writeFileSync(join(dir, 'target-sheet.presets.json'), JSON.stringify([mine]));
    const list = await captureRun(newForm, ['--list', '-o', join(dir, 'y.xlsx')]);
    expect(list.out).toContain('my-project');
    const out = join(dir, 'y.xlsx');
    expect(
      (await captureRun(newForm, ['--kind', 'project', '--preset', 'my-project', '--year', '2027', '-o', out])).code,
    ).toBe(0);
    const json = JSON.parse((await captureRun(check, [out, '--json'])).out) as {
      files: { forms: { title: string }[] }[];
    };
    expect(json.files[0].forms[0].title).toBe('2027年XX市项目绩效目标表');
  });
});

describe('target-sheet new: presets in the user settings', () => {
  test('a preset in ~/.config/target-sheet is listed and used; one beside the output with the same id wins', async () => {
    const settings = join(process.env.XDG_CONFIG_HOME!, 'target-sheet');
    mkdirSync(settings, { recursive: true });
    const mine = {
      ...BUILT_IN_PRESETS[1],
      id: 'my-dept',
      name: '我的部门表',
      title: '{year}年度某局部门整体绩效目标表',
    };
    writeFileSync(join(settings, 'my.preset.json'), JSON.stringify(mine));
    try {
      const dir = mkdtempSync(join(tmpdir(), 'ts-new-'));
      const list = await captureRun(newForm, ['--list', '-o', join(dir, 'x.xlsx')]);
      expect(list.out).toContain('my-dept');
      const out = join(dir, 'd.xlsx');
      const made = await captureRun(newForm, [
        '--kind',
        'department',
        '--preset',
        'my-dept',
        '--year',
        '2027',
        '-o',
        out,
      ]);
      expect(made.code).toBe(0);
      const json = JSON.parse((await captureRun(check, [out, '--json'])).out) as {
        files: { forms: { title: string; kind: string }[] }[];
      };
      expect(json.files[0].forms.map((f) => [f.kind, f.title])).toEqual([
        ['department', '2027年度某局部门整体绩效目标表'],
      ]);
      // beside the output: the same id, another title — this one is used
      writeFileSync(
        join(dir, 'target-sheet.presets.json'),
        JSON.stringify([{ ...mine, title: '{year}年度本地版部门整体绩效目标表' }]),
      );
      const out2 = join(dir, 'e.xlsx');
      await captureRun(newForm, ['--kind', 'department', '--preset', 'my-dept', '--year', '2027', '-o', out2]);
      const json2 = JSON.parse((await captureRun(check, [out2, '--json'])).out) as {
        files: { forms: { title: string }[] }[];
      };
      expect(json2.files[0].forms[0]?.title).toBe('2027年度本地版部门整体绩效目标表');
    } finally {
      rmSync(settings, { recursive: true, force: true });
    }
  });
});

describe('target-sheet library', () => {
  const entries = async (args: string[]) =>
    JSON.parse((await captureRun(library, [...args, '--json'])).out) as { name: string; level2: string }[];

  test('--json lists at least 300 entries', async () => {
    expect((await entries([])).length).toBeGreaterThanOrEqual(300);
  });

  test('满意度 only entries about 满意度; --level2 filters', async () => {
    const hits = await entries(['满意度']);
    expect(hits.length).toBeGreaterThan(0);
    for (const e of hits) expect(`${e.level2}${e.name}`).toContain('满意');
    const time = await entries(['--level2', '时效指标']);
    expect(time.length).toBeGreaterThan(0);
    expect(new Set(time.map((e) => e.level2))).toEqual(new Set(['时效指标']));
  });

  test('unknown option: exit 2', async () => {
    expect((await captureRun(library, ['--bogus'])).code).toBe(2);
  });
});
