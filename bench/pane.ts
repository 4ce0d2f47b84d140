/**
 * Pane bundle size: the initial JS of taskpane.html (every local <script> the page loads at once) gzipped
 * at level 9, from a production build — the same build and the same measure as test/pane/bundle.test.ts.
 * DESIGN.md budget: ≤ 250 KB (office.js comes from its CDN, exceljs is a lazy chunk).
 */
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import { ensureBuild } from '../test/pane/build';

/** Gzip bytes of the scripts an HTML page of `dir` loads initially (remote scripts excluded). */
export function initialJsGzip(dir: string, page: string): { bytes: number; scripts: string[] } {
  const html = fs.readFileSync(path.join(dir, page), 'utf8');
  const scripts = [...html.matchAll(/src="?([^" >]+\.js)/g)].map((m) => m[1]).filter((s) => !s.startsWith('http'));
  const bytes = scripts.reduce((n, s) => n + zlib.gzipSync(fs.readFileSync(path.join(dir, s)), { level: 9 }).length, 0);
  return { bytes, scripts };
}

export async function benchPane(table: (string | number)[][]): Promise<Record<string, number | string>> {
  let dir: string;
  try {
    dir = await ensureBuild();
  } catch (err) {
    const msg = `build failed: ${(err as Error).message.split('\n')[0]}`;
    console.error(`pane bundle: ${msg}`);
    table.push(['paneGzipKB', 'build failed', '≤ 250']);
    return { paneGzipKB: 'build failed' };
  }
  const { bytes, scripts } = initialJsGzip(dir, 'taskpane.html');
  const paneGzipKB = Number((bytes / 1024).toFixed(1));
  table.push([`paneGzipKB (${scripts.join(', ')})`, paneGzipKB, '≤ 250']);
  return { paneGzipKB };
}
