/**
 * manifest.xml checked offline: parses with office-addin-manifest's reader; every resid resolves to a
 * resource of the right kind; strings fit Office's limits and have en-US overrides; every URL points at a
 * file the build emits; icons are PNGs of the declared sizes; the shared runtime is wired consistently.
 * (`npm run validate` runs Microsoft's online validation.)
 */
import fs from 'fs';
import path from 'path';
import { parseStringPromise } from 'xml2js';
import { execFileSync } from 'child_process';
import { ensureBuild, ROOT } from '../pane/build';

jest.setTimeout(900_000); // the shared build can take minutes on a busy machine

type Node = { $?: Record<string, string>; _?: string; [child: string]: unknown };

let dir = '';
let xml = '';
let doc: Node;

/** Every element under `node` (depth first) with its tag name. */
function* walk(node: unknown, tag = ''): Generator<[string, Node]> {
  if (Array.isArray(node)) {
    for (const n of node) yield* walk(n, tag);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  yield [tag, node as Node];
  for (const [k, v] of Object.entries(node)) if (k !== '$' && k !== '_') yield* walk(v, k);
}

const elements = (tag: string) => [...walk(doc)].filter(([t]) => t === tag).map(([, n]) => n);

function pngSize(file: string): { w: number; h: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { w: b.readUInt32BE(16), h: b.readUInt32BE(20) };
}

beforeAll(async () => {
  dir = await ensureBuild();
  xml = fs.readFileSync(path.join(dir, 'manifest.xml'), 'utf8');
  doc = (await parseStringPromise(xml)) as Node;
});

test('office-addin-manifest reads it: TaskPaneApp for Excel, zh-CN default', async () => {
  // office-addin-manifest loads ES modules jest cannot require: read the manifest in a plain node process
  const script =
    "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then((i) => console.log(JSON.stringify(i)))";
  const info = JSON.parse(
    execFileSync(process.execPath, ['-e', script, path.join(dir, 'manifest.xml')], { cwd: ROOT, encoding: 'utf8' }),
  ) as {
    officeAppType?: string;
    id?: string;
    defaultLocale?: string;
    hosts?: string[];
    permissions?: string;
    displayName?: string;
    defaultSettings?: { sourceLocation?: string };
  };
  expect(info.officeAppType).toBe('TaskPaneApp');
  expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(info.defaultLocale).toBe('zh-CN');
  expect(info.hosts).toEqual(['Workbook']);
  expect(info.permissions).toBe('ReadWriteDocument');
  expect(info.displayName).toBe('预算绩效目标表校验');
  expect(info.defaultSettings?.sourceLocation).toBe('https://localhost:3000/taskpane.html');
});

test('every resid resolves to a resource of the right kind', () => {
  const ids = (kind: string, inner: string) =>
    new Set(elements(kind).flatMap((k) => (k[inner] as Node[]).map((n) => n.$!.id)));
  const images = ids('bt:Images', 'bt:Image');
  const urls = ids('bt:Urls', 'bt:Url');
  const shorts = ids('bt:ShortStrings', 'bt:String');
  const longs = ids('bt:LongStrings', 'bt:String');
  const kindOf: Record<string, Set<string>> = {
    Label: shorts,
    Title: shorts,
    Description: longs,
    'bt:Image': images,
    SourceLocation: urls,
    FunctionFile: urls,
    Runtime: urls,
    LearnMoreUrl: urls,
  };
  let checked = 0;
  for (const [tag, node] of walk(doc)) {
    const resid = node.$?.resid;
    if (!resid) continue;
    expect({ tag, resid, known: kindOf[tag] !== undefined }).toEqual({ tag, resid, known: true });
    expect({ tag, resid, resolves: kindOf[tag].has(resid) }).toEqual({ tag, resid, resolves: true });
    checked++;
  }
  expect(checked).toBeGreaterThan(15);
});

test('strings fit Office limits and every string has an en-US override', () => {
  for (const [kind, max] of [
    ['bt:ShortStrings', 125],
    ['bt:LongStrings', 250],
  ] as const) {
    for (const s of elements(kind).flatMap((k) => k['bt:String'] as Node[])) {
      expect(s.$!.DefaultValue.length).toBeLessThanOrEqual(max);
      const overrides = (s['bt:Override'] as Node[] | undefined) ?? [];
      expect(overrides.map((o) => o.$!.Locale)).toEqual(['en-US']);
    }
  }
  expect(xml).toContain('<Override Locale="en-US" Value="Budget Target Sheet Checker"/>');
});

test('ribbon: Home tab group with 一键校验 and 新建绩效目标表 (ExecuteFunction) and 打开面板 (ShowTaskpane), shared runtime wired', () => {
  const actions = elements('Action').map((a) => a.$!['xsi:type']);
  expect(actions).toEqual(['ExecuteFunction', 'ExecuteFunction', 'ShowTaskpane']);
  expect(elements('OfficeTab')[0].$!.id).toBe('TabHome');
  expect([...xml.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1])).toEqual([
    'runCheck',
    'openNewForm',
  ]);
  const runtime = elements('Runtime')[0].$!;
  expect(runtime.lifetime).toBe('long');
  expect(elements('FunctionFile')[0].$!.resid).toBe(runtime.resid);
  expect(
    elements('SourceLocation')
      .filter((s) => s.$?.resid)
      .map((s) => s.$!.resid),
  ).toEqual([runtime.resid]);
  expect(xml).toMatch(/<bt:Set Name="SharedRuntime" MinVersion="1.1"\/>/);
  expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.1"\/>/);
  // under a shared runtime the pane is the runtime's page: a TaskpaneId would make Office open a second one
  expect(elements('TaskpaneId')).toEqual([]);
  // the function name is registered by the built pages
  for (const page of ['taskpane', 'commands']) {
    const html = fs.readFileSync(path.join(dir, `${page}.html`), 'utf8');
    const js = [...html.matchAll(/src="?([^" >]+\.js)/g)].map((m) => m[1]).filter((s) => !s.startsWith('http'));
    for (const name of ['runCheck', 'openNewForm'])
      expect({
        page,
        name,
        registered: js.some((f) => fs.readFileSync(path.join(dir, f), 'utf8').includes(`"${name}"`)),
      }).toEqual({ page, name, registered: true });
  }
});

test('every URL points at a file the build emits; icons are PNGs of the declared sizes', () => {
  const urls = [...xml.matchAll(/(?:DefaultValue="|<AppDomain>)(https:\/\/localhost:3000[^"<]*)/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(8);
  for (const url of urls) {
    const rel = new URL(url).pathname.replace(/^\//, '');
    if (rel === '') continue; // AppDomain
    expect({ url, exists: fs.existsSync(path.join(dir, rel)) }).toEqual({ url, exists: true });
  }
  const declared: [string, number][] = [
    ...xml.matchAll(/<bt:Image id="Icon\.(\d+)x\d+" DefaultValue="https:\/\/localhost:3000\/([^"]+)"/g),
  ].map((m) => [m[2], Number(m[1])]);
  declared.push(['assets/icon-32.png', 32], ['assets/icon-64.png', 64]);
  for (const [file, size] of declared) expect(pngSize(path.join(dir, file))).toEqual({ w: size, h: size });
  for (const s of [16, 20, 24, 32, 40, 48, 64, 80])
    expect(pngSize(path.join(ROOT, 'assets', `icon-${s}.png`))).toEqual({ w: s, h: s });
});

test('baseUrl rewrites every manifest URL for an intranet deployment', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS webpack config, outside the TS project
  const { rewriteManifest } = require(path.join(ROOT, 'webpack.config.js')) as {
    rewriteManifest: (x: string, b: string) => string;
  };
  const out = rewriteManifest(
    fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'),
    'https://oa.example.gov.cn/target-sheet/',
  );
  expect(out).not.toContain('localhost');
  expect(out).toContain('<AppDomain>https://oa.example.gov.cn</AppDomain>');
  expect(out).toContain('DefaultValue="https://oa.example.gov.cn/target-sheet/taskpane.html"');
});

test('pages: CSP forbids inline scripts and eval; office.js from the CDN by default, local with officeJs=local', () => {
  for (const page of ['taskpane.html', 'commands.html']) {
    const html = fs.readFileSync(path.join(dir, page), 'utf8');
    const csp = /Content-Security-Policy content="([^"]+)"/.exec(html)?.[1] ?? '';
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/); // no inline script element
    // office.js is injected async by the startup bundle, never a blocking <script> of the page
    expect(html).not.toMatch(/<script[^>]*office\.js/);
    expect(html).toMatch(
      /<meta name="?office-js"? content="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/,
    );
    // the ES5 engine check runs first, before any bundle
    const scripts = [...html.matchAll(/<script[^>]*src="?([^" >]+)/g)].map((m) => m[1]);
    expect(scripts[0]).toMatch(/^bootstrap\.[0-9a-f]{8}\.js$/);
    expect(scripts[1]).toMatch(/^startup\./);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS webpack config, outside the TS project
  const makeConfig = require(path.join(ROOT, 'webpack.config.js')) as (
    env: object,
    argv: object,
  ) => {
    plugins: {
      userOptions?: { templateParameters?: { officeJs: string; csp: string } };
      patterns?: { from: string }[];
    }[];
  };
  const local = makeConfig({ officeJs: 'local' }, { mode: 'production' });
  const params = local.plugins.map((p) => p.userOptions?.templateParameters).filter(Boolean);
  expect(params.map((p) => p!.officeJs)).toEqual(['office-js/office.js', 'office-js/office.js']);
  expect(params[0]!.csp).toContain("script-src 'self';");
  const copies = local.plugins.flatMap((p) => p.patterns ?? []).map((p) => p.from);
  expect(copies).toContain('node_modules/@microsoft/office-js/dist');
  expect(fs.existsSync(path.join(ROOT, 'node_modules/@microsoft/office-js/dist/office.js'))).toBe(true);
});
