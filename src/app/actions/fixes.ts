/**
 * Certain fixes: write the suggested text into the cell (or, for a row moved back or a habit fixed across a
 * form, into each of its cells), and undo it as one step (the previous texts are kept).
 */
import { msg } from '../../messages';
import type { PaneActions } from '../controller';
import type { RowInsertion } from '../../hosts/host';
import type { UndoEdit } from '../store';
import type { ActionContext } from './context';
import { thenMoveOn } from './navigation';

export type FixActions = Pick<PaneActions, 'applyFix' | 'undoFix'>;

export function fixActions(ctx: ActionContext): FixActions {
  const { store, host } = ctx;
  return {
    applyFix: (key) =>
      ctx.guard('fix', async () => {
        const f = ctx.find(key);
        const fix = f?.fix;
        if (!f || !fix) return;
        let edits: UndoEdit[] = [];
        await thenMoveOn(ctx, key, async () => {
          const wanted = [{ cell: fix.cell, text: fix.text }, ...(fix.more ?? [])];
          // several cells go in one batch: one request, and in Excel one undo record
          const written =
            wanted.length === 1
              ? [await host.writeCell(f.sheet, fix.cell, fix.text)]
              : await host.writeCells(wanted.map((w) => ({ sheet: f.sheet, ...w })));
          edits = wanted.map((w, i) => ({ sheet: f.sheet, ...w, previous: written[i].previous }));
          const entry = { edits };
          store.set((s) => ({ undo: [...s.undo, entry] }));
          await ctx.check(store.get().marked);
        });
        if (edits.length === 0) return;
        const [first] = edits;
        store.set({
          notice:
            edits.length > 1
              ? msg('pane.fixAppliedMany', { summary: fix.summary ?? fix.text, count: edits.length })
              : msg('pane.fixApplied', { cell: first.cell, text: first.text, previous: first.previous }),
        });
      }),
    undoFix: () =>
      ctx.guard('undo', async () => {
        const last = store.get().undo.at(-1);
        if (!last) return;
        if (last.inserted !== undefined) {
          if (!host.undoInsertion) return;
          await host.undoInsertion();
          store.set((s) => ({ undo: s.undo.slice(0, -1) }));
          await ctx.check(store.get().marked);
          store.set({ notice: msg('pane.insertUndone', { count: last.inserted }) });
          return;
        }
        // in reverse, so a cell written twice ends as it was first
        const back = [...last.edits].reverse().map((e) => ({ sheet: e.sheet, cell: e.cell, text: e.previous }));
        if (back.length === 1) await host.writeCell(back[0].sheet, back[0].cell, back[0].text);
        else await host.writeCells(back);
        store.set((s) => ({ undo: s.undo.slice(0, -1) }));
        await ctx.check(store.get().marked);
        const one = last.edits.length === 1 ? last.edits[0] : null;
        store.set({
          notice: one
            ? msg('pane.fixUndone', { cell: one.cell, previous: one.previous })
            : msg('pane.fixAllUndone', { count: last.edits.length }),
        });
      }),
  };
}

/**
 * Inserts rows as one step. Where the host has no undo of its own for it (file mode), the step goes on the
 * pane's undo list (撤销 removes the rows again); returns whether it did.
 */
export async function insertUndoable(
  ctx: ActionContext,
  plan: RowInsertion | readonly RowInsertion[],
): Promise<boolean> {
  await ctx.host.insertRows(plan);
  if (!ctx.host.undoInsertion) return false;
  const list: readonly RowInsertion[] = 'rows' in plan ? [plan] : plan;
  const rows = list.reduce((n, p) => n + p.rows.length, 0);
  ctx.store.set((s) => ({ undo: [...s.undo, { edits: [], inserted: rows }] }));
  return true;
}
