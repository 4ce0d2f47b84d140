/**
 * The import graph of src/ (relative imports only, resolved to files) and the layering table of the README,
 * for the layering test. Plain text parsing: `import … from '…'`, `export … from '…'`, `import '…'` and
 * `import('…')` (dynamic imports and import types).
 */
import fs from 'fs';
import path from 'path';

export const ROOT = path.resolve(__dirname, '../..');
export const SRC = path.join(ROOT, 'src');

export interface Edge {
  from: string;
  to: string;
}

const SOURCE = /\.(ts|tsx)$/;

export function sourceFiles(dir = SRC): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out.sort();
}

const SPECIFIERS = [
  /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*(?:\/\*[^*]*\*\/\s*)?['"]([^'"]+)['"]\s*\)/g,
];

/** The module specifiers a source text imports (comments removed first, so examples in docs do not count). */
export function importSpecifiers(text: string): string[] {
  const code = text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => (c.includes('webpackChunkName') ? c : ''))
    .replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  for (const re of SPECIFIERS) for (const m of code.matchAll(re)) out.push(m[1]);
  return out;
}

/** A relative specifier resolved to an existing file (TypeScript's rules: .ts, .tsx, index, or the exact file). */
export function resolveImport(fromFile: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(fromFile), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  for (const c of candidates) if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  throw new Error(`${path.relative(ROOT, fromFile)}: cannot resolve '${spec}'`);
}

/** Every file-to-file import edge inside src/, paths relative to src/ with '/' separators. */
export function importEdges(files = sourceFiles()): Edge[] {
  const rel = (f: string) => path.relative(SRC, f).split(path.sep).join('/');
  const edges: Edge[] = [];
  for (const file of files) {
    for (const spec of importSpecifiers(fs.readFileSync(file, 'utf8'))) {
      const target = resolveImport(file, spec);
      if (target && target.startsWith(SRC + path.sep)) edges.push({ from: rel(file), to: rel(target) });
    }
  }
  return edges;
}

export interface Layering {
  /** Unit (a folder like `hosts/wps` or a root file like `check.ts`) → units it may import. */
  allowed: Map<string, Set<string>>;
  /** Imports allowed only from entry files (marked `*` in the table). */
  entryOnly: Map<string, Set<string>>;
  /** The entry files: the only places that wire concrete hosts into the app. */
  entries: Set<string>;
}

/**
 * The table between `<!-- layering -->` and `<!-- /layering -->` in README.md: rows `| \`folder\` | \`a\`, \`b\`* |`
 * (`*`: only from an entry file), and a line `Entry points: \`taskpane/index.tsx\`, …`.
 */
export function readLayering(readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')): Layering {
  const m = /<!-- layering -->([\s\S]*?)<!-- \/layering -->/.exec(readme);
  if (!m) throw new Error('README.md has no <!-- layering --> … <!-- /layering --> section');
  const allowed = new Map<string, Set<string>>();
  const entryOnly = new Map<string, Set<string>>();
  const entries = new Set<string>();
  for (const line of m[1].split('\n')) {
    const entryLine = /^Entry points:(.*)$/.exec(line.trim());
    if (entryLine) {
      for (const e of entryLine[1].matchAll(/`([^`]+)`/g)) entries.add(e[1]);
      continue;
    }
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 4) continue;
    const unit = /^`([^`]+)`$/.exec(cells[1]);
    if (!unit) continue;
    const may = new Set<string>();
    const onlyEntry = new Set<string>();
    for (const d of cells[2].matchAll(/`([^`]+)`(\*?)/g)) (d[2] ? onlyEntry : may).add(d[1]);
    allowed.set(unit[1], may);
    entryOnly.set(unit[1], onlyEntry);
  }
  return { allowed, entryOnly, entries };
}

/** The unit a file (relative to src/) belongs to: the longest table entry that is its folder or the file itself. */
export function unitOf(file: string, units: Iterable<string>): string | null {
  let best: string | null = null;
  for (const u of units) {
    const match = file === u || file.startsWith(`${u}/`);
    if (match && (best === null || u.length > best.length)) best = u;
  }
  return best;
}

/** A cycle in a directed graph, as a list of nodes (first = last), or null. */
export function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | null => {
    state.set(n, 'open');
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === 'open') return [...stack.slice(stack.indexOf(m)), m];
      if (!state.has(m)) {
        const c = visit(m);
        if (c) return c;
      }
    }
    stack.pop();
    state.set(n, 'done');
    return null;
  };
  for (const n of graph.keys()) {
    if (state.has(n)) continue;
    const c = visit(n);
    if (c) return c;
  }
  return null;
}
