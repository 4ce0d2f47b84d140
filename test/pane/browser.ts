/** Headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core, and a static server for the build. */
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { TestWindow } from './fake-book';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts');

/** A fresh profile per run (--user-data-dir through launchPersistentContext). */
export async function launch(): Promise<{ browser: BrowserContext; close(): Promise<void> }> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: run scripts/ensure-chromium.sh (or set CHROMIUM_PATH)`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ts-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 420, height: 900 },
    acceptDownloads: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

export async function serveDir(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\/+/, '') || 'taskpane.html';
    const file = path.join(dir, rel);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

/** The emitted file whose name starts with `prefix.` (content-hashed names). */
export function builtFile(dir: string, prefix: string): string {
  const f = fs.readdirSync(dir).find((n) => n.startsWith(`${prefix}.`) && n.endsWith('.js'));
  if (!f) throw new Error(`no ${prefix}.*.js in ${dir}`);
  return path.join(dir, f);
}

/** Retries `get` until `check` passes (or throws its last failure after `timeout` ms). */
export async function poll<T>(get: () => Promise<T> | T, check: (v: T) => void, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await get();
    try {
      check(v);
      return;
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** The text of a cell of the fake workbook inside the page (window.__fakeBook), by A1 address. */
export const cellText = (page: Page, sheet: string, cell: string) =>
  page.evaluate(
    ([s, c]) => {
      const m = /^([A-Z]+)(\d+)$/.exec(c)!;
      const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      return String((window as unknown as TestWindow).__fakeBook!.sheet(s).cell(Number(m[2]) - 1, col)?.v ?? '');
    },
    [sheet, cell] as const,
  );
