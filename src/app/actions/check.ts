/** Checking: start-up, 校验, live re-check after edits, 清除标记. */
import { msg } from '../../messages';
import type { PaneActions } from '../controller';
import type { ActionContext } from './context';

export type CheckActions = Pick<PaneActions, 'runCheck' | 'setLive' | 'clearMarks' | 'dismissNotice' | 'setScope'>;

export function checkActions(
  ctx: ActionContext,
  subscribe: () => Promise<void>,
): CheckActions & {
  /** Live mode: re-check this long after the last edit. */
  onEdit(): void;
} {
  const { store, host } = ctx;
  /**
   * Only the active sheet was checked: how many forms the other sheets hold, so the summary can say what was
   * left out (one more read of the workbook, on 校验 only, not on live re-checks).
   */
  const countOtherForms = async (): Promise<void> => {
    const checked = new Set(store.get().sheets);
    const others = (await host.readAllSheets()).filter((g) => !checked.has(g.sheet));
    const forms = others.length === 0 ? 0 : (await ctx.deps.check(others)).forms.length;
    store.set({ otherSheetForms: forms });
  };
  let timer: ReturnType<typeof setTimeout> | null = null;
  const actions: CheckActions = {
    runCheck: (options = {}) =>
      ctx.guard('check', async () => {
        await ctx.check(options.mark ?? true);
        if (store.get().checkedScope === 'sheet') await countOtherForms();
      }),
    setScope(scope) {
      store.set({ scope });
      // the choice is the user's own (per-user storage), never the document's
      ctx.deps.preferences?.set('scope', scope === 'workbook' ? 'all' : 'active').catch(() => undefined);
    },
    async setLive(on) {
      if (timer) clearTimeout(timer);
      store.set({ live: on && host.capabilities.events });
      await ctx.deps.preferences?.set('live', on);
      if (on && host.capabilities.events) await subscribe();
    },
    clearMarks: () =>
      ctx.guard('clear', async () => {
        await host.clearMarks();
        store.set({ marked: false, notice: msg('pane.marksCleared') });
      }),
    dismissNotice: () => store.set({ notice: null }),
  };
  return {
    ...actions,
    onEdit() {
      if (!store.get().live) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        if (store.get().busy === null) void actions.runCheck({ mark: store.get().marked });
      }, ctx.deps.debounceMs ?? 800);
    },
  };
}
