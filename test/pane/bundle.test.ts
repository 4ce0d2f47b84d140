/** The pane's initial JS stays within the DESIGN.md budget (≤250 KB gzip); exceljs is a lazy chunk. */
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import { ensureBuild } from './build';

jest.setTimeout(300_000);

test('taskpane initial JS ≤ 250 KB gzip, exceljs only in a lazy chunk', async () => {
  const dir = await ensureBuild();
  const html = fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/src="?([^" >]+\.js)/g)].map((m) => m[1]).filter((s) => !s.startsWith('http'));
  expect(scripts.length).toBeGreaterThan(0);
  const gzip = scripts.reduce((n, s) => n + zlib.gzipSync(fs.readFileSync(path.join(dir, s)), { level: 9 }).length, 0);
  console.log(`pane initial JS: ${(gzip / 1024).toFixed(1)} KB gzip (${scripts.join(', ')})`);
  expect(gzip).toBeLessThanOrEqual(250 * 1024);
  const lazy = fs.readdirSync(dir).filter((f) => f.startsWith('exceljs.') && f.endsWith('.js'));
  expect(lazy).toHaveLength(1);
  expect(scripts).not.toContain(lazy[0]);
  for (const s of scripts) expect(fs.readFileSync(path.join(dir, s), 'utf8')).not.toContain('xl/worksheets/sheet');
});
