import type { Cell } from '../model/cell';
import type { Expr } from '../model/expr';
import type { Finding, Fix, Severity } from '../model/finding';
import type { Form } from '../model/form';
import type { EndedEarly } from './cut-off';
import type { StandardSet } from '../model/standard-set';

export const RULE_FAMILIES = ['expr', 'total', 'consistency', 'structure', 'plan'] as const;
export type RuleFamily = (typeof RULE_FAMILIES)[number];

/** One example cell for the docs: what is written and, for a bad one, why. */
export interface RuleExample {
  indicator?: string;
  text: string;
  note?: string;
}

export interface RuleMeta {
  family: RuleFamily;
  severity: Severity;
  /** zh-CN, one sentence: what the rule looks for. */
  description: string;
  /**
   * Where the rule comes from: a DOMAIN.md section or an official document (财预〔2020〕10号,
   * 财预〔2021〕101号), so a clerk who disputes a finding can look it up.
   */
  source?: string;
  good: RuleExample[];
  bad: RuleExample[];
  /** True when some findings carry a certain one-cell fix. */
  fixable?: boolean;
  /**
   * The fix only rewrites how a symbol is written (全角 → 半角, >= → ≥, formula residue, ≧ → ≥), never what the
   * value means: the pane may apply all of the rule's fixes at once (全部修正).
   */
  mechanical?: boolean;
  /**
   * Value-grammar rules: a cell reports only the most important of them (误差不超过二天 is approximate,
   * text-around and chinese-numeral at once; the clerk needs one message and one fix).
   */
  exclusive?: boolean;
  /**
   * A typing habit (full-width ＝, ASCII >=): the same slip all over a form is one root cause, reported
   * once per form, naming every cell (Finding.also), with one fix writing them all in one step.
   */
  perForm?: boolean;
  /**
   * One root cause, one finding: on a row this rule reports, findings of these families or rule ids are
   * consequences of the same slip (a shifted row's unparsed value, missing name …) and are dropped.
   */
  rootCauseOfRow?: { families?: readonly RuleFamily[]; rules?: readonly string[] };
}

/** What a rule reports about one cell; the context adds rule id, severity, sheet and form index. */
export interface Report {
  cell: string;
  message: string;
  suggestion?: string;
  fix?: Fix;
  /** Set when the rule may report several findings on one cell: it tells them apart (their identity). */
  subject?: string;
}

/**
 * What a rule may use besides the form (ESLint's `context`): the value parser (cached per cell), the
 * standard indicator sets, and `report`, which turns a Report into a Finding of this rule.
 */
export interface RuleContext {
  /** Parsed value of a cell; null for an empty cell. */
  expr: (cell: Cell) => Expr | null;
  standardSets: readonly StandardSet[];
  /**
   * The form's table runs to the end of the sheet and its last row is unfinished: a cut copy
   * (src/rules/cut-off.ts). Rules that judge what is missing after the cut stay quiet.
   */
  cutOff?: boolean;
  /**
   * The table stops after 产出, before 效益 and 满意度 (src/rules/cut-off.ts endedEarly): structure.ended-early
   * reports it once; when it stops at the sheet end, the rules that judge what is missing after it stay quiet.
   */
  endedEarly?: EndedEarly | null;
  report(report: Report): Finding;
}

export interface Rule {
  id: string;
  meta: RuleMeta;
  check(form: Form, ctx: RuleContext): Finding[];
}

export type { Finding };
