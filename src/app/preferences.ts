/**
 * Per-user preferences: options that are one user's choice and must not travel with the document (a
 * co-author's 自动插入 must not switch it on for everyone). Kept in per-user storage the entry point wires
 * in — Excel: OfficeRuntime.storage or the pane's localStorage; WPS and file mode: localStorage — never in
 * the workbook (HostStorage is the document's).
 */

/** The options and their defaults. `scope`: check the active sheet or every sheet. */
export interface PreferenceValues {
  autoInsert: boolean;
  live: boolean;
  scope: 'active' | 'all';
}

export const PREFERENCE_DEFAULTS: Readonly<PreferenceValues> = { autoInsert: false, live: false, scope: 'active' };

export interface Preferences {
  /** All options, defaults for what was never set or cannot be read. */
  load(): Promise<PreferenceValues>;
  /** Stores one option (the others are kept). */
  set<K extends keyof PreferenceValues>(key: K, value: PreferenceValues[K]): Promise<void>;
  /**
   * The user's imported 新建 presets as stored (a JSON array; validated where it is read, so zod stays out
   * of the pane's first download); null: none stored or not readable.
   */
  loadPresets(): Promise<string | null>;
  /** Replaces the stored presets (a JSON array). */
  savePresets(text: string): Promise<void>;
}

/** The storage a host offers per user: localStorage, OfficeRuntime.storage (async) or a test's map. */
export interface UserStore {
  getItem(key: string): string | null | Promise<string | null>;
  setItem(key: string, value: string): void | Promise<void>;
}

/** Key the preferences are stored under (one JSON value; the add-in's own origin keeps it apart already). */
export const PREFERENCES_KEY = 'targetSheet.preferences';

/** Key of the user's imported presets (apart from the options: a preset file can be large). */
export const PRESETS_KEY = 'targetSheet.presets';

/** Keeps only known options of the right type, so an edited or older value never breaks the pane. */
function valid(raw: unknown): Partial<PreferenceValues> {
  if (typeof raw !== 'object' || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const out: Partial<PreferenceValues> = {};
  if (typeof r.autoInsert === 'boolean') out.autoInsert = r.autoInsert;
  if (typeof r.live === 'boolean') out.live = r.live;
  if (r.scope === 'active' || r.scope === 'all') out.scope = r.scope;
  return out;
}

/** Preferences over a per-user store; a store that fails (private mode, quota) behaves as empty. */
export function storedPreferences(store: UserStore, key = PREFERENCES_KEY, presetsKey = PRESETS_KEY): Preferences {
  const read = async (): Promise<Partial<PreferenceValues>> => {
    try {
      const text = await store.getItem(key);
      return text ? valid(JSON.parse(text)) : {};
    } catch {
      return {};
    }
  };
  return {
    async load() {
      return { ...PREFERENCE_DEFAULTS, ...(await read()) };
    },
    async set(name, value) {
      const next = { ...(await read()), [name]: value };
      try {
        await store.setItem(key, JSON.stringify(next));
      } catch {
        // not storable here: the choice holds for this session only
      }
    },
    async loadPresets() {
      try {
        return (await store.getItem(presetsKey)) ?? null;
      } catch {
        return null;
      }
    },
    async savePresets(text) {
      // unlike an option, a preset the user imported must not vanish silently: the caller reports the failure
      await store.setItem(presetsKey, text);
    },
  };
}

/** In memory only (no per-user storage available; tests). */
export function memoryPreferences(initial: Partial<PreferenceValues> = {}): Preferences {
  const map = new Map<string, string>([[PREFERENCES_KEY, JSON.stringify(initial)]]);
  return storedPreferences({ getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) });
}
