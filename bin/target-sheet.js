#!/usr/bin/env node
'use strict';
// CLI entry: runs the compiled bundle (dist-cli/target-sheet.js, written by `npm run build:cli`, which
// npm ci and npm pack run through `prepare`).
const path = require('path');
let cli;
try {
  cli = require(path.join(__dirname, '..', 'dist-cli', 'target-sheet.js'));
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && /target-sheet\.js/.test(err.message)) {
    console.error('target-sheet: the CLI is not built; run `npm run build:cli` (npm ci does it) / 命令行工具尚未构建');
    process.exit(2);
  }
  throw err;
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exitCode = 2;
  },
);
