/** What the 模板 tab shows and inserts, computed from the pane state (pure). */
import type { Form } from '../model/form';
import type { Grid } from '../model/grid';
import type { TemplateSet } from '../templates/schema';
import { planInsertion, type RowPlan } from '../templates/planner';
import type { PaneState } from './store';
import { normName } from '../rules/names';
import { formIndicatorNames } from '../rules/standard-match';
import { bestSet } from '../rules/structure/missing-standard';
import { toStandardSet } from '../templates/catalog';
import { msg } from '../messages';

export const MISSING_STANDARD = 'structure.missing-standard';

export function formLabel(form: Form, index: number): string {
  return msg('pane.template.formLabel', {
    sheet: form.sheet,
    name: form.name ?? form.title ?? msg('form.nth', { n: index + 1 }),
    kind: msg(form.kind === 'department' ? 'recog.kind.department' : 'recog.kind.project'),
  });
}

export function gridOf(state: PaneState, sheet: string): Grid | undefined {
  return state.grids.find((g) => g.sheet === sheet);
}

/** The set the tab uses for a form: the chosen one, else the first of the form's kind. */
export function setFor(
  state: PaneState,
  form: Form | undefined,
  sets: readonly TemplateSet[],
): TemplateSet | undefined {
  const chosen = sets.find((s) => s.id === state.templateSet);
  return chosen ?? sets.find((s) => s.kind === form?.kind) ?? sets[0];
}

export interface TemplatePreview {
  form: Form;
  set: TemplateSet;
  plan: RowPlan;
}

/** The rows the planner would insert for the chosen form and set (null without a recognised form). */
export function templatePreview(state: PaneState, sets: readonly TemplateSet[]): TemplatePreview | null {
  const forms = state.result?.forms ?? [];
  const form = forms[Math.min(state.templateForm, forms.length - 1)];
  if (!form) return null;
  const set = setFor(state, form, sets);
  if (!set) return null;
  const plan = set.kind === form.kind ? planInsertion(form, set, { grid: gridOf(state, form.sheet) }) : [];
  return { form, set, plan };
}

/** Forms with structure.missing-standard findings, each with the names of the items reported missing. */
export function missingStandardByForm(state: PaneState): Map<Form, Set<string>> {
  const forms = state.result?.forms ?? [];
  const out = new Map<Form, Set<string>>();
  for (const f of state.result?.findings ?? []) {
    if (f.rule !== MISSING_STANDARD || f.form === undefined || !f.subject) continue;
    const form = forms.filter((x) => x.sheet === f.sheet)[f.form];
    if (form) out.set(form, (out.get(form) ?? new Set()).add(normName(f.subject)));
  }
  return out;
}

export function formsMissingStandard(state: PaneState): Form[] {
  return [...missingStandardByForm(state).keys()];
}

/**
 * 补齐缺失的标准指标: for every such form exactly the items the findings name, from the set the rule compared
 * with (its best-covered set), bottom-up per sheet. Nothing the form already has is inserted again.
 */
export function missingStandardPlan(state: PaneState, sets: readonly TemplateSet[]): RowPlan {
  const plan: RowPlan = [];
  for (const [form, only] of missingStandardByForm(state)) {
    const chosen = bestSet(form, sets.map(toStandardSet), formIndicatorNames(form));
    const set = sets.find((s) => s.id === chosen?.id) ?? sets.find((s) => s.kind === form.kind);
    if (set) plan.push(...planInsertion(form, set, { grid: gridOf(state, form.sheet), only }));
  }
  return plan.sort((a, b) => a.sheet.localeCompare(b.sheet) || b.beforeRow - a.beforeRow);
}
