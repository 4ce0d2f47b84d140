#!/usr/bin/env node
// Builds the CLI (npm run build:cli; also `prepare`, so npm ci and npm pack run it): one CommonJS file,
// dist-cli/target-sheet.js, with exceljs and zod bundled in. Why a bundle: start-up is most of a check's
// time on a normal workbook, and loading one file is much faster than resolving hundreds of modules (measured
// in `npm run bench`, cliOverExceljs); it also leaves the installed package without runtime dependencies.
// Type checking is `npm run typecheck`'s job; esbuild only strips types.
'use strict';
const path = require('path');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');

esbuild
  .build({
    entryPoints: [path.join(ROOT, 'src/cli/main.ts')],
    outfile: path.join(ROOT, 'dist-cli/target-sheet.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    legalComments: 'none',
    logLevel: 'warning',
  })
  .catch(() => process.exit(1));
