/** What every group of pane actions shares: the store, the host, the busy guard and the check itself. */
import type { Finding } from '../../model/finding';
import type { Host } from '../../hosts/host';
import type { TemplateSet } from '../../templates/schema';
import type { ControllerDeps } from '../controller';
import type { Store } from '../store';
import { findingKey, withDistinctKeys } from '../findings-view';
import { errorMessage } from '../messages';
import { msg } from '../../messages';
import { isActive } from '../triage';

export interface ActionContext {
  store: Store;
  host: Host;
  deps: ControllerDeps;
  sets: readonly TemplateSet[];
  /** Runs one user action: marks the pane busy, turns a thrown error into a message. */
  guard(busy: string, work: () => Promise<void>): Promise<void>;
  /** Reads the sheet(s), checks them and (if asked) marks the findings' cells. */
  check(mark: boolean): Promise<void>;
  /** Marks again after the ignored list changed (only when marks are shown). */
  remark(): Promise<void>;
  unignored(findings: readonly Finding[]): Finding[];
  find(key: string): Finding | undefined;
}

export function createContext(store: Store, deps: ControllerDeps, sets: readonly TemplateSet[]): ActionContext {
  const { host } = deps;

  /** Not ignored one by one nor as a whole rule (what the marks show). */
  const unignored = (findings: readonly Finding[]): Finding[] => {
    const ignored = new Set(store.get().ignored);
    const rules = new Set(store.get().ignoredRules);
    return findings.filter((f) => isActive(f, ignored, rules));
  };

  return {
    store,
    host,
    deps,
    sets,
    async guard(busy, work) {
      store.set({ busy, error: null, notice: null });
      try {
        await work();
      } catch (e) {
        store.set({ status: store.get().result ? 'ready' : 'error', error: errorMessage(e) });
      } finally {
        store.set({ busy: null, progress: null });
      }
    },
    async check(mark) {
      store.set({ status: 'reading', progress: null });
      const onProgress = (done: number, total: number) => store.set({ progress: total > 0 ? done / total : null });
      const whole = deps.scope === 'all' || store.get().scope === 'workbook';
      const grids = whole ? await host.readAllSheets({ onProgress }) : [await host.readActiveSheet({ onProgress })];
      store.set({ status: 'checking', progress: null });
      const mapping = store.get().mapping;
      const checked = await deps.check(grids, mapping ? { mapping } : {});
      const result = { ...checked, findings: withDistinctKeys(checked.findings) };
      const empty = grids.every((g) => g.rows === 0);
      const keys = new Set(result.findings.map(findingKey));
      store.set((s) => ({
        status: 'ready',
        result,
        grids,
        sheets: grids.map((g) => g.sheet),
        checkedScope: whole ? 'workbook' : 'sheet',
        // a re-check of the same sheet (a fix, live mode) keeps what the last 校验 found on the others
        otherSheetForms:
          !whole && s.checkedScope === 'sheet' && s.sheets[0] === grids[0]?.sheet ? s.otherSheetForms : null,
        emptySheet: empty,
        current: s.current && keys.has(s.current) ? s.current : null,
        templateForm: Math.min(s.templateForm, Math.max(0, result.forms.length - 1)),
      }));
      if (mark) {
        await host.mark(unignored(result.findings));
        store.set({ marked: true });
      }
      // a stored mapping that cannot be used is said after every check until the user sets or clears one;
      // so is a sheet it names that is gone (known only when every sheet was read)
      const { mappingError, notice } = store.get();
      const gone =
        mapping && deps.scope === 'all'
          ? Object.keys(mapping.sheets).find((n) => !grids.some((g) => g.sheet === n))
          : undefined;
      const said = mappingError ?? (gone !== undefined ? msg('mapping.storedSheetMissing', { sheet: gone }) : null);
      if (said && !notice) store.set({ notice: said });
    },
    async remark() {
      const s = store.get();
      if (s.marked && s.result) await host.mark(unignored(s.result.findings));
    },
    unignored,
    find: (key) => store.get().result?.findings.find((f) => findingKey(f) === key),
  };
}
