import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { SaxesParser } from 'saxes';
import { path7za } from '7zip-bin';

const ROOT = path.resolve(__dirname, '../..');

function attrsOf(xml: string, tag: string): Record<string, string> {
  const parser = new SaxesParser();
  let found: Record<string, string> | null = null;
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (t) => {
    if (t.name === tag) found = Object.fromEntries(Object.entries(t.attributes).map(([k, v]) => [k, String(v)]));
  });
  parser.write(xml).close();
  if (!found) throw new Error(`no <${tag}>`);
  return found;
}

describe('npm run package:wps', () => {
  test('writes the add-in folder and jsplugins.xml for offline and online deployment', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wps-pkg-'));
    const from = path.join(tmp, 'built');
    fs.mkdirSync(from);
    fs.writeFileSync(
      path.join(from, 'ribbon.xml'),
      '<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui"/>',
    );
    fs.writeFileSync(path.join(from, 'index.html'), '<!doctype html>');
    const out = path.join(tmp, 'pkg');
    const r = spawnSync(
      process.execPath,
      [
        'scripts/package-wps.js',
        '--from',
        from,
        '--out',
        out,
        '--base-url',
        'https://oa.example.gov.cn/wps',
        '--version',
        '1.2.3',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(fs.existsSync(path.join(out, 'target-sheet_1.2.3', 'ribbon.xml'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'target-sheet', 'index.html'))).toBe(true);
    expect(attrsOf(fs.readFileSync(path.join(out, 'jsplugins.xml'), 'utf8'), 'jsplugin')).toEqual({
      name: 'target-sheet',
      type: 'et',
      url: 'https://oa.example.gov.cn/wps/target-sheet_1.2.3.7z',
      version: '1.2.3',
    });
    expect(attrsOf(fs.readFileSync(path.join(out, 'jsplugins.online.xml'), 'utf8'), 'jspluginonline')).toMatchObject({
      name: 'target-sheet',
      type: 'et',
      url: 'https://oa.example.gov.cn/wps/target-sheet/',
    });
    // The 7z binary comes from the 7zip-bin dev dependency: the archive is always made.
    const archive = fs.readFileSync(path.join(out, 'target-sheet_1.2.3.7z'));
    expect(archive.subarray(0, 6).toString('latin1')).toBe("7z\xbc\xaf'\x1c"); // the 7z signature WPS checks
    const list = spawnSync(path7za, ['l', '-slt', path.join(out, 'target-sheet_1.2.3.7z')], { encoding: 'utf8' });
    expect(list.status).toBe(0);
    // Files at the archive's root, not inside a folder (WPS unpacks it into jsaddons/<name>_<version>/).
    const entries = list.stdout.slice(list.stdout.indexOf('----------')); // after the archive's own Path
    const paths = entries
      .split('\n')
      .filter((l) => l.startsWith('Path = '))
      .map((l) => l.slice(7));
    expect(paths.sort()).toEqual(expect.arrayContaining(['index.html', 'ribbon.xml']));
    expect(paths.some((p) => p.includes('/'))).toBe(false);
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('refuses to package without a build', () => {
    const r = spawnSync(
      process.execPath,
      [
        'scripts/package-wps.js',
        '--from',
        path.join(os.tmpdir(), 'no-such-dir-wps'),
        '--out',
        path.join(os.tmpdir(), 'wps-pkg-none'),
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/build:wps/);
  });
});
