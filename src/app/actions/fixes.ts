/** Certain fixes: write the suggested text into the cell, and undo it (the previous text is kept). */
import { msg } from '../../messages';
import type { PaneActions } from '../controller';
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
        let previous = '';
        await thenMoveOn(ctx, key, async () => {
          previous = (await host.writeCell(f.sheet, fix.cell, fix.text)).previous;
          store.set((s) => ({
            undo: [...s.undo, { edits: [{ sheet: f.sheet, cell: fix.cell, previous, text: fix.text }] }],
          }));
          await ctx.check(store.get().marked);
        });
        store.set({ notice: msg('pane.fixApplied', { cell: fix.cell, text: fix.text, previous }) });
      }),
    undoFix: () =>
      ctx.guard('undo', async () => {
        const last = store.get().undo.at(-1);
        if (!last) return;
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
