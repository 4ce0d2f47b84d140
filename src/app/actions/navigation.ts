/** Navigation: selecting a finding (the host selects its cell), next and previous in list order. */
import type { Finding } from '../../model/finding';
import type { PaneActions } from '../controller';
import type { Store } from '../store';
import { findingKey, groupFindings, orderedFindings } from '../findings-view';
import { triage } from '../triage';
import type { ActionContext } from './context';

export type NavigationActions = Pick<PaneActions, 'select' | 'next' | 'previous'>;

/** The findings the list shows (filters, collapsed info and ignored ones left out), in list order. */
export function visibleFindings(store: Store): Finding[] {
  const s = store.get();
  if (!s.result) return [];
  return orderedFindings(groupFindings(s.result, triage(s.result.findings, s).listed));
}

/**
 * The finding to go on with after `key` was dealt with (ignored, reviewed, fixed): the first one after it in
 * the list as it was before (`before`) that is still listed, else the nearest one before it. The reviewer
 * keeps their place instead of starting again at the first finding.
 */
export function successor(before: readonly string[], key: string, now: readonly string[]): string | null {
  const listed = new Set(now);
  const at = before.indexOf(key);
  if (at < 0) return listed.has(key) ? key : (now[0] ?? null);
  for (let i = at + 1; i < before.length; i++) if (listed.has(before[i])) return before[i];
  for (let i = at - 1; i >= 0; i--) if (listed.has(before[i])) return before[i];
  return null;
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

/**
 * Runs `work` on the finding `key` and then moves the selection on to its successor (selecting its cell).
 * Used by 忽略, 标记已复核 and fixes; `moveOn` false (取消忽略…) keeps the selection where it is.
 */
export async function thenMoveOn(
  ctx: ActionContext,
  key: string,
  work: () => Promise<void>,
  moveOn = true,
): Promise<void> {
  const before = visibleFindings(ctx.store).map(findingKey);
  await work();
  if (!moveOn) return;
  const next = successor(before, key, visibleFindings(ctx.store).map(findingKey));
  ctx.store.set({ current: next });
  const f = next ? ctx.find(next) : undefined;
  if (f) await ctx.host.select(f.sheet, f.cell);
}
