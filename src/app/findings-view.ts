import type { CheckResult } from '../check';
import type { Finding, Severity } from '../model/finding';
import type { Form } from '../model/form';
import { fromA1 } from '../core/address';
import { msg } from '../messages';

/**
 * Stable identity of a finding across re-checks (list items, ignore / reviewed storage, selection, marks):
 * rule + sheet + cell, plus the subject when one rule reports several findings on one cell.
 */
export function findingKey(f: Finding): string {
  const base = `${f.sheet}!${f.cell}#${f.rule}`;
  return f.subject ? `${base}#${f.subject}` : base;
}

/**
 * Findings with distinct keys: when a rule reports several findings on one cell without saying what each is
 * about, its message becomes the subject (so they are separate list items, not one item three times).
 */
export function withDistinctKeys(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, number>();
  for (const f of findings) seen.set(findingKey(f), (seen.get(findingKey(f)) ?? 0) + 1);
  const used = new Set<string>();
  return findings.map((f) => {
    let g =
      (seen.get(findingKey(f)) ?? 0) > 1 ? { ...f, subject: f.subject ? `${f.subject}·${f.message}` : f.message } : f;
    // Identical findings (same message too) still need their own key: number the repeats.
    for (let n = 2; used.has(findingKey(g)); n++) g = { ...g, subject: `${g.subject ?? f.message}#${n}` };
    used.add(findingKey(g));
    return g;
  });
}

export interface RuleGroup {
  rule: string;
  findings: Finding[];
}

export interface FormGroup {
  key: string;
  title: string;
  rules: RuleGroup[];
  counts: Record<Severity, number>;
}

/** zh-CN (catalogue) name of each severity, read when shown. */
export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  get error() {
    return msg('severity.error');
  },
  get warning() {
    return msg('severity.warning');
  },
  get info() {
    return msg('severity.info');
  },
};

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function cellOrder(a: Finding, b: Finding): number {
  try {
    const p = fromA1(a.cell.split(':')[0]);
    const q = fromA1(b.cell.split(':')[0]);
    return p.row - q.row || p.col - q.col;
  } catch {
    return a.cell.localeCompare(b.cell);
  }
}

function formTitle(forms: Form[], sheet: string, index: number | undefined): string {
  if (index === undefined) return msg('pane.group.outside', { sheet });
  const form = forms.filter((f) => f.sheet === sheet)[index];
  const name = form?.name ?? form?.title ?? msg('form.nth', { n: index + 1 });
  if (!form) return msg('pane.group.formUnknown', { sheet, name });
  const kind = msg(form.kind === 'department' ? 'form.kind.departmentTitle' : 'form.kind.projectTitle');
  return msg('pane.group.form', { sheet, name, kind });
}

/** Findings grouped by form, then rule; groups ordered by sheet and form, rules by worst severity. */
export function groupFindings(result: CheckResult, visible: (f: Finding) => boolean): FormGroup[] {
  const groups = new Map<string, { sheet: string; form: number | undefined; findings: Finding[] }>();
  for (const f of result.findings) {
    if (!visible(f)) continue;
    const key = `${f.sheet}\u0000${f.form ?? -1}`;
    const g = groups.get(key) ?? { sheet: f.sheet, form: f.form, findings: [] };
    g.findings.push(f);
    groups.set(key, g);
  }
  const sheetOrder = [...new Set(result.findings.map((f) => f.sheet))];
  return [...groups.entries()]
    .sort(
      ([, a], [, b]) =>
        sheetOrder.indexOf(a.sheet) - sheetOrder.indexOf(b.sheet) || (a.form ?? Infinity) - (b.form ?? Infinity),
    )
    .map(([key, g]) => {
      const byRule = new Map<string, Finding[]>();
      for (const f of g.findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
      const worst = (fs: Finding[]) => Math.min(...fs.map((f) => SEVERITY_RANK[f.severity]));
      const rules = [...byRule.entries()]
        .map(([rule, fs]) => ({ rule, findings: fs.sort(cellOrder) }))
        .sort((a, b) => worst(a.findings) - worst(b.findings) || a.rule.localeCompare(b.rule));
      return { key, title: formTitle(result.forms, g.sheet, g.form), rules, counts: countBySeverity(g.findings) };
    });
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The navigation order: exactly the order the list shows. */
export function orderedFindings(groups: FormGroup[]): Finding[] {
  return groups.flatMap((g) => g.rules.flatMap((r) => r.findings));
}
