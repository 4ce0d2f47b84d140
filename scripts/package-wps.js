#!/usr/bin/env node
// Offline package of the WPS add-in (npm run package:wps, after npm run build:wps).
//   node scripts/package-wps.js [--base-url https://oa.example.gov.cn/wps/] [--from dist-wps] [--out dist-wps-package]
// Writes to --out:
//   target-sheet_<version>/        the add-in folder (what WPS unpacks into jsaddons/; also for copying by hand)
//   target-sheet_<version>.7z      when 7z / 7za / 7zr is on PATH (WPS offline mode wants 7z, not zip)
//   target-sheet/                  the same files for online mode (serve this folder at <base-url>target-sheet/)
//   jsplugins.xml                  offline entry pointing at <base-url>target-sheet_<version>.7z
//   jsplugins.online.xml           online entry pointing at <base-url>target-sheet/
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const NAME = 'target-sheet';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function normalizeBaseUrl(url) {
  const u = new URL(url);
  return u.href.endsWith('/') ? u.href : `${u.href}/`;
}

function xmlAttr(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function fill(template, vars) {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k) => xmlAttr(vars[k]));
}

function find7z() {
  for (const bin of ['7z', '7za', '7zr']) {
    const r = spawnSync(bin, ['i'], { stdio: 'ignore' });
    if (!r.error) return bin;
  }
  return null;
}

function main() {
  const from = path.resolve(ROOT, arg('from', 'dist-wps'));
  const out = path.resolve(ROOT, arg('out', 'dist-wps-package'));
  const baseUrl = normalizeBaseUrl(arg('base-url', 'http://127.0.0.1:3889/'));
  const version = arg('version', require(path.join(ROOT, 'package.json')).version);
  if (!fs.existsSync(path.join(from, 'ribbon.xml')) || !fs.existsSync(path.join(from, 'index.html'))) {
    console.error(`${from} has no ribbon.xml/index.html: run npm run build:wps first.`);
    process.exit(2);
  }
  const folder = `${NAME}_${version}`;
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  fs.cpSync(from, path.join(out, folder), { recursive: true });
  fs.cpSync(from, path.join(out, NAME), { recursive: true });
  const vars = { name: NAME, version, baseUrl };
  const deploy = path.join(ROOT, 'src/hosts/wps/deploy');
  fs.writeFileSync(
    path.join(out, 'jsplugins.xml'),
    fill(fs.readFileSync(path.join(deploy, 'jsplugins.offline.xml'), 'utf8'), vars),
  );
  fs.writeFileSync(
    path.join(out, 'jsplugins.online.xml'),
    fill(fs.readFileSync(path.join(deploy, 'jsplugins.online.xml'), 'utf8'), vars),
  );
  const sevenZip = find7z();
  if (sevenZip) {
    // The archive holds the files at its root (WPS unpacks it into jsaddons/<name>_<version>/).
    const r = spawnSync(sevenZip, ['a', '-t7z', path.join(out, `${folder}.7z`), '.'], {
      cwd: path.join(out, folder),
      stdio: 'inherit',
    });
    if (r.status !== 0) {
      console.error('7z failed');
      process.exit(1);
    }
    console.log(`offline package: ${path.join(out, `${folder}.7z`)}`);
  } else {
    console.warn(
      `7z not found (apt-get install p7zip-full, or 7-Zip on Windows): no ${folder}.7z written.\n` +
        `Make it by hand with:  cd ${path.join(out, folder)} && 7z a -t7z ../${folder}.7z .\n` +
        `or install without a server by copying ${folder}/ into the jsaddons folder (see docs/wps.md).`,
    );
  }
  console.log(`jsplugins.xml (offline) and jsplugins.online.xml for ${baseUrl} in ${out}`);
}

main();
