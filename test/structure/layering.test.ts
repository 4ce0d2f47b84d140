/**
 * The layering of src/ as the README states it: every import between folders is one the table allows, the
 * folders form no cycle, concrete hosts are wired into the app only by entry points, and the app layer uses
 * no DOM, Office.js or React.
 */
import fs from 'fs';
import path from 'path';
import {
  SRC,
  findCycle,
  importEdges,
  importSpecifiers,
  readLayering,
  sourceFiles,
  unitOf,
  type Edge,
  type Layering,
} from './import-graph';

const layering = readLayering();
const units = [...layering.allowed.keys()];
const edges = importEdges();

/** Folder-level edges (distinct, cross-folder), each with one file edge as the example. */
function unitEdges(): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const e of edges) {
    const a = unitOf(e.from, units);
    const b = unitOf(e.to, units);
    if (!a || !b || a === b) continue;
    const m = out.get(a) ?? new Map<string, string>();
    if (!m.has(b)) m.set(b, `${e.from} → ${e.to}`);
    out.set(a, m);
  }
  return out;
}

/** The edges the table forbids, as "from → to" lines. */
function violations(l: Layering, list: readonly Edge[] = edges): string[] {
  const units = [...l.allowed.keys()];
  const bad: string[] = [];
  for (const e of list) {
    const a = unitOf(e.from, units);
    const b = unitOf(e.to, units);
    if (!a || !b || a === b) continue;
    if (l.allowed.get(a)?.has(b)) continue;
    if (l.entryOnly.get(a)?.has(b) && l.entries.has(e.from)) continue;
    bad.push(
      `${e.from} → ${e.to} (${a} may not import ${b}${l.entryOnly.get(a)?.has(b) ? ' outside an entry point' : ''})`,
    );
  }
  return bad;
}

describe('the import graph parser', () => {
  test('finds static, re-export, side-effect, dynamic and type imports; ignores comments', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "export * from './d';",
      "import './e.css';",
      'const x = await import(/* webpackChunkName: "f" */ \'f\');',
      "type G = import('./g').G;",
      "// import { no } from './commented';",
      "/** import { no } from './doc'; */",
      'import {',
      '  h,',
      "} from './h';",
    ].join('\n');
    expect(importSpecifiers(text).sort()).toEqual(['../b', './a', './c', './d', './e.css', './g', './h', 'f'].sort());
  });

  test('finds a cycle and only a cycle', () => {
    const g = (pairs: [string, string][]) => {
      const m = new Map<string, Set<string>>();
      for (const [a, b] of pairs) m.set(a, (m.get(a) ?? new Set()).add(b));
      return m;
    };
    expect(
      findCycle(
        g([
          ['a', 'b'],
          ['b', 'c'],
          ['a', 'c'],
        ]),
      ),
    ).toBeNull();
    expect(
      findCycle(
        g([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
  });

  test('a file belongs to the longest listed folder', () => {
    expect(unitOf('hosts/wps/entry.ts', ['hosts', 'hosts/wps'])).toBe('hosts/wps');
    expect(unitOf('hosts/host.ts', ['hosts', 'hosts/wps'])).toBe('hosts');
    expect(unitOf('check.ts', ['check.ts', 'cli'])).toBe('check.ts');
    expect(unitOf('checker/x.ts', ['check.ts'])).toBeNull();
  });

  test('a forbidden edge and an entry-only edge from a non-entry file are reported', () => {
    const l = readLayering(
      '<!-- layering -->\n| `core` | — |\n| `model` | `core`* |\nEntry points: `model/main.ts`\n<!-- /layering -->',
    );
    expect(l.allowed.get('core')?.size).toBe(0);
    expect([...(l.entryOnly.get('model') ?? [])]).toEqual(['core']);
    expect([...l.entries]).toEqual(['model/main.ts']);
    expect(
      violations(l, [
        { from: 'core/a.ts', to: 'model/b.ts' },
        { from: 'model/b.ts', to: 'core/a.ts' },
        { from: 'model/main.ts', to: 'core/a.ts' },
        { from: 'core/a.ts', to: 'core/c.ts' },
      ]),
    ).toEqual([
      'core/a.ts → model/b.ts (core may not import model)',
      'model/b.ts → core/a.ts (model may not import core outside an entry point)',
    ]);
  });
});

describe('src/ follows the README layering', () => {
  test('the table is read and names existing folders and entry files', () => {
    expect(units.length).toBeGreaterThan(10);
    for (const u of units)
      expect({ unit: u, exists: fs.existsSync(path.join(SRC, u)) }).toEqual({ unit: u, exists: true });
    for (const e of layering.entries)
      expect({ entry: e, exists: fs.existsSync(path.join(SRC, e)) }).toEqual({ entry: e, exists: true });
    for (const [u, may] of layering.allowed)
      for (const d of [...may, ...(layering.entryOnly.get(u) ?? [])]) expect(units).toContain(d);
  });

  test('every source file belongs to a folder of the table', () => {
    const orphans = sourceFiles()
      .map((f) => path.relative(SRC, f).split(path.sep).join('/'))
      .filter((f) => unitOf(f, units) === null);
    expect(orphans).toEqual([]);
  });

  test('the import graph was read (sanity: known edges are present)', () => {
    expect(edges.length).toBeGreaterThan(300);
    expect(edges).toContainEqual({ from: 'check.ts', to: 'layout/recognize.ts' });
    expect(edges).toContainEqual({ from: 'taskpane/index.tsx', to: 'app/session.ts' });
  });

  test('no import between folders that the table forbids', () => {
    expect(violations(layering)).toEqual([]);
  });

  test('no folder cycle, in the code or in the table', () => {
    const actual = new Map([...unitEdges()].map(([a, m]) => [a, new Set(m.keys())]));
    expect(findCycle(actual)).toBeNull();
    const table = new Map(
      units.map((u) => [u, new Set([...(layering.allowed.get(u) ?? []), ...(layering.entryOnly.get(u) ?? [])])]),
    );
    expect(findCycle(table)).toBeNull();
  });

  test('the app layer uses no DOM, Office.js or React', () => {
    const offending: string[] = [];
    for (const file of sourceFiles(path.join(SRC, 'app'))) {
      const text = fs.readFileSync(file, 'utf8');
      const specs = importSpecifiers(text);
      if (specs.some((s) => /^(react|react-dom|@fluentui)/.test(s))) offending.push(`${file}: React`);
      if (/\b(window|document|Office|Excel|navigator|localStorage)\s*\./.test(text))
        offending.push(`${file}: DOM/Office`);
    }
    expect(offending).toEqual([]);
  });
});
