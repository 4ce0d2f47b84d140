/**
 * Which rules run, at which severity: `--rules` (ids or families) narrows the set, then per-rule or
 * per-family settings switch rules off or change severity. A rule id setting beats its family's.
 */
import type { Severity } from '../model/finding';
import { RULE_FAMILIES, type Rule } from './types';

export type RuleSetting = 'off' | 'on' | Severity;

export interface Selection {
  /** Rule ids or family names to run; all rules when absent or empty. */
  only?: readonly string[];
  /** id or family → setting. */
  settings?: Readonly<Record<string, RuleSetting>>;
}

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
}

export class UnknownRuleError extends Error {
  constructor(readonly names: string[]) {
    super(`unknown rule or family: ${names.join(', ')}`);
  }
}

/** Names (ids or families) that match no rule, so a typo in --rules or a config is reported, not ignored. */
export function unknownNames(rules: readonly Rule[], names: readonly string[]): string[] {
  const families = new Set<string>(RULE_FAMILIES);
  return names.filter((n) => !families.has(n) && !rules.some((r) => r.id === n));
}

function matches(rule: Rule, name: string): boolean {
  return rule.id === name || rule.meta.family === name;
}

export function selectRules(rules: readonly Rule[], selection: Selection = {}): ActiveRule[] {
  const only = selection.only?.filter((n) => n.trim() !== '') ?? [];
  const bad = unknownNames(rules, [...only, ...Object.keys(selection.settings ?? {})]);
  if (bad.length > 0) throw new UnknownRuleError(bad);
  const out: ActiveRule[] = [];
  for (const rule of rules) {
    if (only.length > 0 && !only.some((n) => matches(rule, n))) continue;
    const setting = selection.settings?.[rule.id] ?? selection.settings?.[rule.meta.family] ?? 'on';
    if (setting === 'off') continue;
    out.push({ rule, severity: setting === 'on' ? rule.meta.severity : setting });
  }
  return out;
}
