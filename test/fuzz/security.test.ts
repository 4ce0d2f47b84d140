/**
 * Security invariants as tests: no eval / new Function / string timers in the sources, and every HTML
 * page we emit carries a Content-Security-Policy that forbids inline scripts and eval.
 * (`npm audit --omit=dev --audit-level=high` needs the network and is run by hand, not here.)
 */
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const SRC = path.join(ROOT, 'src');

function files(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p, ext) : ext.test(e.name) ? [p] : [];
  });
}

/** Source text without comments and string/template contents, so prose like "no eval" does not count. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, '""');
}

const DYNAMIC_CODE: [string, RegExp][] = [
  ['eval(', /(^|[^\w$.])eval\s*\(/],
  ['window.eval / globalThis.eval', /\b(window|globalThis|self)\s*\.\s*eval\b/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['Function(…) call', /(^|[^\w$.])Function\s*\(\s*["'`]/],
  ['string timer', /\bset(Timeout|Interval)\s*\(\s*["'`]/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\s*\(/],
];

test('no eval, new Function, string timers or document.write in src', () => {
  const sources = files(SRC, /\.(ts|tsx|js)$/);
  expect(sources.length).toBeGreaterThan(50);
  const hits: string[] = [];
  for (const f of sources) {
    const text = fs.readFileSync(f, 'utf8');
    const stripped = code(text);
    for (const [name, re] of DYNAMIC_CODE) {
      // string timers are detected on the raw text (the stripped one has no string contents left)
      if (re.test(name === 'string timer' || name === 'Function(…) call' ? text : stripped))
        hits.push(`${path.relative(ROOT, f)}: ${name}`);
    }
  }
  expect(hits).toEqual([]);
});

test('the scanner itself catches what it looks for', () => {
  expect(DYNAMIC_CODE[0][1].test(code('const x = eval("1+1");'))).toBe(true);
  expect(DYNAMIC_CODE[2][1].test(code('const f = new Function("a", "return a");'))).toBe(true);
  expect(DYNAMIC_CODE[0][1].test(code('// never eval(input)\nconst evaluate = 1; obj.eval(x);'))).toBe(false);
});

/** The CSP of a page template, with `<%= csp %>` resolved the way webpack.config.js fills it. */
function cspOf(html: string): string[] {
  const metas = [
    ...html.matchAll(/<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=(?:"([^"]*)"|'([^']*)')/gi),
  ].map((m) => m[1] ?? m[2]);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS webpack config, outside the TS project
  const { csp } = require(path.join(ROOT, 'webpack.config.js')) as { csp: (local: boolean) => string };
  return metas.flatMap((c) => (c.includes('<%= csp %>') ? [csp(false), csp(true)] : [c]));
}

function directive(policy: string, name: string): string | null {
  const parts = policy.split(';').map((p) => p.trim());
  const d = parts.find((p) => p.startsWith(`${name} `));
  return d ? d.slice(name.length + 1) : null;
}

const PAGES = files(SRC, /\.html$/);

test('every page template is checked (taskpane, commands, WPS pages)', () => {
  const rel = PAGES.map((p) => path.relative(ROOT, p).split(path.sep).join('/'));
  expect(rel).toEqual(
    expect.arrayContaining([
      'src/taskpane/taskpane.html',
      'src/commands/commands.html',
      'src/hosts/wps/index.html',
      'src/hosts/wps/taskpane.html',
    ]),
  );
});

describe.each(PAGES.map((p) => [path.relative(ROOT, p), p]))('%s', (_rel, page) => {
  const html = fs.readFileSync(page, 'utf8');
  /** The template with its build-time <%= … %> placeholders blanked (they hold URLs, not markup). */
  const markup = html.replace(/<%[\s\S]*?%>/g, 'X');

  test('sets a CSP that forbids inline scripts and eval', () => {
    const policies = cspOf(html);
    expect(policies.length).toBeGreaterThan(0);
    for (const policy of policies) {
      const scripts = directive(policy, 'script-src') ?? directive(policy, 'default-src');
      expect(scripts).not.toBeNull();
      expect(scripts).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'strict-dynamic'|\*|data:|blob:/);
      expect(directive(policy, 'object-src')).toBe("'none'");
      expect(directive(policy, 'default-src')).not.toBeNull();
    }
  });

  test('has no inline script and no inline event handler', () => {
    for (const m of markup.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      expect(m[1]).toMatch(/\bsrc=/);
      expect(m[2].trim()).toBe('');
    }
    expect(markup).not.toMatch(/\son[a-z]+\s*=/i);
    expect(markup).not.toMatch(/javascript:/i);
  });
});
