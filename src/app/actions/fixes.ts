/**
 * Certain fixes: write the suggested text into the cell (or, for a row moved back, into each cell of the
 * row), and undo it as one step (the previous texts are kept).
 */
import { msg } from '../../messages';
import type { PaneActions } from '../controller';
import type { UndoEntry } from '../store';
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
        let entry: UndoEntry | null = null;
        await thenMoveOn(ctx, key, async () => {
          const done: { cell: string; previous: string; text: string }[] = [];
          try {
            for (const edit of [{ cell: fix.cell, text: fix.text }, ...(fix.more ?? [])]) {
              const { previous } = await host.writeCell(f.sheet, edit.cell, edit.text);
              done.push({ ...edit, previous });
            }
          } catch (e) {
            // a row half moved is worse than none: put back what was written, then report the error
            for (const d of done.reverse()) await host.writeCell(f.sheet, d.cell, d.previous);
            throw e;
          }
          const [first, ...more] = done;
          entry = { sheet: f.sheet, ...first, ...(more.length > 0 ? { more } : {}) };
          const written = entry;
          store.set((s) => ({ undo: [...s.undo, written] }));
          await ctx.check(store.get().marked);
        });
        const e = entry as UndoEntry | null;
        if (!e) return;
        store.set({
          notice: e.more
            ? msg('pane.fixAppliedMany', { summary: fix.summary ?? fix.text, count: e.more.length + 1 })
            : msg('pane.fixApplied', { cell: e.cell, text: e.text, previous: e.previous }),
        });
      }),
    undoFix: () =>
      ctx.guard('undo', async () => {
        const last = store.get().undo.at(-1);
        if (!last) return;
        for (const d of [...(last.more ?? [])].reverse()) await host.writeCell(last.sheet, d.cell, d.previous);
        await host.writeCell(last.sheet, last.cell, last.previous);
        store.set((s) => ({ undo: s.undo.slice(0, -1) }));
        await ctx.check(store.get().marked);
        store.set({
          notice: last.more
            ? msg('pane.fixUndoneMany', { cells: [last.cell, ...last.more.map((d) => d.cell)].join('、') })
            : msg('pane.fixUndone', { cell: last.cell, previous: last.previous }),
        });
      }),
  };
}
