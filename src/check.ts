import type { Grid } from './model/grid';
import type { Form } from './model/form';
import type { Finding } from './model/finding';
import { recognize } from './layout/recognize';
import { parseExpr } from './expr';
import { runRules } from './rules/engine';
import { RULES } from './rules/registry';
import { selectRules, type RuleSetting } from './rules/select';
import type { TemplateSet } from './templates/schema';
import { standardSets } from './templates/catalog';

export interface CheckOptions {
  /** Rule ids or families to run (all when absent). */
  rules?: string[];
  /** Per-rule or per-family overrides: 'off', 'on' or a severity (from target-sheet.config.json). */
  overrides?: Record<string, RuleSetting>;
  /**
   * The user's template sets (target-sheet.templates.json …): with the built-in ones they are the standard
   * 决策/过程 sets structure.missing-standard compares with — the same sets `template apply` inserts.
   */
  userSets?: readonly TemplateSet[];
}

export interface CheckResult {
  forms: Form[];
  findings: Finding[];
}

/**
 * The whole check of some sheets: Grid → Form[] → Finding[]. Pure; hosts call this.
 * Throws UnknownRuleError (src/rules/select) when `rules`/`overrides` name no rule or family.
 */
export function checkGrids(grids: Grid[], options: CheckOptions = {}): CheckResult {
  const forms: Form[] = [];
  const sheetEnds: Record<string, number> = {};
  for (const grid of grids) {
    forms.push(...recognize(grid));
    sheetEnds[grid.sheet] = grid.origin.row + grid.rows;
  }
  return { forms, findings: checkForms(forms, options, sheetEnds) };
}

/** The rules alone, for forms already recognized (the pane re-checks after an edit). */
export function checkForms(
  forms: readonly Form[],
  options: CheckOptions = {},
  sheetEnds?: Readonly<Record<string, number>>,
): Finding[] {
  const active = selectRules(RULES, { only: options.rules, settings: options.overrides });
  return runRules(forms, active, {
    parse: parseExpr,
    standardSets: standardSets(options.userSets),
    ...(sheetEnds ? { sheetEnds } : {}),
  });
}
