/**
 * The per-user store behind the pane's Preferences, by host: Excel — OfficeRuntime.storage where the
 * runtime has it (shared runtime; per user and add-in), else the pane page's localStorage (per user profile
 * and add-in origin); WPS and file mode — localStorage. Nothing here writes to the workbook.
 */
import { memoryPreferences, storedPreferences, type Preferences, type UserStore } from '../../app/preferences';

interface PageGlobals {
  OfficeRuntime?: { storage?: UserStore };
  localStorage?: UserStore;
}

export function userPreferences(kind: 'excel' | 'wps' | 'file', page: PageGlobals = window): Preferences {
  let store: UserStore | undefined;
  try {
    store = (kind === 'excel' ? page.OfficeRuntime?.storage : undefined) ?? page.localStorage;
  } catch {
    store = undefined; // localStorage access can throw (storage disabled)
  }
  return store ? storedPreferences(store) : memoryPreferences();
}
