/** Review: ignored and reviewed findings, kept in the workbook (host storage) across sessions. */
import type { PaneActions } from '../controller';
import type { ActionContext } from './context';
import { thenMoveOn } from './navigation';
import { msg } from '../../messages';

export type ReviewActions = Pick<PaneActions, 'toggleIgnored' | 'toggleReviewed' | 'setShowIgnored'>;

export const IGNORED = 'ignored';
export const REVIEWED = 'reviewed';

/** A stored list of finding keys; anything unreadable counts as empty. */
export async function loadList(ctx: ActionContext, key: string): Promise<string[]> {
  const raw = await ctx.host.storage?.get(key);
  if (!raw) return [];
  try {
    const v: unknown = JSON.parse(raw);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function toggle(list: readonly string[], key: string): string[] {
  return list.includes(key) ? list.filter((k) => k !== key) : [...list, key];
}

export function reviewActions(ctx: ActionContext): ReviewActions {
  const { store, host } = ctx;
  const persist = async (key: string, list: string[]): Promise<void> => {
    await host.storage?.set(key, JSON.stringify(list));
  };
  return {
    toggleIgnored: (key) =>
      ctx.guard('ignore', async () => {
        const ignoring = !store.get().ignored.includes(key);
        await thenMoveOn(
          ctx,
          key,
          async () => {
            const ignored = toggle(store.get().ignored, key);
            store.set({ ignored });
            await persist(IGNORED, ignored);
            await ctx.remark();
          },
          ignoring,
        );
        store.set({ notice: msg(ignoring ? 'pane.ignored' : 'pane.unignored') });
      }),
    toggleReviewed: (key) =>
      ctx.guard('review', async () => {
        const reviewing = !store.get().reviewed.includes(key);
        await thenMoveOn(
          ctx,
          key,
          async () => {
            const reviewed = toggle(store.get().reviewed, key);
            store.set({ reviewed });
            await persist(REVIEWED, reviewed);
          },
          reviewing,
        );
        store.set({ notice: msg(reviewing ? 'pane.reviewed' : 'pane.unreviewed') });
      }),
    setShowIgnored: (on) => store.set({ showIgnored: on }),
  };
}
