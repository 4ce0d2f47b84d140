/** Runs the selected rules over forms: Form[] → Finding[], in form order, then rule order. */
import type { Cell } from '../model/cell';
import type { Expr } from '../model/expr';
import type { Finding } from '../model/finding';
import type { Form } from '../model/form';
import type { ActiveRule } from './select';
import type { StandardSet } from '../model/standard-set';
import type { RuleContext } from './types';

export interface EngineOptions {
  parse: (text: string) => Expr;
  /** Standard 决策/过程 sets (from the template catalog, given by the caller; none: nothing to compare with). */
  standardSets?: readonly StandardSet[];
}

/** Parses each value text once per run (the same text appears in hundreds of cells: =100%, 健全 …). */
function cachedParser(parse: (text: string) => Expr): (cell: Cell) => Expr | null {
  const cache = new Map<string, Expr>();
  return (cell) => {
    const text = cell.text;
    if (text.trim() === '') return null;
    let e = cache.get(text);
    if (!e) {
      e = parse(text);
      cache.set(text, e);
    }
    return e;
  };
}

export function runRules(forms: readonly Form[], active: readonly ActiveRule[], options: EngineOptions): Finding[] {
  const expr = cachedParser(options.parse);
  const standardSets = options.standardSets ?? [];
  const findings: Finding[] = [];
  const formIndex = new Map<string, number>();
  for (const form of forms) {
    const index = formIndex.get(form.sheet) ?? 0;
    formIndex.set(form.sheet, index + 1);
    for (const { rule, severity } of active) {
      const ctx: RuleContext = {
        expr,
        standardSets,
        report: (r) => ({
          rule: rule.id,
          severity,
          sheet: form.sheet,
          cell: r.cell,
          message: r.message,
          ...(r.suggestion ? { suggestion: r.suggestion } : {}),
          ...(r.fix ? { fix: r.fix } : {}),
          ...(r.subject ? { subject: r.subject } : {}),
          form: index,
        }),
      };
      for (const f of rule.check(form, ctx)) findings.push(f);
    }
  }
  return oneGrammarFindingPerCell(dedupe(findings), active);
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Among exclusive (value-grammar) findings on one cell keep the most severe, preferring one with a fix. */
function oneGrammarFindingPerCell(findings: Finding[], active: readonly ActiveRule[]): Finding[] {
  const exclusive = new Map<string, number>();
  active.forEach((a, i) => {
    if (a.rule.meta.exclusive) exclusive.set(a.rule.id, i);
  });
  if (exclusive.size === 0) return findings;
  const best = new Map<string, Finding>();
  const score = (f: Finding) => RANK[f.severity] * 10000 + (f.fix ? 0 : 5000) + (exclusive.get(f.rule) ?? 0);
  for (const f of findings) {
    if (!exclusive.has(f.rule)) continue;
    const key = `${f.sheet}\u0000${f.cell}`;
    const cur = best.get(key);
    if (!cur || score(f) < score(cur)) best.set(key, f);
  }
  return findings.filter((f) => !exclusive.has(f.rule) || best.get(`${f.sheet}\u0000${f.cell}`) === f);
}

/** One finding per rule and cell: a forward-filled label seen from many rows is reported once. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.sheet}\u0000${f.form ?? ''}\u0000${f.rule}\u0000${f.cell}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
