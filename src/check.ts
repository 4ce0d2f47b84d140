import type { Grid } from './model/grid';
import type { Form } from './model/form';
import type { Finding } from './model/finding';
import type { Mapping } from './model/mapping';
import { recognize } from './layout/recognize';
import { planMapping } from './layout/mapping/plan';
import { mappingProblem, type MappingProblem } from './layout/mapping/fit';
import { parseExpr } from './expr';
import { runRules } from './rules/engine';
import { RULES } from './rules/registry';
import { selectRules, type ActiveRule, type RuleSetting } from './rules/select';
import { mappingFindings, rule as mappingMismatch } from './rules/structure/mapping-mismatch';
import type { TemplateSet } from './templates/schema';
import { standardSets } from './templates/catalog';

export type { MappingProblem };

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
  /**
   * A user's mapping (docs/mapping.md: stored in the workbook, or `--mapping`): each sheet it names is read
   * as it says. Parts that do not fit are reported (mappingProblems, structure.mapping-mismatch).
   */
  mapping?: Mapping;
}

export interface CheckResult {
  forms: Form[];
  findings: Finding[];
  /** Parts of the mapping that did not fit the sheets (absent when no mapping was given). */
  mappingProblems?: MappingProblem[];
}

/**
 * The whole check of some sheets: Grid → Form[] → Finding[]. Pure; hosts call this.
 * Throws UnknownRuleError (src/rules/select) when `rules`/`overrides` name no rule or family.
 */
export function checkGrids(grids: Grid[], options: CheckOptions = {}): CheckResult {
  const active = selectRules(RULES, { only: options.rules, settings: options.overrides });
  const forms: Form[] = [];
  if (!options.mapping) {
    for (const grid of grids) forms.push(...recognize(grid));
    return { forms, findings: runActive(forms, active, options) };
  }
  const problems = mappingProblems(grids, options.mapping);
  for (const grid of grids) forms.push(...recognize(grid, { mapping: options.mapping.sheets[grid.sheet] }));
  const mismatch = active.find((a) => a.rule === mappingMismatch);
  // what does not fit comes first: it explains the findings (or their absence) on that sheet
  const findings = [
    ...(mismatch ? mappingFindings(problems, mismatch.severity) : []),
    ...runActive(forms, active, options),
  ];
  return { forms, findings, mappingProblems: problems };
}

/**
 * What in a mapping does not fit these sheets: per sheet read, the parts that do not fit. A sheet the
 * mapping names that is not among the grids is reported only when every sheet of the workbook was read
 * (`allSheets`): a check of the active sheet alone does not see the others.
 */
export function mappingProblems(grids: readonly Grid[], mapping: Mapping, allSheets = false): MappingProblem[] {
  const out: MappingProblem[] = [];
  for (const grid of grids) {
    const sheet = mapping.sheets[grid.sheet];
    if (sheet) out.push(...planMapping(grid, sheet).problems);
  }
  if (allSheets)
    for (const name of Object.keys(mapping.sheets))
      if (!grids.some((g) => g.sheet === name)) out.push(mappingProblem(name, 'A1:A1', 'sheetMissing'));
  return out;
}

/** The rules alone, for forms already recognized (the pane re-checks after an edit). */
export function checkForms(forms: readonly Form[], options: CheckOptions = {}): Finding[] {
  return runActive(forms, selectRules(RULES, { only: options.rules, settings: options.overrides }), options);
}

function runActive(forms: readonly Form[], active: readonly ActiveRule[], options: CheckOptions): Finding[] {
  return runRules(forms, active, { parse: parseExpr, standardSets: standardSets(options.userSets) });
}
