#!/usr/bin/env node
'use strict';
// CLI entry: `npx target-sheet …` in the checkout. Loads the TypeScript sources directly.
require('./run-ts.js').register();
const { main } = require('../src/cli/main.ts');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exitCode = 2;
  },
);
