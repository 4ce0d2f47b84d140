/**
 * What the Excel (webpack.config.js) and WPS (webpack.wps.config.js) builds share: output naming, the engines
 * both builds target (package.json "browserslist", see README) and the swc rules that bring ALL code, our
 * TypeScript and node_modules alike, down to ES2017 with core-js polyfills for what the code uses.
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const browserslist = require('browserslist');

/** The browserslist queries of package.json: Office webviews (Edge Legacy 18, WebView2, Safari) and WPS's Chromium. */
const TARGETS = browserslist.loadConfig({ path: __dirname });
const CORE_JS = require('core-js/package.json').version.split('.').slice(0, 2).join('.');

/**
 * Polyfills left out although usage detection asks for them. Detection matches names, not types (any
 * `new Set()` pulls the ES2025 Set methods, any `.find(` the iterator helpers, any `.sort(` typed arrays'),
 * and core-js also replaces built-ins every target has to fix edge cases we do not depend on. Left out:
 * - features newer than the ES2022 library our TypeScript compiles against (callers must feature-test);
 * - spec-conformance fixes of built-ins all targets have (Promise, URL, RegExp, sort, JSON.stringify, Array
 *   iterators, typed arrays, Object.assign, String#includes, WeakMap, parseInt, toFixed, trim, Reflect);
 * - non-standard web extras (setImmediate, self).
 * What stays is what Edge 18 / Chrome 56 / Safari 12 lack and the code calls: matchAll, at, flat/flatMap,
 * Object.fromEntries, padStart/padEnd, trimStart/trimEnd, globalThis, queueMicrotask, Promise#finally.
 * Measured on the pane: 291.6 KB gzip with every detected polyfill, 284.4 with the first list, see README.
 */
const NOT_POLYFILLED = [
  /^es\.set\..*\.v2$/,
  /^es\.iterator\./,
  /^es\.array\.(find-last|find-last-index|to-sorted|to-reversed|to-spliced|with)$/,
  /^es\.string\.replace-all$/,
  /^es\.error\.cause$/,
  /^web\.structured-clone$/,
  /^web\.dom-exception\./,
  /^web\.url/,
  /^es\.promise$/,
  /^es\.regexp\./,
  /^es\.string\.(replace|split|match|search|trim|starts-with|ends-with|includes)$/,
  /^es\.array\.(sort|iterator|includes|push|unshift|reverse|reduce|reduce-right)$/,
  /^es\.typed-array\./,
  /^es\.array-buffer\./,
  /^es\.json\.stringify$/,
  /^es\.reflect\./,
  /^es\.weak-map/,
  /^es\.object\.assign$/,
  /^es\.number\.(to-fixed|parse-int|parse-float)$/,
  /^es\.parse-(int|float)$/,
  /^es\.symbol\.description$/,
  /^web\.dom-collections\./,
  /^web\.(self|immediate|set-immediate|clear-immediate)$/,
];
const EXCLUDE = fs
  .readdirSync(path.join(path.dirname(require.resolve('core-js/package.json')), 'modules'))
  .map((f) => f.replace(/\.js$/, ''))
  .filter((m) => NOT_POLYFILLED.some((re) => re.test(m)));

function output(outDir, extra = {}) {
  return {
    path: outDir,
    filename: '[name].[contenthash:8].js',
    chunkFilename: '[name].[contenthash:8].js',
    publicPath: '',
    clean: true,
    ...extra,
  };
}

/** swc options: syntax above ES2017 lowered for TARGETS, polyfills imported where a file uses a missing built-in. */
function swcOptions(mode, parser, isModule) {
  return {
    isModule,
    sourceMaps: mode === 'development',
    env: { targets: TARGETS, mode: 'usage', coreJs: CORE_JS, exclude: EXCLUDE },
    jsc: {
      parser,
      externalHelpers: true, // one copy of each helper (@swc/helpers), not one per module
      // shorter lowered code for `?.`, `??` and object spread (no document.all; spread by assignment)
      assumptions: { noDocumentAll: true, setSpreadProperties: true, ignoreFunctionLength: true },
      // as tsc with target ES2020 (tsconfig.json): class fields assigned in the constructor
      transform: { react: { runtime: 'automatic' }, useDefineForClassFields: false },
    },
  };
}

function typescript(mode) {
  return {
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            // runs second: zod schemas marked pure, so unused ones (and zod) leave the bundle
            { loader: path.join(__dirname, 'scripts', 'pure-schemas-loader.js') },
            { loader: 'swc-loader', options: swcOptions(mode, { syntax: 'typescript', tsx: true }, true) },
          ],
        },
        {
          // node_modules too (React, Fluent UI, zod, exceljs ship ES2018+): all but core-js and @swc/helpers,
          // which the injected imports point at (checked by test/engines like everything emitted).
          test: /\.[cm]?js$/,
          exclude: /node_modules[\\/](core-js|@swc[\\/]helpers)[\\/]/,
          use: { loader: 'swc-loader', options: swcOptions(mode, { syntax: 'ecmascript' }, 'unknown') },
        },
      ],
    },
    // webpack's own runtime code at the same level
    target: ['web', 'es2017'],
  };
}

/**
 * The ES5 engine check (src/bootstrap/bootstrap.js) copied as bootstrap.<hash>.js; pages load it first with a
 * plain <script> (it must run where nothing else can, so it never goes through webpack).
 */
function bootstrap() {
  const source = path.join(__dirname, 'src', 'bootstrap', 'bootstrap.js');
  const hash = crypto.createHash('sha256').update(fs.readFileSync(source)).digest('hex').slice(0, 8);
  return { source, file: `bootstrap.${hash}.js` };
}

module.exports = { output, typescript, bootstrap, TARGETS };
