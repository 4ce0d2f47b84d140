#!/usr/bin/env node
// npm pack/publish hooks: the tarball is the CLI alone, so its package.json must not carry the development
// setup. Otherwise `npm install -g ./target-sheet-*.tgz` resolves the add-in's whole dev and optional tree
// (minutes, and office-addin-debugging) only to install nothing of it.
//   prepack:  node scripts/pack-manifest.js strip    builds the CLI, saves package.json, writes the trimmed one
//   postpack: node scripts/pack-manifest.js restore  puts the saved package.json back
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'package.json');
const SAVED = path.join(ROOT, 'package.json.pack-saved');

function strip() {
  if (fs.existsSync(SAVED)) restore(); // a pack that failed half-way left the trimmed one behind
  const build = spawnSync(process.execPath, [path.join(__dirname, 'build-cli.js')], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const text = fs.readFileSync(MANIFEST, 'utf8');
  const pkg = JSON.parse(text);
  fs.writeFileSync(SAVED, text);
  const keep = ['name', 'version', 'description', 'license', 'private', 'bin', 'files', 'engines'];
  const trimmed = Object.fromEntries(keep.filter((k) => k in pkg).map((k) => [k, pkg[k]]));
  fs.writeFileSync(MANIFEST, JSON.stringify(trimmed, null, 2) + '\n');
}

function restore() {
  if (!fs.existsSync(SAVED)) return;
  fs.copyFileSync(SAVED, MANIFEST);
  fs.rmSync(SAVED);
}

const command = process.argv[2];
if (command === 'strip') strip();
else if (command === 'restore') restore();
else {
  console.error('usage: pack-manifest.js strip|restore');
  process.exit(2);
}
