#!/usr/bin/env node
// Runs a TypeScript entry without a build step: .ts files are transpiled on load with @swc/core
// (type checking is `npm run typecheck`'s job). Used by the CLI bin, scripts and benchmarks.
'use strict';
const path = require('path');
const fs = require('fs');
const { transformSync } = require('@swc/core');

function register() {
  if (require.extensions['.ts']) return;
  const compile = (module, filename) => {
    const source = fs.readFileSync(filename, 'utf8');
    const { code } = transformSync(source, {
      filename,
      sourceMaps: 'inline',
      jsc: {
        parser: { syntax: 'typescript', tsx: filename.endsWith('.tsx') },
        target: 'es2020',
        transform: { react: { runtime: 'automatic' } },
      },
      module: { type: 'commonjs' },
    });
    module._compile(code, filename);
  };
  require.extensions['.ts'] = compile;
  require.extensions['.tsx'] = compile;
}

module.exports = { register };

if (require.main === module) {
  register();
  const entry = process.argv[2];
  if (!entry) {
    console.error('usage: run-ts <file.ts> [args…]');
    process.exit(2);
  }
  process.argv.splice(1, 1); // the script sees its own path as argv[1]
  require(path.resolve(entry));
}
