/** Navigation: selecting a finding (the host selects its cell), next and previous in list order. */
import type { Finding } from '../../model/finding';
import type { PaneActions } from '../controller';
import type { Store } from '../store';
import { findingKey, groupFindings, orderedFindings } from '../findings-view';
import type { ActionContext } from './context';

export type NavigationActions = Pick<PaneActions, 'select' | 'next' | 'previous'>;

/** The findings the list shows, in list order. */
export function visibleFindings(store: Store): Finding[] {
  const s = store.get();
  if (!s.result) return [];
  const ignored = new Set(s.ignored);
  return orderedFindings(groupFindings(s.result, (f) => s.showIgnored || !ignored.has(findingKey(f))));
}

export function navigationActions(ctx: ActionContext): NavigationActions {
  const { store, host } = ctx;
  const select = async (key: string): Promise<void> => {
    const f = ctx.find(key);
    if (!f) return;
    store.set({ current: key });
    await ctx.guard('select', () => host.select(f.sheet, f.cell));
  };
  const move = async (step: 1 | -1): Promise<void> => {
    const list = visibleFindings(store);
    if (list.length === 0) return;
    const at = list.findIndex((f) => findingKey(f) === store.get().current);
    const next = at < 0 ? (step === 1 ? 0 : list.length - 1) : (at + step + list.length) % list.length;
    await select(findingKey(list[next]));
  };
  return { select, next: () => move(1), previous: () => move(-1) };
}
