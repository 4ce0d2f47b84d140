import { checkGrids } from '../check';
import type { Host } from '../hosts/host';
import { createController, type CheckFn, type PaneActions, type SaveFn } from './controller';
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
}

let current: Session | null = null;

/** Starts the runtime's session over a host the entry point created. */
export function startSession(host: Host, options: SessionOptions = {}): Session {
  const store = new Store();
  const check = options.check ?? ((grids) => checkGrids(grids));
  current = { store, host, actions: createController(store, { host, check, save: options.save }) };
  return current;
}

export function getSession(): Session | null {
  return current;
}

/** The runtime's session, started over `host()` when there is none yet (pane and ribbon share one). */
export function ensureSession(host: () => Host, options: SessionOptions = {}): Session {
  return current ?? startSession(host(), options);
}
