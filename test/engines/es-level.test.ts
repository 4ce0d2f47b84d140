/**
 * Every JavaScript file both builds emit (Excel: dist via test/pane/build, WPS: dist-wps) parses at its ES
 * level: ES2017 for the bundles (Edge Legacy 18, WPS's older Chromium), ES5 for the bootstrap that must run
 * on IE11 to say the engine is too old.
 */
import fs from 'fs';
import path from 'path';
import { ensureBuild } from '../pane/build';
import { ensureWpsBuild } from '../wps/build';
import { esLevelError, levelOf } from './es-level';

jest.setTimeout(900_000);

function jsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.[cm]?js$/.test(f));
}

function check(dir: string): { files: string[]; errors: string[] } {
  const files = jsFiles(dir);
  const errors = files
    .map((f) => esLevelError(f, fs.readFileSync(path.join(dir, f), 'utf8'), levelOf(f)))
    .filter((e): e is string => e !== null);
  return { files, errors };
}

test('the checker names the file and the construct above the level', () => {
  expect(esLevelError('a.js', 'var x = a ?? b;', 2017)).toMatch(/^a\.js:1:\d+ is not ES2017: .* near ".*a \?\? b/);
  expect(esLevelError('b.js', 'class A { static { init(); } }', 2017)).toMatch(/^b\.js:1:\d+ is not ES2017/);
  expect(esLevelError('c.js', 'const o = { ...p };', 2017)).toMatch(/^c\.js/);
  expect(esLevelError('d.js', 'var r = /(?<y>\\d+)/;', 2017)).toMatch(/^d\.js/);
  expect(esLevelError('bootstrap.1.js', 'let x = () => 1;', 5)).toMatch(/is not ES5/);
  expect(esLevelError('e.js', 'async function f() { await g(); } class B { m() {} }', 2017)).toBeNull();
  expect(levelOf('bootstrap.0123abcd.js')).toBe(5);
  expect(levelOf('taskpane.0123abcd.js')).toBe(2017);
});

test('Excel build: every emitted JS file parses as ES2017, the bootstrap as ES5', async () => {
  const { files, errors } = check(await ensureBuild());
  expect(files.filter((f) => f.startsWith('bootstrap.'))).toHaveLength(1);
  expect(files.some((f) => f.startsWith('taskpane.'))).toBe(true);
  expect(files.some((f) => f.startsWith('exceljs.'))).toBe(true);
  expect(errors).toEqual([]);
});

test('WPS build: every emitted JS file parses as ES2017, the bootstrap as ES5', async () => {
  const { files, errors } = check(await ensureWpsBuild());
  expect(files.filter((f) => f.startsWith('bootstrap.'))).toHaveLength(1);
  expect(files.some((f) => f.startsWith('ribbon.'))).toBe(true);
  expect(errors).toEqual([]);
});
