#!/usr/bin/env node
// npm start: build + serve the add-in.
// - Windows/macOS with Excel and office-addin-debugging installed: sideloads into Excel (office-addin-debugging start).
// - Elsewhere (Linux, CI, no Excel): serves the pages over HTTPS (office-addin-dev-certs) or, if no certificate
//   can be made, HTTP, and prints how to sideload (Excel on the web: upload manifest.xml). Opened in a plain
//   browser, the pane shows the browser screen (open in Excel, or drop an .xlsx).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const root = path.join(__dirname, '..');
const port = Number(process.env.PORT || 3000);

function has(mod) {
  try {
    require.resolve(mod, { paths: [root] });
    return true;
  } catch {
    return false;
  }
}

function excelInstalled() {
  if (process.platform === 'darwin') return fs.existsSync('/Applications/Microsoft Excel.app');
  if (process.platform === 'win32') {
    const dirs = [process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter(Boolean);
    return dirs.some((d) =>
      ['Microsoft Office/root/Office16/EXCEL.EXE', 'Microsoft Office/Office16/EXCEL.EXE'].some((p) =>
        fs.existsSync(path.join(d, p)),
      ),
    );
  }
  return false;
}

/** HTTPS options from office-addin-dev-certs without touching the system trust store; null if impossible. */
async function httpsOptions() {
  if (process.env.START_HTTP === '1' || !has('office-addin-dev-certs')) return null;
  try {
    const certs = require('office-addin-dev-certs');
    if (process.platform === 'win32' || process.platform === 'darwin') {
      const o = await certs.getHttpsServerOptions(); // installs the dev CA (asks once)
      return { ca: o.ca, key: o.key, cert: o.cert };
    }
    const dir = path.join(os.homedir(), '.office-addin-dev-certs');
    const ca = path.join(dir, 'ca.crt');
    const cert = path.join(dir, 'localhost.crt');
    const key = path.join(dir, 'localhost.key');
    if (!fs.existsSync(cert) || !fs.existsSync(key)) {
      fs.mkdirSync(dir, { recursive: true });
      await certs.generateCertificates(ca, cert, key, 30);
    }
    return { ca: fs.readFileSync(ca), cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
  } catch (e) {
    console.warn(`无法生成 HTTPS 证书（${e.message}），改用 HTTP。`);
    return null;
  }
}

async function serve() {
  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const https = await httpsOptions();
  const scheme = https ? 'https' : 'http';
  const baseUrl = `${scheme}://localhost:${port}/`;
  const config = require(path.join(root, 'webpack.config.js'))({ baseUrl }, { mode: 'development' });
  const server = new WebpackDevServer(
    {
      ...config.devServer,
      port,
      host: process.env.HOST || 'localhost',
      server: https ? { type: 'https', options: https } : { type: 'http' },
    },
    webpack(config),
  );
  await server.start();
  console.log(`
预算绩效目标表校验 · 开发服务器已启动：${baseUrl}taskpane.html
manifest：${baseUrl}manifest.xml （构建输出 dist/manifest.xml 指向 ${baseUrl}）

本机没有 Excel（或未安装 office-addin-debugging），请手动旁加载：
  · Excel 网页版：打开一个工作簿 → 开始 → 加载项 → 更多设置/我的加载项 → 上传我的加载项 → 选择 dist/manifest.xml
  · Windows Excel：把 manifest.xml 放到共享文件夹，在 信任中心 → 受信任的加载项目录 中添加该目录
  · 在普通浏览器中打开上面的地址：进入浏览器文件模式（先校验内置示例工作簿，可拖入自己的 .xlsx 文件）
${https ? '' : '注意：Excel 要求 HTTPS；HTTP 只适合在浏览器里查看页面。'}
按 Ctrl+C 停止。`);
}

async function main() {
  if (process.env.START_NO_SIDELOAD !== '1' && has('office-addin-debugging') && excelInstalled()) {
    const bin = path.join(
      root,
      'node_modules',
      '.bin',
      process.platform === 'win32' ? 'office-addin-debugging.cmd' : 'office-addin-debugging',
    );
    const child = spawn(bin, ['start', 'manifest.xml', 'desktop', '--app', 'excel'], {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  await serve();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
