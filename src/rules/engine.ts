/** Runs the selected rules over forms: Form[] → Finding[], in form order, then rule order. */
import type { Cell } from '../model/cell';
import type { Expr } from '../model/expr';
import type { Finding, Fix } from '../model/finding';
import type { Form } from '../model/form';
import type { ActiveRule } from './select';
import type { StandardSet } from '../model/standard-set';
import type { RuleContext } from './types';
import { endedEarly, isCutOff } from './cut-off';
import { fixFor, joinedCells, type JoinedCells } from './joined-fix';

export interface EngineOptions {
  parse: (text: string) => Expr;
  /** Standard 决策/过程 sets (from the template catalog, given by the caller; none: nothing to compare with). */
  standardSets?: readonly StandardSet[];
  /**
   * The last row (1-based) of each sheet as read: a form whose table runs to it, unfinished, may be a cut
   * copy (src/rules/cut-off.ts). Absent (forms re-checked without their grid): no form counts as cut.
   */
  sheetEnds?: Readonly<Record<string, number>>;
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
    const joined = joinedCells(form);
    const sheetEnd = options.sheetEnds?.[form.sheet];
    const cutOff = isCutOff(form, sheetEnd, expr);
    const early = endedEarly(form, sheetEnd, cutOff);
    for (const { rule, severity } of active) {
      const ctx: RuleContext = {
        expr,
        standardSets,
        cutOff,
        endedEarly: early,
        report: (r) => ({
          rule: rule.id,
          severity,
          sheet: form.sheet,
          cell: r.cell,
          message: r.message,
          ...(r.suggestion ? { suggestion: r.suggestion } : {}),
          ...withFix(r.fix, joined),
          ...(r.subject ? { subject: r.subject } : {}),
          form: index,
        }),
      };
      for (const f of rule.check(form, ctx)) findings.push(f);
    }
  }
  return oneFindingPerForm(
    oneFindingPerRow(oneFindingPerRootCause(oneGrammarFindingPerCell(dedupe(findings), active), active)),
    active,
  );
}

/**
 * A rule that names a row's root cause (structure.row-shifted) takes the findings its slip causes on the
 * same row of the same form (meta.rootCauseOfRow): the clerk sees one problem and one fix.
 */
function oneFindingPerRootCause(findings: Finding[], active: readonly ActiveRule[]): Finding[] {
  const roots = active.filter((a) => a.rule.meta.rootCauseOfRow);
  if (roots.length === 0) return findings;
  const rowKey = (f: Finding) => `${f.sheet}\u0000${f.form ?? ''}\u0000${/\d+$/.exec(f.cell)?.[0] ?? ''}`;
  const drops = new Map<string, ((f: Finding) => boolean)[]>();
  for (const { rule } of roots) {
    const scope = rule.meta.rootCauseOfRow!;
    const covers = (f: Finding) =>
      f.rule !== rule.id &&
      ((scope.families ?? []).some((fam) => f.rule.startsWith(`${fam}.`)) || (scope.rules ?? []).includes(f.rule));
    for (const f of findings) {
      if (f.rule !== rule.id) continue;
      const key = rowKey(f);
      drops.set(key, [...(drops.get(key) ?? []), covers]);
    }
  }
  if (drops.size === 0) return findings;
  return findings.filter((f) => !(drops.get(rowKey(f)) ?? []).some((covers) => covers(f)));
}

/**
 * The same finding on several cells of one row (a value typed alike in the 半年 and 全年 columns, or in
 * seven yearly columns; a cost with ≥ in both periods) is one slip: reported once, on the first cell,
 * naming the others (Finding.also). Findings with a fix merge into one fix writing each of the cells.
 */
function oneFindingPerRow(findings: Finding[]): Finding[] {
  const first = new Map<string, { finding: Finding; others: Finding[] }>();
  const out: Finding[] = [];
  for (const f of findings) {
    // a value rule says the same of every period of the row (≥20万元 and ≥62.01万元 on a cost: the ≥);
    // other rules are merged only when they say exactly the same. Fixable findings merge with fixable ones
    // only, into one fix that writes each cell (＝100% in 半年 and 全年: one finding, one step).
    const what = f.rule.startsWith('expr.') ? '' : f.message;
    const fixable = f.fix && !f.fix.more ? 'fix' : f.fix ? `own:${f.cell}` : '';
    const key = `${f.sheet}\u0000${f.form ?? ''}\u0000${f.rule}\u0000${/\d+$/.exec(f.cell)?.[0] ?? ''}\u0000${what}\u0000${fixable}`;
    const seen = first.get(key);
    if (seen) {
      seen.others.push(f);
      continue;
    }
    const entry = { finding: { ...f }, others: [] as Finding[] };
    first.set(key, entry);
    out.push(entry.finding);
  }
  for (const { finding, others } of first.values()) {
    if (others.length === 0) continue;
    const cells = others.map((o) => o.cell);
    finding.message = `${finding.message}（同一行的${cells.join('、')}也是如此）`;
    finding.also = cells;
    if (finding.fix) finding.fix = mergedFix(finding.fix, others);
  }
  return out;
}

/** How many cells a merged message lists before “等”. */
const LISTED = 6;

/**
 * A typing habit (meta.perForm: ＝ for =, >= for ≥) is one finding per form: the first cell carries it, the
 * others are its `also` cells, and its fix writes every cell in one step.
 */
function oneFindingPerForm(findings: Finding[], active: readonly ActiveRule[]): Finding[] {
  const perForm = new Set(active.filter((a) => a.rule.meta.perForm).map((a) => a.rule.id));
  if (perForm.size === 0) return findings;
  const first = new Map<string, { finding: Finding; others: Finding[] }>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.form ?? ''}\u0000${f.rule}`;
    const seen = perForm.has(f.rule) ? first.get(key) : undefined;
    if (seen) {
      seen.others.push(f);
      continue;
    }
    const entry = { finding: { ...f }, others: [] as Finding[] };
    if (perForm.has(f.rule)) first.set(key, entry);
    out.push(entry.finding);
  }
  for (const { finding, others } of first.values()) {
    if (others.length === 0) continue;
    const also = [...(finding.also ?? []), ...others.flatMap((o) => [o.cell, ...(o.also ?? [])])];
    const cells = [finding.cell, ...also];
    const listed = listedCells(cells);
    finding.message = `${finding.message.replace(/（同一行的[^）]*也是如此）$/, '')}（表中共 ${cells.length} 个单元格如此：${listed}）`;
    finding.also = also;
    if (finding.fix) {
      const edits = [finding.fix, ...others.map((o) => o.fix)].flatMap((x) =>
        x ? [{ cell: x.cell, text: x.text }, ...(x.more ?? [])] : [],
      );
      finding.fix = {
        cell: finding.fix.cell,
        text: finding.fix.text,
        more: edits.slice(1),
        // the cells written (an operator column's, when the values were joined from one)
        summary: `把${listedCells(edits.map((e) => e.cell))}共 ${edits.length} 个单元格改为建议的写法`,
      };
    }
  }
  return out;
}

function listedCells(cells: readonly string[]): string {
  return cells.slice(0, LISTED).join('、') + (cells.length > LISTED ? '等' : '');
}

/** One fix writing every cell of a row's merged findings, each its own suggested text. */
function mergedFix(fix: Fix, others: readonly Finding[]): Fix {
  const edits = [{ cell: fix.cell, text: fix.text }, ...others.flatMap((o) => (o.fix ? [o.fix] : []))];
  const cells = edits.map((e) => e.cell).join('、');
  const texts = [...new Set(edits.map((e) => e.text))];
  const summary =
    texts.length === 1 ? `把${cells}改为“${texts[0]}”` : `把${cells}分别改为${texts.map((t) => `“${t}”`).join('、')}`;
  return { cell: fix.cell, text: fix.text, more: edits.slice(1).map((e) => ({ cell: e.cell, text: e.text })), summary };
}

function withFix(fix: Fix | undefined, joined: JoinedCells): { fix?: Fix } {
  const f = fix ? fixFor(fix, joined) : null;
  return f ? { fix: f } : {};
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
