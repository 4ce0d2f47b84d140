// Build of the Excel add-in pages (same shape as the `yo office` React template: one entry per page).
//   npm run build                                   → dist/ for https://localhost:3000/
//   npm run build -- --env baseUrl=https://oa.example.gov.cn/target-sheet/   → manifest URLs rewritten
//   npm run build -- --env officeJs=local           → office.js served from dist/office-js/ (intranet)
const path = require('path');
const { output, typescript, bootstrap } = require('./webpack.shared');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * Scripts only from ourselves and, for office.js, Microsoft's CDN: office.js loads its host files from its own
 * folder and, on older hosts (Office 2013/2016), MicrosoftAjax.js from ajax.aspnetcdn.com; its telemetry posts
 * to *.pipe.aria.microsoft.com and frames telemetryservice.firstpartyapps.oaspapps.com (connect/frame: https:).
 * A local office.js (officeJs=local, an intranet without the CDN) loads everything from 'self'.
 * No inline scripts, no eval.
 */
function csp(officeJsLocal) {
  const scripts = officeJsLocal ? "'self'" : "'self' https://appsforoffice.microsoft.com https://ajax.aspnetcdn.com";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'", // Fluent UI (griffel) injects style elements; styles only
    "img-src 'self' data: blob: https:",
    "font-src 'self' data: https:",
    "connect-src 'self' https: wss: ws:",
    "frame-src 'self' https:",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

function normalizeBaseUrl(url) {
  const u = new URL(url); // throws on a bad URL: better at build time than in Excel
  return u.href.endsWith('/') ? u.href : `${u.href}/`;
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || env.mode || 'production';
  const baseUrl = normalizeBaseUrl(env.baseUrl || DEV_URL);
  const officeJsLocal = env.officeJs === 'local';
  const officeJs = officeJsLocal ? 'office-js/office.js' : OFFICE_JS_CDN;
  const outDir = path.resolve(__dirname, env.outDir || 'dist');
  const boot = bootstrap();
  const page = (name, template, chunks) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks,
      scriptLoading: 'defer',
      templateParameters: { officeJs, csp: csp(officeJsLocal), bootstrap: boot.file },
    });
  return {
    mode,
    devtool: mode === 'development' ? 'source-map' : false, // never eval-based: the CSP forbids eval
    // startup: office.js injected async and ribbon actions associated before the big pane bundle has run;
    // the pages' other entries share its module instance (and webpack runtime) through dependOn.
    entry: {
      startup: './src/startup/excel-start.ts',
      taskpane: { import: './src/taskpane/index.tsx', dependOn: 'startup' },
      commands: { import: './src/commands/commands.ts', dependOn: 'startup' },
    },
    output: output(outDir),
    ...typescript(mode),
    performance: { hints: false }, // the gzip budget is checked by test/pane/bundle.test.ts
    optimization: { splitChunks: { chunks: 'async' } },
    plugins: [
      page('taskpane', './src/taskpane/taskpane.html', ['startup', 'taskpane']),
      page('commands', './src/commands/commands.html', ['startup', 'commands']),
      new CopyWebpackPlugin({
        patterns: [
          { from: boot.source, to: boot.file },
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'assets/sample.xlsx', to: 'assets/sample.xlsx' }, // browser file mode opens it when there is no Excel
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => rewriteManifest(content.toString(), baseUrl),
          },
          ...(officeJsLocal ? [{ from: 'node_modules/@microsoft/office-js/dist', to: 'office-js' }] : []),
        ],
      }),
    ],
    devServer: {
      static: { directory: outDir },
      headers: { 'Access-Control-Allow-Origin': '*' },
      port: Number(process.env.PORT || 3000),
      hot: false,
      liveReload: true,
      client: { overlay: false },
    },
  };
};

/** Points every manifest URL at the deployment's base URL (and its origin in AppDomains). */
function rewriteManifest(xml, baseUrl) {
  const origin = new URL(baseUrl).origin;
  return xml
    .split(DEV_URL)
    .join(baseUrl)
    .split('<AppDomain>https://localhost:3000</AppDomain>')
    .join(`<AppDomain>${origin}</AppDomain>`);
}

module.exports.rewriteManifest = rewriteManifest;
module.exports.csp = csp;
