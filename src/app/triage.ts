/**
 * Triage: which findings the list shows. Filters (severity, rule family, form), info findings collapsed by
 * default, findings and whole rules the reviewer ignored. One predicate for the list, navigation and counts.
 */
import type { Finding, Severity } from '../model/finding';
import { RULE_FAMILIES, type RuleFamily } from '../rules/types';
import { ruleInfo } from '../rules/info';
import { findingKey } from './findings-view';

export { RULE_FAMILIES, type RuleFamily };

/** Empty lists mean “all”. `form` is a form's key (formKeyOf) or null for every form. */
export interface TriageFilter {
  severities: Severity[];
  families: RuleFamily[];
  form: string | null;
}

export const NO_FILTER: TriageFilter = { severities: [], families: [], form: null };

/** What decides whether a finding is listed (a slice of the pane state). */
export interface TriageState {
  filter: TriageFilter;
  showInfo: boolean;
  ignored: readonly string[];
  ignoredRules: readonly string[];
  showIgnored: boolean;
}

/** The form a finding belongs to: sheet + form index (findings outside any form: index -1). */
export function formKeyOf(f: Pick<Finding, 'sheet' | 'form'>): string {
  return `${f.sheet}\u0000${f.form ?? -1}`;
}

export function familyOf(rule: string): RuleFamily | null {
  const family = ruleInfo(rule)?.family ?? rule.split('.')[0];
  return (RULE_FAMILIES as readonly string[]).includes(family) ? (family as RuleFamily) : null;
}

/** Rules whose fixes may be applied all at once: they only rewrite symbols (meta.mechanical). */
export function isMechanical(rule: string): boolean {
  return ruleInfo(rule)?.mechanical === true;
}

/** How many filter dimensions are narrowed (shown on the 筛选 button). */
export function activeFilterCount(filter: TriageFilter): number {
  return (filter.severities.length > 0 ? 1 : 0) + (filter.families.length > 0 ? 1 : 0) + (filter.form ? 1 : 0);
}

/** Info findings are collapsed unless shown, or unless the reviewer filtered on 提示 themselves. */
export function infoCollapsed(s: Pick<TriageState, 'filter' | 'showInfo'>): boolean {
  return !s.showInfo && !s.filter.severities.includes('info');
}

/** Not ignored, neither one by one nor as a whole rule. */
export function isActive(f: Finding, ignored: ReadonlySet<string>, ignoredRules: ReadonlySet<string>): boolean {
  return !ignored.has(findingKey(f)) && !ignoredRules.has(f.rule);
}

function passesFilter(f: Finding, filter: TriageFilter): boolean {
  if (filter.severities.length > 0 && !filter.severities.includes(f.severity)) return false;
  if (filter.families.length > 0) {
    const family = familyOf(f.rule);
    if (!family || !filter.families.includes(family)) return false;
  }
  return !filter.form || formKeyOf(f) === filter.form;
}

/** Everything that decides the list, as counts: the list itself, the collapsed info and the hidden ones. */
export interface Triage {
  /** Listed, in result order (grouping and order are findings-view's). */
  listed: (f: Finding) => boolean;
  /** Info findings the filter lets through but that are collapsed (“另有 N 条提示”). */
  collapsedInfo: number;
  /** Findings of ignored rules (“已忽略的规则”). */
  byIgnoredRule: Map<string, number>;
}

export function triage(findings: readonly Finding[], s: TriageState): Triage {
  const ignored = new Set(s.ignored);
  const ignoredRules = new Set(s.ignoredRules);
  const collapse = infoCollapsed(s);
  const visible = (f: Finding) =>
    !ignoredRules.has(f.rule) && (s.showIgnored || !ignored.has(findingKey(f))) && passesFilter(f, s.filter);
  let collapsedInfo = 0;
  const byIgnoredRule = new Map<string, number>();
  for (const f of findings) {
    if (ignoredRules.has(f.rule)) byIgnoredRule.set(f.rule, (byIgnoredRule.get(f.rule) ?? 0) + 1);
    else if (collapse && f.severity === 'info' && visible(f)) collapsedInfo++;
  }
  for (const rule of s.ignoredRules) if (!byIgnoredRule.has(rule)) byIgnoredRule.set(rule, 0);
  return {
    listed: (f) => visible(f) && !(collapse && f.severity === 'info'),
    collapsedInfo,
    byIgnoredRule,
  };
}

/** The findings a 全部修正 writes: listed ones of mechanical rules with a fix, one per cell. */
export function bulkFixes(findings: readonly Finding[]): Finding[] {
  const cells = new Set<string>();
  return findings.filter((f) => {
    if (!f.fix || !isMechanical(f.rule)) return false;
    const at = `${f.sheet}!${f.fix.cell}`;
    if (cells.has(at)) return false;
    cells.add(at);
    return true;
  });
}

/**
 * The cells 全部修正 writes for these findings: each mechanical fix's cells (a habit fixed across a form has
 * several), every cell once.
 */
export function bulkEdits(findings: readonly Finding[]): { sheet: string; cell: string; text: string }[] {
  const seen = new Set<string>();
  const out: { sheet: string; cell: string; text: string }[] = [];
  for (const f of bulkFixes(findings))
    for (const e of [{ cell: f.fix!.cell, text: f.fix!.text }, ...(f.fix!.more ?? [])]) {
      const at = `${f.sheet}!${e.cell}`;
      if (seen.has(at)) continue;
      seen.add(at);
      out.push({ sheet: f.sheet, cell: e.cell, text: e.text });
    }
  return out;
}
