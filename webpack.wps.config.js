// Build of the WPS JS add-in (issue 8): npm run build:wps → dist-wps/
//   index.html + ribbon.xml   the add-in's entry (WPS loads them from the add-in folder or URL)
//   taskpane.html             the same React pane as in Excel (src/taskpane/index.tsx), without office.js
//   images/                   ribbon icons (GetImage)
// Options: --env outDir=…, --env mode=development
const path = require('path');
const { output, typescript, bootstrap } = require('./webpack.shared');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const WPS_DIR = path.resolve(__dirname, 'src/hosts/wps');

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || env.mode || 'production';
  const outDir = path.resolve(__dirname, env.outDir || 'dist-wps');
  const boot = bootstrap();
  const page = (name, template, chunks) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks,
      scriptLoading: 'defer',
      inject: 'body',
      templateParameters: { bootstrap: boot.file },
    });
  return {
    mode,
    devtool: mode === 'development' ? 'source-map' : false,
    entry: {
      ribbon: path.join(WPS_DIR, 'entry.ts'),
      taskpane: './src/taskpane/index.tsx',
    },
    // always write: test/wps/build.test.ts compares mtimes to decide whether to rebuild
    output: output(outDir, { compareBeforeEmit: false }),
    ...typescript(mode),
    performance: { hints: false },
    optimization: { splitChunks: { chunks: 'async' } },
    plugins: [
      page('index', path.join(WPS_DIR, 'index.html'), ['ribbon']),
      page('taskpane', path.join(WPS_DIR, 'taskpane.html'), ['taskpane']),
      new CopyWebpackPlugin({
        patterns: [
          { from: boot.source, to: boot.file },
          { from: path.join(WPS_DIR, 'ribbon.xml'), to: 'ribbon.xml' },
          { from: path.join(WPS_DIR, 'images'), to: 'images' },
          { from: 'assets/icon-32.png', to: 'images/logo.png' },
        ],
      }),
    ],
  };
};
