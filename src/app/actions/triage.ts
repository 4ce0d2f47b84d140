/** Triage: list filters, info shown or collapsed, 全部修正 of a mechanical rule, 忽略此类 and its undo. */
import { msg } from '../../messages';
import type { PaneActions } from '../controller';
import { findingKey } from '../findings-view';
import { ruleTitle } from '../rule-names';
import { NO_FILTER, bulkEdits, bulkFixes } from '../triage';
import type { ActionContext } from './context';
import { successor, visibleFindings } from './navigation';

export const IGNORED_RULES = 'ignoredRules';

export type TriageActions = Pick<
  PaneActions,
  'setFilter' | 'clearFilter' | 'setShowInfo' | 'fixAll' | 'ignoreRule' | 'restoreRule'
>;

export function triageActions(ctx: ActionContext): TriageActions {
  const { store, host } = ctx;

  /** Runs `work`; when the selected finding left the list, the selection goes on to its successor. */
  const keepPlace = async (work: () => Promise<void>): Promise<void> => {
    const before = visibleFindings(store).map(findingKey);
    const current = store.get().current;
    await work();
    const now = visibleFindings(store).map(findingKey);
    if (!current || now.includes(current)) return;
    const next = successor(before, current, now);
    store.set({ current: next });
    const f = next ? ctx.find(next) : undefined;
    if (f) await host.select(f.sheet, f.cell);
  };

  const setIgnoredRules = async (rules: string[]): Promise<void> => {
    store.set({ ignoredRules: rules });
    await host.storage?.set(IGNORED_RULES, JSON.stringify(rules));
    await ctx.remark();
  };

  return {
    setFilter: (patch) => store.set((s) => ({ filter: { ...s.filter, ...patch } })),
    clearFilter: () => store.set({ filter: NO_FILTER }),
    setShowInfo: (on) => store.set({ showInfo: on }),
    fixAll: (keys) =>
      ctx.guard('fix', async () => {
        const wanted = new Set(keys);
        const findings = bulkFixes(
          ctx.unignored(store.get().result?.findings ?? []).filter((f) => wanted.has(findingKey(f))),
        );
        if (findings.length === 0) return;
        const rules = [...new Set(findings.map((f) => ruleTitle(f.rule)))].join('、');
        let edits: ReturnType<typeof bulkEdits> = [];
        await keepPlace(async () => {
          edits = bulkEdits(findings);
          const previous = await host.writeCells(edits);
          store.set((s) => ({
            undo: [...s.undo, { edits: edits.map((e, i) => ({ ...e, previous: previous[i]?.previous ?? '' })) }],
          }));
          await ctx.check(store.get().marked);
        });
        store.set({ notice: msg('pane.fixAllApplied', { count: edits.length, rule: rules }) });
      }),
    ignoreRule: (rule) =>
      ctx.guard('ignore', async () => {
        if (store.get().ignoredRules.includes(rule)) return;
        const count = store.get().result?.findings.filter((f) => f.rule === rule).length ?? 0;
        await keepPlace(() => setIgnoredRules([...store.get().ignoredRules, rule]));
        store.set({ notice: msg('pane.ruleIgnored', { rule: ruleTitle(rule), count }) });
      }),
    restoreRule: (rule) =>
      ctx.guard('ignore', async () => {
        await setIgnoredRules(store.get().ignoredRules.filter((r) => r !== rule));
        store.set({ notice: msg('pane.ruleRestored', { rule: ruleTitle(rule) }) });
      }),
  };
}
