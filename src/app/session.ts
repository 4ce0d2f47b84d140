import { BUILT_IN_SETS } from '../templates/catalog';
import type { TemplateSet } from '../templates/schema';
import { mergeSets } from '../templates/set-items';
import type { Host } from '../hosts/host';
import { createController, type CheckFn, type PaneActions, type SaveFn } from './controller';
import { lazyCheck } from './lazy-check';
import type { Preferences } from './preferences';
import { Store } from './store';

/** One store and one set of actions per runtime: the pane and the ribbon command share them (shared runtime). */
export interface Session {
  store: Store;
  actions: PaneActions;
  host: Host;
}

export interface SessionOptions {
  check?: CheckFn;
  save?: SaveFn;
  /** The user's template sets: offered in the 模板 tab and compared with by the check (one source). */
  userSets?: readonly TemplateSet[];
  /** Per-user storage of the user's options (the entry point picks it for the host). */
  preferences?: Preferences;
}

let current: Session | null = null;

/** Starts the runtime's session over a host the entry point created. */
export function startSession(host: Host, options: SessionOptions = {}): Session {
  const store = new Store();
  const userSets = options.userSets ?? [];
  const check: CheckFn = options.check ?? lazyCheck(userSets);
  const sets = mergeSets(BUILT_IN_SETS, userSets);
  current = {
    store,
    host,
    actions: createController(store, { host, check, save: options.save, sets, preferences: options.preferences }),
  };
  return current;
}

export function getSession(): Session | null {
  return current;
}

/** The runtime's session, started over `host()` when there is none yet (pane and ribbon share one). */
export function ensureSession(host: () => Host, options: SessionOptions = {}): Session {
  return current ?? startSession(host(), options);
}
