#!/usr/bin/env node
// Offline package of the WPS add-in (npm run package:wps, after npm run build:wps).
//   node scripts/package-wps.js [--base-url https://oa.example.gov.cn/wps/] [--from dist-wps] [--out dist-wps-package]
// Writes to --out:
//   target-sheet_<version>/        the add-in folder (what WPS unpacks into jsaddons/; also for copying by hand)
//   target-sheet_<version>.7z      made with the 7za binary of the 7zip-bin dev dependency (WPS offline mode wants 7z,
//                                  not zip); SEVEN_ZIP=/path/to/7z picks another one
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

/**
 * The 7-Zip binary: $SEVEN_ZIP, else the one shipped by the 7zip-bin package (npm ci installs it; npm does
 * not keep its executable bit, so it is set here). Null when neither runs.
 */
function find7z() {
  const candidates = [];
  if (process.env.SEVEN_ZIP) candidates.push(process.env.SEVEN_ZIP);
  try {
    const bundled = require('7zip-bin').path7za;
    if (fs.existsSync(bundled)) {
      fs.chmodSync(bundled, 0o755);
      candidates.push(bundled);
    }
  } catch {
    // 7zip-bin not installed (production install): only $SEVEN_ZIP can help.
  }
  for (const bin of candidates) {
    const r = spawnSync(bin, ['i'], { stdio: 'ignore' });
    if (!r.error && r.status === 0) return bin;
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
  if (!sevenZip) {
    console.error(
      `7-Zip not found: run npm ci (it installs the 7zip-bin package), or set SEVEN_ZIP to a 7z binary ` +
        `(apt-get install p7zip-full; 7-Zip on Windows). The folder ${folder}/ is written: it can also be ` +
        `copied into the jsaddons folder by hand (see docs/wps.md).`,
    );
    process.exit(1);
  }
  // The archive holds the files at its root (WPS unpacks it into jsaddons/<name>_<version>/).
  const r = spawnSync(sevenZip, ['a', '-t7z', '-bd', path.join(out, `${folder}.7z`), '.'], {
    cwd: path.join(out, folder),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) {
    console.error(`7z failed (${sevenZip}, exit ${r.status})`);
    process.exit(1);
  }
  console.log(`offline package: ${path.join(out, `${folder}.7z`)}`);
  console.log(`jsplugins.xml (offline) and jsplugins.online.xml for ${baseUrl} in ${out}`);
}

main();
