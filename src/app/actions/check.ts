/** Checking: start-up, 校验, live re-check after edits, 清除标记. */
import { msg } from '../../messages';
import type { PaneActions } from '../controller';
import type { ActionContext } from './context';

export type CheckActions = Pick<PaneActions, 'runCheck' | 'setLive' | 'clearMarks' | 'dismissNotice'>;

export function checkActions(
  ctx: ActionContext,
  subscribe: () => Promise<void>,
): CheckActions & {
  /** Live mode: re-check this long after the last edit. */
  onEdit(): void;
} {
  const { store, host } = ctx;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const actions: CheckActions = {
    runCheck: (options = {}) => ctx.guard('check', () => ctx.check(options.mark ?? true)),
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
