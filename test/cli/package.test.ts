/**
 * The CLI as users install it: `npm pack` (which builds dist-cli through `prepare`), a global install of the
 * tarball into a temporary prefix, and the installed `target-sheet` run from another folder. It must run the
 * compiled bundle alone: no TypeScript, no dependencies installed beside it.
 */
import { spawnSync, type SpawnSyncReturns } from 'child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../src/cli/check';
import { captureRun } from '../helpers/capture';

const ROOT = join(__dirname, '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let tmp: string;
let prefix: string;
let tarball: string;
let env: NodeJS.ProcessEnv;

function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  const r = spawnSync(NPM, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** The installed command, run from the temporary folder (not the checkout). */
function installed(args: string[]): SpawnSyncReturns<string> {
  return spawnSync(join(prefix, 'bin', 'target-sheet'), args, { cwd: tmp, env, encoding: 'utf8' });
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'ts-pack-'));
  prefix = join(tmp, 'prefix');
  // no user settings, and npm's own output kept quiet
  env = { ...process.env, XDG_CONFIG_HOME: join(tmp, 'config'), npm_config_loglevel: 'error' };
  process.env.XDG_CONFIG_HOME = env.XDG_CONFIG_HOME;
  npm(['pack', '--pack-destination', tmp], ROOT);
  const name = readdirSync(tmp).find((f) => /^target-sheet-.*\.tgz$/.test(f));
  if (!name) throw new Error(`npm pack wrote no target-sheet-*.tgz in ${tmp}`);
  tarball = join(tmp, name);
  npm(['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], tmp);
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('npm pack + npm install -g', () => {
  test('the tarball holds the bin, the compiled bundle and the JSON contract, no sources', () => {
    const r = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const files = r.stdout.split('\n').filter((f) => f !== '');
    expect(files).toEqual(
      expect.arrayContaining([
        'package/package.json',
        'package/bin/target-sheet.js',
        'package/dist-cli/target-sheet.js',
        'package/docs/json.md',
      ]),
    );
    expect(files.filter((f) => /\.tsx?$/.test(f) || f.startsWith('package/src/'))).toEqual([]);
  });

  test('installed alone: no dependencies beside it, no TypeScript loader in the bundle', () => {
    const pkg = join(prefix, 'lib', 'node_modules', 'target-sheet');
    expect(existsSync(join(pkg, 'dist-cli', 'target-sheet.js'))).toBe(true);
    expect(existsSync(join(pkg, 'node_modules'))).toBe(false);
    const bundle = readFileSync(join(pkg, 'dist-cli', 'target-sheet.js'), 'utf8');
    expect(bundle).not.toMatch(/require\(["'](@swc\/core|typescript|exceljs|zod)["']\)/);
  });

  test('target-sheet expr "≥95%" --json prints the parsed value', () => {
    const r = installed(['expr', '≥95%', '--json']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout)).toEqual([
      { raw: '≥95%', kind: 'quantitative', op: '>=', number: 95, unit: '%', normalized: '≥95%', diagnostics: [] },
    ]);
  });

  test('target-sheet check on a fixture gives what the sources give, exit code included', async () => {
    const file = join(tmp, 'seed004.xlsx');
    copyFileSync(join(ROOT, 'test', 'fixtures', 'seed004.xlsx'), file);
    const r = installed(['check', file, '--json']);
    const expected = await captureRun(run, [file, '--json']);
    expect(r.status).toBe(1); // seed 004 has errors (the 2 amounts that do not add up, among others)
    expect(r.status).toBe(expected.code);
    const got = JSON.parse(r.stdout) as { files: { forms: unknown[] }[] };
    expect(got).toEqual(JSON.parse(expected.out));
    expect(got.files[0].forms).toHaveLength(5);
  });

  test('an unknown command fails with the usage, exit 2', () => {
    const r = installed(['nope']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('用法：target-sheet');
  });
});
