/** Templates: the 模板 tab (insert a set, fill in missing standard rows) and suggestions while typing. */
import { msg } from '../../messages';
import type { EditEvent } from '../../hosts/host';
import type { RowPlan } from '../../templates/planner';
import { plannedRowCount } from '../../templates/planner';
import { placeTyped, suggestForTyped, typingArea } from '../../templates/typing';
import { columnName, fromA1 } from '../../core/address';
import { textOf } from '../../core/grid';
import type { PaneActions } from '../controller';
import { missingStandardPlan, templatePreview } from '../templates-view';
import type { ActionContext } from './context';
import { insertUndoable } from './fixes';

export type TemplateActions = Pick<
  PaneActions,
  | 'setTab'
  | 'setTemplateSet'
  | 'setTemplateForm'
  | 'insertTemplate'
  | 'fillMissingStandard'
  | 'acceptSuggestion'
  | 'dismissSuggestion'
  | 'setAutoInsert'
>;

/** Where typing goes when no standard label was typed: the 指标库 suggestions (true: something offered). */
export type TypedFallback = (e: EditEvent, formIndex: number, row: number, col: string) => Promise<boolean>;

export function templateActions(
  ctx: ActionContext,
  fallback?: TypedFallback,
): TemplateActions & {
  /** Typing: a standard label typed into an empty row of a recognised table offers (or inserts) its rows. */
  onTyped(e: EditEvent): Promise<void>;
} {
  const { store, host, sets } = ctx;

  /** Inserts a plan (one host batch: bottom-up, one undo step in Excel and WPS, in file mode the pane's), then re-checks. */
  const insertPlan = async (plan: RowPlan, what: string): Promise<void> => {
    const undoable = await insertUndoable(ctx, plan);
    await ctx.check(store.get().marked);
    const id = undoable ? 'pane.rowsInsertedUndoable' : 'pane.rowsInserted';
    store.set({ notice: msg(id, { what, count: plannedRowCount(plan) }), suggestion: null });
  };

  /** The rows a typed label asks for, when the typed row is still empty otherwise; null if none. */
  const typedSuggestion = async (sheet: string, row: number, col: string, formIndex: number) => {
    const form = store.get().result?.forms[formIndex];
    const area = form && typingArea(form);
    if (!form || !area || !host.readRange) return null;
    const values = (await host.readRange(sheet, `${columnName(area.c0)}${row}:${columnName(area.c1)}${row}`))[0] ?? [];
    const at = fromA1(`${col}${row}`).col - area.c0;
    const typed = textOf(values[at] ?? null).trim();
    if (!typed || values.some((v, i) => i !== at && textOf(v).trim() !== '')) return null;
    const suggestion = suggestForTyped(typed, form, sets);
    return suggestion && { form, typed, suggestion };
  };

  const applySuggestion = async (sheet: string, row: number, col: string, formIndex: number): Promise<void> => {
    const found = await typedSuggestion(sheet, row, col, formIndex);
    if (!found) {
      store.set({ suggestion: null });
      return;
    }
    const placed = placeTyped(found.form, found.suggestion, { row, col });
    for (const [c, text] of Object.entries(placed.first)) await host.writeCell(sheet, `${c}${row}`, text);
    if (placed.rest) await insertUndoable(ctx, placed.rest);
    await ctx.check(store.get().marked);
    store.set({
      suggestion: null,
      notice: msg('pane.typedInserted', { row, typed: found.typed, count: found.suggestion.rows.length }),
    });
  };

  /** Only a single edited cell inside a recognised indicator table is looked at (one small read). */
  const onTyped = async (e: EditEvent): Promise<void> => {
    const s = store.get();
    if (!s.typingAvailable || !s.result || s.busy !== null || e.address.includes(':')) return;
    let pos: { row: number; col: number };
    try {
      pos = fromA1(e.address.replace(/^.*!/, '').replace(/\$/g, ''));
    } catch {
      return;
    }
    const row = pos.row + 1;
    const formIndex = s.result.forms.findIndex((f) => {
      const a = typingArea(f);
      return a !== null && a.sheet === e.sheet && pos.col >= a.c0 && pos.col <= a.c1 && row >= a.top && row <= a.bottom;
    });
    if (formIndex < 0) return;
    const col = columnName(pos.col);
    const found = await typedSuggestion(e.sheet, row, col, formIndex);
    if (!found) {
      if (fallback && (await fallback(e, formIndex, row, col))) return;
      if (store.get().suggestion) store.set({ suggestion: null });
      return;
    }
    if (store.get().autoInsert) {
      await ctx.guard('template', () => applySuggestion(e.sheet, row, col, formIndex));
      return;
    }
    const n = found.suggestion.rows.length;
    store.set({
      suggestion: {
        sheet: e.sheet,
        row,
        col,
        form: formIndex,
        label: found.typed,
        summary: msg('pane.typedSuggestion', { typed: found.typed, count: n, set: found.suggestion.set.name }),
        names: found.suggestion.rows.map((r) => r.item.name),
      },
    });
  };

  return {
    setTab: (tab) => store.set({ tab }),
    setTemplateSet: (id) => store.set({ templateSet: id }),
    setTemplateForm: (index) => store.set({ templateForm: index }),
    insertTemplate: () =>
      ctx.guard('template', async () => {
        const preview = templatePreview(store.get(), sets);
        if (!preview || preview.plan.length === 0) return;
        await insertPlan(preview.plan, msg('pane.insertedBySet', { set: preview.set.name }));
      }),
    fillMissingStandard: () =>
      ctx.guard('template', async () => {
        const plan = missingStandardPlan(store.get(), sets);
        if (plan.length === 0) return;
        await insertPlan(plan, msg('pane.insertedMissing'));
      }),
    acceptSuggestion: () =>
      ctx.guard('template', async () => {
        const sug = store.get().suggestion;
        if (sug) await applySuggestion(sug.sheet, sug.row, sug.col, sug.form);
      }),
    dismissSuggestion: () => store.set({ suggestion: null }),
    async setAutoInsert(on) {
      store.set({ autoInsert: on });
      await ctx.deps.preferences?.set('autoInsert', on);
    },
    onTyped,
  };
}
