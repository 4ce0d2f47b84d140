/**
 * Builds the add-in once for the tests that need it (manifest, bundle size, browser pane), into
 * test-artifacts/build, with two test-only extras: fake-office.js (fake Office/Excel globals that stand in
 * for the office.js CDN script) and harness.html (the pane wired to a fixed CheckResult). Jest workers
 * share the build through a lock directory; it is rebuilt when sources are newer than the last build.
 */
import fs from 'fs';
import path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BUILD_DIR = path.join(ROOT, 'test-artifacts', 'build');
const MARKER = path.join(ROOT, 'test-artifacts', 'build.done');
const LOCK = path.join(ROOT, 'test-artifacts', 'build.lock');
const INPUTS = ['src', 'test/pane', 'test/excel', 'manifest.xml', 'webpack.config.js', 'webpack.shared.js', 'assets'];

/** Newest modification time under a path (relative to the repo root), 0 when it does not exist. */
export function newest(p: string): number {
  const full = path.join(ROOT, p);
  if (!fs.existsSync(full)) return 0;
  const st = fs.statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(full).reduce((m, f) => Math.max(m, newest(path.join(p, f))), st.mtimeMs);
}

const buildMode = (): string => (process.env.TS_PANE_BUILD === 'development' ? 'development' : 'production');

function upToDate(): boolean {
  if (!fs.existsSync(MARKER)) return false;
  // a development build (TS_PANE_BUILD) never stands in for a production one, nor the other way round
  if (!fs.readFileSync(MARKER, 'utf8').startsWith(buildMode())) return false;
  const built = fs.statSync(MARKER).mtimeMs;
  return INPUTS.every((p) => newest(p) <= built);
}

async function compile(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack loads only when a build runs
  const webpack = require('webpack') as typeof import('webpack');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loads only when a build runs
  const HtmlWebpackPlugin = require('html-webpack-plugin') as new (
    o: object,
  ) => import('webpack').WebpackPluginInstance;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS webpack config, outside the TS project
  const makeConfig = require(path.join(ROOT, 'webpack.config.js')) as (
    env: object,
    argv: object,
  ) => import('webpack').Configuration;
  // TS_PANE_BUILD=development skips minification (a much faster build on a loaded machine; not for bundle sizes)
  const config = makeConfig({ outDir: BUILD_DIR }, { mode: buildMode() });
  config.context = ROOT;
  config.entry = {
    ...(config.entry as Record<string, string>),
    'fake-office': './test/pane/fake-office.ts',
    harness: './test/pane/harness.tsx',
  };
  config.plugins = [
    ...(config.plugins ?? []),
    new HtmlWebpackPlugin({
      filename: 'harness.html',
      template: './test/pane/harness.html',
      chunks: ['harness'],
      scriptLoading: 'defer',
      templateParameters: { csp: "default-src 'self'; style-src 'self' 'unsafe-inline'" },
    }),
  ];
  await new Promise<void>((resolve, reject) =>
    webpack(config).run((err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

export async function ensureBuild(): Promise<string> {
  fs.mkdirSync(path.dirname(MARKER), { recursive: true });
  for (;;) {
    if (upToDate()) return BUILD_DIR;
    try {
      fs.mkdirSync(LOCK);
    } catch {
      // another worker builds; a lock older than 5 minutes is stale
      if (Date.now() - fs.statSync(LOCK).mtimeMs > 300_000) fs.rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 1000));
      continue;
    }
    // the lock's mtime is a heartbeat: a build over all node_modules can take longer than the stale limit
    const beat = setInterval(() => fs.existsSync(LOCK) && fs.utimesSync(LOCK, new Date(), new Date()), 20_000);
    try {
      if (!upToDate()) {
        const start = new Date();
        await compile();
        fs.writeFileSync(MARKER, `${buildMode()} ${start.toISOString()}`);
        // dated at the start: a source saved while webpack ran is newer, so the next run builds again
        fs.utimesSync(MARKER, start, start);
      }
    } finally {
      clearInterval(beat);
      fs.rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
