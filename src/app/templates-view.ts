/** What the 模板 tab shows and inserts, computed from the pane state (pure). */
import type { Form } from '../model/form';
import type { Grid } from '../model/grid';
import type { TemplateSet } from '../templates/schema';
import { planInsertion, type RowPlan } from '../templates/planner';
import type { PaneState } from './store';

export const MISSING_STANDARD = 'structure.missing-standard';

export function formLabel(form: Form, index: number): string {
  const kind = form.kind === 'department' ? '部门整体' : '项目';
  return `${form.sheet} · ${form.name ?? form.title ?? `第 ${index + 1} 张表`}（${kind}）`;
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

/** Forms with structure.missing-standard findings. */
export function formsMissingStandard(state: PaneState): Form[] {
  const forms = state.result?.forms ?? [];
  const out = new Set<Form>();
  for (const f of state.result?.findings ?? []) {
    if (f.rule !== MISSING_STANDARD || f.form === undefined) continue;
    const form = forms.filter((x) => x.sheet === f.sheet)[f.form];
    if (form) out.add(form);
  }
  return [...out];
}

/** 补齐缺失的标准指标: every such form with the set of its kind, bottom-up per sheet. */
export function missingStandardPlan(state: PaneState, sets: readonly TemplateSet[]): RowPlan {
  const plan: RowPlan = [];
  for (const form of formsMissingStandard(state)) {
    const set = sets.find((s) => s.kind === form.kind);
    if (set) plan.push(...planInsertion(form, set, { grid: gridOf(state, form.sheet) }));
  }
  return plan.sort((a, b) => a.sheet.localeCompare(b.sheet) || b.beforeRow - a.beforeRow);
}
