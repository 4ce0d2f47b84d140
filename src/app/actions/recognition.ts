/**
 * The 识别结果 view's actions (issue 18): choose a form, select a part's range in the sheet, read the user's
 * selection, and corrections — each one a new mapping (src/app/mapping-edits.ts) stored and checked with at
 * once through setMapping; 恢复自动识别 is clearMapping.
 */
import { msg } from '../../messages';
import type { PaneActions } from '../controller';
import { MappingEditError, applyMappingEdit, type MappingEdit } from '../mapping-edits';
import type { ActionContext } from './context';

export type RecognitionActions = Pick<
  PaneActions,
  'setRecogForm' | 'selectRange' | 'readSelection' | 'correctReading' | 'correctFromSelection'
>;

/** A correction drawn from the selection: the edit for the selected range (null when it does not apply). */
export type SelectionEdit = (selection: { sheet: string; range: string }) => MappingEdit | null;

export function recognitionActions(ctx: ActionContext, setMapping: PaneActions['setMapping']): RecognitionActions {
  const { store, host } = ctx;
  const readSelection = async (): Promise<{ sheet: string; range: string } | null> => {
    if (!host.readSelection) return null;
    const selection = await host.readSelection();
    store.set({ selection });
    return selection;
  };
  const correctReading = async (edit: MappingEdit): Promise<void> => {
    const s = store.get();
    if (!s.result) return;
    let next;
    try {
      next = applyMappingEdit(s.mapping, s.result.forms, s.grids, edit);
    } catch (e) {
      if (e instanceof MappingEditError) {
        store.set({ error: msg(e.id, e.data) });
        return;
      }
      throw e;
    }
    await setMapping(next);
  };
  return {
    setRecogForm: (index) => store.set({ recogForm: Math.max(0, index) }),
    // what the pane selected is the selection now (file mode's grid shows it; corrections read it back)
    selectRange: (sheet, range) =>
      ctx.guard('select', async () => {
        await host.select(sheet, range);
        store.set({ selection: { sheet, range } });
      }),
    readSelection: () => ctx.guard('selection', async () => void (await readSelection())),
    correctReading,
    async correctFromSelection(make) {
      let selection: { sheet: string; range: string } | null = null;
      await ctx.guard('selection', async () => {
        selection = await readSelection();
      });
      if (!selection) return;
      const edit = make(selection);
      if (edit) await correctReading(edit);
    },
  };
}
