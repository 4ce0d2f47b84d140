/**
 * The built WPS add-in (dist-wps/): ribbon.xml is well-formed customUI without an XML declaration, every
 * callback it names exists on `window.ribbon` in the built bundle, and the pages WPS loads are there.
 * Builds with webpack only when dist-wps is missing or older than the sources (test/wps/build.ts, shared with
 * the browser pane test so CI builds it once).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { SaxesParser } from 'saxes';
import { ensureWpsBuild, WPS_OUT } from './build';

const OUT = WPS_OUT;
const CUSTOM_UI_NS = 'http://schemas.microsoft.com/office/2006/01/customui';

interface Element {
  name: string;
  attributes: Record<string, string>;
  uri: string;
}

function parseXml(xml: string): Element[] {
  const parser = new SaxesParser({ xmlns: true });
  const out: Element[] = [];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (t) => {
    const attributes: Record<string, string> = {};
    for (const [k, a] of Object.entries(t.attributes)) attributes[k] = typeof a === 'string' ? a : a.value;
    out.push({ name: t.local ?? t.name, attributes, uri: t.uri ?? '' });
  });
  parser.write(xml).close();
  return out;
}

const CALLBACK_ATTRS = ['onLoad', 'onAction', 'getImage', 'getEnabled', 'getVisible', 'getLabel', 'getPressed'];

beforeAll(async () => {
  await ensureWpsBuild();
}, 900_000); // the production WPS build can take minutes on a busy machine

describe('dist-wps', () => {
  const ribbonXml = () => fs.readFileSync(path.join(OUT, 'ribbon.xml'), 'utf8');
  const bundle = (page: string) => {
    const html = fs.readFileSync(path.join(OUT, page), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)"?/g)].map((m) => m[1]);
    return scripts.map((s) => fs.readFileSync(path.join(OUT, s), 'utf8')).join('\n');
  };

  test('ribbon.xml is well-formed customUI 2006/01 without an XML declaration', () => {
    const xml = ribbonXml();
    expect(xml.startsWith('<customUI')).toBe(true);
    expect(xml).not.toMatch(/<\?xml/);
    const elements = parseXml(xml);
    expect(elements[0]).toMatchObject({ name: 'customUI', uri: CUSTOM_UI_NS });
    const labels = elements.filter((e) => e.name === 'button').map((e) => e.attributes.label);
    expect(labels).toEqual(['一键校验', '打开面板', '清除标记', '新建绩效目标表', '插入模板']);
  });

  test('a broken ribbon.xml would be caught', () => {
    expect(() => parseXml('<customUI xmlns="x"><ribbon></customUI>')).toThrow();
  });

  test('every callback named in ribbon.xml is on window.ribbon in the built bundle', () => {
    const names = new Set<string>();
    for (const e of parseXml(ribbonXml()))
      for (const a of CALLBACK_ATTRS) if (e.attributes[a]) names.add(e.attributes[a]);
    expect([...names].sort()).toEqual([
      'ribbon.GetImage',
      'ribbon.OnAction',
      'ribbon.OnAddinLoad',
      'ribbon.OnGetEnabled',
    ]);
    const code = bundle('index.html');
    const window: Record<string, unknown> = {
      location: { href: 'file:///jsaddons/target-sheet_0.1.0/index.html' },
      alert: () => undefined,
    };
    vm.runInNewContext(code, {
      window,
      self: window,
      document: { currentScript: null },
      setTimeout,
      clearTimeout,
      console,
      URL,
      Promise,
    });
    for (const name of names) {
      const [obj, fn] = name.split('.');
      expect(typeof (window[obj] as Record<string, unknown>)?.[fn]).toBe('function');
    }
  });

  test('the pane page, the entry page and the ribbon images are there', () => {
    for (const f of ['index.html', 'taskpane.html', 'ribbon.xml']) expect(fs.existsSync(path.join(OUT, f))).toBe(true);
    expect(fs.readFileSync(path.join(OUT, 'taskpane.html'), 'utf8')).not.toMatch(/office\.js/);
    for (const img of ['check', 'pane', 'clear', 'template', 'new-form'])
      expect(fs.existsSync(path.join(OUT, 'images', `${img}.svg`))).toBe(true);
    expect(bundle('taskpane.html').length).toBeGreaterThan(1000);
  });
});
