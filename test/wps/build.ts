/**
 * The WPS builds the tests share: dist-wps/ (what `npm run build:wps` makes: build.test.ts checks it, the
 * browser pane test serves it) and test-artifacts/wps-fake/fake-et.js, the fake ET object model
 * (fake-et-browser.ts) bundled for the browser. Each is built only when missing or older than its sources;
 * jest workers share the builds through a lock directory, so dist-wps is never cleaned under a running test
 * and CI builds it once.
 */
import fs from 'fs';
import path from 'path';

import { newest, ROOT } from '../pane/build';

export { ROOT };
export const WPS_OUT = path.join(ROOT, 'dist-wps');
export const FAKE_DIR = path.join(ROOT, 'test-artifacts', 'wps-fake');
export const FAKE_BUNDLE = path.join(FAKE_DIR, 'fake-et.js');
const LOCK = path.join(ROOT, 'test-artifacts', 'build-wps.lock');

function mtime(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

/** dist-wps is stale when a page is missing or a source is newer than its ribbon.xml (always rewritten). */
function wpsStale(): boolean {
  if (!['index.html', 'taskpane.html'].every((f) => fs.existsSync(path.join(WPS_OUT, f)))) return true;
  const built = mtime(path.join(WPS_OUT, 'ribbon.xml'));
  return (
    Math.max(
      newest('src'),
      newest('webpack.wps.config.js'),
      newest('webpack.shared.js'),
      newest('assets/icon-32.png'),
    ) > built
  );
}

function fakeStale(): boolean {
  const built = mtime(FAKE_BUNDLE);
  return (
    built === 0 ||
    Math.max(
      newest('test/wps/fake-et.ts'),
      newest('test/wps/fake-et-browser.ts'),
      newest('src/core'),
      newest('src/hosts/wps/et-api.ts'),
    ) > built
  );
}

type Config = import('webpack').Configuration;

async function run(config: Config): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack loads only when a build runs
  const webpack = require('webpack') as typeof import('webpack');
  await new Promise<void>((resolve, reject) =>
    webpack(config).run((err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

function wpsConfig(): Config {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS webpack config, outside the TS project
  const make = require(path.join(ROOT, 'webpack.wps.config.js')) as (env: object, argv: object) => Config;
  return { ...make({}, { mode: 'production' }), context: ROOT };
}

function fakeConfig(): Config {
  return {
    mode: 'production',
    context: ROOT,
    entry: { 'fake-et': './test/wps/fake-et-browser.ts' },
    output: { path: FAKE_DIR, filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'node' } },
          },
        },
      ],
    },
    target: ['web', 'es2017'],
    performance: { hints: false },
  };
}

async function locked(work: () => Promise<void>, done: () => boolean): Promise<void> {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    if (done()) return;
    try {
      fs.mkdirSync(LOCK);
    } catch {
      // another worker builds; a lock older than 5 minutes is stale
      if (Date.now() - mtime(LOCK) > 300_000) fs.rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 1000));
      continue;
    }
    // the lock's mtime is a heartbeat: a build over all node_modules can take longer than the stale limit
    const beat = setInterval(() => fs.existsSync(LOCK) && fs.utimesSync(LOCK, new Date(), new Date()), 20_000);
    try {
      if (!done()) await work();
    } finally {
      clearInterval(beat);
      fs.rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

/** dist-wps/, built when stale. */
export async function ensureWpsBuild(): Promise<string> {
  await locked(
    () => run(wpsConfig()),
    () => !wpsStale(),
  );
  return WPS_OUT;
}

/** dist-wps/ and the browser bundle of the fake ET, both built when stale. */
export async function ensureWpsPaneBuild(): Promise<{ dir: string; fakeEt: string }> {
  await ensureWpsBuild();
  await locked(
    () => run(fakeConfig()),
    () => !fakeStale(),
  );
  return { dir: WPS_OUT, fakeEt: FAKE_BUNDLE };
}
